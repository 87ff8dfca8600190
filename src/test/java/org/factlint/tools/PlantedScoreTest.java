package org.factlint.tools;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** PlantedScore counts a planted contradiction as found only for its category and sentence, and alarms on consistent texts. */
class PlantedScoreTest {

    static String report(String input, String category, String severity, String quote) {
        String findings = category == null ? "[]" : "[{\"category\":\"" + category + "\",\"severity\":\"" + severity
                + "\",\"evidence\":[{\"quote\":\"" + quote + "\"}]}]";
        return "{\"input\":\"dev/" + input + "\",\"findings\":" + findings + ",\"problems\":[]}\n";
    }

    @Test
    void countsFoundPlantedAndAlarms(@TempDir Path dev) throws Exception {
        Files.writeString(dev.resolve("a--planted-x.expect"), "category: attendance\nsentence: Kouchner pulled out of the meeting.\n");
        Files.writeString(dev.resolve("b--planted-y.expect"), "category: date\nsentence: It was on Saturday 6 June.\n");
        Files.writeString(dev.resolve("c--planted-z.expect"), "category: role\nsentence: Lidington, the Foreign Secretary.\n");
        String reports = report("a--planted-x.txt", "attendance", "error", "Kouchner pulled out")
                + report("b--planted-y.txt", "role", "error", "It was on Saturday 6 June") // wrong category
                + report("c--planted-z.txt", "role", "info", "Lidington, the Foreign Secretary") // info is not found
                + report("a.txt", "date", "warning", "anything") + report("a--lookalike-q.txt", null, null, null);
        String out = run(dev, reports);
        assertTrue(out.contains("| attendance | 1 | 1 | 1.00 |"), out);
        assertTrue(out.contains("| date | 1 | 0 | 0.00 |"), out);
        assertTrue(out.contains("| role | 1 | 0 | 0.00 |"), out);
        assertTrue(out.contains("| all | 3 | 1 | 0.33 |"), out);
        assertTrue(out.contains("consistent texts: 2, warnings and errors on them: 1"), out);
    }

    private static String run(Path dev, String stdin) throws Exception {
        InputStream in = System.in;
        PrintStream out = System.out;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        try {
            System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
            System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
            PlantedScore.main(new String[] {dev.toString()});
        } finally {
            System.setIn(in);
            System.setOut(out);
        }
        return buf.toString(StandardCharsets.UTF_8);
    }
}
