package org.factlint.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.factlint.engine.RuleSet;
import org.factlint.engine.build.BuildMode;
import org.factlint.engine.build.RuleCache;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Rule-set build time, as a fresh process pays it (one shot per forked JVM, so nothing is warm):
 * classic DRL compilation, executable-model compilation, and loading an executable model from
 * the rule cache. Many forks give the median.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(10)
public class BuildBench {

    private Path cache;

    @Setup(Level.Trial)
    public void fillCache() throws Exception {
        cache = Files.createTempDirectory("factlint-bench-cache");
        // Filling the cache in this JVM warms the compiler, so it is done in a child process.
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), FillCache.class.getName(), Seed.RULES.toString(), cache.toString())
                .inheritIO().start();
        if (p.waitFor() != 0) {
            throw new IllegalStateException("could not fill the rule cache");
        }
    }

    @TearDown(Level.Trial)
    public void removeCache() throws Exception {
        try (Stream<Path> walk = Files.walk(cache)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Benchmark
    public RuleSet classic() throws Exception {
        return RuleSet.compile(Seed.RULES, BuildMode.CLASSIC, null);
    }

    @Benchmark
    public RuleSet executableModel() throws Exception {
        return RuleSet.compile(Seed.RULES, BuildMode.EXECUTABLE_MODEL, null);
    }

    @Benchmark
    public RuleSet executableModelFromCache() throws Exception {
        RuleSet set = RuleSet.compile(Seed.RULES, BuildMode.EXECUTABLE_MODEL, new RuleCache(cache));
        if (!set.fromCache()) {
            throw new IllegalStateException("expected a cache hit");
        }
        return set;
    }

    /** Compiles the rules once into a cache folder: {@code FillCache RULES CACHE}. */
    public static final class FillCache {
        public static void main(String[] args) throws Exception {
            RuleSet.compile(Path.of(args[0]), BuildMode.EXECUTABLE_MODEL, new RuleCache(Path.of(args[1])));
        }
    }
}
