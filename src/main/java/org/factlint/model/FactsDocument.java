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

    public FactsDocument(Article article, List<Entity> entities, List<Fact> facts) {
        this.article = article;
        this.entities = List.copyOf(entities);
        this.facts = List.copyOf(facts);
        for (Entity e : this.entities) {
            entitiesById.putIfAbsent(e.id(), e);
        }
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
