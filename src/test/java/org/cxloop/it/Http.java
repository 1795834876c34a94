package org.cxloop.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.StringReader;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A small HTTP client for the tests: keeps cookies like a browser, never follows redirects (the tests look at
 * them), and can fill and post Faces forms with their view state and CSRF token.
 */
public final class Http {

    /** One answer. */
    public record Answer(int status, Map<String, java.util.List<String>> headers, String body) {

        public String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> String.join(", ", e.getValue())).findFirst().orElse(null);
        }

        public JsonObject json() {
            return Json.createReader(new StringReader(body)).readObject();
        }

        public JsonStructure jsonStructure() {
            return Json.createReader(new StringReader(body)).read();
        }

        public String contentType() {
            String type = header("Content-Type");
            return type == null ? "" : type;
        }
    }

    private final URI root;
    private final HttpClient client;

    public Http(URI root) {
        this.root = root;
        this.client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
    }

    public Answer get(String path, String... headers) {
        return send(HttpRequest.newBuilder(uri(path)).GET(), headers);
    }

    public Answer send(String method, String path, String contentType, String body, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return send(request, headers);
    }

    public Answer json(String method, String path, String json, String... headers) {
        return send(method, path, "application/json", json, headers);
    }

    public Answer bytes(String method, String path, String contentType, byte[] body, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).method(method, HttpRequest.BodyPublishers.ofByteArray(body))
                .header("Content-Type", contentType);
        return send(request, headers);
    }

    /** Opens a Faces page, fills the named fields of one of its forms and presses the given button. */
    public Answer submit(String page, String formId, Map<String, String> fields, String button, boolean withCsrf) {
        return submit(page, page.replaceAll("\\?.*$", ""), formId, fields, button, withCsrf);
    }

    /** The same, for a page whose form posts to another address (the public form behind /s/{token}). */
    public Answer submit(String page, String action, String formId, Map<String, String> fields, String button,
                         boolean withCsrf) {
        Answer opened = get(page);
        Map<String, String> form = new LinkedHashMap<>();
        form.put(formId, formId);
        form.putAll(fields);
        form.put(button, "");
        form.put("jakarta.faces.ViewState", find(opened.body(), "name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\""));
        if (withCsrf) {
            form.put("_csrf", find(opened.body(), "name=\"_csrf\" value=\"([^\"]+)\""));
        }
        String encoded = form.entrySet().stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue())).collect(Collectors.joining("&"));
        return send("POST", action, "application/x-www-form-urlencoded", encoded);
    }

    /** Signs in through the login page. */
    public Answer login(String username, String password) {
        return submit("/login.xhtml", "login", Map.of("login:username", username, "login:password", password),
                "login:submit", true);
    }

    /** The CSRF token of this client's session, as the login page shows it (no sign-in needed). */
    public String csrfTokenFromLogin() {
        return find(get("/login.xhtml").body(), "name=\"_csrf\" value=\"([^\"]+)\"");
    }

    /** The CSRF token of this client's session, read from a page's form. */
    public String csrfToken() {
        return find(get("/app/index.xhtml").body(), "name=\"_csrf\" value=\"([^\"]+)\"");
    }

    private Answer send(HttpRequest.Builder request, String... headers) {
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        request.timeout(Duration.ofSeconds(60));
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Answer(response.statusCode(), response.headers().map(), response.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private URI uri(String path) {
        return URI.create(root + path);
    }

    static String find(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        if (!m.find()) {
            throw new AssertionError("not found: " + regex + " in\n" + text.substring(0, Math.min(text.length(), 2000)));
        }
        return m.group(1);
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
