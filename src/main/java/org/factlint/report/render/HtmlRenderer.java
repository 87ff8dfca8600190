package org.factlint.report.render;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factlint.Report;
import org.factlint.report.ReportJson;

/**
 * {@code --format html}: one self-contained page (no external assets) with the same view as the
 * editor's page of {@code factlint serve}: the view's script and style sheet
 * ({@code org/factlint/view/report-view.js}, {@code report-view.css}) are inlined, and the reports
 * are embedded as a JSON array of {@code {report, article: {headline, standfirst, text}}} in a
 * {@code <script type="application/json">} block, streamed one report at a time.
 */
public final class HtmlRenderer implements Renderer {

    private static final String TEMPLATE = resource("/org/factlint/report/render/html-report.html");
    private static final String VIEW_JS = resource("/org/factlint/view/report-view.js");
    private static final String VIEW_CSS = resource("/org/factlint/view/report-view.css");
    private static final String REPORTS = "/*REPORTS*/";
    private static final JsonFactory FACTORY = new JsonFactory();

    private int count;

    @Override
    public void start(Appendable out) throws IOException {
        String head = TEMPLATE.substring(0, TEMPLATE.indexOf(REPORTS));
        out.append(fill(head)).append('[');
    }

    @Override
    public void report(Report report, Appendable out) throws IOException {
        out.append(count++ == 0 ? "\n" : ",\n").append(scriptSafe(item(report)));
    }

    @Override
    public void finish(Appendable out) throws IOException {
        out.append("\n]").append(fill(TEMPLATE.substring(TEMPLATE.indexOf(REPORTS) + REPORTS.length())));
    }

    /** {"report": <factlint-report/1>, "article": {"headline", "standfirst", "text"}}: what the view takes. */
    static String item(Report r) {
        StringWriter w = new StringWriter();
        try (JsonGenerator g = FACTORY.createGenerator(w)) {
            g.writeStartObject();
            g.writeFieldName("report");
            ReportJson.write(r, g);
            if (r.article() != null) {
                g.writeObjectFieldStart("article");
                g.writeStringField("headline", r.article().headline());
                g.writeStringField("standfirst", r.article().standfirst());
                g.writeStringField("text", r.article().text());
                g.writeEndObject();
            }
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return w.toString();
    }

    /**
     * JSON that cannot end or confuse the script element it sits in: {@code <}, {@code >} and
     * {@code &} only occur inside JSON strings, where their {@code \\u} escapes mean the same, so
     * no {@code </script>} and no {@code <!--} survive. U+2028/U+2029 are escaped for old parsers,
     * and surrogates so that a lone one (from a {@code \\ud800} in the input) cannot break the UTF-8 output.
     */
    static String scriptSafe(String json) {
        StringBuilder sb = new StringBuilder(json.length() + 16);
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            switch (c) {
                case '<' -> sb.append("\\u003c");
                case '>' -> sb.append("\\u003e");
                case '&' -> sb.append("\\u0026");
                case '\u2028' -> sb.append("\\u2028");
                case '\u2029' -> sb.append("\\u2029");
                default -> {
                    if (Character.isSurrogate(c)) {
                        sb.append(String.format("\\u%04x", (int) c)); // a lone one cannot be written as UTF-8
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.toString();
    }

    private static String fill(String part) {
        String generator = "factlint" + (ToolVersion.get() != null ? " " + ToolVersion.get() : "");
        return part.replace("/*GENERATOR*/", generator)
                .replace("/*VIEW_CSS*/", inert(VIEW_CSS))
                .replace("/*VIEW_JS*/", inert(VIEW_JS));
    }

    private static final Pattern END_TAG = Pattern.compile("(?i)</(script|style)");

    /** The inlined file with any {@code </script} or {@code </style} broken up, so it cannot close its element early. */
    private static String inert(String source) {
        return END_TAG.matcher(source).replaceAll(m -> Matcher.quoteReplacement("<\\/" + m.group(1)));
    }

    private static String resource(String name) {
        try (InputStream in = HtmlRenderer.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name + " (the build packs it into the jar)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
