package org.cxloop.platform.control;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;

/**
 * JNDI names of the resources the server provides (see server-config/). They differ per server,
 * so the build puts the matching {@code cxloop-server.properties} into the WAR.
 */
public final class ServerResources {

    private static final Properties NAMES = load();

    private ServerResources() {
    }

    public static String name(String key) {
        String name = NAMES.getProperty(key);
        if (name == null) {
            throw new IllegalStateException("cxloop-server.properties has no " + key);
        }
        return name;
    }

    public static DataSource dataSource() {
        try {
            return (DataSource) new InitialContext().lookup(name("datasource"));
        } catch (NamingException e) {
            throw new IllegalStateException("The datasource " + name("datasource")
                    + " is missing: configure the server with the scripts in server-config/", e);
        }
    }

    /** The server's mail session (see server-config/). */
    public static jakarta.mail.Session mailSession() {
        try {
            return (jakarta.mail.Session) new InitialContext().lookup(name("mail"));
        } catch (NamingException e) {
            throw new IllegalStateException("The mail session " + name("mail")
                    + " is missing: configure the server with the scripts in server-config/", e);
        }
    }

    public static String serverKind() {
        return name("server");
    }

    private static Properties load() {
        Properties properties = new Properties();
        try (InputStream in = ServerResources.class.getResourceAsStream("/cxloop-server.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
