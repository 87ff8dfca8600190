package org.factlint.engine.build;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.List;
import java.util.stream.Stream;

/**
 * What compiled rules depend on besides their own text: factlint's classes (the facts and
 * helpers the rules call) and Drools itself. A rebuilt factlint or another Drools gives another
 * identity, so a cached rule set compiled against older classes is never loaded.
 */
final class CodeIdentity {

    private CodeIdentity() {
    }

    static String of(Class<?>... classes) {
        StringBuilder sb = new StringBuilder();
        for (Class<?> c : classes) {
            sb.append(location(c)).append('|');
        }
        return sb.toString();
    }

    /** A jar by path, size and time; a class folder (tests, IDEs) by every class file's. */
    private static String location(Class<?> c) {
        CodeSource source = c.getProtectionDomain().getCodeSource();
        if (source == null || source.getLocation() == null) {
            return c.getName() + "@unknown";
        }
        try {
            Path p = Path.of(source.getLocation().toURI());
            if (Files.isRegularFile(p)) {
                return p + ":" + Files.size(p) + ":" + Files.getLastModifiedTime(p).toMillis();
            }
            StringBuilder sb = new StringBuilder(p.toString());
            try (Stream<Path> walk = Files.walk(p)) {
                List<Path> classFiles = walk.filter(f -> f.toString().endsWith(".class")).sorted().toList();
                for (Path f : classFiles) {
                    sb.append(';').append(p.relativize(f)).append(':').append(Files.size(f)).append(':')
                            .append(Files.getLastModifiedTime(f).toMillis());
                }
            }
            return sb.toString();
        } catch (IOException | URISyntaxException | RuntimeException e) {
            // unknown identity: a fresh value, so that nothing cached is trusted
            return c.getName() + "@" + System.nanoTime();
        }
    }
}
