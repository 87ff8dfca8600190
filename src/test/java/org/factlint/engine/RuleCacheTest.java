package org.factlint.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.factlint.Checker;
import org.factlint.Report;
import org.factlint.RuleSetException;
import org.factlint.engine.build.BuildMode;
import org.factlint.engine.build.RuleCache;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The compiled-rules cache: hit on the same rule files, never on changed ones, harmless when damaged. */
class RuleCacheTest {

    static final Path CONTRADICTION = Path.of("facts/examples/attendance/attended-and-withdrew.json");

    private static Path copyOfRules(Path dir) throws IOException {
        Path rules = dir.resolve("rules");
        Files.createDirectories(rules);
        try (Stream<Path> files = Files.list(Path.of("rules"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".drl")).toList()) {
                Files.copy(f, rules.resolve(f.getFileName()));
            }
        }
        return rules;
    }

    private static List<Path> entries(Path cache) throws IOException {
        try (Stream<Path> s = Files.list(cache)) {
            return s.filter(p -> p.toString().endsWith(".rules.jar")).toList();
        }
    }

    @Test
    void theSameRulesAreLoadedFromTheCacheAndAnEditIsCompiledAfresh(@TempDir Path dir) throws Exception {
        Path rules = copyOfRules(dir);
        RuleCache cache = new RuleCache(dir.resolve("cache"));
        assertFalse(RuleSet.compile(rules, BuildMode.EXECUTABLE_MODEL, cache).fromCache());
        RuleSet again = RuleSet.compile(rules, BuildMode.EXECUTABLE_MODEL, cache);
        assertTrue(again.fromCache());
        assertEquals(1, entries(cache.folder()).size());

        // An edit that changes what a rule says must show in the next report: the cache is keyed by content.
        Path attendance = rules.resolve("attendance.drl");
        Files.writeString(attendance, Files.readString(attendance).replace("is reported as attending", "was seen at"));
        RuleSet edited = RuleSet.compile(rules, BuildMode.EXECUTABLE_MODEL, cache);
        assertFalse(edited.fromCache(), "an edited rule file must not be served from the cache");
        assertEquals(2, entries(cache.folder()).size());
        Report report = Checker.builder().rules(rules).ruleCache(cache.folder()).build()
                .check(Files.readAllBytes(CONTRADICTION), "x");
        assertTrue(report.findings().get(0).message().contains("was seen at"), report.findings().get(0).message());

        // A new file is a change too, and a broken one is refused, not cached.
        Files.writeString(rules.resolve("broken.drl"), "package x\nrule \"broken\" when\n  String( == )\nthen end\n");
        assertThrows(RuleSetException.class, () -> RuleSet.compile(rules, BuildMode.EXECUTABLE_MODEL, cache));
        assertEquals(2, entries(cache.folder()).size());
    }

    @Test
    void aDamagedEntryIsRecompiledAndReplaced(@TempDir Path dir) throws Exception {
        Path rules = copyOfRules(dir);
        RuleCache cache = new RuleCache(dir.resolve("cache"));
        RuleSet.compile(rules, BuildMode.EXECUTABLE_MODEL, cache);
        Path entry = entries(cache.folder()).get(0);
        Files.write(entry, new byte[] {1, 2, 3});
        RuleSet set = RuleSet.compile(rules, BuildMode.EXECUTABLE_MODEL, cache);
        assertFalse(set.fromCache());
        assertFalse(set.catalog().isEmpty());
        assertTrue(RuleSet.compile(rules, BuildMode.EXECUTABLE_MODEL, cache).fromCache());
    }
}
