package org.factlint.report.render;

import java.io.IOException;
import org.factlint.Finding;
import org.factlint.Report;

/**
 * {@code --format ignore}: the current findings as an ignore list ({@code --ignore FILE}), one
 * fingerprint per line with the input, rule and message as a comment. An editor deletes the lines
 * of the findings that are real and keeps the ones that are fine.
 */
public final class IgnoreListRenderer implements Renderer {

    @Override
    public void start(Appendable out) throws IOException {
        out.append("# factlint ignore list, for: factlint check --ignore FILE ...\n")
                .append("# One fingerprint per line; '#' starts a comment. Keep only the findings that are fine.\n");
    }

    @Override
    public void report(Report r, Appendable out) throws IOException {
        if (!r.checked()) {
            out.append("# ").append(oneLine(r.input())).append(r.unreadable() ? ": could not be read\n" : ": could not be checked\n");
            return;
        }
        for (Finding f : r.findings()) {
            out.append(f.fingerprint()).append("  # ").append(oneLine(r.input() + ": " + f.rule() + ": " + f.message()))
                    .append('\n');
        }
    }

    private static String oneLine(String s) {
        return s.replaceAll("[\\r\\n\\u2028\\u2029]+", " ");
    }
}
