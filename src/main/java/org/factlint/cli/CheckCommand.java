package org.factlint.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.factlint.ArticleInput;
import org.factlint.CheckOptions;
import org.factlint.Checker;
import org.factlint.Problem;
import org.factlint.Report;
import org.factlint.Severity;
import org.factlint.extract.Extractors;
import org.factlint.report.IgnoreList;
import org.factlint.input.InputLimits;
import org.factlint.input.text.ArticleMeta;
import org.factlint.input.text.TextLimits;
import org.factlint.report.ReportBuilder;
import org.factlint.report.render.Renderer;
import org.factlint.report.render.TextRenderer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code factlint check}: checks articles (as text or as facts files) and writes their reports. */
@Command(name = "check", mixinStandardHelpOptions = true, sortOptions = false, usageHelpWidth = 100,
        description = {"Check articles for contradictions and write a report per article: text (.txt, .md, .html), whose "
                + "facts are extracted first, or facts files (factlint-facts/1; one with an article but no entities and "
                + "no facts is extracted first too).",
                "",
                "Folders are searched recursively for *.json, *.jsonl, *.txt, *.md and *.html files. A file (or line) "
                        + "that cannot be read "
                        + "or checked does not stop the others: it gets a report of its problems, and the exit status "
                        + "becomes 2. Documents are checked in parallel on all cores; reports come out in input order.",
                ""},
        footer = {"", "Examples:",
                "  factlint check article.txt                         an article's text (first line: headline)",
                "  factlint check --published 2025-04-23 article.md   relative dates counted from that day",
                "  factlint check --extractor model --model-url http://localhost:11434/v1 --model llama3.1 article.txt",
                "  factlint check facts/                              every article under facts/",
                "  factlint check --format json a.json b.json         one JSON report per line",
                "  factlint check --format json batch.jsonl           a report per line (named batch.jsonl:N)",
                "  factlint check --fail-on warning --output r.txt facts/",
                "  factlint check --format sarif --output factlint.sarif facts/",
                "  factlint check --format ignore facts/ > .factlint-ignore    accept the current findings",
                "  factlint check --ignore .factlint-ignore facts/",
                "",
                "Exit status: 0 no finding at or above --fail-on; 1 at least one; 2 bad usage, unusable rules or "
                        + "reference, or an input that could not be checked."})
