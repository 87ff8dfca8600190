package org.factlint;

import java.util.List;

/**
 * One contradiction found in an article.
 *
 * @param rule         id of the rule that found it ({@code attendance.attended-and-absent})
 * @param category     one of the eleven categories
 * @param severity     how sure the rule is that the article is wrong; {@link Severity#INFO} ("needs a
 *                     look") when the finding rests on a fact whose {@code confidence} is below the
 *                     check's minimum (then {@code ruleSeverity} says what the rule gives)
 * @param message      one sentence naming the people and the event
 * @param facts        ids of every fact taking part, in natural order (f2 before f10)
 * @param entities     ids of the entities involved
 * @param evidence     the quotes of those facts, with offsets where known
 * @param suggestion   what an editor should check
 * @param fingerprint  stable across re-extraction: made from the rule and the facts' contents,
 *                     not from fact ids or offsets; used to suppress accepted findings
 * @param ruleSeverity the rule's own severity when {@code severity} was lowered to info because a fact
 *                     it rests on has a low confidence; null when the severity is the rule's
 */
public record Finding(String rule, String category, Severity severity, String message, List<String> facts,
                      List<String> entities, List<Evidence> evidence, String suggestion, String fingerprint,
                      Severity ruleSeverity) {

    public Finding {
        facts = List.copyOf(facts);
        entities = List.copyOf(entities);
        evidence = List.copyOf(evidence);
    }

    /** A finding at its rule's own severity. */
    public Finding(String rule, String category, Severity severity, String message, List<String> facts,
                   List<String> entities, List<Evidence> evidence, String suggestion, String fingerprint) {
        this(rule, category, severity, message, facts, entities, evidence, suggestion, fingerprint, null);
    }

    /** True when the severity was lowered to info because the finding rests on a low-confidence fact. */
    public boolean needsALook() {
        return ruleSeverity != null;
    }

    /**
     * A quote of one fact taking part in a finding (or, for a {@code name} finding, of a mention).
     *
     * @param fact       the fact's id; null for an entity mention cited by a {@code name} finding
     * @param quote      the words as they stand in the article
     * @param start      offset into the text named by {@code source}, or null when unknown
     * @param end        offset just past the quote, or null
     * @param source     {@code body}, {@code headline} or {@code standfirst}: which text the offsets index
     * @param sentence   1-based sentence number, or null
     * @param confidence the fact's {@code confidence} when it is below 1, else null
     * @param extractor  the {@code extractor} the fact names (who read it out of the text), or null
     * @param place      where the quote stands in the text the article was read from (a file, a
     *                   request's body), for body evidence of an article given as text; else null
     */
    public record Evidence(String fact, String quote, Integer start, Integer end, String source, Integer sentence,
                           Double confidence, String extractor, Place place) {

        /** Evidence whose place in the text as given is not known (a facts document's). */
        public Evidence(String fact, String quote, Integer start, Integer end, String source, Integer sentence,
                        Double confidence, String extractor) {
            this(fact, quote, start, end, source, sentence, confidence, extractor, null);
        }

        /** Evidence of a fact with full confidence and no named extractor. */
        public Evidence(String fact, String quote, Integer start, Integer end, String source, Integer sentence) {
            this(fact, quote, start, end, source, sentence, null, null, null);
        }
    }

    /**
     * Where a quote stands in the text an article was read from, as an editor opening it counts:
     * 1-based lines, columns in UTF-16 code units; the end is just past the quote's last character.
     */
    public record Place(int line, int column, int endLine, int endColumn) {

        @Override
        public String toString() {
            return line + ":" + column;
        }
    }
}
