package org.factlint.engine.facts;

import org.factlint.model.Entity;

/**
 * An entity filed under what any near-miss spelling of its name shares with it: its kind and the
 * first letter of each word of its name ({@code person:a s} for "Andrii Sybiha"). Two names can
 * only be near misses of each other under one key (same kind, as many words, each pair of words
 * equal or starting alike), so the name rule compares entities within a key, not every pair of a
 * document's entities. Derived before the rules run.
 */
public record NameKey(Entity entity, String key) {
}
