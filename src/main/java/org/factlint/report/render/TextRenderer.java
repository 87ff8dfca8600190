package org.factlint.report.render;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.factlint.Finding;
import org.factlint.Problem;
import org.factlint.Report;
import org.factlint.Severity;

/**
 * {@code --format text}: for people at a terminal. Each article's findings grouped by severity,
 * with the quoted evidence and where it stands (line:column in the body, or headline/standfirst),
 * then one summary line for the run, like a linter's.
 */
public final class TextRenderer implements Renderer {

    private final boolean color;
    private final Severity failOn;
    private final boolean quiet;
    private int articles;
    private int unchecked;
    private int unreadable;
    private int assumed;
    private String assumedDate;
    private int clean;
    /** Clean articles whose report {@code quiet} left out. */
    private int hidden;
    private final int[] counts = new int[Severity.values().length];
    private int suppressed;

    public TextRenderer() {
        this(false);
    }

    /** @param color use ANSI colours (for a terminal that wants them) */
    public TextRenderer(boolean color) {
        this(color, Severity.ERROR);
    }

    /**
     * @param color  use ANSI colours (for a terminal that wants them)
     * @param failOn the run's {@code --fail-on} severity (null: never), which decides the summary's mark:
     *               ✖ when the run fails, ⚠ when it has findings that do not fail it, ✔ when it has none
     */
    public TextRenderer(boolean color, Severity failOn) {
        this(color, failOn, false);
    }

    /**
     * @param quiet leave out the reports of articles with nothing to say (checked, no finding, no
     *              problem), for batch runs; the summary still counts them
     */
    public TextRenderer(boolean color, Severity failOn, boolean quiet) {
        this.color = color;
        this.failOn = failOn;
        this.quiet = quiet;
    }

    @Override
    public void report(Report r, Appendable out) throws IOException {
        StringBuilder text = new StringBuilder();
        write(r, text);
        if (!quiet || !r.checked() || r.unreadable() || !r.problems().isEmpty() || !r.findings().isEmpty()) {
            out.append(text);
        } else {
            hidden++;
        }
    }

    private void write(Report r, Appendable out) throws IOException {
        suppressed += r.summary().suppressed();
        out.append(paint(r.input(), BOLD)).append('\n');
        if (r.article() != null) {
            if (r.article().publishedAssumed()) {
                assumedDate = assumed++ == 0 || r.article().published().equals(assumedDate) ? r.article().published() : null;
            }
            String headline = r.article().headline();
            out.append("  ").append(headline != null ? "\u201C" + headline + "\u201D  " : "")
                    .append(paint("(" + r.article().id() + ", published " + localDate(r.article().published()) + ")", DIM)).append('\n');
        }
        if (r.unreadable()) {
            unreadable++;
            out.append("  ").append(paint("could not be read:", RED)).append('\n');
        } else {
            articles++;
            if (!r.checked()) {
                unchecked++;
                out.append("  ").append(paint("could not be checked:", RED)).append('\n');
            }
        }
        for (Problem p : r.problems()) {
            out.append("    ").append(paint(p.severity().word(), colorOf(p.severity()))).append("  ")
                    .append(p.placedMessage()).append('\n');
        }
        if (!r.checked()) {
            out.append('\n');
            return;
        }
        if (r.findings().isEmpty() && r.summary().facts() == 0) {
            // (an article nothing was read from is not shown as checked and clean: trial 33's polish note)
            clean++;
            out.append("  ").append(paint("\u2714 no contradictions, but nothing to check", GREEN))
                    .append(paint(" (0 facts: none read from this article; docs/extraction.md says what is read)", DIM))
                    .append("\n\n");
            return;
        }
        if (r.findings().isEmpty()) {
            clean++;
            out.append("  ").append(paint("\u2714 no contradictions", GREEN)).append(paint(" (" + facts(r.summary())
                    + ", " + r.summary().rules() + " rules" + suppressedNote(r) + ")", DIM)).append("\n\n");
            return;
        }
        Severity group = null;
        for (Finding f : r.findings()) {
            counts[f.severity().ordinal()]++;
            if (f.severity() != group) {
                group = f.severity();
                long n = r.findings().stream().filter(x -> x.severity() == f.severity()).count();
                out.append('\n').append("  ").append(paint(heading(f.severity()) + " (" + n + ")", colorOf(f.severity())))
                        .append('\n');
            }
            finding(f, r.article(), out);
        }
        Report.Summary s = r.summary();
        out.append('\n').append("  ").append(paint(count(s.errors(), "error") + ", " + count(s.warnings(), "warning") + ", "
                + count(s.infos(), "info") + " \u00B7 " + facts(s) + " \u00B7 " + s.rules() + " rules"
                + suppressedNote(r), DIM)).append("\n\n");
    }

