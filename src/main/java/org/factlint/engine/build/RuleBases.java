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
     */
    public record Built(KieBase kieBase, boolean fromCache) {
    }

    private static volatile String salt;

    private RuleBases() {
    }

    public static Built build(RuleSources sources, BuildMode mode, RuleCache cache) throws RuleSetException {
        if (mode == BuildMode.CLASSIC) {
            return new Built(DrlCompiler.classic(sources), false);
        }
        String key = cache == null ? null : sources.contentKey(salt());
        if (key != null) {
            byte[] cached = cache.get(key);
            if (cached != null) {
                try {
                    return new Built(ModelJar.kieBase(cached), true);
                } catch (IOException | RuntimeException e) {
                    cache.evict(key); // damaged or written by an incompatible build: compile again
                }
            }
        }
        byte[] jar = DrlCompiler.executableModel(sources);
        KieBase base;
        try {
            base = ModelJar.kieBase(jar);
        } catch (IOException e) {
            throw new IllegalStateException("Drools made an executable model that cannot be loaded", e);
        }
        if (key != null) {
            cache.put(key, jar);
        }
        return new Built(base, false);
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
