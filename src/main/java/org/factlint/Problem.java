package org.factlint;

/**
 * Something wrong with an input document: where it is and what was expected.
 *
 * @param severity {@link Severity#ERROR} means the document could not be checked
 * @param pointer  JSON pointer of the offending value ({@code /facts/7/status}); empty for the whole document
 * @param line     1-based line in the input for malformed JSON, else null
 * @param column   1-based column in the input for malformed JSON, else null
 * @param message  what is wrong and what was expected
 */
public record Problem(Severity severity, String pointer, Integer line, Integer column, String message) {

    public static Problem error(String pointer, String message) {
        return new Problem(Severity.ERROR, pointer, null, null, message);
    }

    public static Problem warning(String pointer, String message) {
        return new Problem(Severity.WARNING, pointer, null, null, message);
    }

    /**
     * Where the problem is, for people: {@code /facts/7/status}, {@code line 3, column 14}, or
     * both ({@code /article/text, line 1, column 90}).
     */
    public String location() {
        if (line != null) {
            return (pointer == null || pointer.isEmpty() ? "" : pointer + ", ") + "line " + line
                    + (column != null ? ", column " + column : "");
        }
        return pointer.isEmpty() ? "(document)" : pointer;
    }

    /** The message after its place ("/facts/7/status: ..."), or alone for a problem of the whole input ("no such file or folder"). */
    public String placedMessage() {
        return pointer.isEmpty() && line == null ? message : location() + ": " + message;
    }

    @Override
    public String toString() {
        return severity.word() + ": " + placedMessage();
    }
}
