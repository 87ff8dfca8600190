package org.factlint.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.factlint.Checker;
import org.factlint.RuleInfo;
import org.factlint.RuleSetException;
import org.factlint.RuleSetException.RuleError;
import org.factlint.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A rule folder compiles whole or not at all: every error names its file (and line where there
 * is one), and nothing is checked with a partial rule set.
 */
class RuleSetTest {

    @TempDir
    Path dir;

    private static final String HEADER = """
            package factlint.rules.test

            import org.factlint.model.*;
            import org.factlint.engine.facts.*;
            import java.util.List;

            global org.factlint.engine.Context ctx;

            """;

    /** A complete rule; {@code metadata} replaces its four metadata lines when given. */
    private static String rule(String name, String metadata, String when) {
        return "rule \"" + name + "\"\n"
                + metadata
                + "when\n"
                + "    " + when + "\n"
                + "then\n"
                + "    insert(Hit.of(drools.getRule(), ctx.name($a.person()) + \" attended.\", \"Check.\", List.of($a), List.of()));\n"
                + "end\n";
    }

    private static String metadata(String id, String category, String severity, String description) {
        StringBuilder sb = new StringBuilder();
        if (id != null) sb.append("    @id(\"").append(id).append("\")\n");
        if (category != null) sb.append("    @category(\"").append(category).append("\")\n");
        if (severity != null) sb.append("    @severity(\"").append(severity).append("\")\n");
        if (description != null) sb.append("    @description(\"").append(description).append("\")\n");
        return sb.toString();
    }

    private static final String GOOD_WHEN = "$a : AttendanceFact( status == AttendanceStatus.ATTENDED )";

    private static String goodRule(String name, String id) {
        return rule(name, metadata(id, id.substring(0, id.indexOf('.')), "warning", "A rule for tests."), GOOD_WHEN);
    }

    private Path write(String file, String... rules) throws IOException {
        Path path = dir.resolve(file);
        Files.createDirectories(path.getParent());
        Files.writeString(path, HEADER + String.join("\n", rules));
        return path;
    }

    private RuleSetException refused() {
        return assertThrows(RuleSetException.class, () -> RuleSet.compile(dir));
    }

    /** The only error, which must name {@code file}. */
    private static RuleError onlyError(RuleSetException e, Path file) {
        assertEquals(1, e.errors().size(), e::getMessage);
        RuleError error = e.errors().get(0);
        assertEquals(file.toString(), error.file(), e.getMessage());
        return error;
    }

