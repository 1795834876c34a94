package org.cxloop.taxonomy.boundary;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import org.cxloop.platform.boundary.Bilingual;

/** A category as {@code POST/PUT /categories} and the editor exchange it. */
public class CategoryData {

    static final String NO_CONTROL = "[^\\p{Cntrl}]*";

    @NotBlank(message = "{cxloop.field.required}")
    @Pattern(regexp = "[a-z0-9][a-z0-9_-]{0,63}", message = "{cxloop.field.code}")
    public String code;

    /** The parent's code; absent or null puts the category at the top. */
    @Pattern(regexp = "[a-z0-9][a-z0-9_-]{0,63}", message = "{cxloop.field.code}")
    public String parent;

    @NotNull(message = "{cxloop.field.required}")
    @Valid
    public Bilingual name;

    @Valid
    public Descriptions description;

    @Min(value = 1, message = "{cxloop.touchpoint.position}")
    @Max(value = 100000, message = "{cxloop.touchpoint.position}")
    public Integer position;

    /** For PUT: the version read; a newer one on the server means someone else changed the category. */
    public Long version;

    @Size(max = 100, message = "{cxloop.field.items}")
    public List<@NotNull(message = "{cxloop.field.required}") @Valid Keyword> keywords = new ArrayList<>();

    /** Optional descriptions in both languages. */
    public static class Descriptions {
        @Size(max = 1000, message = "{cxloop.field.size}")
        @Pattern(regexp = NO_CONTROL, message = "{cxloop.field.control}")
        public String pl;

        @Size(max = 1000, message = "{cxloop.field.size}")
        @Pattern(regexp = NO_CONTROL, message = "{cxloop.field.control}")
        public String en;
    }

    /** A keyword rule. */
    public static class Keyword {
        @NotBlank(message = "{cxloop.field.required}")
        @Pattern(regexp = "pl|en", message = "{cxloop.user.language}")
        public String language;

        @NotBlank(message = "{cxloop.field.required}")
        @Size(max = 200, message = "{cxloop.field.size}")
        @Pattern(regexp = NO_CONTROL, message = "{cxloop.field.control}")
        public String phrase;
    }
}
