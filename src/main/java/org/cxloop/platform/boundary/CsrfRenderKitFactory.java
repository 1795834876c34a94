package org.cxloop.platform.boundary;

import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIForm;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.render.RenderKit;
import jakarta.faces.render.RenderKitFactory;
import jakarta.faces.render.RenderKitWrapper;
import jakarta.faces.render.Renderer;
import jakarta.faces.render.RendererWrapper;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.cxloop.platform.control.CsrfTokens;

/**
 * Puts the session's CSRF token into every form that Faces renders (hidden field {@code _csrf}), so no page can
 * forget it. PrimeFaces Ajax requests send the whole form and so carry it too.
 */
public class CsrfRenderKitFactory extends RenderKitFactory {

    private final Map<String, RenderKit> kits = new ConcurrentHashMap<>();

    public CsrfRenderKitFactory(RenderKitFactory wrapped) {
        super(wrapped);
    }

    @Override
    public void addRenderKit(String renderKitId, RenderKit renderKit) {
        getWrapped().addRenderKit(renderKitId, renderKit);
        kits.remove(renderKitId);
    }

    @Override
    public RenderKit getRenderKit(FacesContext context, String renderKitId) {
        RenderKit kit = getWrapped().getRenderKit(context, renderKitId);
        return kit == null ? null : kits.computeIfAbsent(renderKitId, id -> new CsrfRenderKit(kit));
    }

    @Override
    public Iterator<String> getRenderKitIds() {
        return getWrapped().getRenderKitIds();
    }

    static final class CsrfRenderKit extends RenderKitWrapper {

        CsrfRenderKit(RenderKit wrapped) {
            super(wrapped);
        }

        @Override
        public Renderer getRenderer(String family, String rendererType) {
            Renderer renderer = getWrapped().getRenderer(family, rendererType);
            return renderer != null && UIForm.COMPONENT_FAMILY.equals(family) ? new CsrfFormRenderer(renderer) : renderer;
        }
    }

    static final class CsrfFormRenderer extends RendererWrapper {

        CsrfFormRenderer(Renderer wrapped) {
            super(wrapped);
        }

        @Override
        public void encodeEnd(FacesContext context, UIComponent component) throws IOException {
            HttpServletRequest request = (HttpServletRequest) context.getExternalContext().getRequest();
            ResponseWriter writer = context.getResponseWriter();
            writer.startElement("input", null);
            writer.writeAttribute("type", "hidden", null);
            writer.writeAttribute("name", CsrfTokens.PARAMETER, null);
            writer.writeAttribute("value", WebRequests.csrfToken(request), null);
            writer.endElement("input");
            super.encodeEnd(context, component);
        }
    }
}
