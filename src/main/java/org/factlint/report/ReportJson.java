package org.factlint.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import org.factlint.Finding;
import org.factlint.Problem;
import org.factlint.Report;

/**
 * Writes a report as {@code factlint-report/1} JSON, in the field order of the contract. Fields
 * the contract does not have are added only where they carry information (evidence {@code source}
 * for headline and standfirst quotes, a problem's {@code line}/{@code column}, the finding's
 * {@code fingerprint}, the summary's {@code suppressed} and {@code extracted}, a finding's
 * {@code ruleSeverity} when a low-confidence fact lowered it to info, evidence {@code confidence}
 * below 1 and {@code extractor} where the fact names one, evidence {@code line}/{@code column} and
 * {@code endLine}/{@code endColumn} in the text an article was read from, the article's
 * {@code publishedAssumed} when no publication date was given).
 */
public final class ReportJson {

    private static final JsonFactory FACTORY = new JsonFactory();

    private ReportJson() {
    }

    /** The report as one line of JSON. */
    public static String toJson(Report report) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            write(report, g);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return out.toString();
    }

    public static void write(Report r, JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeStringField("format", Report.FORMAT);
        if (r.article() != null) {
            g.writeObjectFieldStart("article");
            g.writeStringField("id", r.article().id());
            optional(g, "headline", r.article().headline());
            optional(g, "published", r.article().published());
            if (r.article().publishedAssumed()) {
                g.writeBooleanField("publishedAssumed", true);
            }
            optional(g, "url", r.article().url());
            g.writeEndObject();
        }
        g.writeStringField("input", r.input());
        Report.Summary s = r.summary();
        g.writeObjectFieldStart("summary");
        g.writeNumberField("errors", s.errors());
        g.writeNumberField("warnings", s.warnings());
        g.writeNumberField("infos", s.infos());
        g.writeNumberField("facts", s.facts());
        g.writeNumberField("rules", s.rules());
        if (s.suppressed() > 0) {
            g.writeNumberField("suppressed", s.suppressed());
        }
        if (s.extracted() > 0) {
            g.writeNumberField("extracted", s.extracted());
        }
        g.writeNumberField("millis", s.millis());
        g.writeEndObject();
        g.writeArrayFieldStart("findings");
        for (Finding f : r.findings()) {
            write(f, g);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("problems");
        for (Problem p : r.problems()) {
            write(p, g);
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    /** One input problem: its pointer (or line and column), severity and message. */
    public static void write(Problem p, JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeStringField("pointer", p.pointer());
        if (p.line() != null) {
            g.writeNumberField("line", p.line());
            if (p.column() != null) {
                g.writeNumberField("column", p.column());
            }
        }
        g.writeStringField("severity", p.severity().word());
        g.writeStringField("message", p.message());
        g.writeEndObject();
    }

    private static void write(Finding f, JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeStringField("rule", f.rule());
        g.writeStringField("category", f.category());
        g.writeStringField("severity", f.severity().word());
        if (f.ruleSeverity() != null) {
            g.writeStringField("ruleSeverity", f.ruleSeverity().word());
        }
        g.writeStringField("message", f.message());
        strings(g, "facts", f.facts());
        strings(g, "entities", f.entities());
        g.writeArrayFieldStart("evidence");
        for (Finding.Evidence e : f.evidence()) {
            g.writeStartObject();
            g.writeStringField("fact", e.fact());
            g.writeStringField("quote", e.quote());
            if (e.start() != null) {
                g.writeNumberField("start", e.start());
                g.writeNumberField("end", e.end());
            }
            if (e.place() != null) {
                g.writeNumberField("line", e.place().line());
                g.writeNumberField("column", e.place().column());
                g.writeNumberField("endLine", e.place().endLine());
                g.writeNumberField("endColumn", e.place().endColumn());
            }
            if (!ReportBuilder.inBody(e)) {
                g.writeStringField("source", e.source());
            }
            if (e.sentence() != null) {
                g.writeNumberField("sentence", e.sentence());
            }
            if (e.confidence() != null) {
                g.writeNumberField("confidence", e.confidence());
            }
            optional(g, "extractor", e.extractor());
            g.writeEndObject();
        }
        g.writeEndArray();
        optional(g, "suggestion", f.suggestion());
        g.writeStringField("fingerprint", f.fingerprint());
        g.writeEndObject();
    }

    private static void strings(JsonGenerator g, String name, Iterable<String> values) throws IOException {
        g.writeArrayFieldStart(name);
        for (String v : values) {
            g.writeString(v);
        }
        g.writeEndArray();
    }

    private static void optional(JsonGenerator g, String name, String value) throws IOException {
        if (value != null) {
            g.writeStringField(name, value);
        }
    }
}
