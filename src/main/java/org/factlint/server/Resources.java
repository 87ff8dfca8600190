package org.factlint.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The static answers, read once from the jar: the editor's page (with the report view inlined), the OpenAPI document, the example. */
final class Resources {

    static final String VIEW = "/org/factlint/view/";
    static final String SERVER = "/org/factlint/server/";

    final byte[] page;
    final byte[] openApi;
    final byte[] example;

    Resources() {
        String html = text(SERVER + "page.html")
                .replace("/*FACTLINT-VIEW-CSS*/", text(VIEW + "report-view.css"))
                .replace("/*FACTLINT-VIEW-JS*/", text(VIEW + "report-view.js"));
        this.page = html.getBytes(StandardCharsets.UTF_8);
        this.openApi = bytes(SERVER + "openapi.json");
        this.example = bytes(SERVER + "example.json");
    }

    static String text(String resource) {
        return new String(bytes(resource), StandardCharsets.UTF_8);
    }

    static byte[] bytes(String resource) {
        try (InputStream in = Resources.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("factlint was built without " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
