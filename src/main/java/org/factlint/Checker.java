package org.factlint;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.factlint.engine.BundledRules;
import org.factlint.engine.Engine;
import org.factlint.engine.RuleSet;
import org.factlint.engine.build.BuildMode;
import org.factlint.engine.build.RuleCache;
import org.factlint.extract.ArticleText;
import org.factlint.extract.BuiltinExtractor;
import org.factlint.extract.Extractor;
import org.factlint.extract.Extractors;
import org.factlint.input.FactsReader;
import org.factlint.input.InputLimits;
import org.factlint.input.Read;
import org.factlint.input.ReferenceReader;
import org.factlint.input.text.ArticleMeta;
import org.factlint.input.text.TextLimits;
import org.factlint.model.FactsDocument;
import org.factlint.model.Provenance;
import org.factlint.model.Reference;
import org.factlint.report.ReportBuilder;

/**
 * Checks facts documents for contradictions. Build one from a rule folder (and optionally a
 * reference file), once, then call {@code check} from any number of threads.
 *
 * <pre>{@code
 * Checker checker = Checker.builder().rules(Path.of("rules")).build();
 * Report report = checker.check(json, "article-42");
 * report.findings().forEach(f -> System.out.println(f.severity() + " " + f.message()));
 * }</pre>
 *
 * <p><b>Thread safety.</b> A checker is immutable: the compiled rules (one Drools knowledge base),
 * the reference and the reader are built once and only read afterwards. Every check gets its own
 * rule session, made from the shared knowledge base and disposed when the check ends, however it
 * ends; nothing a check computes is visible to another. Share one checker across threads.
 *
 * <p><b>Article text.</b> {@link #checkText(ArticleInput, String, CheckOptions)} checks an article
 * given as text (plain, Markdown, HTML): its facts are extracted first by the checker's
 * {@link Extractor} (factlint's own unless {@link Builder#extractor} names another), written as a
 * {@code factlint-facts/1} document and read like any other, so the report is the same as for facts
 * given directly, with evidence offsets into the article's plain text; body evidence also has its
 * {@link Finding.Place} (line and column) in the text as given, and an article without a
 * publication date is marked as having today's assumed. A facts document with an
 * article but no {@code entities} and no {@code facts} is extracted the same way by {@code check}.
 *
 * <p><b>Bad input.</b> A document that breaks the input contract gives a report with no findings
 * and problems that name the JSON pointer and what was expected; {@code check} never throws for
 * bad input.
 *
 * <p><b>Stopping a check.</b> Interrupting the thread that runs a check halts the rules at their
 * next firing; the report then has no findings and an error problem saying the check was
 * interrupted (a server's time limit uses this).
 */
public final class Checker {

    private final RuleSet rules;
    private final Reference reference;
    private final List<Problem> referenceWarnings;
    private final FactsReader reader;
    private final Extractors extractors;
    private final Map<String, Extraction> extractions;
    private final Extraction extraction;

    private Checker(RuleSet rules, Reference reference, List<Problem> referenceWarnings, FactsReader reader,
                    Extractors extractors, Map<String, Extraction> extractions, String choice) {
        this.rules = rules;
        this.reference = reference;
        this.referenceWarnings = referenceWarnings;
        this.reader = reader;
        this.extractors = extractors;
        this.extractions = extractions;
        this.extraction = extractions.get(choice);
    }

    /**
     * This checker with another of its extractors as the one that reads article text (the rules,
     * reference and limits are shared, nothing is compiled again): how a service honours a
     * request's choice among the extractors its operator configured.
     *
     * @param name one of {@link #extractors()}'s names ({@code builtin}, {@code model}, {@code both})
     * @throws IllegalArgumentException if this checker has no extractor of that name
     */
    public Checker using(String name) {
        extractors.get(name);
        return new Checker(rules, reference, referenceWarnings, reader, extractors, extractions, name);
    }

    /** The extractors this checker may use, by name, and its default. */
    public Extractors extractors() {
        return extractors;
    }

    /** Starts configuring a checker. */
    public static Builder builder() {
        return new Builder();
    }

    /** Configures and builds a {@link Checker}; the rules are compiled by {@link #build()}. */
    public static final class Builder {
        private Path rules;
        private Path referenceFile;
        private InputLimits limits = InputLimits.DEFAULT;
        private BuildMode mode = BuildMode.EXECUTABLE_MODEL;
        private Path ruleCache;
        private Extractor extractor;
        private Extractors extractors;
        private TextLimits textLimits = TextLimits.DEFAULT;
        private Clock clock = Clock.systemDefaultZone();

        private Builder() {
        }

