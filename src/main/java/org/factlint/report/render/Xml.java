package org.factlint.report.render;

/**
 * Escaping for XML 1.0 text and attribute values. Characters XML 1.0 cannot hold at all (control
 * characters other than tab, newline and carriage return; U+FFFE, U+FFFF; unpaired surrogates)
 * become U+FFFD, so that any message or quote gives a well-formed document.
 */
final class Xml {

    private Xml() {
    }

    /** For element content. */
    static String text(String s) {
        return escape(s, false);
    }

    /** For a double-quoted attribute value; tab and line breaks are kept as character references. */
    static String attr(String s) {
        return escape(s, true);
    }

    private static String escape(String s, boolean attribute) {
        if (s == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                sb.append(c).append(s.charAt(++i));
                continue;
            }
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append(attribute ? "&quot;" : "\"");
                case '\t' -> sb.append(attribute ? "&#9;" : "\t");
                case '\n' -> sb.append(attribute ? "&#10;" : "\n");
                case '\r' -> sb.append("&#13;");
                default -> sb.append(allowed(c) ? c : '\uFFFD');
            }
        }
        return sb.toString();
    }

    /** XML 1.0's Char production, for one UTF-16 unit that is not part of a surrogate pair. */
    private static boolean allowed(char c) {
        return c >= 0x20 && !Character.isSurrogate(c) && c != '\uFFFE' && c != '\uFFFF';
    }
}
