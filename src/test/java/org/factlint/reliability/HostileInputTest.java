package org.factlint.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import org.factlint.Checker;
import org.factlint.Finding;
import org.factlint.Problem;
import org.factlint.Report;
import org.factlint.Severity;
import org.factlint.fuzz.Bounded;
import org.factlint.fuzz.ReportInvariants;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Hostile shapes of input, each checked with the default limits: every one gives a report (a
 * clear problem, or the findings a consistent reading gives) within a bounded time and a bounded
 * allocation. The time and bytes allocated by each check are written to
 * {@code target/hostile-shapes.txt} (the table in docs/reliability.md comes from there).
 */
class HostileInputTest {

    /**
     * A bound that tells a hang from slowness, not a performance target (those are measured:
     * docs/reliability.md). The slowest shape, 1,000 dates of one event, takes 6 s on a quiet
     * machine and took 21 s once with both cores busy with other builds, so the bound is 60 s.
     */
    private static final Duration TIME = Duration.ofSeconds(60);
    private static final long ALLOCATION = 8L << 30;

    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    private static final List<String> TABLE = new ArrayList<>();
    private static Checker checker;

    @BeforeAll
    static void compile() throws Exception {
        checker = Checker.builder().rules(Path.of("rules")).build();
        checker.check(Files.readAllBytes(Path.of("facts/2025-04-23-london-ukraine-talks.json")), "warm-up");
    }

    @AfterAll
    static void writeTable() throws IOException {
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target/hostile-shapes.txt"), TABLE);
    }

    // ---- size and nesting ----

    @Test
    void deepNestingStopsAtTheDepthLimit() {
        String deep = "[".repeat(100_000) + "]".repeat(100_000);
        Report r = check("nesting 100,000 deep", doc("\"text\":\"t\"", "", "").replace("\"facts\":[]", "\"facts\":" + deep));
        assertError(r, "nested more than 64 levels deep");
    }

    @Test
    void aFiftyMegabyteStringStopsAtTheByteLimit() {
        byte[] big = stream(out -> {
            write(out, "{\"format\":\"factlint-facts/1\",\"article\":{\"id\":\"a\",\"published\":\"2025-04-23\",\"text\":\"");
            byte[] chunk = "a".repeat(1 << 16).getBytes(StandardCharsets.US_ASCII);
            for (int i = 0; i < (50 << 20) / chunk.length; i++) {
                out.write(chunk, 0, chunk.length);
            }
            write(out, "\"},\"entities\":[],\"facts\":[]}");
        });
        assertError(check("50 MB string", big), "bytes; the limit is 16,777,216 bytes");
    }

    @Test
    void aStringLongerThanTheStringLimitIsRefused() {
        Report r = check("2,000,000-character string", doc("\"text\":\"" + "a".repeat(2_000_000) + "\"", "", ""));
        assertError(r, "/article/text", "a string longer than 1,000,000 characters; the limit is 1,000,000 characters; raise it with --max-string");
    }

    @Test
    void aMillionFactsStopAtTheFactLimitBeforeATreeIsBuilt() {
        byte[] million = facts(1_000_000, i -> "{}");
        Report r = check("1,000,000 facts ({})", million);
        assertError(r, "/facts", "has more than 1,000 entries; the limit is 1,000");
    }

    @Test
    void aMillionRealFactsStopAtTheByteLimit() {
        Report r = check("1,000,000 facts (60 MB)", facts(1_000_000,
                i -> "{\"id\":\"f" + i + "\",\"type\":\"claim\",\"subject\":\"s\",\"predicate\":\"p\",\"object\":\"o\"}"));
        assertError(r, "the limit is 16,777,216 bytes");
    }

    @Test
    void aMillionEntitiesStopAtTheEntityLimit() {
        String entities = "[" + "{},".repeat(999_999) + "{}]";
        Report r = check("1,000,000 entities", doc("", "", "").replace("\"entities\":[" + PEOPLE + "]", "\"entities\":" + entities));
        assertError(r, "/entities", "has more than 1,000 entries; the limit is 1,000");
    }

    @Test
    void aHugeArrayOfEvidenceStopsAtTheItemLimit() {
        String evidence = "[" + "{\"quote\":\"talks\"},".repeat(9_999) + "{\"quote\":\"talks\"}]";
        Report r = check("10,000 evidence on one fact", doc("\"text\":\"London talks\"", "",
                "{\"id\":\"f1\",\"type\":\"event-place\",\"event\":\"e\",\"place\":\"London\",\"evidence\":" + evidence + "}"));
        assertError(r, "/facts/0/evidence", "has more than 1,000 entries; the limit is 1,000");
    }