    private static int lineOf(Path file, String text) throws IOException {
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i + 1;
            }
        }
        throw new AssertionError(text + " not in " + file);
    }

    // --- a good folder -----------------------------------------------------------------------

    @Test
    void aGoodFolderCompilesAndItsCatalogComesFromTheMetadata() throws Exception {
        write("attendance.drl", goodRule("Someone attended", "attendance.someone-attended"));
        write("sub/role.drl", goodRule("Someone else attended", "role.someone-else-attended"));
        RuleSet rules = RuleSet.compile(dir);
        assertEquals(List.of(
                new RuleInfo("attendance.someone-attended", "attendance", Severity.WARNING, "A rule for tests.",
                        "Someone attended", "attendance.drl"),
                new RuleInfo("role.someone-else-attended", "role", Severity.WARNING, "A rule for tests.",
                        "Someone else attended", "sub/role.drl")), rules.catalog());
        assertEquals(dir, rules.folder());
        assertTrue(rules.usesContext());
    }

    @Test
    void aFolderWithoutGlobalsCompilesToo() throws Exception {
        Files.writeString(dir.resolve("plain.drl"), HEADER.replace("global org.factlint.engine.Context ctx;", "")
                + rule("Plain", metadata("attendance.plain", "attendance", "info", "Plain."), GOOD_WHEN)
                        .replace("ctx.name($a.person())", "$a.person()"));
        RuleSet rules = RuleSet.compile(dir);
        assertFalse(rules.usesContext());
        assertEquals(Severity.INFO, rules.catalog().get(0).severity());
    }

    // --- rules that do not compile -----------------------------------------------------------

    @Test
    void aSyntaxErrorNamesTheFileAndLine() throws Exception {
        Path file = write("broken.drl", goodRule("Good", "attendance.good"),
                rule("Broken", metadata("attendance.broken", "attendance", "error", "Broken."),
                        "$a : AttendanceFact( status == AttendanceStatus.ATTENDED "));
        RuleSetException e = refused();
        assertTrue(e.errors().stream().allMatch(r -> r.file().equals(file.toString())), e::getMessage);
        assertTrue(e.errors().stream().anyMatch(r -> r.line() > 0), e::getMessage);
        assertTrue(e.getMessage().startsWith(file + ":"), e::getMessage);
    }

    @Test
    void anUnknownFactTypeNamesTheFileAndLine() throws Exception {
        Path file = write("unknown-type.drl", rule("Unknown type", metadata("attendance.unknown-type", "attendance",
                "error", "Unknown type."), "$a : AttendenceFact( )"));
        RuleSetException e = refused();
        assertTrue(e.errors().stream().allMatch(r -> r.file().equals(file.toString())), e::getMessage);
        // Drools adds that the consequence cannot use $a; the first error is the one that says why.
        RuleError error = e.errors().get(0);
        assertEquals(lineOf(file, "AttendenceFact"), error.line(), error::toString);
        assertEquals("Unable to resolve ObjectType 'AttendenceFact'", error.message());
    }

    @Test
    void anUnknownFieldNamesTheFileAndLine() throws Exception {
        Path file = write("unknown-field.drl", rule("Unknown field", metadata("attendance.unknown-field", "attendance",
                "error", "Unknown field."), "$a : AttendanceFact( stauts == AttendanceStatus.ATTENDED )"));
        RuleError error = onlyError(refused(), file);
        assertEquals(lineOf(file, "stauts"), error.line(), error::toString);
        assertTrue(error.message().contains("stauts"), error::toString);
    }

    @Test
    void aGlobalUsedButNotDeclaredIsACompileError() throws Exception {
        Path file = write("undeclared.drl", rule("Undeclared", metadata("attendance.undeclared", "attendance", "error",
                "Undeclared."), GOOD_WHEN).replace("insert(Hit.of(", "results.add($a); insert(Hit.of("));
        RuleSetException e = refused();
        assertTrue(e.errors().stream().allMatch(r -> r.file().equals(file.toString())), e::getMessage);
        assertTrue(e.getMessage().contains("results"), e::getMessage);
    }

    // --- metadata ----------------------------------------------------------------------------

    @Test
    void missingMetadataIsNamedAtTheRule() throws Exception {
        Path file = write("meta.drl", rule("No metadata", "", GOOD_WHEN));
        RuleError error = onlyError(refused(), file);
        assertEquals("rule \"No metadata\" lacks @id, @category, @severity, @description", error.message());
        assertEquals(lineOf(file, "rule \"No metadata\""), error.line());
    }

    @Test
    void eachMissingMetadataFieldIsNamed() throws Exception {
        write("a.drl", rule("No id", metadata(null, "attendance", "error", "d"), GOOD_WHEN),
                rule("No category", metadata("attendance.x", null, "error", "d"), GOOD_WHEN),
                rule("No severity", metadata("attendance.y", "attendance", null, "d"), GOOD_WHEN),
                rule("No description", metadata("attendance.z", "attendance", "error", null), GOOD_WHEN));
        Set<String> messages = new HashSet<>();
        refused().errors().forEach(e -> messages.add(e.message()));
        assertEquals(Set.of("rule \"No id\" lacks @id", "rule \"No category\" lacks @category",
                "rule \"No severity\" lacks @severity", "rule \"No description\" lacks @description"), messages);
    }

    @Test
    void emptyMetadataCountsAsMissing() throws Exception {
        Path file = write("a.drl", rule("Empty id", metadata("", "attendance", "error", "d"), GOOD_WHEN));
        assertEquals("rule \"Empty id\" lacks @id", onlyError(refused(), file).message());
    }

    @Test
    void anUnknownCategoryIsRefused() throws Exception {
        Path file = write("a.drl", rule("Bad category", metadata("people.x", "people", "error", "d"), GOOD_WHEN));
        RuleError error = onlyError(refused(), file);
        assertTrue(error.message().startsWith("rule \"Bad category\": unknown @category 'people'; expected one of attendance, "
                + "meeting-level, role, affiliation, date, sequence, place, quantity, quote, claim, name"), error::toString);
        assertEquals(lineOf(file, "rule \"Bad category\""), error.line());
    }

    @Test
    void anIdNotPrefixedByItsCategoryIsRefused() throws Exception {
        Path file = write("a.drl", rule("Bad id", metadata("role.attended", "attendance", "error", "d"), GOOD_WHEN));
        assertEquals("rule \"Bad id\": @id 'role.attended' must start with its category, 'attendance.'",
                onlyError(refused(), file).message());
        write("a.drl", rule("Bad id", metadata("attendance", "attendance", "error", "d"), GOOD_WHEN));
        assertTrue(onlyError(refused(), file).message().contains("must start with its category"));
    }

    @Test
    void anUnknownSeverityIsRefused() throws Exception {
        Path file = write("a.drl", rule("Bad severity", metadata("attendance.x", "attendance", "fatal", "d"), GOOD_WHEN));
        assertEquals("rule \"Bad severity\": @severity expected error, warning or info but found 'fatal'",
                onlyError(refused(), file).message());
    }

    @Test
    void aDuplicateIdIsRefusedNamingBothFiles() throws Exception {
        write("a.drl", goodRule("First", "attendance.same"));
        Path second = write("b.drl", goodRule("Second", "attendance.same"));
        RuleError error = onlyError(refused(), second);
        assertEquals("rule \"Second\": @id 'attendance.same' is already used in a.drl", error.message());
    }

    @Test
    void aGlobalOtherThanTheContextIsRefused() throws Exception {
        write("a.drl", goodRule("Good", "attendance.good"));
        Files.writeString(dir.resolve("b.drl"), HEADER.replace("package factlint.rules.test", "package factlint.rules.other")
                + "global java.util.List results;\n" + goodRule("Other", "role.other"));
        RuleSetException e = refused();
        assertEquals(1, e.errors().size(), e::getMessage);
        assertEquals("global 'results' of type java.util.List is not provided; rules may declare only: "
                + "global org.factlint.engine.Context ctx", e.errors().get(0).message());
    }

    @Test
    void aContextGlobalUnderAnotherNameIsRefused() throws Exception {
        write("a.drl", goodRule("Good", "attendance.good").replace("ctx.name", "context.name"));
        Files.writeString(dir.resolve("a.drl"), Files.readString(dir.resolve("a.drl")).replace("Context ctx;", "Context context;"));
        assertTrue(refused().getMessage().contains("global 'context'"));
    }

    // --- folders -----------------------------------------------------------------------------

    @Test
    void anEmptyFolderIsRefused() throws Exception {
        Files.writeString(dir.resolve("README.md"), "no rules here");
        RuleSetException e = refused();
        assertEquals(List.of(new RuleError(dir.toString(), 0, "no .drl rule files found")), e.errors());
        assertEquals(dir + ": no .drl rule files found", e.getMessage());
    }

    @Test
    void aMissingFolderIsRefused() {
        Path missing = dir.resolve("nowhere");
        RuleSetException e = assertThrows(RuleSetException.class, () -> RuleSet.compile(missing));
        assertEquals(List.of(new RuleError(missing.toString(), 0, "not a folder of .drl rule files")), e.errors());
    }

    @Test
    void aFileInsteadOfAFolderIsRefused() throws Exception {
        Path file = write("a.drl", goodRule("Good", "attendance.good"));
        assertThrows(RuleSetException.class, () -> RuleSet.compile(file));
    }

    @Test
    void oneBadFileRefusesTheWholeFolder() throws Exception {
        write("a-good.drl", goodRule("Good", "attendance.good"));
        Path bad = write("b-bad.drl", rule("Bad", "", GOOD_WHEN));
        RuleSetException e = refused();
        onlyError(e, bad);
        assertThrows(RuleSetException.class, () -> Checker.builder().rules(dir).build(), "no partial rule set");
    }

    @Test
    void everyErrorIsReportedNotJustTheFirst() throws Exception {
        write("a.drl", rule("No metadata", "", GOOD_WHEN), rule("Bad category", metadata("x.y", "x", "error", "d"), GOOD_WHEN));
        assertEquals(2, refused().errors().size());
    }

    @Test
    void twoFoldersCompiledOneAfterTheOtherKeepTheirOwnRules() throws Exception {
        Path a = Files.createDirectories(dir.resolve("a"));
        Path b = Files.createDirectories(dir.resolve("b"));
        Files.writeString(a.resolve("a.drl"), HEADER + goodRule("A", "attendance.a"));
        Files.writeString(b.resolve("b.drl"), HEADER + goodRule("B", "role.b"));
        RuleSet first = RuleSet.compile(a);
        RuleSet second = RuleSet.compile(b);
        assertEquals(List.of("attendance.a"), first.catalog().stream().map(RuleInfo::id).toList());
        assertEquals(List.of("role.b"), second.catalog().stream().map(RuleInfo::id).toList());
        assertEquals(Set.of("attendance.a"), first.ids());
        assertEquals(1, first.kieBase().getKiePackages().stream().mapToInt(p -> p.getRules().size()).sum());
    }

    @Test
    void foldersCompiledAtTheSameTimeKeepTheirOwnRules() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<String>>> results = new java.util.ArrayList<>();
            for (int i = 0; i < 8; i++) {
                Path folder = Files.createDirectories(dir.resolve("f" + i));
                Files.writeString(folder.resolve("r.drl"), HEADER + goodRule("R" + i, "attendance.r" + i));
                results.add(pool.submit(() -> RuleSet.compile(folder).kieBase().getKiePackages().stream()
                        .flatMap(p -> p.getRules().stream()).map(r -> r.getName()).toList()));
            }
            for (int i = 0; i < 8; i++) {
                assertEquals(List.of("R" + i), results.get(i).get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    // --- the bundled rules -------------------------------------------------------------------

    @Test
    void theBundledRulesCompileWithCompleteMetadata() throws Exception {
        RuleSet rules = RuleSet.compile(Path.of("rules"));
        assertFalse(rules.catalog().isEmpty());
        Set<String> ids = new HashSet<>();
        for (RuleInfo r : rules.catalog()) {
            assertTrue(ids.add(r.id()), "duplicate " + r.id());
            assertTrue(RuleSet.CATEGORIES.contains(r.category()), r::toString);
            assertTrue(r.id().matches(java.util.regex.Pattern.quote(r.category()) + "\\.[a-z0-9]+(-[a-z0-9]+)*"), r::toString);
            assertTrue(r.description().endsWith("."), "a description is a sentence: " + r);
            assertTrue(r.file().endsWith(".drl"), r::toString);
            assertTrue(r.file().startsWith(r.category() + ".drl") || r.file().startsWith(r.category() + "/"),
                    "one file per category: " + r);
        }
    }

    @Test
    void theRulesInTheJarAreTheRepositoryRules() throws Exception {
        assertEquals(RuleSet.compile(Path.of("rules")).catalog(), RuleSet.compile(BundledRules.folder()).catalog());
    }
}
