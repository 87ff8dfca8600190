package org.factlint.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.factlint.Checker;
import org.factlint.Finding;
import org.factlint.Report;
import org.factlint.engine.build.BuildMode;
import org.factlint.tools.SyntheticFacts;
import org.junit.jupiter.api.Test;

/**
 * The executable model (the default) and classic DRL compilation must find exactly the same
 * things: every example, the seed article and a synthetic document give the same findings.
 */
class BuildModesTest {

    @Test
    void theBundledRulesCompileAsAnExecutableModelWithoutFallingBack() throws Exception {
        // The model compiler crashing on a rule makes the checker fall back to classic DRL, which
        // still gives the right findings (so no other test notices) but costs seconds at every
        // start and cannot be cached: a one-letter field name in a pattern once did that.
        RuleSet rules = RuleSet.compile(Path.of("rules"));
        assertEquals(BuildMode.EXECUTABLE_MODEL, rules.buildMode());
    }

    @Test
    void bothModesGiveTheSameFindingsOnEveryExample() throws Exception {
        Checker exec = Checker.builder().rules(Path.of("rules")).buildMode(BuildMode.EXECUTABLE_MODEL).build();
        Checker classic = Checker.builder().rules(Path.of("rules")).buildMode(BuildMode.CLASSIC).build();
        assertEquals(classic.rules(), exec.rules(), "the catalog (ids, files, metadata)");
        List<Path> inputs = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(Path.of("facts"))) {
            walk.filter(p -> p.toString().endsWith(".json")).sorted().forEach(inputs::add);
        }
        int findings = 0;
        for (Path p : inputs) {
            byte[] bytes = Files.readAllBytes(p);
            List<String> e = shown(exec.check(bytes, p.toString()));
            assertEquals(shown(classic.check(bytes, p.toString())), e, p.toString());
            findings += e.size();
        }
        assertTrue(findings > 0, "some example should give a finding");
        String synthetic = SyntheticFacts.document(2000);
        assertEquals(shown(classic.check(synthetic, "synthetic")), shown(exec.check(synthetic, "synthetic")));
    }

    private static List<String> shown(Report r) {
        List<String> s = new ArrayList<>();
        for (Finding f : r.findings()) {
            s.add(f.rule() + " " + f.facts() + " " + f.message() + " " + f.suggestion());
        }
        r.problems().forEach(p -> s.add(p.toString()));
        return s;
    }
}