    @Test
    void evidenceUpToTheItemLimitIsRead() {
        String evidence = "[" + "{\"quote\":\"talks\"},".repeat(999) + "{\"quote\":\"talks\"}]";
        Report r = check("1,000 evidence on one fact", doc("\"text\":\"London talks\"", "",
                "{\"id\":\"f1\",\"type\":\"event-place\",\"event\":\"e\",\"place\":\"London\",\"evidence\":" + evidence + "}"));
        assertTrue(r.checked(), r.problems().toString());
    }

    // ---- documents at the limits whose facts pair up: the worst case of the rules ----

    @Test
    void aThousandFactsThatAllContradictEachOtherAreCheckedInBoundedTime() {
        Report r = check("1,000 attendance facts, all pairs contradict", facts(1_000, i -> "{\"id\":\"f" + i
                + "\",\"type\":\"attendance\",\"event\":\"e\",\"person\":\"p\",\"status\":\"" + (i % 2 == 0 ? "attended" : "absent") + "\"}"));
        assertTrue(r.checked(), r.problems().toString());
        assertFalse(r.findings().isEmpty());
        assertTrue(r.problems().stream().anyMatch(p -> p.message().contains("the rules fired more than 10000 times")),
                "a truncated check says so: " + r.problems());
    }

    @Test
    void aThousandClaimsAndDenialsAreCheckedInBoundedTime() {
        Report r = check("1,000 claims, all pairs contradict", facts(1_000, i -> "{\"id\":\"f" + i
                + "\",\"type\":\"claim\",\"subject\":\"s\",\"predicate\":\"met\",\"object\":\"o\",\"negated\":" + (i % 2 == 0) + "}"));
        assertTrue(r.checked(), r.problems().toString());
        assertFalse(r.findings().isEmpty());
    }

    @Test
    void aThousandDatesOfOneEventAreCheckedInBoundedTime() {
        Report r = check("1,000 dates of one event", facts(1_000, i -> "{\"id\":\"f" + i
                + "\",\"type\":\"event-date\",\"event\":\"e\",\"date\":\"2025-0" + (1 + i % 9) + "-1" + (i % 9) + "\"}"));
        assertTrue(r.checked(), r.problems().toString());
        assertFalse(r.findings().isEmpty());
    }

    @Test
    void aThousandQuotesOfTheSameWordsAreCheckedInBoundedTime() {
        String doc = new String(facts(1_000, i -> "{\"id\":\"f" + i + "\",\"type\":\"quote\",\"speaker\":\"s" + (i % 500)
                + "\",\"text\":\"we will not accept any deal without Ukraine\"}"), StandardCharsets.UTF_8);
        Report r = check("1,000 quotes, same words, 500 speakers", doc.replace(PEOPLE, PEOPLE + entities(500, "s", "person", "Speaker")));
        assertTrue(r.checked(), r.problems().toString());
        assertFalse(r.findings().isEmpty());
    }

    @Test
    void aLongSequenceCycleIsFoundOnce() {
        String doc = new String(facts(900, i -> "{\"id\":\"f" + i + "\",\"type\":\"sequence\",\"before\":\"e" + i
                + "\",\"after\":\"e" + ((i + 1) % 900) + "\"}"), StandardCharsets.UTF_8);
        Report r = check("sequence cycle of 900 events", doc.replace(PEOPLE, PEOPLE + entities(900, "e", "event", "Round")));
        assertEquals(List.of("sequence.cycle"), r.findings().stream().map(Finding::rule).toList());
        assertEquals(900, r.findings().get(0).facts().size());
    }

    @Test
    void aDenseWebOfSequencesIsCheckedInBoundedTime() {
        // 45 events each said to come before the next 22: 990 before/after facts, cycles everywhere
        String doc = new String(facts(990, i -> "{\"id\":\"f" + i + "\",\"type\":\"sequence\",\"before\":\"e" + (i / 22)
                + "\",\"after\":\"e" + ((i / 22 + 1 + i % 22) % 45) + "\"}"), StandardCharsets.UTF_8);
        Report r = check("990 sequences among 45 events", doc.replace(PEOPLE, PEOPLE + entities(45, "e", "event", "Round")));
        assertTrue(r.checked(), r.problems().toString());
        assertFalse(r.findings().isEmpty());
    }

    // ---- values ----

