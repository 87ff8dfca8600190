package org.factlint.input.text;

import java.util.Arrays;
import java.util.function.IntUnaryOperator;

/**
 * Builds an article body as the extractor reads it: plain text, each paragraph on one line with
 * its white space collapsed to single spaces, paragraphs separated by a blank line. It keeps, for
 * each character of the body, the offset in the source text it came from (-1 when unknown), so that
 * a place in the body can be shown as a place in the file.
 */
final class Paragraphs {

    private static final IntUnaryOperator UNKNOWN = i -> -1;

    private final StringBuilder body = new StringBuilder();
    private int[] origins = new int[256];
    private final StringBuilder current = new StringBuilder();
    private int[] currentOrigins = new int[256];
    private boolean space;
    private int spaceOrigin = -1;

    /** Adds text of unknown origin to the paragraph being built; runs of white space become one space. */
    void add(CharSequence text) {
        add(text, UNKNOWN);
    }

    /** Adds text that stands, character for character, at {@code sourceStart} in the source text. */
    void add(CharSequence text, int sourceStart) {
        add(text, i -> sourceStart + i);
    }

    /** Adds text whose character {@code i} stands at {@code origin.applyAsInt(i)} in the source text (-1: unknown). */
    void add(CharSequence text, IntUnaryOperator origin) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\u000B') {
                if (!space && current.length() > 0) {
                    space = true;
                    spaceOrigin = origin.applyAsInt(i);
                }
            } else {
                if (space) {
                    append(' ', spaceOrigin);
                    space = false;
                }
                append(c, origin.applyAsInt(i));
            }
        }
    }

    private void append(char c, int origin) {
        if (current.length() == currentOrigins.length) {
            currentOrigins = Arrays.copyOf(currentOrigins, currentOrigins.length * 2);
        }
        currentOrigins[current.length()] = origin;
        current.append(c);
    }

    /** Ends the paragraph being built (nothing happens if it is empty; a correction note is left out). */
    void end() {
        if (current.length() > 0 && Asides.correction(current)) {
            current.setLength(0);
        }
        if (current.length() > 0) {
            if (body.length() > 0) {
                body.append("\n\n");
                grow(body.length());
                origins[body.length() - 2] = -1;
                origins[body.length() - 1] = -1;
            }
            int at = body.length();
            body.append(current);
            grow(body.length());
            System.arraycopy(currentOrigins, 0, origins, at, current.length());
            current.setLength(0);
        }
        space = false;
    }

    private void grow(int length) {
        if (length > origins.length) {
            origins = Arrays.copyOf(origins, Math.max(length, origins.length * 2));
        }
    }

    /** One line of text with its white space collapsed (a headline, a standfirst); null if it is blank. */
    String withText(CharSequence text) {
        add(text);
        String s = current.toString();
        current.setLength(0);
        space = false;
        return s.isEmpty() ? null : s;
    }

    /** The body: the paragraphs, separated by blank lines. */
    String text() {
        end();
        return body.toString();
    }

    /** For each character of {@link #text()}, its offset in the source text, or -1. */
    int[] origins() {
        end();
        return Arrays.copyOf(origins, body.length());
    }

    /**
     * Where each character of {@code literal} (text as a parser decoded it: entities and escapes
     * resolved) stands in the source text, given the source characters it was read from and their
     * offsets: characters are matched in order, and source markup the literal lacks (a backslash
     * escape, a character reference such as {@code &amp;}) is stepped over.
     */
    static int[] align(String literal, CharSequence source, int[] offsets) {
        int[] out = new int[literal.length()];
        int j = 0;
        for (int i = 0; i < literal.length(); i++) {
            char c = literal.charAt(i);
            if (j < source.length() && source.charAt(j) == c) {
                out[i] = offsets[j++];
            } else if (j + 1 < source.length() && source.charAt(j) == '\\' && source.charAt(j + 1) == c) {
                out[i] = offsets[j];
                j += 2;
            } else if (j < source.length() && source.charAt(j) == '&' && reference(source, j) > j) {
                out[i] = offsets[j];
                j = reference(source, j) + 1;
            } else {
                int k = ahead(source, c, j);
                if (k >= 0) {
                    out[i] = offsets[k];
                    j = k + 1;
                } else {
                    out[i] = source.length() == 0 ? -1 : offsets[Math.min(j, source.length() - 1)];
                }
            }
        }
        return out;
    }

    /** The {@code ;} that ends a character reference starting at {@code from}, or -1. */
    private static int reference(CharSequence s, int from) {
        for (int k = from + 1; k < s.length() && k <= from + 32; k++) {
            char c = s.charAt(k);
            if (c == ';') {
                return k > from + 1 ? k : -1;
            }
            if (!Character.isLetterOrDigit(c) && c != '#') {
                return -1;
            }
        }
        return -1;
    }

    /** Where {@code c} occurs in the next few characters of {@code s} from {@code from}, or -1. */
    private static int ahead(CharSequence s, char c, int from) {
        for (int k = from; k < s.length() && k < from + 16; k++) {
            if (s.charAt(k) == c) {
                return k;
            }
        }
        return -1;
    }
}
