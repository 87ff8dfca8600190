package org.factlint.engine;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.Map;

/**
 * The rules shipped inside factlint's own jar (a copy of the repository's {@code rules/} made at
 * build time), used when the operator names no rule folder.
 */
public final class BundledRules {

    static final String RESOURCE = "org/factlint/rules";

    private BundledRules() {
    }

    /** The bundled rule folder: a directory in a build tree, or a folder inside the jar. */
    public static Path folder() {
        URL url = BundledRules.class.getClassLoader().getResource(RESOURCE);
        if (url == null) {
            throw new IllegalStateException("factlint was built without its bundled rules (" + RESOURCE + ")");
        }
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
}