    @Test
    void numbersOutOfRangeAreProblemsNotCrashes() {
        assertError(check("confidence 1e400", doc("", "", fact("\"confidence\":1e400"))), "/facts/0/confidence",
                "expected a number from 0 to 1");
        assertWarning(check("offset 10^30", doc("\"text\":\"London\"", "",
                fact("\"evidence\":{\"quote\":\"London\",\"start\":1000000000000000000000000000000,\"end\":6}"))),
                "/facts/0/evidence/start", "expected an offset of at most 2147483647 but found a number");
        assertWarning(check("sentence 99999999999", doc("\"text\":\"London\"", "",
                fact("\"evidence\":{\"quote\":\"London\",\"sentence\":99999999999}"))), "/facts/0/evidence/sentence",
                "expected a sentence number of at most 2147483647");
        assertError(check("number of 101 digits", doc("", "", fact("\"confidence\":" + "9".repeat(101)))), "",
                "a number longer than 100 digits; expected at most 100");
    }

    @Test
    void negativeZeroAndHugeQuantitiesAreRead() {
        Report zero = check("confidence -0", doc("", "", fact("\"confidence\":-0")));
        assertTrue(zero.checked(), zero.problems().toString());
        assertError(check("quantity 1e400", doc("", "", "{\"id\":\"f1\",\"type\":\"quantity\",\"subject\":\"e\","
                + "\"property\":\"meetings\",\"value\":1e400,\"kind\":\"count\"},{\"id\":\"f2\",\"type\":\"quantity\","
                + "\"subject\":\"e\",\"property\":\"meetings\",\"value\":4,\"kind\":\"count\"}")),
                "/facts/0/value", "expected a number of at most");
        Report big = check("quantity 10^30 (finite)", doc("", "", "{\"id\":\"f1\",\"type\":\"quantity\",\"subject\":\"e\","
                + "\"property\":\"meetings\",\"value\":1000000000000000000000000000000,\"kind\":\"count\"}"));
        assertTrue(big.checked(), big.problems().toString());
    }

    @Test
    void nanAndInfinityAreMalformedJson() {
        for (String token : List.of("NaN", "Infinity", "-Infinity")) {
            Report r = check("confidence " + token, doc("", "", fact("\"confidence\":" + token)));
            assertError(r, "", "malformed JSON: " + token + " is not a JSON number; expected a finite number");
            Problem p = r.problems().get(0);
            assertTrue(p.line() != null && p.column() != null, "located: " + p);
            assertFalse(p.message().contains("ALLOW_NON_NUMERIC_NUMBERS") || p.message().contains("`"),
                    "no parser switches in the message: " + p.message());
        }
    }

    @Test
    void duplicateKeysAreMalformedJson() {
        assertError(check("duplicate key", doc("", "", fact("\"place\":\"Paris\""))), "",
                "duplicate key 'place'; expected each key once in an object");
    }

    @Test
    void aByteOrderMarkIsAWarningAndTheDocumentIsChecked() {
        byte[] json = doc("", "", "").getBytes(StandardCharsets.UTF_8);
        byte[] bom = new byte[json.length + 3];
        bom[0] = (byte) 0xEF;
        bom[1] = (byte) 0xBB;
        bom[2] = (byte) 0xBF;
        System.arraycopy(json, 0, bom, 3, json.length);
        Report r = check("byte order mark", bom);
        assertTrue(r.checked());
        assertTrue(r.problems().stream().anyMatch(p -> p.severity() == Severity.WARNING && p.message().contains("byte order mark")));
    }

    @Test
    void invalidAndOverlongUtf8AreRefusedWithTheirOffset() {
        byte[] json = doc("\"text\":\"London\"", "", "").getBytes(StandardCharsets.UTF_8);
        int at = new String(json, StandardCharsets.UTF_8).indexOf("London");
        byte[] invalid = json.clone();
        invalid[at] = (byte) 0xFF;
        assertError(check("invalid UTF-8 (0xFF)", invalid), "", "not valid UTF-8: byte 0xFF at byte offset " + at);
        byte[] overlong = json.clone();
        overlong[at] = (byte) 0xC0; // "/" as the overlong two-byte sequence C0 AF
        overlong[at + 1] = (byte) 0xAF;
        assertError(check("overlong UTF-8 (C0 AF)", overlong), "", "not valid UTF-8: byte 0xC0 at byte offset " + at);
        byte[] surrogate = json.clone(); // U+D800 encoded in UTF-8 (ED A0 80): not a scalar value
        surrogate[at] = (byte) 0xED;
        surrogate[at + 1] = (byte) 0xA0;
        surrogate[at + 2] = (byte) 0x80;
        assertError(check("UTF-8 encoded surrogate (ED A0 80)", surrogate), "", "not valid UTF-8");
    }

