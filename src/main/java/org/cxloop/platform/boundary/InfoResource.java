package org.cxloop.platform.boundary;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import org.cxloop.platform.control.Languages;
import org.cxloop.platform.control.ServerResources;

/** Who the caller is and what this installation is: any authenticated caller. */
@Path("info")
public class InfoResource {

    static final List<String> ROLES = List.of("cx-admin", "cx-analyst", "cx-agent", "cx-integration");

    @Inject
    Bootstrap bootstrap;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public String info(@Context SecurityContext security) {
        JsonArrayBuilder roles = Json.createArrayBuilder();
        ROLES.stream().filter(security::isUserInRole).forEach(roles::add);
        JsonArrayBuilder languages = Json.createArrayBuilder();
        Languages.ALL.forEach(l -> languages.add(l.getLanguage()));
        Package pkg = InfoResource.class.getPackage();
        String version = pkg.getImplementationVersion() == null ? "development" : pkg.getImplementationVersion();
        return Json.createObjectBuilder()
                .add("product", "CX Loop")
                .add("version", version)
                .add("apiVersion", "v1")
                .add("caller", security.getUserPrincipal().getName())
                .add("roles", roles)
                .add("languages", languages)
                .add("server", ServerResources.serverKind())
                .add("schemaVersion", bootstrap.schemaVersion())
                .build().toString();
    }
}
