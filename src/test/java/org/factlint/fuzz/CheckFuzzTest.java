package org.factlint.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.factlint.Checker;
import org.factlint.Report;
import org.junit.jupiter.api.BeforeAll;

/**
 * Fuzzes the whole check (reader, derivations, every rule, report and renderers) with documents
 * made by {@link DocumentMutator} from the facts files under {@code facts/}: the seed article
 * and every example. Properties checked on every input: no exception escapes {@code check} (every
 * outcome is a report), an answer within {@link #LIMIT}, problems with a pointer and a message,
 * no findings in a report with input errors, well-formed findings, and every renderer writes the
 * report.
 *
 * <p>Crashing inputs are kept in
 * {@code src/test/resources/org/factlint/fuzz/CheckFuzzTestInputs/mutatedDocument/} and replayed
 * by every {@code mvn test}. A longer campaign: {@code scripts/fuzz.sh check 600}.
 */
class CheckFuzzTest {

    static final Duration LIMIT = Duration.ofSeconds(10);
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static Checker checker;
    private static List<ObjectNode> seeds;

    @BeforeAll
    static void setUp() throws Exception {
        checker = Checker.builder().rules(Path.of("rules")).build();
        try (Stream<Path> walk = Files.walk(Path.of("facts"))) {
            seeds = walk.filter(p -> p.toString().endsWith(".json")).sorted().map(CheckFuzzTest::parse).toList();
        }
    }

    @FuzzTest(maxDuration = "12s")
    void mutatedDocument(FuzzedDataProvider data) throws IOException {
        ObjectNode doc = seeds.get(data.consumeInt(0, seeds.size() - 1)).deepCopy();
        DocumentMutator.mutate(doc, data);
        String json = MAPPER.writeValueAsString(doc);
        boolean asBytes = data.consumeBoolean();
        Report report = Bounded.call(LIMIT, () -> asBytes
                ? checker.check(json.getBytes(StandardCharsets.UTF_8), "fuzz")
                : checker.check(json, "fuzz"));
        ReportInvariants.check(report, checker.rules());
        ReportInvariants.renders(report, checker.rules());
    }

    private static ObjectNode parse(Path p) {
        try {
            return (ObjectNode) MAPPER.readTree(p.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
