package org.factlint.report;

import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import org.factlint.model.Fact;
import org.factlint.model.Text;

/**
 * Stable fingerprints for findings: a hash of the rule id and the sorted contents of the facts
 * involved. Ids, offsets, evidence, confidence and source are left out, so re-extracting the same
 * article (new ids, moved sentences) keeps an editor's "this is fine" valid.
 */
public final class Fingerprints {

    private static final Set<String> NOT_CONTENT = Set.of("id", "evidence", "confidence", "source");

    private Fingerprints() {
    }

    public static String of(String ruleId, Collection<? extends Fact> facts) {
        return of(ruleId, facts, List.of());
    }

    /**
     * As {@link #of(String, Collection)}, with words that identify a finding beyond its facts
     * (the spellings a name finding is about), compared without case or accents.
     */
    public static String of(String ruleId, Collection<? extends Fact> facts, Collection<String> words) {
        List<String> contents = new ArrayList<>();
        for (Fact f : facts) {
            contents.add(content(f));
        }
        for (String w : words) {
            contents.add("words|" + Text.normalize(w));
        }
        contents.sort(null);
        StringBuilder sb = new StringBuilder(ruleId);
        contents.forEach(c -> sb.append('\n').append(c));
        return sha256(sb.toString()).substring(0, 20);
    }

    /** "attendance|event=london-talks|person=rubio|party=|status=ATTENDED": the fact without its identity. */
    static String content(Fact f) {
        StringBuilder sb = new StringBuilder(f.type());
        for (RecordComponent c : f.getClass().getRecordComponents()) {
            if (NOT_CONTENT.contains(c.getName())) {
                continue;
            }
            Object v;
            try {
                v = c.getAccessor().invoke(f);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
            sb.append('|').append(c.getName()).append('=')
                    .append(v instanceof String s ? Text.normalize(s) : v == null ? "" : v.toString());
        }
        return sb.toString();
    }

    private static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
