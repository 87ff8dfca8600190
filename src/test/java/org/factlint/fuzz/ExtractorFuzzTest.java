package org.factlint.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import org.factlint.Problem;
import org.factlint.Severity;
import org.factlint.extract.ArticleText;
import org.factlint.extract.BuiltinExtractor;
import org.factlint.input.FactsReader;
import org.junit.jupiter.api.BeforeAll;

/**
 * Fuzzes the built-in extractor with the seed article's text cut, spliced and sprinkled with
 * random characters (quotation marks, apostrophes, capitals, stops, line breaks, surrogates), and
 * with wholly random text. Properties on every input: an answer within {@link #LIMIT}, no
 * exception, a document the reader accepts without error, and every evidence quote exactly the
 * text at its offsets. Crashing inputs are kept under
 * {@code src/test/resources/org/factlint/fuzz/ExtractorFuzzTestInputs/} and replayed by every
 * {@code mvn test}; a longer campaign: {@code scripts/fuzz.sh extract 600}.
 */
class ExtractorFuzzTest {

    static final Duration LIMIT = Duration.ofSeconds(10);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] PIECES = {"\"", "\u201C", "\u201D", "'s", "\u2019s", ". ", ", ", " and ", " on Wednesday",
        " attended ", " pulled out", " met with ", " the talks", " Foreign Minister ", " in London", "\n\n", " said",
        " 23 April", " fourth ", " may ", " not ", "\uD83D\uDE00", "Mr. ", " U.S. ", ":", " ministerial ", " level"};
    private static final BuiltinExtractor EXTRACTOR = new BuiltinExtractor();
    private static String seed;

    @BeforeAll
    static void setUp() throws IOException {
        seed = JSON.readTree(Path.of("facts/2025-04-23-london-ukraine-talks.json").toFile()).get("article").get("text").asText();
    }

    @FuzzTest(maxDuration = "12s")
    void mutatedText(FuzzedDataProvider data) throws IOException {
        StringBuilder text = new StringBuilder();
        if (data.consumeBoolean()) {
            text.append(data.consumeString(2000));
        } else {
            int from = data.consumeInt(0, seed.length());
            int to = data.consumeInt(from, seed.length());
            text.append(seed, from, to);
            int edits = data.consumeInt(0, 30);
            for (int i = 0; i < edits && text.length() > 0; i++) {
                int at = data.consumeInt(0, text.length());
                if (data.consumeBoolean()) {
                    text.insert(at, data.pickValue(PIECES));
                } else {
                    text.delete(at, Math.min(text.length(), at + data.consumeInt(1, 40)));
                }
            }
        }
        LocalDate published = LocalDate.of(2025, 4, 23).plusDays(data.consumeInt(-400, 400));
        ArticleText article = new ArticleText("fuzz", data.consumeBoolean() ? data.consumeString(200) : null, null,
                published.toString(), published, null, text.toString());
        String json = Bounded.call(LIMIT, () -> EXTRACTOR.extract(article));
        for (Problem p : new FactsReader().read(json).problems()) {
            if (p.severity() == Severity.ERROR) {
                throw new AssertionError("the extracted document is not valid: " + p + "\n" + json);
            }
        }
        JsonNode doc = JSON.readTree(json);
        for (JsonNode f : doc.get("facts")) {
            String source = f.path("source").asText("body");
            String of = source.equals("body") ? article.text() : article.headline();
            JsonNode ev = f.get("evidence");
            String at = of.substring(ev.get("start").asInt(), ev.get("end").asInt());
            if (!at.equals(ev.get("quote").asText())) {
                throw new AssertionError("quote not at its offsets: " + f);
            }
        }
    }
}
