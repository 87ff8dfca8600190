package org.factlint.report.render;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.factlint.Finding;
import org.factlint.Problem;
import org.factlint.Report;
import org.factlint.RuleInfo;
import org.factlint.Severity;
import org.factlint.input.text.TextFormat;
import org.factlint.report.Fingerprints;

/**
 * {@code --format sarif}: SARIF 2.1.0 for code-scanning tools, one run for all inputs.
 *
 * <p>Evidence offsets index the article's text, not the JSON file, so each input is an artifact
 * ({@code facts/a.json}) with nested artifacts for the texts inside it, named by JSON pointer
 * fragments as SARIF names files inside a container: {@code facts/a.json#/article/text} (and
 * {@code #/article/headline}, {@code #/article/standfirst}), each with {@code parentIndex} and its
 * {@code contents.text}. A result's region (charOffset/charLength, and start/end line and column,
 * with {@code columnKind: utf16CodeUnits}) is in that text, except for body evidence of an article
 * read from text ({@code .txt}, {@code .md}, {@code .html}), whose region is its start and end line
 * and column in the input file itself, as an editor opens it. The first evidence is the result's
 * location, the others its {@code relatedLocations}; {@code partialFingerprints} carries the
 * finding's fingerprint. Input problems are tool execution notifications located in the JSON file.
 */
public final class SarifRenderer implements Renderer {

    static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

    private JsonGenerator g;
    private final Map<String, Integer> ruleIndex = new HashMap<>();
    private final List<Artifact> artifacts = new ArrayList<>();
    private final List<Notification> notifications = new ArrayList<>();
    private int suppressed;
    private boolean allChecked = true;

    /** An entry of {@code run.artifacts}: the input file, or one of its texts ({@code parent} >= 0). */
    private record Artifact(String uri, int parent, String text, String description, Report report) {
    }

    private record Notification(String input, int artifact, Problem problem) {
    }

    @Override
    public void start(Appendable out) throws IOException {
        start(out, List.of());
    }

    /** Where evidence stands: its text, offsets and words. */
    private static List<Object> where(Finding.Evidence e) {
        return java.util.Arrays.asList(e.source(), e.start(), e.end(), e.quote());
    }

