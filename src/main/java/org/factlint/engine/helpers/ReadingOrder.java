package org.factlint.engine.helpers;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.factlint.model.Evidence;
import org.factlint.model.Fact;
import org.factlint.model.FactContent;
import org.factlint.model.FactsDocument;

/**
 * The order in which a reader meets the facts: headline, standfirst, then body, each by the
 * position of its evidence; facts at the same place (or without evidence) by what they say. It
 * replaces the order of the {@code facts} array wherever a rule must pick "the first" of several
 * facts or list them, so that a report does not change when an extractor writes its facts in
 * another order or numbers them differently. Only facts that say the same thing from the same
 * place keep their array order.
 */
public final class ReadingOrder {

    private ReadingOrder() {
    }

    /** The rank (0 first) of every fact of a list already in reading order ({@link #sorted}), by identity. */
    public static Map<Fact, Integer> ranks(List<? extends Fact> sorted) {
        Map<Fact, Integer> ranks = new IdentityHashMap<>(sorted.size() * 2);
        for (int i = 0; i < sorted.size(); i++) {
            ranks.put(sorted.get(i), i);
        }
        return ranks;
    }

    /** The facts in reading order (a stable sort: exact ties keep the given order). */
    public static <T extends Fact> List<T> sorted(Collection<T> facts, FactsDocument doc) {
        // Each fact's sort key is worked out once, not at every comparison; what a fact says
        // (the last tie-breaker, the costly one) only for facts that tie on everything before it.
        List<Key<T>> keys = new ArrayList<>(facts.size());
        for (T f : facts) {
            keys.add(new Key<>(f, doc));
        }
        keys.sort(ORDER);
        List<T> sorted = new ArrayList<>(keys.size());
        for (Key<T> k : keys) {
            sorted.add(k.fact);
        }
        return sorted;
    }

    private static final Comparator<Key<?>> ORDER = Comparator.<Key<?>>comparingInt(k -> k.source)
            .thenComparingLong(k -> k.start)
            .thenComparing(k -> k.quote)
            .thenComparing(Key::content);

    /** One fact's place: its source, where its evidence starts, its first quote, and (lazily) its content. */
    private static final class Key<T extends Fact> {
        final T fact;
        final FactsDocument doc;
        final int source;
        final long start;
        final String quote;
        String content;

        Key(T fact, FactsDocument doc) {
            this.fact = fact;
            this.doc = doc;
            this.source = switch (fact.source()) {
                case HEADLINE -> 0;
                case STANDFIRST -> 1;
                case BODY -> 2;
            };
            this.start = firstStart(fact);
            this.quote = fact.evidence().isEmpty() ? "" : fact.evidence().get(0).quote();
        }

        String content() {
            if (content == null) {
                content = FactContent.of(fact, doc::nameOf);
            }
            return content;
        }
    }

    /** Where the fact's earliest located evidence starts; facts without any come last. */
    private static long firstStart(Fact f) {
        long first = Long.MAX_VALUE;
        for (Evidence e : f.evidence()) {
            if (e.start() != null) {
                first = Math.min(first, e.start());
            }
        }
        return first;
    }
}
