package org.factlint.engine.helpers;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.factlint.model.Entity;
import org.factlint.model.FactsDocument;

/**
 * Resolves what a fact names where the contract allows an entity id or free text (the subject
 * and object of a claim, the subject of a quantity, a quote's channel), so that "us",
 * "United States", "the US" and "Washington" compare equal when the article's entities say so.
 * Free text resolves to an entity when its words are those of the entity's name or of one of its
 * aliases, a leading "the" aside; a name shared by two entities resolves to neither.
 */
public final class EntityRefs {

    private final Set<String> ids = new HashSet<>();
    private final Map<String, String> idByName = new HashMap<>();

    public EntityRefs(FactsDocument document) {
        Set<String> ambiguous = new HashSet<>();
        for (Entity e : document.entities()) {
            ids.add(e.id());
            for (String name : e.names()) {
                String k = words(name);
                String other = idByName.putIfAbsent(k, e.id());
                if (other != null && !other.equals(e.id())) {
                    ambiguous.add(k);
                }
            }
        }
        ambiguous.forEach(idByName::remove);
    }

    /** The entity id that {@code idOrText} stands for, else its words: what "the same thing" compares. */
    public String key(String idOrText) {
        if (idOrText == null) {
            return null;
        }
        if (ids.contains(idOrText)) {
            return idOrText;
        }
        String w = words(idOrText);
        return idByName.getOrDefault(w, w);
    }

    /** True if both name the same entity, or are the same free text but for case, accents and punctuation. */
    public boolean same(String a, String b) {
        String ka = key(a);
        return ka != null && !ka.isEmpty() && ka.equals(key(b));
    }

    private static String words(String s) {
        List<String> w = Words.of(s);
        if (w.size() > 1 && w.get(0).equals("the")) {
            w = w.subList(1, w.size());
        }
        return String.join(" ", w);
    }
}
