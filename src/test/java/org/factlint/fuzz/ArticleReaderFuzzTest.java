package org.factlint.fuzz;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.time.Duration;
import org.factlint.Problem;
import org.factlint.Severity;
import org.factlint.extract.ArticleText;
import org.factlint.input.Read;
import org.factlint.input.text.ArticleMeta;
import org.factlint.input.text.ArticleReader;
import org.factlint.input.text.TextFormat;
import org.factlint.input.text.TextLimits;

/**
 * Fuzzes the article readers (plain text, Markdown, HTML) with raw bytes, the first byte choosing
 * the format (seeds in {@code src/test/resources/org/factlint/fuzz/ArticleReaderFuzzTestInputs/rawText/}).
 * Whatever the bytes, a reader answers within a bounded time with an article whose body is plain
 * paragraphs within the limits, or with error problems; never an exception or a hang.
 *
 * <p>Run by {@code mvn verify} as the other targets are (the inputs replayed in the test phase, a
 * few seconds of fuzzing in the integration-test phase). Longer: {@code scripts/fuzz.sh articles 600}.
 */
class ArticleReaderFuzzTest {

    private static final TextLimits LIMITS = TextLimits.DEFAULT.withMaxChars(20_000).withMaxWords(4_000).withMaxDepth(64);
    private static final ArticleReader READER = new ArticleReader(LIMITS);

    @FuzzTest(maxDuration = "8s")
    void rawText(byte[] input) {
        if (input.length == 0) {
            return;
        }
        TextFormat format = TextFormat.values()[Math.floorMod(input[0], TextFormat.values().length)];
        byte[] bytes = java.util.Arrays.copyOfRange(input, 1, input.length);
        Read<ArticleText> read = Bounded.call(FactsReaderFuzzTest.LIMIT,
                () -> READER.read(bytes, format, ArticleMeta.NONE, ArticleMeta.fromFileName("fuzz.txt")));
        check(read, new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1));
    }

    /**
     * @param input the input as text: a message may quote it, so exception text in a message is a
     *              leak only when the input itself has none (the fuzzer learns the word from this
     *              very check and writes it into front-matter values, which messages quote)
     */
    static void check(Read<ArticleText> read, String input) {
        for (Problem p : read.problems()) {
            assertFalse(p.message().isBlank(), "a problem says what is wrong");
            if (!input.contains("Exception")) {
                assertFalse(p.message().contains("Exception"), "no exception text reaches a message: " + p.message());
            }
        }
        if (!read.ok()) {
            assertTrue(read.problems().stream().anyMatch(p -> p.severity() == Severity.ERROR), "a failed read says why");
            return;
        }
        ArticleText a = read.value();
        assertFalse(a.text().isBlank(), "an article read has a body");
        assertTrue(a.text().length() <= LIMITS.maxChars(), "the body is within the limit");
        assertFalse(a.text().contains("\n\n\n"), "paragraphs are separated by one blank line");
        assertFalse(a.text().startsWith(" ") || a.text().endsWith(" "), "no white space at the ends");
        assertTrue(a.publishedDate() == null || a.published() != null, "a date comes with its written form");
    }

    /** The limit a single read must stay within, for the tests that replay hostile shapes. */
    static final Duration LIMIT = FactsReaderFuzzTest.LIMIT;
}
