package org.factlint.report.render;

import org.factlint.Finding;
import org.factlint.Report;

/**
 * A 1-based line and column in an article text, counted in UTF-16 code units (so a JavaScript
 * string index, a SARIF {@code utf16CodeUnits} column and the report's offsets all agree). A line
 * ends at {@code \n} (so also at {@code \r\n}), as SARIF's default newline sequences say.
 */
record TextPosition(int line, int column) {

    static TextPosition of(String text, int offset) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new TextPosition(line, offset - lineStart + 1);
    }

    @Override
    public String toString() {
        return line + ":" + column;
    }

    /** The text the evidence's offsets index: the body, the headline or the standfirst; null if unknown. */
    static String textOf(Report.Article article, Finding.Evidence e) {
        if (article == null) {
            return null;
        }
        return switch (e.source()) {
            case "headline" -> article.headline();
            case "standfirst" -> article.standfirst();
            default -> article.text();
        };
    }

    /** True when the evidence has offsets that fit the text they index. */
    static boolean placed(Report.Article article, Finding.Evidence e) {
        String text = textOf(article, e);
        return text != null && e.start() != null && e.end() != null && 0 <= e.start() && e.start() <= e.end()
                && e.end() <= text.length();
    }
}
