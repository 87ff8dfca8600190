package org.factlint.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.List;
import java.util.function.Consumer;
import org.factlint.input.text.TextFormat;

/**
 * Turns the inputs of {@code check} into documents, in order: a {@code .json} file is one
 * document, and so is an article given as text ({@code .txt}, {@code .md}, {@code .html}); a {@code .jsonl} file, and {@code -} (standard input), are JSON Lines, one document
 * per line, named {@code file:line}. Documents are handed on one by one as they are read, so
 * that a batch of any size streams through.
 */
final class Documents {

    /** Name standard input goes by in reports. */
    static final String STDIN_NAME = "stdin";

    /**
     * One document to check: its bytes, or why it cannot be checked ({@code unreadable} when it
     * could not be read at all: no such file, an I/O error); {@code text} is the format of an article
     * given as text ({@code .txt}, {@code .md}, {@code .html}), null for JSON.
     */
    record Doc(String name, byte[] bytes, String error, boolean unreadable, TextFormat text) {
        Doc(String name, byte[] bytes, String error) {
            this(name, bytes, error, false, null);
        }

        /** An input that could not be read at all. */
        static Doc unreadable(String name, String why) {
            return new Doc(name, null, why, true, null);
        }
    }

    private Documents() {
    }

    static void forEach(List<Inputs.Input> inputs, InputStream stdin, long maxBytes, Consumer<Doc> each) {
        for (Inputs.Input input : inputs) {
            if (input.error() != null) {
                each.accept(Doc.unreadable(input.name(), input.error()));
            } else if (input.isStandardInput()) {
                lines(STDIN_NAME, stdin, maxBytes, each);
            } else if (input.isJsonLines()) {
                try (InputStream in = Files.newInputStream(input.path())) {
                    lines(input.name(), in, maxBytes, each);
                } catch (IOException e) {
                    each.accept(Doc.unreadable(input.name(), "cannot read: " + e.getMessage()));
                }
            } else {
                each.accept(whole(input));
            }
        }
    }

    private static Doc whole(Inputs.Input input) {
        String file = input.path().getFileName().toString();
        String extension = extension(file);
        if (extension != null && !extension.equals(".json") && TextFormat.ofFileName(file).isEmpty()) {
            return new Doc(input.name(), null, "unsupported file type '" + extension + "': factlint reads article text"
                    + " (.txt, .md, .html) and factlint-facts/1 documents (.json, .jsonl); save the article as plain text");
        }
        try {
            byte[] bytes = Files.readAllBytes(input.path());
            if (extension == null && looksLikeText(bytes)) {
                return new Doc(input.name(), null, "a file without an extension is read as a factlint-facts/1 document,"
                        + " and this one is not JSON (article text?): name it .txt, .md or .html");
            }
            return new Doc(input.name(), bytes, null, false,
                    TextFormat.ofFileName(input.path().getFileName().toString()).orElse(null));
        } catch (IOException | OutOfMemoryError e) {
            return Doc.unreadable(input.name(), "cannot read: " + e.getMessage());
        }
    }

    /** A file name's extension in lower case (".rtf"), or null when it has none (such a file is read as JSON). */
    private static String extension(String file) {
        int dot = file.lastIndexOf('.');
        return dot <= 0 || dot == file.length() - 1 ? null : file.substring(dot).toLowerCase(java.util.Locale.ROOT);
    }

    /** Whether bytes start (white space aside) with a letter: words, not JSON. */
    private static boolean looksLikeText(byte[] bytes) {
        if (bytes == null) {
            return false;
        }
        for (byte b : bytes) {
            if (!Character.isWhitespace(b) && b != (byte) 0xEF && b != (byte) 0xBB && b != (byte) 0xBF) {
                return Character.isLetter(b) || b == '#' || b == '-' && bytes.length > 3;
            }
        }
        return false;
    }

    /** Whether a line is only "{" or "[" (white space aside): the start of a pretty-printed JSON document. */
    private static boolean opensPrettyDocument(byte[] line) {
        if (line == null) {
            return false;
        }
        String t = new String(line, java.nio.charset.StandardCharsets.UTF_8).strip();
        return t.equals("{") || t.equals("[");
    }

    private static void lines(String name, InputStream in, long maxBytes, Consumer<Doc> each) {
        JsonLines lines = new JsonLines(in, maxBytes);
        long last = 0;
        try {
            for (JsonLines.Line l = lines.next(); l != null; l = lines.next()) {
                last = l.number();
                if (last == 1 && opensPrettyDocument(l.bytes())) {
                    // `cat facts.json | factlint check -`: one clear message, not one per line
                    each.accept(new Doc(name, null, (name.equals(STDIN_NAME) ? "standard input" : "this file")
                            + " is read as JSON Lines, one document per line, and its first line is only '"
                            + new String(l.bytes(), java.nio.charset.StandardCharsets.UTF_8).strip()
                            + "' (a pretty-printed document?): pass the file name instead, or compact it (jq -c .)"));
                    return;
                }
                if (last == 1 && looksLikeText(l.bytes())) {
                    // `factlint check - < draft.txt`: one clear message, not "malformed JSON" per line
                    each.accept(new Doc(name, null, (name.equals(STDIN_NAME) ? "standard input" : "this file")
                            + " is read as JSON Lines of factlint-facts/1 documents, and its first line is not JSON"
                            + " (article text?): save the article as .txt, .md or .html and give the file name"));
                    return;
                }
                each.accept(new Doc(name + ":" + l.number(), l.bytes(), l.error()));
            }
        } catch (IOException e) {
            each.accept(Doc.unreadable(name + ":" + (last + 1), "cannot read: " + e.getMessage()));
        }
    }
}
