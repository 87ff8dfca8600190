package org.factlint.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.factlint.input.text.TextFormat;

/**
 * Expands the PATH arguments of {@code check}: files as given, folders into their {@code *.json},
 * {@code *.jsonl} and article text ({@code *.txt}, {@code *.md}, {@code *.html}) files, and
 * {@code -} for standard input (JSON Lines).
 */
final class Inputs {

    /** One thing to check: a file, or a path that could not be used (then {@code error} says why). */
    record Input(Path path, String error) {
        String name() {
            return path.toString();
        }

        /** {@code -}: JSON Lines on standard input. */
        boolean isStandardInput() {
            return path.toString().equals(STDIN);
        }

        /** One document per line: a {@code .jsonl} file or standard input. */
        boolean isJsonLines() {
            return isStandardInput() || path.getFileName().toString().endsWith(JSONL);
        }
    }

    static final String STDIN = "-";
    private static final String JSONL = ".jsonl";

    private Inputs() {
    }

    static List<Input> expand(List<Path> paths) {
        List<Input> inputs = new ArrayList<>();
        for (Path p : paths) {
            if (p.toString().equals(STDIN)) {
                inputs.add(new Input(p, null));
            } else if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    List<Path> files = walk.filter(Files::isRegularFile)
                            .filter(f -> f.getFileName().toString().endsWith(".json")
                                    || f.getFileName().toString().endsWith(JSONL)
                                    || TextFormat.ofFileName(f.getFileName().toString()).isPresent())
                            .sorted().toList();
                    if (files.isEmpty()) {
                        inputs.add(new Input(p, "no .json, .jsonl, .txt, .md or .html files in this folder"));
                    }
                    files.forEach(f -> inputs.add(new Input(f, null)));
                } catch (IOException e) {
                    inputs.add(new Input(p, "cannot list folder: " + e.getMessage()));
                }
            } else if (Files.isRegularFile(p)) {
                inputs.add(new Input(p, null));
            } else {
                inputs.add(new Input(p, Files.exists(p) ? "not a regular file" : "no such file or folder"));
            }
        }
        return inputs;
    }
}
