package org.factlint.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;

/** The extractor's promise on evidence: every quote is exactly the text at its offsets. */
final class EvidenceCheck {

    private EvidenceCheck() {
    }

    static void assertQuotesAtOffsets(JsonNode doc) {
        JsonNode article = doc.get("article");
        for (JsonNode f : doc.get("facts")) {
            String source = f.path("source").asText("body");
            String text = article.path(source.equals("body") ? "text" : source).asText();
            JsonNode ev = f.get("evidence");
            int start = ev.get("start").asInt();
            int end = ev.get("end").asInt();
            assertTrue(start >= 0 && start < end && end <= text.length(), () -> "offsets out of range: " + f);
            assertEquals(text.substring(start, end), ev.get("quote").asText(), () -> "quote not at its offsets: " + f);
            assertTrue(f.get("confidence").asDouble() > 0 && f.get("confidence").asDouble() <= 1);
            assertTrue(f.get("pattern").asText().startsWith(f.get("type").asText() + "."), () -> "pattern id: " + f);
        }
    }
}
