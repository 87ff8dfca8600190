package org.factlint.tools;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Scores reports of the dev set's texts end to end: reads {@code factlint check --format json}
 * reports (one per line, on standard input) of the texts of a folder such as {@code devset/dev},
 * and prints per category how many planted contradictions were found (a variant
 * {@code NAME--planted-X.txt} has {@code NAME--planted-X.expect} with {@code category:} and
 * {@code sentence:}; found = a finding of that category at warning or error whose evidence overlaps
 * the planted sentence), and how many warnings and errors the consistent texts (the originals and
 * the {@code --lookalike-} variants) drew. Texts whose report is unchecked are counted apart.
 *
 * <pre>
 * ./factlint check --format json --fail-on never devset/dev/*.txt | java -cp ... org.factlint.tools.PlantedScore devset/dev
 * </pre>
 */
public final class PlantedScore {

    private static final ObjectMapper JSON = new ObjectMapper();

    private PlantedScore() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: PlantedScore FOLDER < reports.jsonl");
            System.exit(2);
        }
        Path folder = Path.of(args[0]);
        Map<String, int[]> planted = new TreeMap<>(); // category -> {planted, found}
        int consistent = 0;
        int alarms = 0;
        int unchecked = 0;
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        for (String line; (line = in.readLine()) != null; ) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode report = JSON.readTree(line);
            String name = Path.of(report.path("input").asText()).getFileName().toString();
            boolean checked = report.path("problems").findValues("severity").stream().noneMatch(s -> s.asText().equals("error"));
            Path expect = folder.resolve(name.replaceFirst("\\.(txt|md|html)$", ".expect"));
            if (!checked) {
                unchecked++;
            }
            if (name.contains("--planted-") && Files.exists(expect)) {
                Map<String, String> e = expectation(expect);
                int[] tally = planted.computeIfAbsent(e.get("category"), k -> new int[2]);
                tally[0]++;
                if (found(report, e.get("category"), e.get("sentence"))) {
                    tally[1]++;
                }
            } else {
                consistent++;
                for (JsonNode f : report.path("findings")) {
                    String s = f.path("severity").asText();
                    alarms += s.equals("error") || s.equals("warning") ? 1 : 0;
                }
            }
        }
        StringBuilder sb = new StringBuilder("| category | planted | found | recall |\n|---|---:|---:|---:|\n");
        int all = 0;
        int hit = 0;
        for (Map.Entry<String, int[]> e : planted.entrySet()) {
            sb.append(String.format(Locale.ROOT, "| %s | %d | %d | %.2f |%n", e.getKey(), e.getValue()[0], e.getValue()[1],
                    e.getValue()[1] / (double) e.getValue()[0]));
            all += e.getValue()[0];
            hit += e.getValue()[1];
        }
        sb.append(String.format(Locale.ROOT, "| all | %d | %d | %s |%n", all, hit, all == 0 ? "–"
                : String.format(Locale.ROOT, "%.2f", hit / (double) all)));
        sb.append(String.format(Locale.ROOT, "%nconsistent texts: %d, warnings and errors on them: %d; texts not checked "
                + "(extraction failed): %d%n", consistent, alarms, unchecked));
        System.out.print(sb);
    }

    private static Map<String, String> expectation(Path file) throws IOException {
        Map<String, String> out = new TreeMap<>();
        for (String l : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            int colon = l.indexOf(':');
            if (colon > 0) {
                out.put(l.substring(0, colon).strip(), l.substring(colon + 1).strip());
            }
        }
        return out;
    }

    private static boolean found(JsonNode report, String category, String sentence) {
        for (JsonNode f : report.path("findings")) {
            String s = f.path("severity").asText();
            if (!f.path("category").asText().equals(category) || !(s.equals("error") || s.equals("warning"))) {
                continue;
            }
            for (JsonNode ev : f.path("evidence")) {
                String quote = ev.path("quote").asText();
                if (!quote.isEmpty() && (sentence.contains(quote) || quote.contains(sentence))) {
                    return true;
                }
            }
        }
        return false;
    }
}
