package org.factlint.tools;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.factlint.ArticleInput;
import org.factlint.Checker;
import org.factlint.Finding;
import org.factlint.Report;
import org.factlint.Severity;

/**
 * Scores factlint end to end, from text, on a dev-set folder: every {@code NAME.txt} is checked as
 * an editor would check it ({@code factlint check NAME.txt}, the built-in extractor, the bundled
 * rules). A text with a {@code NAME.expect} beside it carries a planted contradiction: it is found
 * when a warning or error of the expected category has evidence in the planted sentence (the
 * sentence contains the evidence quote, or the quote contains the sentence). A finding that only
 * reached {@code info} (it rests on a fact below the confidence threshold) is counted apart, as
 * "info only": an editor sees it as "needs a look", not as an error. Every other text (the real
 * article as published, and the consistent look-alikes, {@code --lookalike-}) must get no warning
 * or error; each one it gets is listed.
 *
 * <pre>
 * java -cp target/factlint.jar:target/lib/* org.factlint.tools.EndToEndScore devset/dev [devset/test]
 * </pre>
 *
 * <p>{@code .expect} files hold {@code category: X} and {@code sentence: S} lines, one pair per
 * planted contradiction.
 */
public final class EndToEndScore {

    /** One planted contradiction: its category and the sentence that carries it. */
    record Planted(String category, String sentence) {
    }

    /** Found, found as info only, and planted, per category. */
    static final class Tally {
        int planted;
        int found;
        int infoOnly;
    }

    private final Checker checker;
    private final Map<String, Tally> byCategory = new TreeMap<>();
    private final List<String> misses = new ArrayList<>();
    private final List<String> alarms = new ArrayList<>();
    private int consistentTexts;
    private int plantedTexts;

    EndToEndScore(Checker checker) {
        this.checker = checker;
    }

    void add(Path text) throws IOException {
        String name = text.getFileName().toString();
        Report report = checker.checkText(
                ArticleInput.plain(Files.readString(text, StandardCharsets.UTF_8)).fileName(name), name);
        Path expect = text.resolveSibling(name.replaceFirst("\\.txt$", ".expect"));
        if (!report.checked()) {
            alarms.add(name + ": not checked: " + report.problems());
        }
        if (Files.exists(expect)) {
            plantedTexts++;
            for (Planted p : planted(expect)) {
                Tally t = byCategory.computeIfAbsent(p.category(), c -> new Tally());
                t.planted++;
                if (covers(report, p, false)) {
                    t.found++;
                } else if (covers(report, p, true)) {
                    t.infoOnly++;
                    misses.add(name + ": " + p.category() + " found as info only");
                } else {
                    misses.add(name + ": " + p.category() + " missed: " + p.sentence());
                }
            }
        } else {
            consistentTexts++;
            for (Finding f : report.findings()) {
                if (f.severity() != Severity.INFO) {
                    alarms.add(name + ": " + f.severity().name().toLowerCase() + " " + f.rule() + ": " + f.message());
                }
            }
        }
    }

    private static boolean covers(Report report, Planted p, boolean infoToo) {
        String sentence = normal(p.sentence());
        for (Finding f : report.findings()) {
            if (!f.category().equals(p.category()) || (!infoToo && f.severity() == Severity.INFO)) {
                continue;
            }
            for (Finding.Evidence e : f.evidence()) {
                String quote = e.quote() == null ? "" : normal(e.quote());
                if (!quote.isEmpty() && (sentence.contains(quote) || quote.contains(sentence))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String normal(String s) {
        return s.replace('\u2019', '\'').replace('\u2018', '\'').replaceAll("\\s+", " ").strip();
    }

    static List<Planted> planted(Path expect) throws IOException {
        List<Planted> out = new ArrayList<>();
        String category = null;
        for (String line : Files.readAllLines(expect, StandardCharsets.UTF_8)) {
            if (line.startsWith("category:")) {
                category = line.substring(9).strip();
            } else if (line.startsWith("sentence:") && category != null) {
                out.add(new Planted(category, line.substring(9).strip()));
                category = null;
            }
        }
        if (out.isEmpty()) {
            throw new IOException(expect + ": no 'category:' line followed by a 'sentence:' line");
        }
        return out;
    }

    String table(String title) {
        StringBuilder sb = new StringBuilder();
        sb.append("## ").append(title).append("\n\n");
        sb.append("| category | planted | found (warning/error) | info only | recall |\n|---|---:|---:|---:|---:|\n");
        int planted = 0;
        int found = 0;
        int info = 0;
        for (Map.Entry<String, Tally> e : byCategory.entrySet()) {
            Tally t = e.getValue();
            planted += t.planted;
            found += t.found;
            info += t.infoOnly;
            sb.append(String.format("| %s | %d | %d | %d | %s |%n", e.getKey(), t.planted, t.found, t.infoOnly,
                    percent(t.found, t.planted)));
        }
        sb.append(String.format("| **all** | %d | %d | %d | %s |%n%n", planted, found, info, percent(found, planted)));
        sb.append(String.format("Consistent texts (real articles and look-alikes): %d, warnings or errors on them: %d.%n",
                consistentTexts, alarms.size()));
        return sb.toString();
    }

    private static String percent(int part, int whole) {
        return whole == 0 ? "-" : Math.round(100.0 * part / whole) + "%";
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            System.err.println("usage: EndToEndScore DEVSET-FOLDER...   (folders of NAME.txt with NAME.expect for planted texts)");
            System.exit(2);
        }
        Checker checker = Checker.builder().build();
        for (String arg : args) {
            Path folder = Path.of(arg);
            EndToEndScore score = new EndToEndScore(checker);
            List<Path> texts;
            try (Stream<Path> s = Files.list(folder)) {
                texts = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
            }
            for (Path t : texts) {
                score.add(t);
            }
            System.out.println(score.table(folder + ": " + texts.size() + " texts, " + score.plantedTexts + " with a planted contradiction"));
            score.misses.forEach(m -> System.out.println("- " + m));
            score.alarms.forEach(a -> System.out.println("- ALARM " + a));
            System.out.println();
        }
    }
}
