package org.factlint;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.factlint.engine.BundledRules;
import org.factlint.engine.Engine;
import org.factlint.engine.RuleSet;
import org.factlint.input.FactsReader;
import org.factlint.input.InputLimits;
import org.factlint.input.Read;
import org.factlint.input.ReferenceReader;
import org.factlint.model.FactsDocument;
import org.factlint.model.Reference;
import org.factlint.report.ReportBuilder;

/**
 * Checks facts documents for contradictions. Build one from a rule folder (and optionally a
 * reference file), then call {@code check} from any number of threads: the compiled rules are
 * shared and every check runs in its own rule session.
 *
 * <pre>{@code
 * Checker checker = Checker.builder().rules(Path.of("rules")).build();
 * Report report = checker.check(json, "article-42");
 * report.findings().forEach(f -> System.out.println(f.severity() + " " + f.message()));
 * }</pre>
 *
 * A document that breaks the input contract gives a report with no findings and problems that
 * name the JSON pointer and what was expected; {@code check} itself never throws for bad input.
 */
public final class Checker {

    private final RuleSet rules;
    private final Reference reference;
    private final FactsReader reader;

    private Checker(RuleSet rules, Reference reference, FactsReader reader) {
        this.rules = rules;
        this.reference = reference;
        this.reader = reader;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Configures and builds a {@link Checker}; the rules are compiled by {@link #build()}. */
    public static final class Builder {
        private Path rules;
        private Path referenceFile;
        private InputLimits limits = InputLimits.DEFAULT;

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

        /**
         * @throws RuleSetException      if a rule file does not compile or lacks metadata
         * @throws InvalidInputException if the reference file is unreadable or breaks its format
         */
        public Checker build() throws RuleSetException, InvalidInputException {
            Reference ref = referenceFile == null ? Reference.EMPTY : readReference(referenceFile);
            RuleSet set = RuleSet.compile(rules != null ? rules : BundledRules.folder());
            return new Checker(set, ref, new FactsReader(limits));
        }

        private static Reference readReference(Path file) throws InvalidInputException {
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
            return read.value();
        }
    }

    /** The rules this checker applies, as their metadata describes them. */
    public List<RuleInfo> rules() {
        return rules.catalog();
    }

    /** Checks one document given as UTF-8 JSON bytes; {@code input} names it in the report. */
    public Report check(byte[] json, String input) {
        return check(json, input, CheckOptions.DEFAULT);
    }

    public Report check(byte[] json, String input, CheckOptions options) {
        long start = System.nanoTime();
        return checkRead(reader.read(json), input, options, start);
    }

    /** Checks one document given as a JSON string. */
    public Report check(String json, String input) {
        return check(json, input, CheckOptions.DEFAULT);
    }

    public Report check(String json, String input, CheckOptions options) {
        long start = System.nanoTime();
        return checkRead(reader.read(json), input, options, start);
    }

    /** Checks one document read from a stream (read whole, not closed). */
    public Report check(InputStream json, String input) throws IOException {
        return check(json.readAllBytes(), input, CheckOptions.DEFAULT);
    }

    /** Checks a document built in Java. It is trusted to be valid: no input problems are reported. */
    public Report check(FactsDocument document, String input) {
        return check(document, input, CheckOptions.DEFAULT);
    }

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
        if (outcome.truncated()) {
            problems = new java.util.ArrayList<>(problems);
            problems.add(Problem.warning("", "the rules fired more than " + Engine.MAX_FIRINGS
                    + " times and were stopped; findings may be incomplete (a rule may be re-firing on its own output, or the"
                    + " document pairs up a great many facts)"));
        }
        Report report = ReportBuilder.build(input, read.value(), problems, outcome.hits(), rules,
                options.ignoredFingerprints(), millisSince(start));
        return options.apply(report);
    }

    private static double millisSince(long start) {
        return Math.round((System.nanoTime() - start) / 10_000.0) / 100.0;
    }
}
