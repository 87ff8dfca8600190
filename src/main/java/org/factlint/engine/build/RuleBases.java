package org.factlint.engine.build;

import java.io.IOException;
import org.drools.modelcompiler.KieBaseBuilder;
import org.factlint.RuleSetException;
import org.kie.api.KieBase;

/**
 * Makes the rule base of some rule sources in a build mode, through a cache when one is given:
 * the executable model is compiled once per content and then loaded, which skips the parser and
 * the compiler on every later start.
 */
public final class RuleBases {

    /**
     * @param kieBase   the rule base
     * @param fromCache true if it was loaded from the cache, false if compiled now
     * @param mode      how it was built in the end: classic if the model compiler crashed on the rules
     */
    public record Built(KieBase kieBase, boolean fromCache, BuildMode mode) {
    }

    private static volatile String salt;

    private RuleBases() {
    }

    public static Built build(RuleSources sources, BuildMode mode, RuleCache cache) throws RuleSetException {
        if (mode == BuildMode.CLASSIC) {
            return new Built(DrlCompiler.classic(sources), false, BuildMode.CLASSIC);
        }
        String key = cache == null ? null : sources.contentKey(salt());
        if (key != null) {
            byte[] cached = cache.get(key);
            if (cached != null) {
                try {
                    return new Built(ModelJar.kieBase(cached), true, BuildMode.EXECUTABLE_MODEL);
                } catch (IOException | RuntimeException e) {
                    cache.evict(key); // damaged or written by an incompatible build: compile again
                }
            }
        }
        byte[] jar;
        try {
            jar = DrlCompiler.executableModel(sources);
        } catch (RuleSetException modelErrors) {
            // The executable model's errors often lack a line ("Unable to find class: X"); the
            // classic compiler says where. Report its errors when it has any, else the model's.
            DrlCompiler.classic(sources);
            throw modelErrors;
        } catch (RuntimeException | StackOverflowError modelCrash) {
            // A rule the model compiler cannot handle (it has overflowed on some expressions)
            // still runs, in classic mode, rather than stopping the checker.
            System.err.println("factlint: Drools' executable model could not compile these rules ("
                    + modelCrash + "); using classic DRL compilation instead");
            return new Built(DrlCompiler.classic(sources), false, BuildMode.CLASSIC);
        }
        KieBase base;
        try {
            base = ModelJar.kieBase(jar);
        } catch (IOException e) {
            throw new IllegalStateException("Drools made an executable model that cannot be loaded", e);
        }
        if (key != null) {
            cache.put(key, jar);
        }
        return new Built(base, false, BuildMode.EXECUTABLE_MODEL);
    }

    /** The cache key's salt: the format of entries, the mode and the code the compiled rules were made against. */
    private static String salt() {
        String s = salt;
        if (s == null) {
            s = "factlint-rule-cache/1|" + BuildMode.EXECUTABLE_MODEL + "|" + Runtime.version().feature() + "|"
                    + CodeIdentity.of(RuleBases.class, KieBaseBuilder.class, KieBase.class);
            salt = s;
        }
        return s;
    }
}
