package org.factlint.input;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import org.factlint.Problem;

/**
 * Counts the entries of every array while streaming the JSON, before any tree is built: a
 * million facts (a few megabytes of {@code {}}) must be refused without allocating a million
 * nodes or letting the schema validator walk them. {@code /facts} and {@code /entities} are held
 * to {@link InputLimits#maxFacts()}, every other array to {@link InputLimits#maxItems()}.
 */
final class ArrayCounter {

    private ArrayCounter() {
    }

    /** The first array over its limit, as an error at its pointer; null if none (or if the JSON is malformed: the parse says where). */
    static Problem firstBreach(JsonFactory factory, String text, InputLimits limits) {
        Deque<Level> stack = new ArrayDeque<>();
        try (JsonParser p = factory.createParser(text)) {
            for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                Level parent = stack.peek();
                if (t == JsonToken.FIELD_NAME) {
                    parent.field = p.currentName();
                    continue;
                }
                if (t == JsonToken.END_ARRAY || t == JsonToken.END_OBJECT) {
                    stack.pop();
                    continue;
                }
                String pointer = "";
                if (parent != null) {
                    pointer = parent.pointer + "/" + (parent.array ? String.valueOf(parent.count)
                            : parent.field.replace("~", "~0").replace("/", "~1"));
                    if (parent.array && ++parent.count > parent.limit) {
                        return Problem.error(parent.pointer, "has more than " + InputLimits.number(parent.limit)
                                + " entries; " + InputLimits.limitNote(parent.limit, "",
                                parent.pointer.equals("/facts") || parent.pointer.equals("/entities") ? "--max-facts" : "--max-items"));
                    }
                }
                if (t == JsonToken.START_ARRAY) {
                    boolean list = stack.size() == 1 && (pointer.equals("/facts") || pointer.equals("/entities"));
                    stack.push(new Level(pointer, true, list ? limits.maxFacts() : limits.maxItems()));
                } else if (t == JsonToken.START_OBJECT) {
                    stack.push(new Level(pointer, false, 0));
                }
            }
        } catch (IOException e) {
            return null;
        }
        return null;
    }

    /** An open object or array: where it is, and for an array how many entries it has so far. */
    private static final class Level {
        final String pointer;
        final boolean array;
        final int limit;
        String field;
        int count;

        Level(String pointer, boolean array, int limit) {
            this.pointer = pointer;
            this.array = array;
            this.limit = limit;
        }
    }
}
