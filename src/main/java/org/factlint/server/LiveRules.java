package org.factlint.server;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.factlint.Checker;
import org.factlint.InvalidInputException;
import org.factlint.RuleSetException;
import org.factlint.input.InputLimits;
import org.kie.api.runtime.rule.ConsequenceException;

/**
 * The checker the service answers with, replaceable without a restart. A reload compiles and
 * validates the new rule set (and re-reads the reference) first; only a rule set that builds
 * whole replaces the old one, in one atomic swap, so a request sees either the old checker or
 * the new one and a broken rule set never serves.
 */
final class LiveRules {

    /** The checker in service, with when it was loaded and how many loads came before it. */
    record Loaded(Checker checker, Instant at, int generation) {
    }

    private final ServerConfig config;
    private final Supplier<Checker.Builder> builders;
    private final AtomicReference<Loaded> current = new AtomicReference<>();

    private LiveRules(ServerConfig config, Supplier<Checker.Builder> builders) {
        this.config = config;
        this.builders = builders;
    }

    /** Loads the configured rules; the service does not start with a broken rule set. */
    static LiveRules load(ServerConfig config) throws RuleSetException, InvalidInputException {
        return load(config, () -> Checker.builder().rules(config.rules()).reference(config.reference()));
    }

    /**
     * Loads the rules with builders from {@code builders} (one per load and reload; the command
     * line's carry its own settings), to which the service's limits are added.
     */
    static LiveRules load(ServerConfig config, Supplier<Checker.Builder> builders)
            throws RuleSetException, InvalidInputException {
        LiveRules live = new LiveRules(config, builders);
        live.current.set(new Loaded(live.build(), now(), 1));
        return live;
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }

    Loaded current() {
        return current.get();
    }

    Checker checker() {
        return current.get().checker();
    }

    /**
     * Builds a new checker from the configured folder and swaps it in; on failure the old one
     * keeps serving and the error says why, with file and line. One reload at a time.
     */
    synchronized Loaded reload() throws HttpError {
        Checker next;
        try {
            next = build();
        } catch (RuleSetException e) {
            throw new HttpError(422, ProblemJson.RULE_SET_REFUSED, "Rule set refused",
                    "the new rule set does not compile or lacks metadata; the previous rules keep serving",
                    List.of(), null, e.errors());
        } catch (InvalidInputException e) {
            throw new HttpError(422, ProblemJson.RULE_SET_REFUSED, "Reference file refused",
                    "the reference file " + e.input() + " cannot be used; the previous rules keep serving",
                    e.problems(), null, List.of());
        }
        Loaded loaded = new Loaded(next, now(), current.get().generation() + 1);
        current.set(loaded);
        return loaded;
    }

    private Checker build() throws RuleSetException, InvalidInputException {
        long bytes = config.maxBodyBytes();
        InputLimits limits = new InputLimits(bytes, InputLimits.DEFAULT.maxDepth(),
                (int) Math.min(bytes, InputLimits.DEFAULT.maxStringLength()), config.maxFacts());
        Checker checker = builders.get().limits(limits).build();
        warmUp(checker);
        return checker;
    }

    /**
     * Runs the new rules over the example document before they serve: a rule that compiles but
     * throws when it runs is refused like one that does not compile, and the first real request
     * does not pay for loading the schema and warming the engine.
     */
    private void warmUp(Checker checker) throws RuleSetException {
        byte[] example = Resources.bytes(Resources.SERVER + "example.json");
        try {
            for (int i = 0; i < 3; i++) {
                checker.check(example, "warm-up");
            }
        } catch (RuntimeException e) {
            String folder = config.rules() == null ? "(bundled rules)" : config.rules().toString();
            String file = folder;
            String what = "the rules throw";
            if (e instanceof ConsequenceException ce && ce.getMatch() != null) {
                String name = ce.getMatch().getRule().getName();
                what = "rule \"" + name + "\" throws";
                file = checker.rules().stream().filter(r -> r.name().equals(name)).findFirst()
                        .map(r -> config.rules() == null ? r.file() : config.rules().resolve(r.file()).toString()).orElse(folder);
            }
            Throwable root = e;
            while (root.getCause() != null && root.getCause() != root) {
                root = root.getCause();
            }
            throw new RuleSetException(List.of(new RuleSetException.RuleError(file, 0, what
                    + " when run on the example document: " + root.getClass().getSimpleName()
                    + (root.getMessage() == null ? "" : ": " + root.getMessage()))));
        }
    }
}
