package org.cxloop.identity.boundary;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.LinkedHashSet;
import java.util.TreeSet;
import org.cxloop.identity.entity.Role;
import org.cxloop.platform.control.FieldError;
import org.cxloop.platform.control.ProblemException;

/** What an administrator asks for when creating an API token. */
public class TokenRequest {

    private String name;
    private Set<String> roles = new TreeSet<>(Set.of(Role.INTEGRATION.code()));
    private Integer expiresInDays;

    void validate() {
        List<FieldError> errors = new ArrayList<>();
        if (name == null || name.isBlank()) {
            errors.add(new FieldError("name", "required", null));
        } else if (name.length() > 100 || name.chars().anyMatch(Character::isISOControl)) {
            errors.add(new FieldError("name", "invalid", null));
        }
        if (roles == null || roles.isEmpty()) {
            errors.add(new FieldError("roles", "required", null));
        } else {
            roles.stream().filter(code -> Role.ofCode(code).isEmpty())
                    .forEach(code -> errors.add(new FieldError("roles", "unknown-role", String.valueOf(code))));
        }
        if (expiresInDays != null && (expiresInDays < 1 || expiresInDays > 3650)) {
            errors.add(new FieldError("expiresInDays", "out-of-range", "1..3650"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name == null ? null : name.strip();
    }

    public Set<String> getRoles() {
        return roles;
    }

    public void setRoles(Set<String> roles) {
        this.roles = roles == null ? null : new LinkedHashSet<>(roles);
    }

    public Integer getExpiresInDays() {
        return expiresInDays;
    }

    public void setExpiresInDays(Integer expiresInDays) {
        this.expiresInDays = expiresInDays;
    }
}
