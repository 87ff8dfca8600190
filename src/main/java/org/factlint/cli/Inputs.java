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
        return expand(paths, List.of(), note -> { });
    }

    /**
     * The files named and the ones found in the folders named; a reference file met in a folder
     * (factlint-reference/1) is no article: it is left out, with a note. So is a file found in a
     * folder whose name, or path below the folder, matches one of the {@code exclude} globs.
     *
     * @throws IllegalArgumentException for a glob that is not one
     */
    static List<Input> expand(List<Path> paths, List<String> exclude, java.util.function.Consumer<String> notes) {
        List<java.nio.file.PathMatcher> excluded = new ArrayList<>();
        for (String glob : exclude) {
            try {
                excluded.add(java.nio.file.FileSystems.getDefault().getPathMatcher("glob:" + glob));
            } catch (java.util.regex.PatternSyntaxException e) {
                throw new IllegalArgumentException("--exclude: not a glob pattern: '" + glob + "' (" + e.getDescription() + ")");
            }
        }
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
                            .filter(f -> excluded.stream().noneMatch(m -> m.matches(f.getFileName()) || m.matches(p.relativize(f))))
                            .sorted().toList();
                    if (files.isEmpty()) {
                        inputs.add(new Input(p, "no .json, .jsonl, .txt, .md or .html files in this folder"
                                + (excluded.isEmpty() ? "" : " that --exclude leaves")));
                    }
                    for (Path f : files) {
                        if (isReferenceFile(f)) {
                            notes.accept(f + ": skipped: a reference file (factlint-reference/1), not an article; "
                                    + "to use it, pass it with --reference " + f);
                        } else {
                            inputs.add(new Input(f, null));
                        }
                    }
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

    /** Whether a .json file declares the reference format in its first 4 KB. */
    private static boolean isReferenceFile(Path f) {
        if (!f.getFileName().toString().endsWith(".json")) {
            return false;
        }
        try (java.io.InputStream in = Files.newInputStream(f)) {
            String head = new String(in.readNBytes(4096), java.nio.charset.StandardCharsets.UTF_8);
            return head.matches("(?s)\\s*\\{\\s*\"format\"\\s*:\\s*\"factlint-reference/1\".*");
        } catch (IOException e) {
            return false;
        }
    }
}
