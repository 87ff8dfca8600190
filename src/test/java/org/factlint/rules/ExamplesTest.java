package org.factlint.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.factlint.Checker;
import org.factlint.Finding;
import org.factlint.Report;
import org.factlint.RuleInfo;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The examples under {@code facts/examples/<category>/} are the rule tests: each {@code x.json}
 * has an {@code x.expect} beside it listing, one per line, the rule id and the fact ids of every
 * finding the checker must report, and nothing else. An empty {@code .expect} (comments aside)
 * is a consistent look-alike: no finding and no input problem. A line {@code @reference <path>}
 * (relative to the repository root) checks the example with that reference file.
 */
class ExamplesTest {

    static final Path EXAMPLES = Path.of("facts/examples");
    private static final String REFERENCE = "@reference";
    private static Checker checker;
    /** One checker per reference file, built on first use. */
    private static final Map<Path, Checker> CHECKERS = new HashMap<>();

    @BeforeAll
    static void compileRules() throws Exception {
        checker = Checker.builder().rules(Path.of("rules")).build();
    }

    /** The checker for an example: with the reference its {@code .expect} names, if any. */
    static Checker checkerFor(Path json) throws Exception {
        Optional<Path> reference = reference(json);
        if (reference.isEmpty()) {
            return checker;
        }
        Checker c = CHECKERS.get(reference.get());
        if (c == null) {
            assertTrue(Files.isRegularFile(reference.get()), "no reference file " + reference.get() + " for " + json);
            c = Checker.builder().rules(Path.of("rules")).reference(reference.get()).build();
            CHECKERS.put(reference.get(), c);
        }
        return c;
    }

    @TestFactory
    Stream<DynamicTest> everyExampleReportsExactlyWhatItExpects() throws IOException {
        return examples().map(json -> DynamicTest.dynamicTest(EXAMPLES.relativize(json).toString(), () -> {
            Report report = checkerFor(json).check(Files.readAllBytes(json), json.toString());
            assertEquals(List.of(), report.problems(), "examples must be valid input without warnings");
            assertEquals(expected(json), actual(report), () -> "findings of " + json + ":\n" + describe(report));
        }));
    }

    @Test
    void everyRuleHasAnExampleThatFiresItAndALookAlikeThatDoesNot() throws IOException {
        Set<String> fired = new TreeSet<>();
        Set<String> categoriesWithCleanExample = new TreeSet<>();
        for (Path json : examples().toList()) {
            Set<String> lines = expected(json);
            lines.forEach(l -> fired.add(l.split(" ")[0]));
            if (lines.isEmpty()) {
                categoriesWithCleanExample.add(json.getParent().getFileName().toString());
            }
        }
        for (RuleInfo rule : checker.rules()) {
            assertTrue(fired.contains(rule.id()), "no example fires " + rule.id());
            assertTrue(categoriesWithCleanExample.contains(rule.category()),
                    "no consistent look-alike in facts/examples/" + rule.category());
        }
    }

    @Test
    void theSeedArticleIsConsistent() throws IOException {
        Path seed = Path.of("facts/2025-04-23-london-ukraine-talks.json");
        Report report = checker.check(Files.readAllBytes(seed), seed.toString());
        assertEquals(List.of(), report.problems());
        assertEquals(List.of(), report.findings().stream().map(Finding::message).toList());
        assertFalse(report.summary().facts() < 50, "the seed article's facts should be complete");
    }

    static Stream<Path> examples() throws IOException {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(EXAMPLES)) {
            walk.filter(p -> p.toString().endsWith(".json")).sorted().forEach(files::add);
        }
        return files.stream();
    }

    static Path expectFile(Path json) {
        Path expect = Path.of(json.toString().replaceFirst("\\.json$", ".expect"));
        assertTrue(Files.exists(expect), "missing " + expect);
        return expect;
    }

    /** The reference file an example is checked with: its {@code @reference} line, if any. */
    static Optional<Path> reference(Path json) throws IOException {
        List<Path> references = new ArrayList<>();
        for (String line : Files.readAllLines(expectFile(json))) {
            String l = line.replaceFirst("#.*", "").trim();
            if (l.startsWith(REFERENCE + " ")) {
                references.add(Path.of(l.substring(REFERENCE.length()).trim()));
            }
        }
        assertTrue(references.size() <= 1, "more than one @reference in " + expectFile(json));
        return references.stream().findFirst();
    }

    static Set<String> expected(Path json) throws IOException {
        Set<String> lines = new TreeSet<>();
        for (String line : Files.readAllLines(expectFile(json))) {
            String l = line.replaceFirst("#.*", "").trim();
            if (l.startsWith("@")) {
                assertTrue(l.startsWith(REFERENCE + " "), "unknown directive '" + l + "' in " + expectFile(json));
            } else if (!l.isEmpty()) {
                String[] parts = l.split("\\s+");
                List<String> facts = new ArrayList<>(List.of(parts).subList(1, parts.length));
                facts.sort(org.factlint.report.NaturalOrder.INSTANCE);
                lines.add(parts[0] + " " + String.join(" ", facts));
            }
        }
        return lines;
    }

    static Set<String> actual(Report report) {
        Set<String> lines = new TreeSet<>();
        report.findings().forEach(f -> lines.add(f.rule() + " " + String.join(" ", f.facts())));
        return lines;
    }

    private static String describe(Report report) {
        StringBuilder sb = new StringBuilder();
        report.findings().forEach(f -> sb.append("  ").append(f.rule()).append(' ').append(f.facts()).append(": ")
                .append(f.message()).append('\n'));
        return sb.toString();
    }
}
