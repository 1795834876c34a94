package org.cxloop.it;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * What every integration test shares: the real WAR the build produced (deployed under another name, so that it
 * never collides with a developer's deployment), the credentials the server was started with, unique names.
 */
public final class ItSupport {

    private ItSupport() {
    }

    public static WebArchive war() {
        File war = new File(System.getProperty("cxloop.it.war", "target/cxloop.war"));
        return ShrinkWrap.create(ZipImporter.class, "cxloop-it.war").importFrom(war).as(WebArchive.class);
    }

    public static String adminPassword() {
        return System.getProperty("cxloop.it.adminPassword");
    }

    public static String apiToken() {
        return System.getProperty("cxloop.it.apiToken");
    }

    public static String server() {
        return System.getProperty("cxloop.it.server", "wildfly");
    }

    public static boolean postgresql() {
        return "postgresql".equals(System.getProperty("cxloop.it.db"));
    }

    /** Direct SQL for checks after the fact; PostgreSQL only (the server holds H2's file lock). */
    public static Connection database() throws SQLException {
        return DriverManager.getConnection(System.getProperty("cxloop.it.dbUrl"), System.getProperty("cxloop.it.dbUser"),
                System.getProperty("cxloop.it.dbPassword"));
    }

    /**
     * The application's root, e.g. http://127.0.0.1:8080/cxloop (no trailing slash). The servers under test listen
     * on the loopback interface only, whatever host name the container adapter reports (Payara Micro names the
     * machine's address).
     */
    public static URI root(URL deployment) {
        int reported = deployment.getPort() == -1 ? 8080 : deployment.getPort();
        return ROOTS.computeIfAbsent(reported, ItSupport::findRoot);
    }

    private static final Map<Integer, URI> ROOTS = new ConcurrentHashMap<>();

    /**
     * Payara Micro's adapter reports the port it asked for; when that port was still taken, Micro binds the next
     * free one (auto-bind) and says so only in its log. So look for CX Loop's health answer from there on.
     */
    private static URI findRoot(int reported) {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        for (int port = reported; port < reported + 20; port++) {
            URI root = URI.create("http://127.0.0.1:" + port + "/cxloop");
            try {
                HttpResponse<String> health = client.send(HttpRequest.newBuilder(URI.create(root + "/api/v1/health"))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
                if (health.statusCode() == 200 && health.body().contains("\"UP\"")) {
                    return root;
                }
            } catch (IOException e) {
                // nothing there: try the next port
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return URI.create("http://127.0.0.1:" + reported + "/cxloop");
    }

    public static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 8);
    }
}
