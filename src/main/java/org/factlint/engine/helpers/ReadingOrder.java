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

    /** The rank of every fact of the document in reading order (0 first), by identity. */
    public static Map<Fact, Integer> ranks(FactsDocument doc) {
        Map<Fact, Integer> ranks = new IdentityHashMap<>();
        List<Fact> sorted = sorted(doc.facts(), doc);
        for (int i = 0; i < sorted.size(); i++) {
            ranks.put(sorted.get(i), i);
        }
        return ranks;
    }

    /** The facts in reading order (a stable sort: exact ties keep the given order). */
    public static <T extends Fact> List<T> sorted(Collection<T> facts, FactsDocument doc) {
        List<T> sorted = new ArrayList<>(facts);
        sorted.sort(comparator(doc));
        return sorted;
    }

    private static Comparator<Fact> comparator(FactsDocument doc) {
        return Comparator.<Fact>comparingInt(f -> switch (f.source()) {
                    case HEADLINE -> 0;
                    case STANDFIRST -> 1;
                    case BODY -> 2;
                })
                .thenComparingLong(ReadingOrder::firstStart)
                .thenComparing(f -> f.evidence().isEmpty() ? "" : f.evidence().get(0).quote())
                .thenComparing(f -> FactContent.of(f, doc::nameOf));
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
