package org.factlint.input;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.util.JsonParserDelegate;
import java.io.IOException;

/**
 * A parser that stops as soon as an array has more entries than the limits allow ({@code /facts}
 * and {@code /entities} {@link InputLimits#maxFacts()}, any other {@link InputLimits#maxItems()}),
 * so that a tree built from it never holds more than that: the same bound as
 * {@link ArrayCounter}, in the same pass as the tree is built. Which array is over, and by how
 * much, {@link ArrayCounter} says on the slow path.
 */
final class CountingParser extends JsonParserDelegate {

    /** Thrown at the first entry over a limit. */
    static final class TooMany extends RuntimeException {
        TooMany() {
            super("an array over its limit", null, false, false);
        }
    }

    private final InputLimits limits;

    CountingParser(JsonParser parser, InputLimits limits) {
        super(parser);
        this.limits = limits;
    }

    @Override
    public JsonToken nextToken() throws IOException {
        JsonToken t = delegate.nextToken();
        if (t != null && t != JsonToken.FIELD_NAME && t != JsonToken.END_ARRAY && t != JsonToken.END_OBJECT) {
            JsonStreamContext here = delegate.getParsingContext();
            JsonStreamContext container = t.isStructStart() ? here.getParent() : here;
            // an array's index is that of the entry just read: entries so far = index + 1
            if (container != null && container.inArray() && container.getCurrentIndex() >= limit(container)) {
                throw new TooMany();
            }
        }
        return t;
    }

    @Override
    public JsonToken nextValue() throws IOException {
        JsonToken t = nextToken();
        return t == JsonToken.FIELD_NAME ? nextToken() : t;
    }

    private int limit(JsonStreamContext array) {
        JsonStreamContext parent = array.getParent();
        boolean list = parent != null && parent.inObject() && parent.getParent() != null && parent.getParent().inRoot()
                && ("facts".equals(parent.getCurrentName()) || "entities".equals(parent.getCurrentName()));
        return list ? limits.maxFacts() : limits.maxItems();
    }
}
