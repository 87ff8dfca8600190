package org.factlint.fuzz;

import java.io.StringWriter;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.factlint.Finding;
import org.factlint.Problem;
import org.factlint.Report;
import org.factlint.RuleInfo;
import org.factlint.Severity;
import org.factlint.input.Read;
import org.factlint.model.FactsDocument;
import org.factlint.report.render.Renderer;

/**
 * What must hold of every outcome, whatever the input: the fuzz targets and the hostile-shape
 * tests check each report with it. A broken invariant throws {@link AssertionError} with the
 * reason, which the fuzzer records as a finding.
 */
public final class ReportInvariants {

    /** A Java class name of an exception, or a stack frame: words for developers, not authors. */
    private static final Pattern JAVA_TRACE = Pattern.compile(
            "\\b(?:java|javax|com\\.fasterxml|com\\.networknt|org\\.drools|org\\.kie|org\\.factlint)\\.[\\w.$]*(?:Exception|Error)\\b"
                    + "|\\tat [\\w.$]+\\(");
    private static final Pattern FINGERPRINT = Pattern.compile("[0-9a-f]{20}");

    private ReportInvariants() {
    }

    /** A read is a document or an error, and every problem says where and what. */
    public static void check(Read<FactsDocument> read) {
        require(read != null, "the reader returned null");
        read.problems().forEach(ReportInvariants::check);
        boolean errors = read.problems().stream().anyMatch(p -> p.severity() == Severity.ERROR);
        require(errors == (read.value() == null),
                "a read has a document exactly when it has no error problem: " + read.problems());
    }

    /** A report is well formed, and one with input errors has no findings. */
    public static void check(Report report, List<RuleInfo> rules) {
        require(report != null, "the checker returned null");
        report.problems().forEach(ReportInvariants::check);
        if (!report.checked()) {
            require(report.findings().isEmpty(), "a report with input errors has findings: " + report.findings());
        }
        Map<String, RuleInfo> catalog = rules.stream().collect(Collectors.toMap(RuleInfo::id, Function.identity()));
        Set<String> seen = new HashSet<>();
        for (Finding f : report.findings()) {
            RuleInfo rule = catalog.get(f.rule());
            require(rule != null, "a finding of a rule not in the catalog: " + f.rule());
            require(rule.category().equals(f.category()) && rule.severity() == f.severity(),
                    "a finding's category or severity differs from its rule's: " + f);
            require(f.message() != null && !f.message().isBlank(), "a finding without a message: " + f);
            require(f.suggestion() != null && !f.suggestion().isBlank(), "a finding without a suggestion: " + f);
            require(f.fingerprint() != null && FINGERPRINT.matcher(f.fingerprint()).matches(),
                    "a finding's fingerprint is not 20 hex digits: " + f.fingerprint());
            require(!f.facts().isEmpty() || !f.entities().isEmpty(), "a finding names no fact and no entity: " + f);
            require(seen.add(f.rule() + " " + f.facts() + " " + f.entities() + " " + f.message()),
                    "the same finding twice: " + f);
            f.evidence().forEach(e -> require(e.fact() == null || f.facts().contains(e.fact()),
                    "evidence of a fact the finding does not name: " + e));
        }
        Report.Summary s = report.summary();
        require(s.errors() == count(report, Severity.ERROR) && s.warnings() == count(report, Severity.WARNING)
                && s.infos() == count(report, Severity.INFO), "the summary does not count the findings: " + s);
    }

    /** Every renderer writes the report without failing (the output side of "never crash"). */
    public static void renders(Report report, List<RuleInfo> rules) {
        for (String format : Renderer.FORMATS.keySet()) {
            Renderer r = Renderer.forFormat(format);
            StringWriter out = new StringWriter();
            try {
                r.start(out, rules);
                r.report(report, out);
                r.finish(out);
            } catch (Exception | StackOverflowError e) {
                throw new AssertionError("the " + format + " renderer failed: " + e, e);
            }
            require(out.getBuffer().length() > 0, "the " + format + " renderer wrote nothing");
        }
    }

    static void check(Problem p) {
        require(p.severity() != null, "a problem without severity: " + p);
        require(p.pointer() != null && (p.pointer().isEmpty() || p.pointer().startsWith("/")),
                "a problem's pointer is not a JSON pointer: " + p);
        require(p.message() != null && !p.message().isBlank(), "a problem without a message: " + p);
        require(p.line() == null || p.line() >= 1, "a problem's line is below 1: " + p);
        require(p.column() == null || p.column() >= 1, "a problem's column is below 1: " + p);
        require(!JAVA_TRACE.matcher(p.message()).find(), "a problem message leaks a Java exception: " + p);
    }

    private static long count(Report r, Severity s) {
        return r.findings().stream().filter(f -> f.severity() == s).count();
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new AssertionError(message);
        }
    }
}
