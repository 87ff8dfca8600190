package org.factlint;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.factlint.engine.BundledRules;
import org.factlint.engine.Engine;
import org.factlint.engine.RuleSet;
import org.factlint.engine.build.BuildMode;
import org.factlint.engine.build.RuleCache;
import org.factlint.input.FactsReader;
import org.factlint.input.InputLimits;
import org.factlint.input.Read;
import org.factlint.input.ReferenceReader;
import org.factlint.model.FactsDocument;
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

    private Checker(RuleSet rules, Read<Reference> reference, FactsReader reader) {
        this.rules = rules;
        this.reference = reference.value();
        this.referenceWarnings = reference.problems();
        this.reader = reader;
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

        private Builder() {
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
            return new Checker(set, ref, new FactsReader(limits));
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

    /** Checks one document given as UTF-8 JSON bytes, keeping the findings {@code options} asks for. */
    public Report check(byte[] json, String input, CheckOptions options) {
        long start = System.nanoTime();
        return checkRead(reader.read(json), input, options, start);
    }

    /** Checks one document given as a JSON string. */
    public Report check(String json, String input) {
        return check(json, input, CheckOptions.DEFAULT);
    }

    /** Checks one document given as a JSON string, keeping the findings {@code options} asks for. */
    public Report check(String json, String input, CheckOptions options) {
        long start = System.nanoTime();
        return checkRead(reader.read(json), input, options, start);
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
        return checkRead(new Read<>(document, List.of()), input, options, start);
    }

    private Report checkRead(Read<FactsDocument> read, String input, CheckOptions options, long start) {
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
        Report report = ReportBuilder.build(input, read.value(), problems, outcome.hits(), rules,
                options.ignoredFingerprints(), options.minConfidence(), millisSince(start));
        return options.apply(report);
    }

    private static double millisSince(long start) {
        return Math.round((System.nanoTime() - start) / 10_000.0) / 100.0;
    }
}
