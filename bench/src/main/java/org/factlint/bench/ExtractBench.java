package org.factlint.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.factlint.Checker;
import org.factlint.Report;
import org.factlint.extract.ArticleText;
import org.factlint.extract.BuiltinExtractor;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Article text in, warm, one thread: the built-in extractor alone, and extraction plus the whole
 * check, on a text of about 1,000 words (the seed article's text and headline twice over, the
 * second copy with its names changed so that it reads as more of the article, not a repeat).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 10, time = 2)
@Fork(1)
@Threads(1)
public class ExtractBench {

    private Checker checker;
    private BuiltinExtractor extractor;
    private ArticleText article;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        JsonNode a = new ObjectMapper().readTree(Seed.bytes()).get("article");
        String text = a.get("text").asText();
        String more = text.replace("Rubio", "Ruiz").replace("Witkoff", "Wallace").replace("Lammy", "Lamb")
                .replace("London", "Geneva").replace("Paris", "Vienna");
        article = new ArticleText("bench", a.get("headline").asText(), a.get("standfirst").asText(), "2025-04-23",
                LocalDate.of(2025, 4, 23), null, text + "\n\n" + more);
        checker = Checker.builder().rules(Seed.RULES).build();
        extractor = new BuiltinExtractor();
        int words = article.text().split("\\s+").length;
        if (words < 900 || words > 1100) {
            throw new IllegalStateException("the benchmark text should be about 1,000 words, not " + words);
        }
    }

    /** The built-in extractor alone: text to a facts document (JSON). */
    @Benchmark
    public String extract() {
        return extractor.extract(article);
    }

    /** Extraction and the whole check of its document: what `factlint check article.txt` does per article. */
    @Benchmark
    public Report extractAndCheck() {
        return checker.check(extractor.extract(article), "bench");
    }
}
