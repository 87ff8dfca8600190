package org.factlint.fuzz;

import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.time.Duration;
import org.factlint.input.FactsReader;

/**
 * Fuzzes the facts reader with raw bytes (seeded with facts files from {@code facts/}, in
 * {@code src/test/resources/org/factlint/fuzz/FactsReaderFuzzTestInputs/rawBytes/}, with a
 * dictionary of the contract's words). Whatever the bytes, the reader answers within a bounded
 * time with a document or error problems that say where and what.
 *
 * <p>Run by {@code mvn verify} twice: replaying the inputs directory (crashes found earlier are
 * kept there) in the test phase, and fuzzing for a few seconds in the integration-test phase. A
 * longer campaign: {@code scripts/fuzz.sh reader 600}.
 */
class FactsReaderFuzzTest {

    private static final FactsReader READER = new FactsReader();
    static final Duration LIMIT = Duration.ofSeconds(10);

    @FuzzTest(maxDuration = "8s")
    @DictionaryFile(resourcePath = "facts.dict")
    void rawBytes(byte[] bytes) {
        ReportInvariants.check(Bounded.call(LIMIT, () -> READER.read(bytes)));
    }
}
