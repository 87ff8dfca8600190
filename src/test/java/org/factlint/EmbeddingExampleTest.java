package org.factlint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The README's embedding example compiles (it is this test's source) and does what it says. */
class EmbeddingExampleTest {

    private static final Path EXAMPLE = Path.of("src/test/java/org/factlint/EmbeddingExample.java");

    @Test
    void theExampleRunsAndReportsTheContradiction() throws Exception {
        JsonNode report = new ObjectMapper().readTree(EmbeddingExample.run());
        assertEquals("factlint-report/1", report.get("format").asText());
        assertEquals("article-42", report.get("input").asText());
        assertEquals(1, report.get("findings").size(), report.toString());
        assertEquals("attendance.attended-and-absent", report.get("findings").get(0).get("rule").asText());
    }

    @Test
    void theReadmeAndTheServiceGuideQuoteTheExampleExactly() throws Exception {
        List<String> lines = Files.readAllLines(EXAMPLE);
        int begin = indexOf(lines, "// README-BEGIN");
        int end = indexOf(lines, "// README-END");
        List<String> body = lines.subList(begin + 1, end);
        int indent = body.get(0).length() - body.get(0).stripLeading().length();
        StringBuilder block = new StringBuilder("```java\n");
        for (String l : body) {
            block.append(l.length() >= indent ? l.substring(indent) : l.strip()).append('\n');
        }
        block.append("```\n");
        for (String doc : List.of("README.md", "docs/service.md")) {
            assertTrue(Files.readString(Path.of(doc)).contains(block), doc + " must quote " + EXAMPLE + " between its markers:\n" + block);
        }
    }

    private static int indexOf(List<String> lines, String marker) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).strip().equals(marker)) {
                return i;
            }
        }
        throw new AssertionError(marker + " not found in " + EXAMPLE);
    }
}
