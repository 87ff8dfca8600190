package org.factlint.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where the benchmarks find the repository: the working folder or {@code -Dfactlint.home}. */
final class Seed {

    static final Path HOME = Path.of(System.getProperty("factlint.home", "."));
    static final Path RULES = HOME.resolve("rules");
    static final Path ARTICLE = HOME.resolve("facts/2025-04-23-london-ukraine-talks.json");

    private Seed() {
    }

    static byte[] bytes() {
        try {
            return Files.readAllBytes(ARTICLE);
        } catch (IOException e) {
            throw new UncheckedIOException("run the benchmarks from the repository root (or set -Dfactlint.home)", e);
        }
    }
}
