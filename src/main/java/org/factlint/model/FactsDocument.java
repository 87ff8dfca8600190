package org.factlint.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** One validated {@code factlint-facts/1} document: the article, its entities and its facts. */
public final class FactsDocument {

    private final Article article;
    private final List<Entity> entities;
    private final List<Fact> facts;
    private final Map<String, Entity> entitiesById = new LinkedHashMap<>();
    private final Map<String, Fact> factsById = new LinkedHashMap<>();
    private final int extracted;

    public FactsDocument(Article article, List<Entity> entities, List<Fact> facts) {
        this.article = article;
        this.entities = List.copyOf(entities);
        this.facts = List.copyOf(facts);
        for (Entity e : this.entities) {
            entitiesById.putIfAbsent(e.id(), e);
        }
        int n = 0;
        for (Fact f : this.facts) {
            factsById.putIfAbsent(f.id(), f);
            if (f.origin().extractor() != null) {
                n++;
            }
        }
        this.extracted = n;
    }

    public Article article() {
        return article;
    }

    public List<Entity> entities() {
        return entities;
    }

    public List<Fact> facts() {
        return facts;
    }

    /** The {@code extractor} the fact names (who read it out of the text), or null when it names none. */
    public String extractorOf(String factId) {
        Fact f = factId == null ? null : factsById.get(factId);
        return f == null ? null : f.origin().extractor();
    }

    /** How many facts name the extractor that read them. */
    public int extractedFacts() {
        return extracted;
    }

    public Optional<Entity> entity(String id) {
        return Optional.ofNullable(id == null ? null : entitiesById.get(id));
    }

    /** The entity's name for an entity id; free text (a place, a claim's object) is returned as it is. */
    public String nameOf(String idOrText) {
        if (idOrText == null) {
            return "";
        }
        Entity e = entitiesById.get(idOrText);
        return e != null ? e.name() : idOrText;
    }
}