        /**
         * The extractor that reads facts out of article text (a CMS's own NLP pipeline or model, say);
         * without it, factlint's own ({@link BuiltinExtractor}). It must be thread-safe.
         */
        public Builder extractor(Extractor extractor) {
            this.extractor = extractor;
            this.extractors = null;
            return this;
        }

        /**
         * Several extractors by name (factlint's own, a model, both merged: see
         * {@code org.factlint.extract.model.ModelExtractors}) and the default among them; a check
         * picks another with {@link Checker#using(String)}. Each must be thread-safe.
         */
        public Builder extractors(Extractors extractors) {
            this.extractors = extractors;
            this.extractor = null;
            return this;
        }

        /** Size limits for article text; the defaults suit articles. */
        public Builder textLimits(TextLimits limits) {
            this.textLimits = limits;
            return this;
        }

        /** The clock whose date is "today" for an article that gives no publication date (default: this machine's zone). */
        public Builder clock(Clock clock) {
            this.clock = clock;
            return this;
        }

        /** A local folder of {@code .drl} files; without it, the rules bundled with factlint. */
        public Builder rules(Path folder) {
            this.rules = folder;
            return this;
        }

        /** A {@code factlint-reference/1} file of people, titles and groups. */
        public Builder reference(Path file) {
            this.referenceFile = file;
            return this;
        }

        /** Size limits for documents; the defaults suit articles. */
        public Builder limits(InputLimits limits) {
            this.limits = limits;
            return this;
        }

        /** How the rules are compiled; the default, the executable model, is the fastest to run and to reload. */
        public Builder buildMode(BuildMode mode) {
            this.mode = mode;
            return this;
        }

        /**
         * A folder where compiled rule sets are kept, keyed by the rule files' content, so that a
         * later start with the same rules loads them instead of compiling (null: no cache).
         */
        public Builder ruleCache(Path folder) {
            this.ruleCache = folder;
            return this;
        }

        /**
         * @throws RuleSetException      if a rule file does not compile or lacks metadata
         * @throws InvalidInputException if the reference file is unreadable or breaks its format
         */
        public Checker build() throws RuleSetException, InvalidInputException {
            Read<Reference> ref = referenceFile == null ? new Read<>(Reference.EMPTY, List.of()) : readReference(referenceFile);
            RuleSet set = RuleSet.compile(rules != null ? rules : BundledRules.folder(), mode,
                    ruleCache == null ? null : new RuleCache(ruleCache));
            Extractors choice = extractors != null ? extractors
                    : Extractors.single(extractor != null ? extractor : new BuiltinExtractor());
            Map<String, Extraction> extractions = new LinkedHashMap<>();
            choice.available().forEach((name, e) -> extractions.put(name, new Extraction(e, limits, textLimits, clock)));
            return new Checker(set, ref.value(), ref.problems(), new FactsReader(limits), choice,
                    Collections.unmodifiableMap(extractions), choice.defaultName());
        }

        private static Read<Reference> readReference(Path file) throws InvalidInputException {
            byte[] bytes;
            try {
                bytes = Files.readAllBytes(file);
            } catch (IOException e) {
                throw new InvalidInputException(file.toString(), List.of(Problem.error("", "cannot read: " + e.getMessage())));
            }
            Read<Reference> read = new ReferenceReader().read(bytes);
            if (!read.ok()) {
                throw new InvalidInputException(file.toString(), read.problems());
            }
            return read;
        }
    }

    /** Warnings from reading the reference file (unknown fields, say): it was used, but may not say what was meant. */
    public List<Problem> referenceWarnings() {
        return referenceWarnings;
    }

    /** The rules this checker applies, as their metadata describes them. */
    public List<RuleInfo> rules() {
        return rules.catalog();
    }

    /** Checks one document given as UTF-8 JSON bytes; {@code input} names it in the report. */
    public Report check(byte[] json, String input) {
        return check(json, input, CheckOptions.DEFAULT);
    }

    /**
     * Checks one document given as UTF-8 JSON bytes, keeping the findings {@code options} asks for. A
     * document with an article but no entities and no facts has its facts extracted first.
     */
    public Report check(byte[] json, String input, CheckOptions options) {
        return check(json, input, options, ArticleMeta.NONE);
    }

    /**
     * As {@link #check(byte[], String, CheckOptions)}; {@code overrides} amend the article of an
     * article-only document (a command line's {@code --published}) and are ignored for a document
     * that has its facts.
     */
    public Report check(byte[] json, String input, CheckOptions options, ArticleMeta overrides) {
        long start = System.nanoTime();
        return checkParsed(reader.parse(json), input, options, overrides, start);
    }

    /** Checks one document given as a JSON string. */
    public Report check(String json, String input) {
        return check(json, input, CheckOptions.DEFAULT);
    }