    @Test
    void loneSurrogateEscapesAreReadAndRendered() {
        Report r = check("lone surrogate escapes", doc("\"text\":\"London \\ud800 talks\",\"headline\":\"\\udfff\"",
                "", "{\"id\":\"f1\",\"type\":\"event-place\",\"event\":\"e\",\"place\":\"Lon\\ud800don\","
                        + "\"evidence\":{\"quote\":\"\\ud800\"}},"
                        + "{\"id\":\"f2\",\"type\":\"event-place\",\"event\":\"e\",\"place\":\"Paris\"}"));
        assertTrue(r.checked(), r.problems().toString());
        ReportInvariants.renders(r, checker.rules());
    }

    @Test
    void documentsThatAreNotObjectsAreRefused() {
        assertError(check("an array", "[]"), "", "expected a JSON object but found an array");
        assertError(check("a string", "\"facts\""), "", "expected a JSON object but found a string");
        assertError(check("a number", "42"), "", "expected a JSON object but found a number");
        assertError(check("null", "null"), "", "expected a JSON object but found null");
        assertError(check("empty", ""), "", "the document is empty");
    }

    // ---- references that go round ----

    @Test
    void aGroupThatContainsItselfIsAWarning() {
        Report r = check("group containing itself", doc("", ",{\"id\":\"g\",\"kind\":\"group\",\"name\":\"The group\",\"members\":[\"g\",\"uk\"]}", ""));
        assertTrue(r.checked(), r.problems().toString());
        assertTrue(r.problems().stream().anyMatch(p -> p.message().contains("lists itself as a member")), r.problems().toString());
    }

    @Test
    void groupsThatContainEachOtherAreAWarning() {
        Report r = check("groups containing each other", doc("", ",{\"id\":\"g\",\"kind\":\"group\",\"name\":\"Group one\",\"members\":[\"h\"]}"
                + ",{\"id\":\"h\",\"kind\":\"group\",\"name\":\"Group two\",\"members\":[\"g\",\"uk\"]}",
                "{\"id\":\"f1\",\"type\":\"attendance\",\"event\":\"e\",\"party\":\"g\",\"status\":\"absent\"},"
                        + "{\"id\":\"f2\",\"type\":\"affiliation\",\"person\":\"p\",\"of\":\"h\"},"
                        + "{\"id\":\"f3\",\"type\":\"attendance\",\"event\":\"e\",\"person\":\"p\",\"status\":\"attended\"}"));
        assertTrue(r.checked(), r.problems().toString());
        assertTrue(r.problems().stream().anyMatch(p -> p.message().contains("contains itself through its members")),
                r.problems().toString());
    }

    @Test
    void aSequenceCycleOfTwoIsAFinding() {
        Report r = check("sequence cycle a -> b -> a", doc("", ",{\"id\":\"e2\",\"kind\":\"event\",\"name\":\"Paris meeting\"}",
                "{\"id\":\"f1\",\"type\":\"sequence\",\"before\":\"e\",\"after\":\"e2\"},"
                        + "{\"id\":\"f2\",\"type\":\"sequence\",\"before\":\"e2\",\"after\":\"e\"}"));
        assertEquals(List.of("sequence.cycle"), r.findings().stream().map(Finding::rule).toList());
    }

    @Test
    void selfReferencesAreProblemsOrLeftAlone() {
        Report atItself = check("attendance of an event at itself", doc("", "",
                "{\"id\":\"f1\",\"type\":\"attendance\",\"event\":\"e\",\"person\":\"e\",\"status\":\"attended\"}"));
        assertWarning(atItself, "/facts/0/person", "entity 'e' is an event; expected the id of a person");
        assertEquals(List.of(), atItself.findings());
        Report self = check("person affiliated with themself", doc("", "",
                "{\"id\":\"f1\",\"type\":\"affiliation\",\"person\":\"p\",\"of\":\"p\"},"
                        + "{\"id\":\"f2\",\"type\":\"affiliation\",\"person\":\"p\",\"of\":\"uk\"}"));
        assertTrue(self.checked(), self.problems().toString());
        assertEquals(List.of(), self.findings());
        Report before = check("event before itself", doc("", "",
                "{\"id\":\"f1\",\"type\":\"sequence\",\"before\":\"e\",\"after\":\"e\"}"));
        assertEquals(List.of(), before.findings());
    }

    @Test
    void emptyArraysAreAConsistentDocument() {
        Report r = check("empty arrays", "{\"format\":\"factlint-facts/1\",\"article\":{\"id\":\"a\",\"published\":\"2025-04-23\"},"
                + "\"entities\":[],\"facts\":[]}");
        assertTrue(r.checked(), r.problems().toString());
        assertEquals(List.of(), r.findings());
        assertEquals(List.of(), r.problems());
    }

