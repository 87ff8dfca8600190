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
        String t = Normalizer.normalize(s, Normalizer.Form.NFD);
        t = MARKS.matcher(t).replaceAll("");
        t = t.replace('\u2018', '\'').replace('\u2019', '\'').replace('\u201C', '"').replace('\u201D', '"')
                .replace('\u2013', '-').replace('\u2014', '-').replace('\u00A0', ' ');
        return SPACE.matcher(t.toLowerCase(Locale.ROOT)).replaceAll(" ").trim();
    }
}
