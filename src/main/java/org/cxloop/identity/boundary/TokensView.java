package org.cxloop.identity.boundary;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import org.cxloop.identity.entity.ApiToken;
import org.cxloop.identity.entity.Role;
import org.cxloop.platform.boundary.FacesMessages;
import org.cxloop.platform.control.ProblemException;
import org.primefaces.PrimeFaces;

/** Administration › API tokens: issue (secret shown once), list, revoke. */
@Named
@ViewScoped
public class TokensView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ApiTokens tokens;

    private List<ApiToken> all;
    private TokenRequest form = new TokenRequest();
    private List<String> selectedRoles = new ArrayList<>();
    private String issuedSecret;

    public List<ApiToken> getAll() {
        if (all == null) {
            all = tokens.all();
        }
        return all;
    }

    public List<String> getRoleChoices() {
        return Arrays.stream(Role.values()).map(Role::code).toList();
    }

    public String status(ApiToken token) {
        return token.status(Instant.now());
    }

    public void startNew() {
        form = new TokenRequest();
        selectedRoles = new ArrayList<>(List.of(Role.INTEGRATION.code()));
        issuedSecret = null;
    }

    public void issue() {
        form.setRoles(new LinkedHashSet<>(selectedRoles));
        try {
            issuedSecret = tokens.issue(form, FacesContext.getCurrentInstance().getExternalContext().getRemoteUser())
                    .secret();
            all = null;
            PrimeFaces.current().executeScript("PF('tokenDialog').hide();PF('secretDialog').show()");
        } catch (ProblemException e) {
            FacesMessages.problem(e);
        }
    }

    public void revoke(ApiToken token) {
        tokens.revoke(token.getId(), FacesContext.getCurrentInstance().getExternalContext().getRemoteUser());
        all = null;
        FacesMessages.info("tokens.revoked", token.getName());
    }

    /** The secret of the token just issued; forgotten once the dialog closes. */
    public String getIssuedSecret() {
        return issuedSecret;
    }

    public void forgetSecret() {
        issuedSecret = null;
    }

    public TokenRequest getForm() {
        return form;
    }

    public List<String> getSelectedRoles() {
        return selectedRoles;
    }

    public void setSelectedRoles(List<String> selectedRoles) {
        this.selectedRoles = selectedRoles == null ? new ArrayList<>() : new ArrayList<>(selectedRoles);
    }
}
