package org.factlint.bench;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.factlint.Checker;
import org.factlint.Report;
import org.factlint.input.FactsReader;
import org.factlint.input.InputLimits;
import org.factlint.input.Read;
import org.factlint.model.FactsDocument;
import org.factlint.tools.SyntheticFacts;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** How the cost of one document grows with its size: synthetic documents of many events, a few people each. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 7)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
public class ScaleBench {

    @Param({"100", "1000", "10000", "100000"})
    public int facts;

    private Checker checker;
    private FactsReader reader;
    private byte[] json;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        // Documents beyond the default limits (1,000 facts, 16 MiB, strings of 1,000,000 characters: the
        // article text of 100,000 facts is longer): raised as --max-facts and --max-string would.
        InputLimits limits = InputLimits.DEFAULT.withMaxFacts(200_000).withMaxItems(200_000).withMaxBytes(256L << 20)
                .withMaxStringLength(64 << 20);
        checker = Checker.builder().rules(Seed.RULES).limits(limits).build();
        reader = new FactsReader(limits);
        json = SyntheticFacts.document(facts).getBytes(StandardCharsets.UTF_8);
        Read<FactsDocument> read = reader.read(json);
        if (!read.ok() || !read.problems().isEmpty()) {
            throw new IllegalStateException("the synthetic document should read cleanly: " + read.problems());
        }
    }

    @Benchmark
    public Report check() {
        return checker.check(json, "synthetic");
    }

    @Benchmark
    public Read<FactsDocument> readOnly() {
        return reader.read(json);
    }
}
