package org.cxloop.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Everything visible exists in English and Polish; every key a page or the code uses exists. */
class BundlesTest {

    @Test
    void englishAndPolishHaveTheSameKeys() throws IOException {
        for (String bundle : List.of("messages", "ValidationMessages")) {
            Properties en = load("/" + bundle + ".properties");
            Properties pl = load("/" + bundle + "_pl.properties");
            assertEquals(new TreeSet<>(en.stringPropertyNames()), new TreeSet<>(pl.stringPropertyNames()), bundle);
        }
    }

    @Test
    void polishTextsUsePolishCharacters() throws IOException {
        Properties pl = load("/messages_pl.properties");
        assertEquals("Użytkownicy", pl.getProperty("menu.admin.users"));
        assertTrue(pl.getProperty("home.title").contains("doświadczeniem"));
    }

    @Test
    void everyLiteralKeyUsedInPagesExists() throws IOException {
        Properties en = load("/messages.properties");
        Pattern used = Pattern.compile("msg\\['([a-zA-Z0-9.\\-]+)'\\]");
        TreeSet<String> missing = new TreeSet<>();
        try (Stream<Path> pages = Files.walk(Path.of("webapp-overlay"))) {
            for (Path page : pages.filter(p -> p.toString().endsWith(".xhtml")).toList()) {
                Matcher m = used.matcher(Files.readString(page));
                while (m.find()) {
                    String key = m.group(1);
                    if (!key.endsWith(".") && !en.containsKey(key)) {
                        missing.add(page.getFileName() + ": " + key);
                    }
                }
            }
        }
        assertEquals(new TreeSet<>(), missing);
    }

    @Test
    void noPageTurnsOffEscaping() throws IOException {
        try (Stream<Path> pages = Files.walk(Path.of("webapp-overlay"))) {
            for (Path page : pages.filter(p -> p.toString().endsWith(".xhtml")).toList()) {
                assertTrue(!Files.readString(page).contains("escape=\"false\""), page + " uses escape=\"false\"");
            }
        }
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = BundlesTest.class.getResourceAsStream(resource)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
