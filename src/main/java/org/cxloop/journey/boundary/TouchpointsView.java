package org.cxloop.journey.boundary;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.cxloop.journey.entity.Touchpoint;
import org.cxloop.platform.boundary.FacesMessages;
import org.cxloop.platform.control.ProblemException;
import org.primefaces.PrimeFaces;

/** Surveys › customer journey: the touchpoints in journey order, moved up and down, added and renamed. */
@Named
@ViewScoped
public class TouchpointsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Touchpoints touchpoints;

    private List<Touchpoint> all;
    private TouchpointData form = new TouchpointData();
    private String editing;

    public List<Touchpoint> getAll() {
        if (all == null) {
            all = touchpoints.all();
        }
        return all;
    }

    public void startNew() {
        form = new TouchpointData();
        form.stage = "purchase";
        form.active = true;
        editing = null;
    }

    public void startEdit(Touchpoint touchpoint) {
        form = TouchpointData.of(touchpoint);
        form.position = null;
        editing = touchpoint.getCode();
    }

    public void save() {
        try {
            if (editing == null) {
                touchpoints.create(form, actor());
                FacesMessages.info("touchpoints.created", form.code);
            } else {
                touchpoints.update(editing, form, actor());
                FacesMessages.info("touchpoints.saved", editing);
            }
            all = null;
            PrimeFaces.current().executeScript("PF('touchpointDialog').hide()");
        } catch (ProblemException e) {
            FacesMessages.problem(e);
        }
    }

    public void move(Touchpoint touchpoint, int direction) {
        touchpoints.move(touchpoint.getCode(), direction, actor());
        all = null;
    }

    private static String actor() {
        return FacesContext.getCurrentInstance().getExternalContext().getRemoteUser();
    }

    public boolean isEditing() {
        return editing != null;
    }

    public TouchpointData getForm() {
        return form;
    }

    public List<String> getStages() {
        return List.of("discovery", "purchase", "delivery", "usage", "support", "renewal");
    }
}
