package org.factlint.model;

import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * What a fact says, without its identity: its type and every field but id, evidence, confidence,
 * source and origin (a field marked {@link Addition} only when it is not absent), with entity references written as {@code entityName} gives them (names, so that
 * renumbered entities say the same). Fingerprints hash it; the reading order breaks ties with it.
 */
public final class FactContent {

    private static final Set<String> NOT_CONTENT = Set.of("id", "evidence", "confidence", "source", "origin");

    /** The content components of each fact record, looked up once per class rather than per call. */
    private static final ClassValue<List<Component>> CONTENT = new ClassValue<>() {
        @Override
        protected List<Component> computeValue(Class<?> type) {
            List<Component> content = new ArrayList<>();
            for (RecordComponent c : type.getRecordComponents()) {
                if (!NOT_CONTENT.contains(c.getName())) {
                    Method accessor = c.getAccessor();
                    // the accessors are public; this only skips the access check made at every call
                    accessor.setAccessible(true);
                    Addition addition = c.getAnnotation(Addition.class);
                    content.add(new Component(c.getName(), accessor, addition == null ? null : addition.absent()));
                }
            }
            return List.copyOf(content);
        }
    };

    /** @param absent for an {@link Addition}, the value besides null that leaves it out; else null */
    private record Component(String name, Method accessor, String absent) {

        boolean leftOut(Object value) {
            return absent != null && (value == null || value.toString().equals(absent));
        }
    }

    private FactContent() {
    }

    /** "attendance|event=london talks|person=marco rubio|party=|status=ATTENDED". */
    public static String of(Fact f, UnaryOperator<String> entityName) {
        StringBuilder sb = new StringBuilder(f.type());
        for (Component c : CONTENT.get(f.getClass())) {
            Object v;
            try {
                v = c.accessor().invoke(f);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
            if (c.leftOut(v)) {
                continue;
            }
            sb.append('|').append(c.name()).append('=')
                    .append(v instanceof String s ? Text.normalize(entityName.apply(s)) : v == null ? "" : v.toString());
        }
        return sb.toString();
    }
}
