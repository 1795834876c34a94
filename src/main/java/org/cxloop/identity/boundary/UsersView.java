package org.cxloop.identity.boundary;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.cxloop.identity.entity.AppUser;
import org.cxloop.identity.entity.Role;
import org.cxloop.platform.boundary.FacesMessages;
import org.cxloop.platform.control.ProblemException;
import org.primefaces.PrimeFaces;

/** Administration › Users: list, create, edit (roles, active, password reset). */
@Named
@ViewScoped
public class UsersView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Users users;

    private List<AppUser> all;
    private UserData form = new UserData();
    private List<String> selectedRoles = new ArrayList<>();
    private String editing;

    public List<AppUser> getAll() {
        if (all == null) {
            all = users.all();
        }
        return all;
    }

    public List<String> getRoleChoices() {
        return Role.FOR_USERS.stream().map(Role::code).toList();
    }

    public void startNew() {
        form = new UserData();
        form.setLanguage(FacesMessages.locale().getLanguage());
        selectedRoles = new ArrayList<>(List.of(Role.AGENT.code()));
        editing = null;
    }

    public void startEdit(AppUser user) {
        form = UserData.of(user);
        selectedRoles = new ArrayList<>(user.getRoles());
        editing = user.getUsername();
    }

    public void save() {
        form.setRoles(new LinkedHashSet<>(selectedRoles));
        String actor = FacesContext.getCurrentInstance().getExternalContext().getRemoteUser();
        try {
            if (editing == null) {
                users.create(form, actor);
                FacesMessages.info("users.created", form.getUsername());
            } else {
                users.update(editing, form, actor);
                FacesMessages.info("users.saved", editing);
            }
            all = null;
            PrimeFaces.current().executeScript("PF('userDialog').hide()");
        } catch (ProblemException e) {
            FacesMessages.problem(e);
        }
    }

    public boolean isEditing() {
        return editing != null;
    }

    public UserData getForm() {
        return form;
    }

    public List<String> getSelectedRoles() {
        return selectedRoles;
    }

    public void setSelectedRoles(List<String> selectedRoles) {
        this.selectedRoles = selectedRoles == null ? new ArrayList<>() : new ArrayList<>(selectedRoles);
    }
}
