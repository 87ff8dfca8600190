package org.factlint.model;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Text normalisation shared by name matching, quote comparison and title look-ups. */
public final class Text {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACE = Pattern.compile("\\s+");

    private Text() {
    }

    /**
     * Lower case, accents removed, typographic quotes and dashes made plain, runs of white space
     * folded to one space, trimmed: "Jean-Noël  Barrot" and "jean-noel barrot" normalise alike.
     */
    public static String normalize(String s) {
        if (s == null) {
            return "";
        }
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return normalizeUnicode(s);
            }
        }
        return normalizeAscii(s);
    }

    /**
     * The same as {@link #normalizeUnicode} for text that is all ASCII (most names and quotes),
     * where there are no accents, typographic marks or non-ASCII cases: lower case, runs of
     * {@code \s} folded to one space, trimmed; without the Unicode normaliser and the regexes,
     * which were the largest cost of the rules' helpers.
     */
    static String normalizeAscii(String s) {
        char[] out = new char[s.length()];
        int n = 0;
        boolean inSpace = true; // no space is written before the first word
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r') {
                if (!inSpace) {
                    out[n++] = ' ';
                    inSpace = true;
                }
                continue;
            }
            inSpace = false;
            out[n++] = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
        }
        if (n > 0 && out[n - 1] == ' ') {
            n--; // the space folded from trailing white space
        }
        // trimmed as it went; trim() is needed only for other control characters at either end
        boolean controlAtEnd = n > 0 && (out[0] < ' ' || out[n - 1] < ' ');
        String folded = new String(out, 0, n);
        return controlAtEnd ? folded.trim() : folded;
    }

    /** The general case: Unicode decomposition, marks removed, typography made plain, case and spaces folded. */
    static String normalizeUnicode(String s) {
        String t = Normalizer.normalize(s, Normalizer.Form.NFD);
        t = MARKS.matcher(t).replaceAll("");
        t = t.replace('\u2018', '\'').replace('\u2019', '\'').replace('\u201C', '"').replace('\u201D', '"')
                .replace('\u2013', '-').replace('\u2014', '-').replace('\u00A0', ' ');
        return SPACE.matcher(t.toLowerCase(Locale.ROOT)).replaceAll(" ").trim();
    }
}