    // ---- helpers ----

    private static final String PEOPLE = "{\"id\":\"p\",\"kind\":\"person\",\"name\":\"Marco Rubio\"},"
            + "{\"id\":\"uk\",\"kind\":\"country\",\"name\":\"United Kingdom\"},"
            + "{\"id\":\"e\",\"kind\":\"event\",\"name\":\"London talks\",\"eventType\":\"talks\"}";

    /** A document with extra article fields, extra entities (each starting with a comma) and facts. */
    private static String doc(String articleFields, String moreEntities, String facts) {
        return "{\"format\":\"factlint-facts/1\",\"article\":{\"id\":\"a\",\"published\":\"2025-04-23\""
                + (articleFields.isEmpty() ? "" : "," + articleFields) + "},\"entities\":[" + PEOPLE + moreEntities
                + "],\"facts\":[" + facts + "]}";
    }

    /** {@code n} more entities, each starting with a comma: ids {@code prefix0, prefix1 ...}, names "{@code name} 0" .... */
    private static String entities(int n, String prefix, String kind, String name) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append(",{\"id\":\"").append(prefix).append(i).append("\",\"kind\":\"").append(kind)
                    .append("\",\"name\":\"").append(name).append(' ').append(i).append("\"}");
        }
        return sb.toString();
    }

    /** An event-place fact with extra fields (a second "place" makes a duplicate key). */
    private static String fact(String fields) {
        return "{\"id\":\"f1\",\"type\":\"event-place\",\"event\":\"e\",\"place\":\"London\"," + fields + "}";
    }

    /** A document with {@code n} facts, streamed into a byte array. */
    private static byte[] facts(int n, IntFunction<String> fact) {
        return stream(out -> {
            write(out, doc("", "", "").replace("]}", ""));
            for (int i = 0; i < n; i++) {
                write(out, (i > 0 ? "," : "") + fact.apply(i));
            }
            write(out, "]}");
        });
    }

    private interface Writes {
        void to(ByteArrayOutputStream out);
    }

    private static byte[] stream(Writes w) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        w.to(out);
        return out.toByteArray();
    }

    private static void write(ByteArrayOutputStream out, String s) {
        out.writeBytes(s.getBytes(StandardCharsets.UTF_8));
    }

    private static Report check(String shape, String json) {
        return check(shape, json.getBytes(StandardCharsets.UTF_8));
    }

    /** Checks within {@link #TIME}, records time and allocation, and checks the report's invariants. */
    private static Report check(String shape, byte[] json) {
        Report r = Bounded.call(TIME, () -> {
            long bytes = THREADS.getCurrentThreadAllocatedBytes();
            long start = System.nanoTime();
            Report report = checker.check(json, shape);
            long millis = (System.nanoTime() - start) / 1_000_000;
            long allocated = THREADS.getCurrentThreadAllocatedBytes() - bytes;
            String outcome = report.problems().isEmpty() ? report.findings().size() + " findings"
                    : report.problems().get(0).severity().word() + ": " + report.problems().get(0).location() + ": "
                            + report.problems().get(0).message();
            synchronized (TABLE) {
                TABLE.add(String.format("| %s | %,d bytes | %s | %,d ms | %,d MB |", shape, json.length,
                        outcome.replace("|", "\\|"), millis, allocated >> 20));
            }
            assertTrue(allocated < ALLOCATION, shape + " allocated " + (allocated >> 20) + " MB");
            return report;
        });
        ReportInvariants.check(r, checker.rules());
        return r;
    }

    /** The document was checked, with a warning at {@code pointer} saying {@code message}. */
    private static void assertWarning(Report r, String pointer, String message) {
        assertTrue(r.checked(), "expected no input error: " + r.problems());
        assertTrue(r.problems().stream().anyMatch(p -> p.severity() == Severity.WARNING && p.pointer().equals(pointer)
                && p.message().contains(message)), "expected a warning at '" + pointer + "' saying '" + message + "' but got "
                + r.problems());
    }

    private static void assertError(Report r, String message) {
        assertError(r, "", message);
    }

    /** The report's first problem is an error at {@code pointer} whose message contains {@code message}. */
    private static void assertError(Report r, String pointer, String message) {
        assertFalse(r.checked(), "expected an input error: " + r.problems());
        Problem p = r.problems().stream().filter(x -> x.severity() == Severity.ERROR).findFirst().orElseThrow();
        assertTrue(p.pointer().equals(pointer) && p.message().contains(message),
                "expected an error at '" + pointer + "' saying '" + message + "' but got " + r.problems());
    }

}
