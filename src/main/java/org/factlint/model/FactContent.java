package org.factlint.model;

import java.lang.reflect.RecordComponent;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * What a fact says, without its identity: its type and every field but id, evidence, confidence
 * and source, with entity references written as {@code entityName} gives them (names, so that
 * renumbered entities say the same). Fingerprints hash it; the reading order breaks ties with it.
 */
public final class FactContent {

    private static final Set<String> NOT_CONTENT = Set.of("id", "evidence", "confidence", "source");

    private FactContent() {
    }

    /** "attendance|event=london talks|person=marco rubio|party=|status=ATTENDED". */
    public static String of(Fact f, UnaryOperator<String> entityName) {
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
                    .append(v instanceof String s ? Text.normalize(entityName.apply(s)) : v == null ? "" : v.toString());
        }
        return sb.toString();
    }
}
