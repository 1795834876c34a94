package org.cxloop.identity.entity;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/** CX Loop's roles; the code is what the container, the API and the database use. */
public enum Role {
    ADMIN("cx-admin"),
    ANALYST("cx-analyst"),
    AGENT("cx-agent"),
    INTEGRATION("cx-integration");

    /** Roles a person signing in to the screens may have. */
    public static final Set<Role> FOR_USERS = EnumSet.of(ADMIN, ANALYST, AGENT);

    private final String code;

    Role(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<Role> ofCode(String code) {
        return Arrays.stream(values()).filter(r -> r.code.equals(code)).findFirst();
    }
}
