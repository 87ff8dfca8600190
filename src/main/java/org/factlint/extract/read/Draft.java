package org.factlint.extract.read;

import java.util.LinkedHashMap;
import java.util.Map;
import org.factlint.model.Source;

/**
 * A fact the extractor read, before it is written: its type and fields as the facts format names
 * them, the evidence span (offsets into its source's text), the confidence and the id of the
 * pattern that read it ({@code <type>.<name>}).
 */
public record Draft(String type, Map<String, Object> fields, Source source, int start, int end, int sentence,
                    double confidence, String pattern) {

    public Draft {
        fields = new LinkedHashMap<>(fields);
    }

    /** Starts a draft from an annotated sentence, with evidence tokens from..to (exclusive). */
    public static Draft of(String type, Annotated s, int from, int to, double confidence, String pattern) {
        return new Draft(type, Map.of(), s.source(), s.startOffset(from), s.endOffset(to), s.sentence().number(),
                confidence, pattern);
    }

    public Draft with(String field, Object value) {
        if (value != null) {
            fields.put(field, value);
        }
        return this;
    }

    /** The same fact read with at most this confidence ("needs a look" when the reading is unsure). */
    public Draft atMost(double most) {
        return confidence <= most ? this : new Draft(type, fields, source, start, end, sentence, most, pattern);
    }

    /** What the fact says, without where: two drafts with one key say the same thing. */
    public String key() {
        return type + fields;
    }
}