    private void finding(Finding f, Report.Article article, Appendable out) throws IOException {
        out.append("  ").append(paint(String.format("%-7s", f.severity().word()), colorOf(f.severity())))
                .append(' ').append(f.message()).append(' ').append(paint("[" + f.rule() + "]", DIM)).append('\n');
        // facts read from the same words (a role and its affiliation) share one line: "f11, f12"
        java.util.Map<String, List<String>> lines = new java.util.LinkedHashMap<>();
        java.util.Map<String, String> places = new java.util.HashMap<>();
        for (Finding.Evidence e : f.evidence()) {
            String place = where(e, article);
            String key = place + "\u0000" + e.quote();
            places.putIfAbsent(key, place);
            List<String> facts = lines.computeIfAbsent(key, k -> new ArrayList<>());
            if (e.fact() != null && !facts.contains(e.fact())) {
                facts.add(e.fact());
            }
        }
        for (java.util.Map.Entry<String, List<String>> l : lines.entrySet()) {
            String quote = l.getKey().substring(l.getKey().indexOf('\u0000') + 1);
            out.append("          ").append(String.format("%-4s %-12s ", String.join(", ", l.getValue()), places.get(l.getKey())))
                    .append('\u201C').append(quote).append('\u201D').append('\n');
        }
        if (f.suggestion() != null) {
            out.append("          ").append(paint("\u2192 " + f.suggestion(), CYAN)).append('\n');
        }
        if (f.needsALook()) {
            boolean assumed = article != null && Boolean.TRUE.equals(article.publishedAssumed()) && f.category().equals("date");
            String why = assumed ? "the article gives no publication date, and its dates were counted from today's"
                    : "it rests on an uncertain reading (" + unsure(f) + ")";
            out.append("          ").append(paint("needs a look: " + why + "; the rule's severity is " + f.ruleSeverity().word(), DIM))
                    .append('\n');
        }
    }

    /** "f2 confidence 0.6, f5 confidence 0.7": the facts of a finding read with less than full confidence. */
    private static String unsure(Finding f) {
        java.util.Map<String, Double> seen = new java.util.LinkedHashMap<>();
        for (Finding.Evidence e : f.evidence()) {
            if (e.fact() != null && e.confidence() != null) {
                seen.putIfAbsent(e.fact(), e.confidence());
            }
        }
        java.util.List<String> parts = new java.util.ArrayList<>();
        seen.forEach((fact, c) -> parts.add(fact + " confidence " + c));
        return String.join(", ", parts);
    }

    /** "86 facts", or "35 facts, 35 extracted" when facts name the extractor that read them. */
    private static String facts(Report.Summary s) {
        return count(s.facts(), "fact") + (s.extracted() > 0 ? ", " + s.extracted() + " extracted" : "");
    }

    /**
     * "3:41" (line:column, 1-based) in the text the article was read from, where the report knows it
     * (an article given as text), else in the article's body text; or "headline" / "standfirst".
     */
    static String where(Finding.Evidence e, Report.Article article) {
        if (!"body".equals(e.source())) {
            return e.source();
        }
        if (e.place() != null) {
            return e.place().toString();
        }
        return TextPosition.placed(article, e) ? TextPosition.of(article.text(), e.start()).toString() : "";
    }

