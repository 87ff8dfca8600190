package org.factlint.tools;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.factlint.extract.ArticleText;
import org.factlint.extract.Extractor;

/**
 * Scores an extractor against gold facts: per fact type, how many extracted facts are in the
 * gold (precision) and how many gold facts were extracted (recall). Facts are compared by what
 * they say, not by ids: people, countries and places by name or alias, events by the evidence
 * their facts share (an extracted event is the gold event whose facts' evidence overlaps its own
 * most). Claims are counted in the gold but not compared (the built-in extractor reads none).
 *
 * <pre>
 * java -cp target/factlint.jar:target/lib/* org.factlint.tools.ExtractionScore [--extractor builtin|model|both] [--model-cache DIR] devset/dev/*.facts.json
 * </pre>
 */
public final class ExtractionScore {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Counts of one fact type. */
    public static final class Tally {
        public int extracted;
        public int correct;
        public int gold;
        public int found;

        public double precision() {
            return extracted == 0 ? Double.NaN : (double) correct / extracted;
        }

        public double recall() {
            return gold == 0 ? Double.NaN : (double) found / gold;
        }
    }

    private final Map<String, Tally> byType = new TreeMap<>();
    private final List<String> misses = new ArrayList<>();

    /** Scores one article: {@code gold} is a factlint-facts/1 document with the article's text. */
    public void add(JsonNode gold, Extractor extractor) throws IOException {
        JsonNode a = gold.get("article");
        String published = a.path("published").asText(null);
        LocalDate date = published == null ? null : LocalDate.parse(published.substring(0, 10));
        ArticleText article = new ArticleText(a.get("id").asText(), a.path("headline").asText(null),
                a.path("standfirst").asText(null), published, date, null, a.get("text").asText());
        org.factlint.extract.Extracted e = extractor.extractWithProblems(article);
        e.problems().forEach(p -> System.err.println(article.id() + ": " + p));
        // an article the extractor failed on counts as nothing extracted: its gold facts are missed
        add(gold, JSON.readTree(e.json() != null ? e.json() : "{\"entities\":[],\"facts\":[]}"));
    }

    /** Scores one extracted document against its gold. */
    public void add(JsonNode gold, JsonNode got) {
        Map<String, String> goldNames = names(gold);
        Map<String, String> gotNames = names(got);
        Map<String, String> eventAlign = alignEvents(gold, got);
        List<List<String>> goldKeys = new ArrayList<>();
        Set<String> goldSet = new HashSet<>();
        for (JsonNode f : gold.get("facts")) {
            String type = f.get("type").asText();
            tally(type).gold++;
            List<String> keys = keys(f, ref -> goldNames.getOrDefault(ref, norm(ref)));
            goldKeys.add(keys);
            goldSet.addAll(keys);
        }
        Set<String> matched = new HashSet<>();
        String id = gold.get("article").get("id").asText();
        for (JsonNode f : got.get("facts")) {
            String type = f.get("type").asText();
            Tally t = tally(type);
            t.extracted++;
            List<String> keys = keys(f, ref -> eventAlign.containsKey(ref) ? eventAlign.get(ref) : gotNames.getOrDefault(ref, norm(ref)));
            List<String> hits = keys.stream().filter(goldSet::contains).toList();
            if (hits.isEmpty() && type.equals("role")) {
                hits = shorterTitle(keys.get(0), goldSet);
            }
            if (!hits.isEmpty()) {
                t.correct++;
                matched.addAll(hits);
            } else {
                misses.add(id + "  extra  " + keys + "  << " + f.path("evidence").path("quote").asText());
            }
        }
        for (List<String> keys : goldKeys) {
            if (keys.stream().anyMatch(matched::contains)) {
                tally(keys.get(0).substring(0, keys.get(0).indexOf('|'))).found++;
            }
        }
    }

    /**
     * A role whose title is a shorter form of a gold title for the same person ("Secretary" for
     * "Secretary of State", "Minister" for "Minister of Defense") says nothing wrong: it matches.
     */
    private static List<String> shorterTitle(String key, Set<String> gold) {
        String[] k = key.split("\\|", -1);
        Set<String> words = Set.copyOf(List.of(k[2].split(" ")));
        for (String g : gold) {
            String[] gk = g.split("\\|", -1);
            if (gk[0].equals("role") && gk[1].equals(k[1]) && Set.copyOf(List.of(gk[2].split(" "))).containsAll(words)) {
                return List.of(g);
            }
        }
        return List.of();
    }

