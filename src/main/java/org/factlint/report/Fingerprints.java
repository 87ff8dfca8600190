package org.factlint.report;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.function.UnaryOperator;
import org.factlint.model.Fact;
import org.factlint.model.FactContent;
import org.factlint.model.Text;

/**
 * Stable fingerprints for findings: a hash of the rule id and the contents of the facts involved
 * (each distinct content once). Ids, offsets, evidence, confidence and source are left out, and a reference to an
 * entity counts by the entity's name, not its id, so re-extracting the same article (new fact
 * ids, entities numbered {@code e1, e2 ...} afresh, moved sentences, facts in another order)
 * keeps an editor's "this is fine" valid, while a change in what a fact says makes a new
 * fingerprint.
 */
public final class Fingerprints {

    /** The name under which fingerprints appear in SARIF's {@code partialFingerprints}. */
    public static final String VERSION = "factlint/v1";

    private Fingerprints() {
    }

    /** Fingerprint with entity references counted as they are written (ids or free text). */
    public static String of(String ruleId, Collection<? extends Fact> facts) {
        return of(ruleId, facts, List.of(), UnaryOperator.identity());
    }

    /**
     * @param words      words that identify a finding beyond its facts (the spellings a name
     *                   finding is about), compared without case or accents
     * @param entityName the entity's name for an entity id, anything else unchanged (free text,
     *                   such as {@link org.factlint.model.FactsDocument#nameOf}), so that renumbered
     *                   entities keep their fingerprints
     */
    public static String of(String ruleId, Collection<? extends Fact> facts, Collection<String> words,
                            UnaryOperator<String> entityName) {
        // a set: a fact stated twice (same content, another id) is one statement, and must not make a new fingerprint
        java.util.SortedSet<String> contents = new java.util.TreeSet<>();
        for (Fact f : facts) {
            contents.add(content(f, entityName));
        }
        for (String w : words) {
            contents.add("words|" + Text.normalize(w));
        }
        StringBuilder sb = new StringBuilder(ruleId);
        contents.forEach(c -> sb.append('\n').append(c));
        return sha256(sb.toString()).substring(0, 20);
    }

    /** "attendance|event=london talks|person=marco rubio|party=|status=ATTENDED": the fact without its identity. */
    static String content(Fact f, UnaryOperator<String> entityName) {
        return FactContent.of(f, entityName);
    }

    private static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
