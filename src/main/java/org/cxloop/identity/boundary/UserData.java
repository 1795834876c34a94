package org.cxloop.identity.boundary;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Set;
import java.util.LinkedHashSet;
import java.util.TreeSet;
import org.cxloop.identity.entity.AppUser;

/**
 * A user as the API and the screens exchange it. The password is only ever written (create, reset), never read.
 */
public class UserData {

    @NotBlank(message = "{cxloop.field.required}")
    @Pattern(regexp = "[a-z0-9][a-z0-9._-]{1,63}", message = "{cxloop.user.username.pattern}")
    private String username;

    @NotBlank(message = "{cxloop.field.required}")
    @Size(max = 200, message = "{cxloop.field.size}")
    @Pattern(regexp = "[^\\p{Cntrl}]*", message = "{cxloop.field.control}")
    private String displayName;

    @Email(message = "{cxloop.field.email}")
    @Size(max = 254, message = "{cxloop.field.size}")
    @Pattern(regexp = "[^\\p{Cntrl}]*", message = "{cxloop.field.control}")
    private String email;

    @Pattern(regexp = "pl|en", message = "{cxloop.user.language}")
    private String language = "en";

    @NotEmpty(message = "{cxloop.user.roles.required}")
    private Set<String> roles = new TreeSet<>();

    private Boolean active;

    private String password;

    public UserData() {
    }

    public static UserData of(AppUser user) {
        UserData data = new UserData();
        data.username = user.getUsername();
        data.displayName = user.getDisplayName();
        data.email = user.getEmail();
        data.language = user.getLanguage();
        data.roles = new TreeSet<>(user.getRoles());
        data.active = user.isActive();
        return data;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = AppUser.normalise(username);
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName == null ? null : displayName.strip();
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email == null || email.isBlank() ? null : email.strip();
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public Set<String> getRoles() {
        return roles;
    }

    public void setRoles(Set<String> roles) {
        this.roles = roles == null ? new LinkedHashSet<>() : new LinkedHashSet<>(roles);
    }

    public Boolean getActive() {
        return active;
    }

    public void setActive(Boolean active) {
        this.active = active;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password == null || password.isEmpty() ? null : password;
    }
}
