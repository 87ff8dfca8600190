package org.factlint.engine.facts;

import java.util.List;
import org.factlint.model.Evidence;
import org.factlint.model.Fact;
import org.kie.api.definition.rule.Rule;

/**
 * What a rule inserts when it finds a contradiction. The rule's id, category and severity come
 * from its metadata, so a rule only says what it saw.
 *
 * @param ruleId     the {@code @id} of the rule that fired
 * @param message    one sentence naming the people and the event
 * @param suggestion what an editor should check
 * @param facts      every fact taking part in the contradiction
 * @param entities   ids of the entities involved, most important first
 * @param mentions   entity mentions (body text) that are evidence in their own right, for findings
 *                   about how entities are written rather than about facts (the {@code name} rules);
 *                   usually empty
 */
public record Hit(String ruleId, String message, String suggestion, List<Fact> facts, List<String> entities,
                  List<Evidence> mentions) {

    public Hit {
        // a message is a sentence, even when the entity it opens with is written in lower case
        // ("meeting between Wallace and Austin is said to be held ...")
        message = sentence(message);
        suggestion = sentence(suggestion);
        facts = List.copyOf(facts);
        entities = entities.stream().distinct().toList();
        mentions = mentions.stream().distinct().toList();
    }

    /** Called from a rule's consequence: {@code insert(Hit.of(drools.getRule(), ...))}. */
    public static Hit of(Rule rule, String message, String suggestion, List<? extends Fact> facts, List<String> entities) {
        return of(rule, message, suggestion, facts, entities, List.of());
    }

    /** As {@link #of(Rule, String, String, List, List)}, citing entity mentions as evidence too. */
    public static Hit of(Rule rule, String message, String suggestion, List<? extends Fact> facts, List<String> entities,
                         List<Evidence> mentions) {
        Object id = rule.getMetaData().get("id");
        return new Hit(id == null ? rule.getName() : id.toString(), message, suggestion, List.copyOf(facts), entities,
                mentions);
    }

    /** The text with its first character in upper case when it is a lower-case letter (a quotation is left as written). */
    static String sentence(String text) {
        if (text == null || text.isEmpty() || !Character.isLowerCase(text.charAt(0))) {
            return text;
        }
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
