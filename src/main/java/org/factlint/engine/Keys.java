package org.factlint.engine;

import java.util.ArrayList;
import java.util.List;
import org.factlint.engine.facts.ClaimKey;
import org.factlint.engine.facts.QuantityKey;
import org.factlint.engine.facts.QuoteKey;
import org.factlint.engine.helpers.Claims;
import org.factlint.engine.helpers.EntityRefs;
import org.factlint.engine.helpers.Quantities;
import org.factlint.engine.helpers.Quotes;
import org.factlint.model.ClaimFact;
import org.factlint.model.Fact;
import org.factlint.model.QuantityFact;
import org.factlint.model.QuoteFact;

/**
 * The comparison keys of claims, quantities and quotes, computed once in Java so that the rules
 * join on plain equality ("same subject, same predicate") rather than calling helpers pair by pair.
 */
final class Keys {

    private Keys() {
    }

    static List<Object> of(Context ctx) {
        EntityRefs refs = new EntityRefs(ctx.document());
        List<Object> keys = new ArrayList<>();
        List<Fact> facts = ctx.document().facts();
        for (Fact f : facts) {
            if (f instanceof ClaimFact c) {
                Claims.Predicate p = Claims.predicate(c.predicate());
                // the polarity as Claims.negative(c) gives it, from the predicate read once
                keys.add(new ClaimKey(c, refs.key(c.subject()), p.key(), refs.key(c.object()),
                        c.negated() != p.negating(), ctx.readingRank(f)));
            } else if (f instanceof QuantityFact q) {
                keys.add(new QuantityKey(q, refs.key(q.subject()), Quantities.propertyKey(q.property()), ctx.readingRank(f)));
            } else if (f instanceof QuoteFact q) {
                String channel = refs.key(q.channel());
                int order = ctx.readingRank(f);
                keys.add(new QuoteKey(q, q.text(), Quotes.words(q.text()), Quotes.telling(q.text()), channel, order));
                List<String> sentences = Quotes.sentences(q.text());
                if (sentences.size() > 1) {
                    for (String sentence : sentences) {
                        if (Quotes.telling(sentence)) {
                            keys.add(new QuoteKey(q, sentence, Quotes.words(sentence), true, channel, order));
                        }
                    }
                }
            }
        }
        return keys;
    }
}
