package org.factlint;

import java.util.List;

/**
 * One contradiction found in an article.
 *
 * @param rule        id of the rule that found it ({@code attendance.attended-and-absent})
 * @param category    one of the eleven categories
 * @param severity    how sure the rule is that the article is wrong
 * @param message     one sentence naming the people and the event
 * @param facts       ids of every fact taking part, in natural order (f2 before f10)
 * @param entities    ids of the entities involved
 * @param evidence    the quotes of those facts, with offsets where known
 * @param suggestion  what an editor should check
 * @param fingerprint stable across re-extraction: made from the rule and the facts' contents,
 *                    not from fact ids or offsets; used to suppress accepted findings
 */
public record Finding(String rule, String category, Severity severity, String message, List<String> facts,
                      List<String> entities, List<Evidence> evidence, String suggestion, String fingerprint) {

    public Finding {
        facts = List.copyOf(facts);
        entities = List.copyOf(entities);
        evidence = List.copyOf(evidence);
    }

    /**
     * A quote of one fact taking part in a finding (or, for a {@code name} finding, of a mention).
     *
     * @param fact     the fact's id; null for an entity mention cited by a {@code name} finding
     * @param quote    the words as they stand in the article
     * @param start    offset into the text named by {@code source}, or null when unknown
     * @param end      offset just past the quote, or null
     * @param source   {@code body}, {@code headline} or {@code standfirst}: which text the offsets index
     * @param sentence 1-based sentence number, or null
     */
    public record Evidence(String fact, String quote, Integer start, Integer end, String source, Integer sentence) {
    }
}