    @Override
    public void finish(Appendable out) throws IOException {
        int found = counts[0] + counts[1] + counts[2];
        String totals = count(counts[0], "error") + ", " + count(counts[1], "warning") + ", " + count(counts[2], "info");
        // the verdict speaks of the articles checked; those that could not be are said apart
        int checked = articles - unchecked;
        String scope = " in " + count(checked, "article");
        List<String> parts = new ArrayList<>();
        if (checked > 0 || unchecked == 0 && unreadable == 0) {
            List<String> notes = new ArrayList<>();
            // (a clean article with a problem to say, such as an assumed date, is shown: black-box trials 99-102)
            if (quiet && clean > 0) {
                notes.add(hidden == clean ? clean + " clean, not shown" : clean + " clean, " + hidden + " not shown");
            } else if (found > 0 && clean > 0) {
                notes.add(clean + " clean");
            }
            if (assumed > 0) {
                notes.add(assumedNote());
            }
            parts.add((found == 0 ? "no contradictions" : count(found, "contradiction") + " (" + totals + ")") + scope
                    + (notes.isEmpty() ? "" : " (" + String.join("; ", notes) + ")"));
        }
        if (unchecked > 0) {
            parts.add(count(unchecked, "article") + " could not be checked");
        }
        if (unreadable > 0) {
            parts.add(count(unreadable, "input") + " could not be read");
        }
        if (suppressed > 0) {
            parts.add(suppressed + " accepted finding" + (suppressed == 1 ? "" : "s") + " suppressed");
        }
        // the mark says the outcome: the run fails, has findings that do not fail it, or has none
        boolean fails = fails();
        String mark = fails ? "\u2716 " : found > 0 ? "\u26A0 " : "\u2714 ";
        out.append(paint(mark + String.join("; ", parts), fails ? RED : found > 0 ? YELLOW : GREEN)).append('\n');
    }

    /** The local date of a publication date-time as written ("2022-03-24T18:00:00+01:00": 2022-03-24), which the checks count from. */
    private static String localDate(String published) {
        return published != null && published.length() > 10 && published.charAt(10) == 'T' ? published.substring(0, 10) : published;
    }

    /** "published date not given: today, 2026-12-04, assumed", for the articles that gave no date. */
    private String assumedNote() {
        return "published date not given" + (assumed < articles ? " in " + assumed + " of " + articles : "") + ": today"
                + (assumedDate != null ? ", " + assumedDate : "") + ", assumed";
    }

    /** Whether the run fails (exits non-zero): an input not read or not checked, or a finding at or above {@code --fail-on}. */
    private boolean fails() {
        if (unchecked > 0 || unreadable > 0) {
            return true;
        }
        for (Severity s : Severity.values()) {
            if (counts[s.ordinal()] > 0 && failOn != null && s.atLeast(failOn)) {
                return true;
            }
        }
        return false;
    }

    private static String suppressedNote(Report r) {
        return r.summary().suppressed() > 0 ? " \u00B7 " + r.summary().suppressed() + " suppressed" : "";
    }

    private static String heading(Severity s) {
        return switch (s) {
            case ERROR -> "Errors";
            case WARNING -> "Warnings";
            case INFO -> "Infos";
        };
    }

    static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private static final String BOLD = "\u001B[1m";
    private static final String DIM = "\u001B[2m";
    private static final String RED = "\u001B[31m";
    private static final String GREEN = "\u001B[32m";
    private static final String YELLOW = "\u001B[33m";
    private static final String CYAN = "\u001B[36m";
    private static final String BLUE = "\u001B[34m";

    private static String colorOf(Severity s) {
        return switch (s) {
            case ERROR -> RED;
            case WARNING -> YELLOW;
            case INFO -> BLUE;
        };
    }

    private String paint(String s, String code) {
        return color ? code + s + "\u001B[0m" : s;
    }

    /** For tests and callers that render one report alone. */
    public static String render(List<Report> reports) {
        StringBuilder sb = new StringBuilder();
        TextRenderer r = new TextRenderer(false);
        try {
            for (Report report : reports) {
                r.report(report, sb);
            }
            r.finish(sb);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return sb.toString();
    }
}
