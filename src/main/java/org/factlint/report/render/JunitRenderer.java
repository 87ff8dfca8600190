package org.factlint.report.render;

import java.io.IOException;
import java.util.Locale;
import org.factlint.Finding;
import org.factlint.Problem;
import org.factlint.Report;
import org.factlint.Severity;

/**
 * {@code --format junit}: JUnit XML as CI servers read it, in ESLint's convention: one
 * {@code <testsuite>} per input (named by the input), one failing {@code <testcase>} per finding
 * (named by the rule and its facts, classname the category, {@code <failure type="severity">} with
 * the message, the evidence and the suggestion), one passing testcase for a clean article, one
 * {@code <error>} testcase for an input that could not be checked (named "could not be read" for one
 * that could not be read at all: no such file, an I/O error), and one skipped testcase
 * counting the findings an ignore list accepted, so that they are never silently dropped.
 */
public final class JunitRenderer implements Renderer {

    @Override
    public void start(Appendable out) throws IOException {
        out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"factlint\">\n");
    }

    @Override
    public void report(Report r, Appendable out) throws IOException {
        boolean unchecked = !r.checked();
        int suppressed = r.summary().suppressed();
        int clean = !unchecked && r.findings().isEmpty() ? 1 : 0;
        int tests = r.findings().size() + clean + (unchecked ? 1 : 0) + (suppressed > 0 ? 1 : 0);
        out.append("  <testsuite name=\"").append(Xml.attr(r.input()))
                .append("\" tests=\"").append(String.valueOf(tests))
                .append("\" failures=\"").append(String.valueOf(r.findings().size()))
                .append("\" errors=\"").append(unchecked ? "1" : "0")
                .append("\" skipped=\"").append(suppressed > 0 ? "1" : "0")
                .append("\" time=\"").append(seconds(r.summary().millis())).append("\">\n");
        if (r.article() != null) {
            out.append("    <properties>\n");
            property(out, "article", r.article().id());
            property(out, "headline", r.article().headline());
            property(out, "facts", String.valueOf(r.summary().facts()));
            property(out, "rules", String.valueOf(r.summary().rules()));
            out.append("    </properties>\n");
        }
        if (unchecked) {
            Problem first = r.problems().stream().filter(p -> p.severity() == Severity.ERROR).findFirst().orElseThrow();
            out.append("    <testcase name=\"could not be ").append(r.unreadable() ? "read" : "checked")
                    .append("\" classname=\"input\" time=\"0\">\n")
                    .append("      <error message=\"").append(Xml.attr(first.placedMessage()))
                    .append("\" type=\"input\">").append(Xml.text(problems(r))).append("</error>\n")
                    .append("    </testcase>\n");
        }
        for (Finding f : r.findings()) {
            out.append("    <testcase name=\"").append(Xml.attr(f.rule() + " " + String.join(" ", f.facts())))
                    .append("\" classname=\"").append(Xml.attr(f.category())).append("\" time=\"0\">\n")
                    .append("      <failure message=\"").append(Xml.attr(f.message()))
                    .append("\" type=\"").append(f.severity().word()).append("\">")
                    .append(Xml.text(details(f, r))).append("</failure>\n")
                    .append("    </testcase>\n");
        }
        if (clean == 1) {
            out.append("    <testcase name=\"no contradictions\" classname=\"factlint\" time=\"")
                    .append(seconds(r.summary().millis())).append("\"/>\n");
        }
        if (suppressed > 0) {
            out.append("    <testcase name=\"accepted findings\" classname=\"factlint\" time=\"0\">\n")
                    .append("      <skipped message=\"").append(Xml.attr(suppressed + " finding" + (suppressed == 1 ? "" : "s")
                            + " suppressed by the ignore list")).append("\"/>\n")
                    .append("    </testcase>\n");
        }
        if (!unchecked && !r.problems().isEmpty()) {
            out.append("    <system-err>").append(Xml.text(problems(r))).append("</system-err>\n");
        }
        out.append("  </testsuite>\n");
    }

    /** The failure's text: the message, each quote with where it stands, the suggestion and the fingerprint. */
    private static String details(Finding f, Report r) {
        StringBuilder sb = new StringBuilder(f.message()).append('\n');
        for (Finding.Evidence e : f.evidence()) {
            String where = TextRenderer.where(e, r.article());
            sb.append('\n').append(e.fact() != null ? e.fact() + " " : "").append(where.isEmpty() ? "" : where + " ")
                    .append('\u201C').append(e.quote()).append('\u201D');
        }
        if (f.suggestion() != null) {
            sb.append("\n\n\u2192 ").append(f.suggestion());
        }
        sb.append("\n\n[").append(f.rule()).append("] ").append(f.severity().word()).append(" \u00B7 fingerprint ")
                .append(f.fingerprint()).append('\n');
        return sb.toString();
    }

    private static String problems(Report r) {
        StringBuilder sb = new StringBuilder();
        r.problems().forEach(p -> sb.append(p).append('\n'));
        return sb.toString();
    }

    private static void property(Appendable out, String name, String value) throws IOException {
        if (value != null) {
            out.append("      <property name=\"").append(name).append("\" value=\"").append(Xml.attr(value)).append("\"/>\n");
        }
    }

    private static String seconds(double millis) {
        return String.format(Locale.ROOT, "%.3f", millis / 1000);
    }

    @Override
    public void finish(Appendable out) throws IOException {
        out.append("</testsuites>\n");
    }
}
