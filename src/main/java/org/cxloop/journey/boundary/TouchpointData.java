package org.cxloop.journey.boundary;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Locale;
import org.cxloop.journey.entity.Touchpoint;
import org.cxloop.platform.boundary.Bilingual;

/** A touchpoint as the API ({@code POST/PUT /touchpoints}) and the touchpoint editor exchange it. */
public class TouchpointData {

    @NotBlank(message = "{cxloop.field.required}")
    @Pattern(regexp = "[a-z0-9][a-z0-9_-]{0,63}", message = "{cxloop.field.code}")
    public String code;

    @NotNull(message = "{cxloop.field.required}")
    @Valid
    public Bilingual name = new Bilingual();

    @NotBlank(message = "{cxloop.field.required}")
    @Pattern(regexp = "discovery|purchase|delivery|usage|support|renewal", message = "{cxloop.touchpoint.stage}")
    public String stage;

    /** Journey order; absent puts a new touchpoint last and keeps an existing one where it is. */
    @Min(value = 1, message = "{cxloop.touchpoint.position}")
    @Max(value = 100000, message = "{cxloop.touchpoint.position}")
    public Integer position;

    public Boolean active;

    public static TouchpointData of(Touchpoint t) {
        TouchpointData data = new TouchpointData();
        data.code = t.getCode();
        data.name.pl = t.getNamePl();
        data.name.en = t.getNameEn();
        data.stage = t.getStage().name().toLowerCase(Locale.ROOT);
        data.position = t.getPosition();
        data.active = t.isActive();
        return data;
    }

    Touchpoint.Stage journeyStage() {
        return Touchpoint.Stage.valueOf(stage.toUpperCase(Locale.ROOT));
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code == null ? null : code.strip();
    }

    public Bilingual getName() {
        return name;
    }

    public String getStage() {
        return stage;
    }

    public void setStage(String stage) {
        this.stage = stage;
    }

    public Boolean getActive() {
        return active;
    }

    public void setActive(Boolean active) {
        this.active = active;
    }
}
