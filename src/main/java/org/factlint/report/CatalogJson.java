package org.factlint.report;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.List;
import org.factlint.RuleInfo;

/** Writes the rule catalog as JSON: one object per rule, as {@code factlint rules --format json} and {@code GET /v1/rules} give it. */
public final class CatalogJson {

    private CatalogJson() {
    }

    /** Writes the rules as a JSON array. */
    public static void write(List<RuleInfo> rules, JsonGenerator g) throws IOException {
        g.writeStartArray();
        for (RuleInfo r : rules) {
            g.writeStartObject();
            g.writeStringField("id", r.id());
            g.writeStringField("category", r.category());
            g.writeStringField("severity", r.severity().word());
            g.writeStringField("description", r.description());
            g.writeStringField("name", r.name());
            g.writeStringField("file", r.file());
            g.writeEndObject();
        }
        g.writeEndArray();
    }
}
