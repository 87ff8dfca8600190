package org.factlint.engine;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The rules shipped inside factlint's own jar (a copy of the repository's {@code rules/} made at
 * build time), used when the operator names no rule folder.
 */
public final class BundledRules {

    static final String RESOURCE = "org/factlint/rules";

    private BundledRules() {
    }

    /**
     * The bundled rule folder: a directory in a build tree, or a folder inside the jar. The first
     * {@value #RESOURCE} on the class path that holds {@code .drl} files: a class package of the
     * same name (the rule tests live in one) is not it.
     */
    public static Path folder() {
        try {
            Enumeration<URL> urls = BundledRules.class.getClassLoader().getResources(RESOURCE);
            while (urls.hasMoreElements()) {
                Path folder = toPath(urls.nextElement());
                if (holdsRules(folder)) {
                    return folder;
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot look up the bundled rules (" + RESOURCE + ")", e);
        }
        throw new IllegalStateException("factlint was built without its bundled rules (" + RESOURCE + ")");
    }

    private static Path toPath(URL url) {
        try {
            URI uri = url.toURI();
            if (!"jar".equals(uri.getScheme())) {
                return Path.of(uri);
            }
            FileSystem fs;
            try {
                fs = FileSystems.newFileSystem(uri, Map.of());
            } catch (FileSystemAlreadyExistsException e) {
                fs = FileSystems.getFileSystem(uri);
            }
            return fs.getPath("/" + RESOURCE);
        } catch (URISyntaxException | IOException e) {
            throw new IllegalStateException("cannot open the bundled rules at " + url, e);
        }
    }

    private static boolean holdsRules(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.anyMatch(p -> p.getFileName().toString().endsWith(".drl"));
        }
    }
}
