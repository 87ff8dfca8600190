package org.factlint.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.factlint.Checker;
import org.factlint.Finding;
import org.factlint.Report;
import org.factlint.Severity;
import org.factlint.report.NaturalOrder;
import org.factlint.reliability.Scenarios.Plant;
import org.factlint.reliability.Scenarios.Scenario;

/**
 * Invariants of the rules, checked on generated articles ({@link Scenarios}): consistent ones and
 * ones with one planted contradiction of each kind. Each property runs {@code jqwik.tries.default}
 * tries (100, from junit-platform.properties); a longer campaign:
 * {@code mvn -B test -Dtest=RuleInvariantsTest -Djqwik.tries.default=5000}. A failure prints the
 * seed, which rebuilds the same article.
 */
class RuleInvariantsTest {

    private static final Checker CHECKER = checker();

    private static Checker checker() {
        try {
            return Checker.builder().rules(Path.of("rules")).build();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A generated article: consistent, or with {@code plant} planted when {@code planted}. */
    private static Scenario scenario(long seed, boolean planted, Plant plant) {
        Scenario s = Scenarios.consistent(seed);
        if (planted) {
            plant.plant(s);
        }
        return s;
    }

    // (e) a consistent article raises no warning or error and no input problem
    @Property
    void aConsistentArticleIsClean(@ForAll long seed) {
        Report r = check(Scenarios.consistent(seed).article.json());
        assertEquals(List.of(), r.problems(), "input problems");
        assertEquals(List.of(), r.findings().stream().filter(f -> f.severity() != Severity.INFO)
                .map(Finding::message).toList(), "findings in a consistent article");
    }

    // (d) every planted contradiction is found, naming exactly the planted facts
    @Property
    void everyPlantedContradictionIsFound(@ForAll long seed, @ForAll Plant plant) {
        Scenario s = Scenarios.consistent(seed);
        Set<String> planted = plant.plant(s);
        Report r = check(s.article.json());
        assertEquals(List.of(), r.problems(), "input problems");
        List<Set<String>> named = r.findings().stream().filter(f -> f.rule().equals(plant.rule))
                .map(f -> (Set<String>) new TreeSet<>(plant.namesEntities() ? f.entities() : f.facts())).toList();
        assertTrue(named.contains(new TreeSet<>(planted)), plant.rule + " should name " + new TreeSet<>(planted)
                + " but its findings name " + named + "; all findings: " + describe(r));
    }

    // (a) neither the order of entities and facts nor the ids chosen for them change the report
    @Property
    void theReportDoesNotDependOnOrderOrIds(@ForAll long seed, @ForAll boolean planted, @ForAll Plant plant)
            throws Exception {
        String json = scenario(seed, planted, plant).article.json();
        Map<String, String> back = new HashMap<>();
        String shuffled = Article.shuffledAndRenamed(json, new Random(seed), back);
        assertEquals(normal(check(json), Map.of()), normal(check(shuffled), back));
    }

    // (b) facts about an unrelated event never take a finding away
    @Property
    void anUnrelatedEventNeverRemovesAFinding(@ForAll long seed, @ForAll boolean planted, @ForAll Plant plant) {
        Scenario s = scenario(seed, planted, plant);
        Set<String> before = identities(check(s.article.json()));
        Scenarios.addUnrelatedEvent(s);
        Set<String> after = identities(check(s.article.json()));
        Set<String> lost = new TreeSet<>(before);
        lost.removeAll(after);
        assertEquals(Set.of(), lost, "findings lost by adding an unrelated event");
    }

    // (c) stating a fact again (new id, same content and evidence) never adds a finding
    @Property
    void aRestatementNeverAddsAFinding(@ForAll long seed, @ForAll boolean planted, @ForAll Plant plant) {
        Scenario s = scenario(seed, planted, plant);
        Report before = check(s.article.json());
        String fact = s.article.facts.get(new Random(seed).nextInt(s.article.facts.size())).get("id").asText();
        s.article.restate(fact);
        Report after = check(s.article.json());
        Set<String> added = fingerprints(after);
        added.removeAll(fingerprints(before));
        assertEquals(Set.of(), added, "findings added by restating " + fact + ": " + describe(after));
        assertEquals(before.problems(), after.problems());
    }

    private static Report check(String json) {
        return CHECKER.check(json, "generated");
    }

    /** rule + fingerprint of each finding: what a finding is, whatever its fact ids. */
    private static Set<String> fingerprints(Report r) {
        return r.findings().stream().map(f -> f.rule() + " " + f.fingerprint()).collect(Collectors.toCollection(TreeSet::new));
    }

    /** rule + facts + entities of each finding. */
    private static Set<String> identities(Report r) {
        return r.findings().stream().map(f -> f.rule() + " " + f.facts() + " " + new TreeSet<>(f.entities()))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static final Pattern NEW_ID = Pattern.compile("\\br[0-9a-f]{8}\\b");

    /** Findings with every id mapped back through {@code back}, as comparable text. */
    private static List<String> normal(Report r, Map<String, String> back) {
        List<String> out = new ArrayList<>();
        for (Finding f : r.findings()) {
            List<String> facts = new ArrayList<>(f.facts().stream().map(id -> back.getOrDefault(id, id)).toList());
            facts.sort(NaturalOrder.INSTANCE);
            Set<String> entities = f.entities().stream().map(id -> back.getOrDefault(id, id))
                    .collect(Collectors.toCollection(TreeSet::new));
            Matcher m = NEW_ID.matcher(f.message());
            String message = m.replaceAll(x -> back.getOrDefault(x.group(), x.group()));
            out.add(String.join(" | ", f.rule(), f.category(), f.severity().word(), message, f.fingerprint(),
                    facts.toString(), entities.toString()));
        }
        out.sort(null);
        return out;
    }

    private static String describe(Report r) {
        return r.findings().stream().map(f -> "\n  " + f.rule() + " " + f.facts() + " " + f.entities() + ": " + f.message())
                .collect(Collectors.joining());
    }
}
