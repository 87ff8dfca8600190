package org.factlint.report.render;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.factlint.Report;
import org.factlint.RuleInfo;

/**
 * Writes reports in one output format. Reports arrive one at a time, in input order, so that a
 * long run streams; {@link #finish} writes whatever closes the document (a summary line, closing
 * tags). One instance serves one run.
 */
public interface Renderer {

    /** The formats {@code --format} accepts, with their renderers. */
    Map<String, Supplier<Renderer>> FORMATS = Map.of(
            "text", TextRenderer::new,
            "json", JsonLinesRenderer::new,
            "html", HtmlRenderer::new,
            "sarif", SarifRenderer::new,
            "junit", JunitRenderer::new,
            "ignore", IgnoreListRenderer::new);

    static Renderer forFormat(String format) {
        Supplier<Renderer> r = FORMATS.get(format.toLowerCase(Locale.ROOT));
        if (r == null) {
            throw new IllegalArgumentException("unknown format '" + format + "'; expected one of "
                    + String.join(", ", new TreeSet<>(FORMATS.keySet())));
        }
        return r.get();
    }

    default void start(Appendable out) throws IOException {
    }

    /**
     * Starts the document knowing the rules of the run: formats that describe the tool (SARIF's
     * rule catalog) use them; the others just {@link #start(Appendable)}.
     */
    default void start(Appendable out, List<RuleInfo> rules) throws IOException {
        start(out);
    }

    void report(Report report, Appendable out) throws IOException;

    default void finish(Appendable out) throws IOException {
    }
}
