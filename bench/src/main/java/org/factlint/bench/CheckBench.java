package org.factlint.bench;

import java.util.concurrent.TimeUnit;
import org.factlint.Checker;
import org.factlint.Report;
import org.factlint.engine.build.BuildMode;
import org.factlint.input.FactsReader;
import org.factlint.input.Read;
import org.factlint.model.FactsDocument;
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
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The seed article, warm, one thread: the whole check from bytes ({@code check}), reading alone
 * (parse, schema, mapping: the floor), and the rules alone on a document already read.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 10, time = 2)
@Fork(1)
@Threads(1)
public class CheckBench {

    @Param({"EXECUTABLE_MODEL", "CLASSIC"})
    public BuildMode mode;

    private Checker checker;
    private FactsReader reader;
    private byte[] seed;
    private FactsDocument document;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        checker = Checker.builder().rules(Seed.RULES).buildMode(mode).build();
        reader = new FactsReader();
        seed = Seed.bytes();
        Read<FactsDocument> read = reader.read(seed);
        if (!read.ok() || !checker.check(seed, "seed").findings().isEmpty()) {
            throw new IllegalStateException("the seed article should read cleanly and give no finding");
        }
        document = read.value();
    }

    /** The whole check of the seed article from its bytes: what a CMS calls. */
    @Benchmark
    public Report check() {
        return checker.check(seed, "seed");
    }

    /** Parse, schema validation and mapping only: the floor under any check. */
    @Benchmark
    public Read<FactsDocument> readOnly() {
        return reader.read(seed);
    }

    /** The rules (session, derived facts, firing) and the report, on a document already read. */
    @Benchmark
    public Report rulesOnly() {
        return checker.check(document, "seed");
    }
}
