package org.cxloop.platform.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A short text that CX Loop shows in Polish and English (names, titles, labels): both required, at most 200
 * characters, no control characters. As JSON: {@code {"pl": "...", "en": "..."}}.
 */
public class Bilingual {

    @NotBlank(message = "{cxloop.field.required}")
    @Size(max = 200, message = "{cxloop.field.size}")
    @Pattern(regexp = "[^\\p{Cntrl}]*", message = "{cxloop.field.control}")
    public String pl;

    @NotBlank(message = "{cxloop.field.required}")
    @Size(max = 200, message = "{cxloop.field.size}")
    @Pattern(regexp = "[^\\p{Cntrl}]*", message = "{cxloop.field.control}")
    public String en;

    public Bilingual() {
    }

    public Bilingual(String pl, String en) {
        this.pl = pl;
        this.en = en;
    }

    public String getPl() {
        return pl;
    }

    public void setPl(String pl) {
        this.pl = pl;
    }

    public String getEn() {
        return en;
    }

    public void setEn(String en) {
        this.en = en;
    }
}
