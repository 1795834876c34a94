package org.cxloop.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.persistence.Converter;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HEAD;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.io.StringReader;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Hand-kept lists that must follow the code: persistence.xml's entities and the OpenAPI document's operations. */
class DescriptorsTest {

    @Test
    void bothPersistenceUnitsListEveryEntity() throws Exception {
        Set<String> entities = new TreeSet<>();
        for (Class<?> type : classes()) {
            if (type.isAnnotationPresent(Entity.class) || type.isAnnotationPresent(Converter.class)
                    || type.isAnnotationPresent(Embeddable.class)) {
                entities.add(type.getName());
            }
        }
        for (String server : List.of("wildfly", "payara")) {
            String xml = Files.readString(java.nio.file.Path.of("src/main/server", server, "META-INF/persistence.xml"));
            Set<String> listed = new TreeSet<>();
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("<class>([^<]+)</class>").matcher(xml);
            while (m.find()) {
                listed.add(m.group(1));
            }
            assertEquals(entities, listed, server);
        }
    }

    @Test
    void theOpenApiDocumentDescribesExactlyTheApi() throws Exception {
        Set<String> implemented = new TreeSet<>();
        for (Class<?> type : classes()) {
            Path root = type.getAnnotation(Path.class);
            if (root == null || type.getSimpleName().equals("ApiApplication")) {
                continue;
            }
            for (Method method : type.getDeclaredMethods()) {
                String verb = verb(method);
                if (verb == null) {
                    continue;
                }
                Path sub = method.getAnnotation(Path.class);
                implemented.add(verb + " /" + root.value() + (sub == null ? "" : "/" + sub.value()));
            }
        }
        JsonObject doc = Json.createReader(new StringReader(
                Files.readString(java.nio.file.Path.of("src/main/resources/openapi.json")))).readObject();
        Set<String> documented = new TreeSet<>();
        doc.getJsonObject("paths").forEach((path, item) -> item.asJsonObject().keySet().stream()
                .filter(k -> Set.of("get", "post", "put", "delete", "head").contains(k))
                .forEach(k -> documented.add(k.toUpperCase(Locale.ROOT) + " " + path)));
        assertEquals(implemented, documented);
    }

    private static String verb(Method method) {
        if (method.isAnnotationPresent(GET.class)) {
            return "GET";
        }
        if (method.isAnnotationPresent(POST.class)) {
            return "POST";
        }
        if (method.isAnnotationPresent(PUT.class)) {
            return "PUT";
        }
        if (method.isAnnotationPresent(DELETE.class)) {
            return "DELETE";
        }
        return method.isAnnotationPresent(HEAD.class) ? "HEAD" : null;
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, DescriptorsTest.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Class<?>> classes() throws IOException {
        java.nio.file.Path root = java.nio.file.Path.of("target/classes");
        try (Stream<java.nio.file.Path> files = Files.walk(root)) {
            return files.filter(p -> p.toString().endsWith(".class") && !p.toString().contains("$"))
                    .map(p -> root.relativize(p).toString().replace('/', '.').replaceAll("\\.class$", ""))
                    .<Class<?>>map(DescriptorsTest::load).toList();
        }
    }
}
