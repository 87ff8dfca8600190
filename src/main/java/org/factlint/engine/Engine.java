package org.factlint.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.factlint.engine.facts.Hit;
import org.factlint.model.FactsDocument;
import org.factlint.model.Reference;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.AgendaFilter;

/**
 * Runs a rule set over one document in a session of its own and collects what the rules
 * inserted. The session comes from the rule set's pool: disposing it resets it (working memory,
 * agenda, globals) before another check may have it, so no check sees another's facts.
 */
public final class Engine {

    /**
     * A runaway rule (one that keeps re-firing), or a hostile document whose facts pair up by the
     * million, is stopped here rather than hanging the check; an article has a handful of findings.
     */
    public static final int MAX_FIRINGS = 10_000;

    /**
     * Sessions taken for a check and not yet disposed (given back to their rule set's pool), by
     * every rule set of this JVM: the service's soak test checks it returns to 0.
     */
    private static final AtomicInteger OPEN_SESSIONS = new AtomicInteger();

    /**
     * @param hits        what the rules found, in firing order
     * @param truncated   true if the firing limit stopped the rules early
     * @param interrupted true if the checking thread was interrupted and the rules were halted
     */
    public record Outcome(List<Hit> hits, boolean truncated, boolean interrupted) {
    }

    private Engine() {
    }

    /** Rule sessions in use now (taken and not yet disposed) in this JVM: as many as checks running. */
    public static int openSessions() {
        return OPEN_SESSIONS.get();
    }

    public static Outcome run(RuleSet rules, FactsDocument document, Reference reference) {
        Context ctx = new Context(document, reference);
        KieSession session = rules.newSession();
        OPEN_SESSIONS.incrementAndGet();
        try {
            if (rules.usesContext()) {
                session.setGlobal(RuleSet.CONTEXT_GLOBAL, ctx);
            }
            session.insert(document.article());
            document.entities().forEach(session::insert);
            document.facts().forEach(session::insert);
            Derivations.of(ctx).forEach(session::insert);
            // A caller that gives up on a check (a server's time limit) interrupts its thread: the
            // filter then halts the session at the next firing instead of letting it run on.
            AgendaFilter stopWhenInterrupted = match -> {
                if (Thread.currentThread().isInterrupted()) {
                    session.halt();
                    return false;
                }
                return true;
            };
            int fired = session.fireAllRules(stopWhenInterrupted, MAX_FIRINGS);
            if (Thread.currentThread().isInterrupted()) {
                return new Outcome(List.of(), false, true);
            }
            List<Hit> hits = new ArrayList<>();
            for (Object o : session.getObjects(o -> o instanceof Hit)) {
                hits.add((Hit) o);
            }
            return new Outcome(hits, fired >= MAX_FIRINGS, false);
        } finally {
            session.dispose();
            OPEN_SESSIONS.decrementAndGet();
        }
    }
}
