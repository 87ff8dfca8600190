package org.factlint.report.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** factlint's version, as Maven wrote it into {@code org/factlint/version.properties}; reports that name the tool use it. */
public final class ToolVersion {

    private static final String VERSION = read();

    private ToolVersion() {
    }

    /** The version ("0.1.0"), or null in a build that has no version file. */
    public static String get() {
        return VERSION;
    }

    private static String read() {
        try (InputStream in = ToolVersion.class.getResourceAsStream("/org/factlint/version.properties")) {
            if (in == null) {
                return null;
            }
            Properties p = new Properties();
            p.load(in);
            String v = p.getProperty("version");
            return v == null || v.isBlank() || v.startsWith("${") ? null : v;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
