package org.factlint.report.render;

import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.factlint.Report;

/**
 * Writes reports in one output format. Reports arrive one at a time, in input order, so that a
 * long run streams; {@link #finish} writes whatever closes the document (a summary line, closing
 * tags). One instance serves one run.
 */
public interface Renderer {

    /** The formats {@code --format} accepts, with their renderers. */
    Map<String, Supplier<Renderer>> FORMATS = Map.of(
            "text", TextRenderer::new,
            "json", JsonLinesRenderer::new);

    static Renderer forFormat(String format) {
        Supplier<Renderer> r = FORMATS.get(format.toLowerCase(Locale.ROOT));
        if (r == null) {
            throw new IllegalArgumentException("unknown format '" + format + "'; expected one of "
                    + String.join(", ", new java.util.TreeSet<>(FORMATS.keySet())));
        }
        return r.get();
    }

    default void start(Appendable out) throws IOException {
    }

    void report(Report report, Appendable out) throws IOException;

    default void finish(Appendable out) throws IOException {
    }
}