    private Tally tally(String type) {
        return byType.computeIfAbsent(type, k -> new Tally());
    }

    public Map<String, Tally> byType() {
        return byType;
    }

    /** Extracted facts that are not in the gold, for looking at what went wrong. */
    public List<String> extras() {
        return misses;
    }

    /** Entity id to a comparable name: persons by surname, others by name; countries' aliases folded. */
    private static Map<String, String> names(JsonNode doc) {
        Map<String, String> out = new HashMap<>();
        for (JsonNode e : doc.get("entities")) {
            String kind = e.path("kind").asText();
            String name = e.path("name").asText();
            String n = kind.equals("person") ? surname(name) : kind.equals("event") ? "event:" + norm(name) : norm(name);
            out.put(e.get("id").asText(), n);
        }
        return out;
    }

    private static String surname(String name) {
        String[] w = name.trim().replace(",", " ").split("\\s+");
        int last = w.length - 1;
        // "Joseph R. Biden, Jr.", "Lloyd J. Austin III": the surname is before the suffix
        if (last > 0 && java.util.Set.of("jr", "jr.", "sr", "sr.", "ii", "iii", "iv").contains(w[last].toLowerCase(Locale.ROOT))) {
            last--;
        }
        return norm(w[last]);
    }

    /** The bundled lexicon, for the city a building stands in. */
    private static final org.factlint.extract.read.Lexicon LEXICON = org.factlint.extract.read.Lexicon.bundled();

    /**
     * A place as compared: a building whose city the lexicon knows (gold "downing-street", "white-house")
     * is that city, as the extractor writes it ("met at Downing Street" is a meeting in London).
     */
    private static String place(String id, java.util.function.UnaryOperator<String> ref) {
        String seat = LEXICON.seat(id);
        return seat != null ? norm(seat) : ref.apply(id);
    }

    /** Lower case, letters and digits only; "the United States" and "US" stay different (see CANON). */
    static String norm(String s) {
        String n = s == null ? "" : s.toLowerCase(Locale.ROOT).replaceAll("^the ", "").replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
        return CANON.getOrDefault(n, n);
    }

    private static final Map<String, String> CANON = Map.of("us", "united states", "u s", "united states", "usa",
            "united states", "uk", "united kingdom", "britain", "united kingdom", "great britain", "united kingdom");

    /**
     * What a fact says, as comparable keys (an event date is known by its date and by its words,
     * so either matches); none for facts not compared (claims).
     */
    private static List<String> keys(JsonNode f, java.util.function.UnaryOperator<String> ref) {
        String type = f.get("type").asText();
        if (type.equals("event-date")) {
            String event = type + "|" + ref.apply(f.path("event").asText()) + "|";
            List<String> keys = new ArrayList<>();
            if (f.has("date")) {
                keys.add(event + f.get("date").asText());
            }
            if (f.has("expression")) {
                keys.add(event + norm(f.get("expression").asText()).replaceAll("^on ", ""));
            }
            return keys;
        }
        String key = switch (type) {
            case "role" -> type + "|" + ref.apply(f.path("person").asText()) + "|" + norm(f.path("title").asText());
            case "affiliation" -> type + "|" + ref.apply(f.path("person").asText()) + "|" + ref.apply(f.path("of").asText());
            case "attendance" -> type + "|" + ref.apply(f.path("event").asText()) + "|"
                    + ref.apply(f.has("person") ? f.path("person").asText() : f.path("party").asText()) + "|" + f.path("status").asText();
            case "event-level" -> type + "|" + ref.apply(f.path("event").asText()) + "|" + f.path("level").asText() + "|"
                    + f.path("stage").asText("actual");
            case "event-place" -> type + "|" + ref.apply(f.path("event").asText()) + "|" + place(f.path("place").asText(), ref);
            case "presence" -> type + "|" + ref.apply(f.path("person").asText()) + "|" + ref.apply(f.path("place").asText());
            case "quote" -> type + "|" + ref.apply(f.path("speaker").asText()) + "|" + norm(f.path("text").asText());
            case "quantity" -> type + "|" + f.path("kind").asText() + "|" + f.path("value").asText();
            case "sequence" -> type + "|" + ref.apply(f.path("before").asText()) + "|" + ref.apply(f.path("after").asText());
            default -> type + "|not compared";
        };
        return List.of(key);
    }