    /** Checks one document given as a JSON string, keeping the findings {@code options} asks for. */
    public Report check(String json, String input, CheckOptions options) {
        long start = System.nanoTime();
        return checkParsed(reader.parse(json), input, options, ArticleMeta.NONE, start);
    }

    private Report checkParsed(FactsReader.Parsed parsed, String input, CheckOptions options, ArticleMeta overrides,
                               long start) {
        if (parsed.articleOnly()) {
            return checkExtracted(extraction.fromParsed(parsed, overrides), input, options, start);
        }
        return checkRead(reader.read(parsed), Provenance.NONE, input, options, start);
    }

    /** Checks an article given as text: its facts are extracted, then checked. */
    public Report checkText(ArticleInput article, String input) {
        return checkText(article, input, CheckOptions.DEFAULT);
    }

    /**
     * Checks an article given as text (plain, Markdown or HTML, with its metadata), keeping the
     * findings {@code options} asks for. Problems of the text (a bad date, a text over the limits)
     * are reported as for a facts document, with line and column where they have one.
     */
    public Report checkText(ArticleInput article, String input, CheckOptions options) {
        long start = System.nanoTime();
        return checkExtracted(extraction.fromText(article), input, options, start);
    }

    /** Checks an article already in plain text (paragraphs separated by blank lines). */
    public Report checkText(ArticleText article, String input) {
        return checkText(article, input, CheckOptions.DEFAULT);
    }

    /** Checks an article already in plain text, keeping the findings {@code options} asks for. */
    public Report checkText(ArticleText article, String input, CheckOptions options) {
        long start = System.nanoTime();
        return checkExtracted(extraction.fromArticle(article), input, options, start);
    }

    /**
     * The facts of an article given as text, as the checker's extractor reads them, without checking
     * them: for showing an editor what was read, or for correcting and checking it later.
     */
    public Extraction.Result extract(ArticleInput article) {
        return extraction.fromText(article);
    }

    /** The extraction step this checker uses (its extractor, limits and clock). */
    public Extraction extraction() {
        return extraction;
    }

    private Report checkExtracted(Extraction.Result extracted, String input, CheckOptions options, long start) {
        return checkRead(new Read<>(extracted.document(), extracted.problems()), extracted.provenance(), input, options,
                start);
    }

    /**
     * Checks one document read from a stream of UTF-8 JSON (read to its end, not closed).
     *
     * @throws IOException only if reading the stream fails; bad JSON gives a report with problems
     */
    public Report check(InputStream json, String input) throws IOException {
        return check(json, input, CheckOptions.DEFAULT);
    }

    /** Checks one document read from a stream, keeping the findings {@code options} asks for. */
    public Report check(InputStream json, String input, CheckOptions options) throws IOException {
        return check(json.readAllBytes(), input, options);
    }

    /**
     * Checks a document built in Java. It is trusted to be valid (references resolved, evidence
     * located), as {@link org.factlint.input.FactsReader} would have made it: no input problems are reported.
     */
    public Report check(FactsDocument document, String input) {
        return check(document, input, CheckOptions.DEFAULT);
    }

    /** Checks a document built in Java, keeping the findings {@code options} asks for. */
    public Report check(FactsDocument document, String input, CheckOptions options) {
        long start = System.nanoTime();
        return checkRead(new Read<>(document, List.of()), Provenance.NONE, input, options, start);
    }

    private Report checkRead(Read<FactsDocument> read, Provenance provenance, String input, CheckOptions options,
                             long start) {
        if (!read.ok()) {
            return ReportBuilder.unchecked(input, read.problems(), rules.catalog().size(), millisSince(start));
        }
        Engine.Outcome outcome = Engine.run(rules, read.value(), reference);
        List<Problem> problems = read.problems();
        if (outcome.interrupted()) {
            problems = new ArrayList<>(problems);
            problems.add(Problem.error("", "the check was interrupted before the rules finished; nothing was reported"));
            return ReportBuilder.unchecked(input, problems, rules.catalog().size(), millisSince(start));
        }
        if (outcome.truncated()) {
            problems = new ArrayList<>(problems);
            problems.add(Problem.warning("", "the rules fired more than " + Engine.MAX_FIRINGS
                    + " times and were stopped; findings may be incomplete (a rule may be re-firing on its own output, or the"
                    + " document pairs up a great many facts)"));
        }
        Report report = ReportBuilder.build(input, read.value(), provenance, problems, outcome.hits(), rules,
                options.ignoredFingerprints(), options.minConfidence(), millisSince(start));
        return options.apply(report);
    }

    private static double millisSince(long start) {
        return Math.round((System.nanoTime() - start) / 10_000.0) / 100.0;
    }
}
