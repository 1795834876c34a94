package org.cxloop.identity.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Objects;
import org.cxloop.identity.entity.AppUser;
import org.cxloop.platform.boundary.FacesMessages;
import org.cxloop.platform.control.ProblemException;

/** The signed-in person's own account: details and password change. */
@Named
@RequestScoped
public class AccountView {

    @Inject
    Users users;

    private String currentPassword;
    private String newPassword;
    private String confirmation;
    private AppUser user;

    public AppUser getUser() {
        if (user == null) {
            user = users.find(FacesContext.getCurrentInstance().getExternalContext().getRemoteUser()).orElse(null);
        }
        return user;
    }

    public void changePassword() {
        if (!Objects.equals(newPassword, confirmation)) {
            FacesMessages.error("account.password.mismatch");
            return;
        }
        try {
            users.changeOwnPassword(FacesContext.getCurrentInstance().getExternalContext().getRemoteUser(),
                    currentPassword, newPassword);
            FacesMessages.info("account.password.changed");
        } catch (ProblemException e) {
            FacesMessages.problem(e);
        } finally {
            currentPassword = null;
            newPassword = null;
            confirmation = null;
        }
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getConfirmation() {
        return confirmation;
    }

    public void setConfirmation(String confirmation) {
        this.confirmation = confirmation;
    }
}