    /** Extracted event id to the gold event's comparable name, by overlapping evidence of facts about them. */
    private static Map<String, String> alignEvents(JsonNode gold, JsonNode got) {
        Map<String, String> goldNames = names(gold);
        Map<String, String> gotNames = names(got);
        Map<String, Map<String, Integer>> votes = new HashMap<>();
        for (JsonNode g : got.get("facts")) {
            for (String field : List.of("event", "before", "after", "subject")) {
                String ev = g.path(field).asText(null);
                // only events are aligned by evidence (a quantity's subject may be a person)
                if (ev == null || !gotNames.getOrDefault(ev, "").startsWith("event:")) {
                    continue;
                }
                for (JsonNode f : gold.get("facts")) {
                    String gev = f.path(field).asText(null);
                    if (gev != null && goldNames.getOrDefault(gev, "").startsWith("event:") && overlaps(f, g)) {
                        votes.computeIfAbsent(ev, k -> new HashMap<>()).merge(goldNames.get(gev), 1, Integer::sum);
                    }
                }
            }
        }
        Map<String, String> out = new LinkedHashMap<>();
        votes.forEach((ev, v) -> out.put(ev, v.entrySet().stream().max(Map.Entry.comparingByValue()).get().getKey()));
        return out;
    }

    private static boolean overlaps(JsonNode a, JsonNode b) {
        if (!a.path("source").asText("body").equals(b.path("source").asText("body"))) {
            return false;
        }
        JsonNode ea = a.path("evidence");
        JsonNode eb = b.path("evidence");
        if (ea.isArray()) {
            ea = ea.path(0);
        }
        if (!ea.has("start") || !eb.has("start")) {
            return false;
        }
        return ea.get("start").asInt() < eb.get("end").asInt() && eb.get("start").asInt() < ea.get("end").asInt();
    }

    /** Prints the table for the gold files given (each a factlint-facts/1 document with its text). */
    public static void main(String[] args) throws IOException {
        ExtractionScore score = new ExtractionScore();
        String choice = org.factlint.extract.Extractors.BUILTIN;
        boolean verbose = false;
        Path cache = null;
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--extractor") && i + 1 < args.length) {
                choice = args[++i];
            } else if (a.equals("--model-cache") && i + 1 < args.length) {
                cache = Path.of(args[++i]);
            } else if (a.equals("--verbose")) {
                verbose = true;
            } else if (Files.isDirectory(Path.of(a))) {
                try (Stream<Path> s = Files.walk(Path.of(a))) {
                    s.filter(p -> p.toString().endsWith(".facts.json")).sorted().forEach(files::add);
                }
            } else {
                files.add(Path.of(a));
            }
        }
        // model and both read the endpoint from FACTLINT_MODEL_URL, FACTLINT_MODEL and FACTLINT_MODEL_KEY
        Extractor extractor = org.factlint.extract.model.ModelExtractors.configure(choice,
                choice.equals(org.factlint.extract.Extractors.BUILTIN) ? null
                        : org.factlint.extract.model.ModelConfig.of(null, null, System.getenv()).withCacheFolder(cache))
                .get(choice);
        for (Path p : files) {
            score.add(JSON.readTree(p.toFile()), extractor);
        }
        System.out.println(table(score, files.size()));
        if (verbose) {
            score.extras().forEach(System.out::println);
        }
    }

    /** The scores as a Markdown table. */
    public static String table(ExtractionScore score, int articles) {
        StringBuilder sb = new StringBuilder();
        sb.append("| fact type | gold | extracted | correct | precision | recall |\n|---|---:|---:|---:|---:|---:|\n");
        Tally all = new Tally();
        for (Map.Entry<String, Tally> e : score.byType().entrySet()) {
            Tally t = e.getValue();
            sb.append(String.format(Locale.ROOT, "| %s | %d | %d | %d | %s | %s |%n", e.getKey(), t.gold, t.extracted,
                    t.correct, pct(t.precision()), pct(t.recall())));
            if (!e.getKey().equals("claim")) {
                all.gold += t.gold;
                all.extracted += t.extracted;
                all.correct += t.correct;
                all.found += t.found;
            }
        }
        sb.append(String.format(Locale.ROOT, "| all but claims (%d articles) | %d | %d | %d | %s | %s |%n", articles, all.gold,
                all.extracted, all.correct, pct(all.precision()), pct(all.recall())));
        return sb.toString();
    }

    private static String pct(double v) {
        return Double.isNaN(v) ? "–" : String.format(Locale.ROOT, "%.2f", v);
    }
}