    @Override
    public void start(Appendable out, List<RuleInfo> rules) throws IOException {
        g = Json.pretty(out);
        g.writeStartObject();
        g.writeStringField("$schema", SCHEMA);
        g.writeStringField("version", "2.1.0");
        g.writeArrayFieldStart("runs");
        g.writeStartObject();
        g.writeObjectFieldStart("tool");
        g.writeObjectFieldStart("driver");
        g.writeStringField("name", "factlint");
        if (ToolVersion.get() != null) {
            g.writeStringField("version", ToolVersion.get());
            g.writeStringField("semanticVersion", ToolVersion.get());
        }
        g.writeArrayFieldStart("rules");
        for (RuleInfo r : rules) {
            ruleIndex.put(r.id(), ruleIndex.size());
            g.writeStartObject();
            g.writeStringField("id", r.id());
            text(g, "shortDescription", r.name() != null ? r.name() : r.description());
            text(g, "fullDescription", r.description());
            g.writeObjectFieldStart("defaultConfiguration");
            g.writeStringField("level", level(r.severity()));
            g.writeEndObject();
            g.writeObjectFieldStart("properties");
            g.writeStringField("category", r.category());
            g.writeArrayFieldStart("tags");
            g.writeString(r.category());
            g.writeEndArray();
            g.writeEndObject();
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
        g.writeEndObject();
        g.writeStringField("columnKind", "utf16CodeUnits");
        g.writeArrayFieldStart("results");
        g.flush();
    }

    @Override
    public void report(Report r, Appendable out) throws IOException {
        if (g == null) {
            start(out);
        }
        int file = artifacts.size();
        artifacts.add(new Artifact(uri(r.input()), -1, null, null, r));
        Map<String, Integer> texts = new HashMap<>();
        if (r.article() != null) {
            addText(texts, file, r, "body", "text", r.article().text());
            addText(texts, file, r, "headline", "headline", r.article().headline());
            addText(texts, file, r, "standfirst", "standfirst", r.article().standfirst());
        }
        allChecked &= r.checked();
        suppressed += r.summary().suppressed();
        r.problems().forEach(p -> notifications.add(new Notification(r.input(), file, p)));
        for (Finding f : r.findings()) {
            result(f, r, file, texts);
        }
        g.flush();
    }

    private void addText(Map<String, Integer> texts, int file, Report r, String source, String field, String text) {
        if (text == null) {
            return;
        }
        texts.put(source, artifacts.size());
        artifacts.add(new Artifact(artifacts.get(file).uri() + "#/article/" + field, file, text,
                "article." + field + " of " + r.input() + ": the " + (source.equals("body") ? "article text" : source)
                        + " that evidence offsets index", null));
    }

    private void result(Finding f, Report r, int file, Map<String, Integer> texts) throws IOException {
        g.writeStartObject();
        g.writeStringField("ruleId", f.rule());
        Integer index = ruleIndex.get(f.rule());
        if (index != null) {
            g.writeNumberField("ruleIndex", index);
        }
        g.writeStringField("level", level(f.severity()));
        text(g, "message", f.message());
        g.writeObjectFieldStart("analysisTarget");
        artifactLocation(file);
        g.writeEndObject();
        g.writeArrayFieldStart("locations");
        if (f.evidence().isEmpty()) {
            g.writeStartObject();
            g.writeObjectFieldStart("physicalLocation");
            g.writeObjectFieldStart("artifactLocation");
            artifactLocation(file);
            g.writeEndObject();
            g.writeEndObject();
            g.writeEndObject();
        } else {
            location(f.evidence().get(0), r, file, texts, -1);
        }
        g.writeEndArray();
        if (f.evidence().size() > 1) {
            g.writeArrayFieldStart("relatedLocations");
            // one location per place in the text: facts read from the same words share it
            java.util.Set<List<Object>> placed = new java.util.HashSet<>();
            placed.add(where(f.evidence().get(0)));
            for (int i = 1; i < f.evidence().size(); i++) {
                if (placed.add(where(f.evidence().get(i)))) {
                    location(f.evidence().get(i), r, file, texts, i);
                }
            }
            g.writeEndArray();
        }
        g.writeObjectFieldStart("partialFingerprints");
        g.writeStringField(Fingerprints.VERSION, f.fingerprint());
        g.writeEndObject();
        g.writeObjectFieldStart("properties");
        g.writeStringField("category", f.category());
        strings("facts", f.facts());
        strings("entities", f.entities());
        if (f.suggestion() != null) {
            g.writeStringField("suggestion", f.suggestion());
        }
        if (r.article() != null) {
            g.writeStringField("article", r.article().id());
        }
        g.writeEndObject();
        g.writeEndObject();
    }

    /** One evidence quote: its region in the text it comes from, or just the text when its offsets are unknown. */
    private void location(Finding.Evidence e, Report r, int file, Map<String, Integer> texts, int id) throws IOException {
        g.writeStartObject();
        if (id >= 0) {
            g.writeNumberField("id", id);
        }
        g.writeObjectFieldStart("physicalLocation");
        Integer text = texts.get(e.source());
        g.writeObjectFieldStart("artifactLocation");
        artifactLocation(e.place() != null ? file : text != null ? text : file);
        g.writeEndObject();
        if (e.place() != null) {
            g.writeObjectFieldStart("region");
            g.writeNumberField("startLine", e.place().line());
            g.writeNumberField("startColumn", e.place().column());
            g.writeNumberField("endLine", e.place().endLine());
            g.writeNumberField("endColumn", e.place().endColumn());
            g.writeEndObject();
        } else if (text != null && TextPosition.placed(r.article(), e)) {
            String s = artifacts.get(text).text();
            TextPosition from = TextPosition.of(s, e.start());
            TextPosition to = TextPosition.of(s, e.end());
            g.writeObjectFieldStart("region");
            g.writeNumberField("startLine", from.line());
            g.writeNumberField("startColumn", from.column());
            g.writeNumberField("endLine", to.line());
            g.writeNumberField("endColumn", to.column());
            g.writeNumberField("charOffset", e.start());
            g.writeNumberField("charLength", e.end() - e.start());
            g.writeObjectFieldStart("snippet");
            g.writeStringField("text", s.substring(e.start(), e.end()));
            g.writeEndObject();
            g.writeEndObject();
        }
        g.writeEndObject();
        text(g, "message", (e.fact() != null ? e.fact() + ": " : "") + "\u201C" + e.quote() + "\u201D"
                + (TextPosition.placed(r.article(), e) ? "" : " (not located in the " + e.source() + ")"));
        g.writeEndObject();
    }

    private void artifactLocation(int index) throws IOException {
        writeUri(artifacts.get(index).uri());
        g.writeNumberField("index", index);
    }

    /** The uri, and for a relative one the base it is relative to ({@code %SRCROOT%}, where the run started). */
    private void writeUri(String uri) throws IOException {
        g.writeStringField("uri", uri);
        if (!uri.startsWith("file:")) {
            g.writeStringField("uriBaseId", SRCROOT);
        }
    }

    private static final String SRCROOT = "%SRCROOT%";

    @Override
    public void finish(Appendable out) throws IOException {
        if (g == null) {
            start(out);
        }
        g.writeEndArray(); // results
        g.writeArrayFieldStart("artifacts");
        for (Artifact a : artifacts) {
            g.writeStartObject();
            g.writeObjectFieldStart("location");
            writeUri(a.uri());
            g.writeEndObject();
            if (a.parent() >= 0) {
                g.writeNumberField("parentIndex", a.parent());
                g.writeStringField("mimeType", "text/plain");
                text(g, "description", a.description());
                g.writeObjectFieldStart("contents");
                g.writeStringField("text", a.text());
                g.writeEndObject();
            } else {
                g.writeArrayFieldStart("roles");
                g.writeString("analysisTarget");
                g.writeEndArray();
                g.writeStringField("mimeType", TextFormat.ofFileName(a.uri()).map(TextFormat::mediaType)
                        .orElse("application/json"));
                artifactProperties(a.report());
            }
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("invocations");
        g.writeStartObject();
        g.writeBooleanField("executionSuccessful", allChecked);
        g.writeArrayFieldStart("toolExecutionNotifications");
        for (Notification n : notifications) {
            notification(n);
        }
        g.writeEndArray();
        g.writeEndObject();
        g.writeEndArray();
        if (suppressed > 0) {
            g.writeObjectFieldStart("properties");
            g.writeNumberField("suppressed", suppressed);
            g.writeEndObject();
        }
        g.writeEndObject(); // run
        g.writeEndArray();
        g.writeEndObject();
        g.flush();
        out.append('\n');
    }

    private void artifactProperties(Report r) throws IOException {
        g.writeObjectFieldStart("properties");
        if (r.article() != null) {
            g.writeStringField("article", r.article().id());
        }
        if (r.unreadable()) {
            g.writeBooleanField("read", false);
        }
        g.writeBooleanField("checked", r.checked());
        g.writeNumberField("facts", r.summary().facts());
        g.writeNumberField("suppressed", r.summary().suppressed());
        g.writeEndObject();
    }

    /** An input problem, located in the JSON file (by line and column when the JSON itself is malformed). */
    private void notification(Notification n) throws IOException {
        Problem p = n.problem();
        g.writeStartObject();
        g.writeStringField("level", level(p.severity()));
        text(g, "message", p.placedMessage());
        g.writeArrayFieldStart("locations");
        g.writeStartObject();
        g.writeObjectFieldStart("physicalLocation");
        g.writeObjectFieldStart("artifactLocation");
        artifactLocation(n.artifact());
        g.writeEndObject();
        if (p.line() != null) {
            g.writeObjectFieldStart("region");
            g.writeNumberField("startLine", p.line());
            if (p.column() != null) {
                g.writeNumberField("startColumn", p.column());
            }
            g.writeEndObject();
        }
        g.writeEndObject();
        g.writeEndObject();
        g.writeEndArray();
        g.writeObjectFieldStart("properties");
        g.writeStringField("input", n.input());
        g.writeStringField("pointer", p.pointer());
        g.writeEndObject();
        g.writeEndObject();
    }

    private void strings(String name, List<String> values) throws IOException {
        g.writeArrayFieldStart(name);
        for (String v : values) {
            g.writeString(v);
        }
        g.writeEndArray();
    }

    private static void text(JsonGenerator g, String name, String text) throws IOException {
        g.writeObjectFieldStart(name);
        g.writeStringField("text", text);
        g.writeEndObject();
    }

    /** SARIF's level for a severity: error, warning, note. */
    static String level(Severity s) {
        return switch (s) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
        };
    }

    /**
     * The input's name as a URI reference: a relative path stays relative (to the working
     * directory, {@code %SRCROOT%}, where CI tools expect it), an absolute one is a {@code file://}
     * URI, characters a URI cannot hold are percent-encoded, and a first segment with a colon gets
     * {@code ./} so that it cannot read as a scheme.
     */
    static String uri(String input) {
        String path = File.separatorChar == '\\' ? input.replace('\\', '/') : input;
        boolean windowsDrive = path.length() > 2 && Character.isLetter(path.charAt(0)) && path.charAt(1) == ':'
                && path.charAt(2) == '/';
        boolean absolute = path.startsWith("/") && !path.startsWith("//");
        StringBuilder sb = new StringBuilder(windowsDrive ? "file:///" : absolute ? "file://" : "");
        for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if (c < 0x80 && (Character.isLetterOrDigit(c) || "-._~!$&'()*+,;=:@/".indexOf(c) >= 0)) {
                sb.append(c);
            } else {
                sb.append('%').append(Character.toUpperCase(Character.forDigit((b >> 4) & 0xf, 16)))
                        .append(Character.toUpperCase(Character.forDigit(b & 0xf, 16)));
            }
        }
        int colon = sb.indexOf(":");
        int slash = sb.indexOf("/");
        if (!windowsDrive && !absolute && colon >= 0 && (slash < 0 || colon < slash)) {
            sb.insert(0, "./");
        }
        return sb.toString();
    }
}