final class CheckCommand implements Callable<Integer> {

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Article text (.txt, .md, .html), facts files "
            + "(.json), JSON Lines files (.jsonl, one document per line), folders of them, or - for JSON Lines on "
            + "standard input.")
    List<Path> paths;

    @Mixin
    RuleOptions ruleOptions;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "Report format: text, json (one report per line), html (one self-contained page), sarif "
                    + "(SARIF 2.1.0), junit (JUnit XML), ignore (the findings' fingerprints, for --ignore) "
                    + "(default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--output", paramLabel = "FILE",
            description = "Write the report to FILE (replaced whole, only once complete) instead of standard output.")
    Path output;

    @Option(names = "--ignore", paramLabel = "FILE",
            description = "Suppress the findings whose fingerprints FILE lists (accepted by an editor); they are "
                    + "counted as suppressed in the summary. Repeatable.")
    List<Path> ignore = List.of();

    @Option(names = {"-q", "--quiet"},
            description = "Text format: leave out the reports of articles with nothing to say (no finding, no problem); "
                    + "the summary still counts them (\"12 clean, not shown\"; \"12 clean, 11 not shown\" when a clean "
                    + "article had a warning to show, such as an assumed date). For batch runs.")
    boolean quiet;

    @Option(names = "--fail-on", paramLabel = "SEVERITY", defaultValue = "error",
            description = "Exit with 1 when a finding is at least this severe: error, warning, info or never "
                    + "(default: ${DEFAULT-VALUE}).")
    String failOn;

    @Option(names = "--min-confidence", paramLabel = "N", defaultValue = "" + CheckOptions.DEFAULT_MIN_CONFIDENCE,
            description = "A finding resting on a fact whose confidence is below N (0 to 1) is reported as info, "
                    + "\"needs a look\", whatever its rule's severity; 0 keeps every severity (default: ${DEFAULT-VALUE}).")
    double minConfidence;

    @Mixin
    LimitOptions limitOptions;

    @Mixin
    TextOptions textOptions;

    @Mixin
    ExtractorOptions extractorOptions;

    @Spec
    CommandSpec spec;

    /** Where {@code -} reads from. */
    private final InputStream stdin;

    CheckCommand() {
        this(System.in);
    }

    CheckCommand(InputStream stdin) {
        this.stdin = stdin;
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        Severity threshold;
        Renderer renderer;
        InputLimits limits;
        TextLimits textLimits;
        ArticleMeta overrides;
        Extractors extractors;
        try {
            limits = limitOptions.limits();
            textLimits = textOptions.limits();
            overrides = textOptions.overrides();
            extractors = extractorOptions.forRun(System.getenv());
            threshold = failOnThreshold(failOn);
            renderer = format.equals("text") ? new TextRenderer(colorWanted(), threshold, quiet) : Renderer.forFormat(format);
        } catch (IllegalArgumentException e) {
            err.println("factlint: " + e.getMessage());
            return Main.TROUBLE;
        }
        CheckOptions options;
        try {
            options = CheckOptions.DEFAULT.withIgnored(IgnoreList.read(ignore)).withMinConfidence(minConfidence);
        } catch (IOException e) {
            err.println("factlint: the ignore list cannot be used; nothing was checked: " + e.getMessage());
            return Main.TROUBLE;
        } catch (IllegalArgumentException e) {
            err.println("factlint: --min-confidence: " + e.getMessage());
            return Main.TROUBLE;
        }
        List<Inputs.Input> inputs = textOptions.inputs(paths, err);
        if (inputs == null) {
            return Main.TROUBLE;
        }
        Checker checker = ruleOptions.checker(err, limits, textLimits, extractors);
        if (checker == null) {
            return Main.TROUBLE;
        }
        // Problems go to standard error too, unless the text report already shows them on the terminal.
        boolean echoProblems = output != null || !format.equals("text");
        Outcome outcome = new Outcome();
        try (Output out = Output.open(output, spec.commandLine().getOut())) {
            Writer w = out.writer();
            renderer.start(w, checker.rules());
            Consumer<Report> write = report -> {
                outcome.add(report, threshold);
                if (echoProblems) {
                    report.problems().forEach(p -> err.println("factlint: " + report.input() + ": " + p));
                }
                try {
                    renderer.report(report, w);
                    w.flush();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            };
            int threads = Runtime.getRuntime().availableProcessors();
            try (OrderedParallel<Documents.Doc, Report> checks = new OrderedParallel<>(threads, 4 * threads,
                    doc -> check(checker, doc, options, overrides), write)) {
                Documents.forEach(inputs, stdin,
                        limits.maxBytes(), checks::submit);
                checks.finish();
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            renderer.finish(w);
            out.commit();
        } catch (IOException e) {
            err.println("factlint: cannot write the report" + (output != null ? " to " + output : "") + ": " + e.getMessage());
            return Main.TROUBLE;
        }
        return outcome.exitStatus();
    }

    private static Report check(Checker checker, Documents.Doc doc, CheckOptions options, ArticleMeta overrides) {
        if (doc.unreadable()) {
            return ReportBuilder.unreadable(doc.name(), doc.error(), checker.rules().size());
        }
        if (doc.error() != null) {
            return ReportBuilder.unchecked(doc.name(), List.of(Problem.error("", doc.error())), checker.rules().size(), 0);
        }
        if (doc.text() != null) {
            return checker.checkText(ArticleInput.of(doc.bytes(), doc.text()).withOverrides(overrides).fileName(doc.name()),
                    doc.name(), options);
        }
        return checker.check(doc.bytes(), doc.name(), options, overrides);
    }

    private boolean colorWanted() {
        return output == null && System.console() != null && System.getenv("NO_COLOR") == null
                && !"dumb".equals(System.getenv("TERM"));
    }

    /** Tracks what the exit status must say across all inputs. */
    private static final class Outcome {
        private boolean unchecked;
        private boolean failing;

        void add(Report r, Severity threshold) {
            unchecked |= !r.checked();
            failing |= threshold != null && r.hasFindingsAtLeast(threshold);
        }

        int exitStatus() {
            return unchecked ? Main.TROUBLE : failing ? Main.FINDINGS : 0;
        }
    }

    /** The severity --fail-on names, in any case ("WARNING"), or null for "never". */
    static Severity failOnThreshold(String word) {
        String w = word.toLowerCase(java.util.Locale.ROOT);
        if (w.equals("never")) {
            return null;
        }
        try {
            return Severity.fromWord(w);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--fail-on: expected error, warning, info or never but found '" + word + "'");
        }
    }
}
