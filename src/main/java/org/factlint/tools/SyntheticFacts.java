package org.factlint.tools;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Makes consistent {@code factlint-facts/1} documents of any size with the shape of news
 * coverage: many events, a few people at each (with roles, affiliations, attendance, quotes),
 * and every fact backed by an evidence quote at its offsets in the article text. Used by the
 * benchmarks and the scale tests; the same size and seed always give the same document.
 *
 * <pre>
 * java -cp target/factlint.jar:target/lib/* org.factlint.tools.SyntheticFacts 10000 &gt; big.json
 * </pre>
 */
public final class SyntheticFacts {

    /** Facts made per event; the last event is cut short to reach the exact count. */
    public static final int FACTS_PER_EVENT = 22;
    private static final int PEOPLE_PER_EVENT = 3;
    private static final String[] FIRST = {"Amira", "Bogdan", "Chiara", "Dmitri", "Elif", "Farid", "Greta", "Hamza",
        "Ingrid", "Jonas", "Katya", "Luca", "Mei", "Nikolai", "Olga", "Pavel", "Quentin", "Rosa", "Stefan", "Tariq"};
    /**
     * Surname syllables: any two differ in at least two of their three letters, so that two
     * surnames are never near-miss spellings of each other (which the name rule would report).
     */
    private static final String[] SYLLABLES = {"bak", "dem", "fir", "gol", "hun", "jas", "kev", "lit", "mor", "nup",
        "pes", "rav", "sil", "tob", "vuz", "wen", "zar", "cim", "dux", "fep"};
    private static final String[] COUNTRIES = {"france", "germany", "italy", "spain", "poland", "ukraine", "uk", "us"};
    private static final String[] CITIES = {"London", "Paris", "Berlin", "Rome", "Madrid", "Warsaw", "Kyiv", "Geneva"};
    private static final LocalDate START = LocalDate.of(2025, 1, 1);

    private final int facts;
    private final StringBuilder text = new StringBuilder();
    private int sentence;

    private SyntheticFacts(int facts) {
        this.facts = facts;
    }

    /** A compact (one-line) document of exactly {@code facts} facts. */
    public static String document(int facts) {
        StringWriter out = new StringWriter();
        write(facts, out);
        return out.toString();
    }

    /** Writes a compact document of exactly {@code facts} facts. */
    public static void write(int facts, Writer out) {
        try (JsonGenerator g = new JsonFactory().createGenerator(out).disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)) {
            new SyntheticFacts(facts).write(g);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code SyntheticFacts FACTS [FILE]}: writes a document to FILE or standard output. */
    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: SyntheticFacts FACTS [FILE]");
            System.exit(2);
        }
        int n = Integer.parseInt(args[0]);
        if (args.length > 1) {
            try (Writer w = Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8)) {
                write(n, w);
                w.write('\n');
            }
        } else {
            OutputStream stdout = System.out;
            Writer w = new java.io.BufferedWriter(new java.io.OutputStreamWriter(stdout, StandardCharsets.UTF_8));
            write(n, w);
            w.write('\n');
            w.flush();
        }
    }

    private int events() {
        return Math.max(1, (facts + FACTS_PER_EVENT - 1) / FACTS_PER_EVENT);
    }

    static String person(int event, int k) {
        return "p" + event + "-" + k;
    }

    /** Distinct-looking names: a first name and a three-syllable surname spelt from the person's number. */
    static String name(int event, int k) {
        int n = event * PEOPLE_PER_EVENT + k;
        String surname = SYLLABLES[n % 20] + SYLLABLES[(n / 20) % 20] + SYLLABLES[(n / 400) % 20] + (n >= 8000 ? "ski" + n / 8000 : "");
        // the given name mixes all the digits, so that initials spread as real ones do
        String given = FIRST[(n * 7 + n / 20 * 3 + n / 400) % FIRST.length];
        return given + " " + Character.toUpperCase(surname.charAt(0)) + surname.substring(1);
    }

    private void write(JsonGenerator g) throws IOException {
        // The text comes first in the article but is made while the facts are: build the facts, then write both.
        List<Fact> made = facts();
        g.writeStartObject();
        g.writeStringField("format", "factlint-facts/1");
        g.writeObjectFieldStart("article");
        g.writeStringField("id", "synthetic-" + facts);
        g.writeStringField("headline", "Synthetic coverage of " + events() + " meetings");
        g.writeStringField("published", START.plusDays(events() + 30L).toString());
        g.writeStringField("text", text.toString());
        g.writeEndObject();
        g.writeArrayFieldStart("entities");
        for (String c : COUNTRIES) {
            entity(g, c, "country", c.length() <= 2 ? c.toUpperCase() : Character.toUpperCase(c.charAt(0)) + c.substring(1));
        }
        for (int e = 0; e < events(); e++) {
            g.writeStartObject();
            g.writeStringField("id", "e" + e);
            g.writeStringField("kind", "event");
            g.writeStringField("name", "meeting " + e);
            g.writeStringField("eventType", "talks");
            g.writeEndObject();
            for (int k = 0; k < PEOPLE_PER_EVENT; k++) {
                entity(g, person(e, k), "person", name(e, k));
            }
        }
        g.writeEndArray();
        g.writeArrayFieldStart("facts");
        for (Fact f : made) {
            f.write(g);
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void entity(JsonGenerator g, String id, String kind, String name) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", id);
        g.writeStringField("kind", kind);
        g.writeStringField("name", name);
        g.writeEndObject();
    }

    /** A fact as field pairs, with the evidence sentence it was read from. */
    private record Fact(String id, String type, List<String[]> fields, String quote, int start, int sentence) {
        void write(JsonGenerator g) throws IOException {
            g.writeStartObject();
            g.writeStringField("id", id);
            g.writeStringField("type", type);
            for (String[] f : fields) {
                switch (f[0]) {
                    case "value" -> g.writeNumberField("value", Integer.parseInt(f[1]));
                    case "current", "negated" -> g.writeBooleanField(f[0], Boolean.parseBoolean(f[1]));
                    default -> g.writeStringField(f[0], f[1]);
                }
            }
            g.writeObjectFieldStart("evidence");
            g.writeStringField("quote", quote);
            g.writeNumberField("start", start);
            g.writeNumberField("end", start + quote.length());
            g.writeNumberField("sentence", sentence);
            g.writeEndObject();
            g.writeEndObject();
        }
    }

    private List<Fact> facts() {
        List<Fact> out = new ArrayList<>(facts);
        for (int e = 0; e < events() && out.size() < facts; e++) {
            String event = "e" + e;
            String meeting = "meeting " + e;
            LocalDate date = START.plusDays(e);
            String city = CITIES[e % CITIES.length];
            String[] titles = {"Foreign Minister", "special envoy", "senior official"};
            String[] ranks = {"minister:foreign", null, "senior-official"};
            List<Fact> f = new ArrayList<>();
            for (int k = 0; k < PEOPLE_PER_EVENT; k++) {
                String p = person(e, k);
                String country = COUNTRIES[(e + k) % COUNTRIES.length];
                String n = name(e, k);
                f.add(fact("role", n + " is the " + titles[k] + " of " + country, "person", p, "title", titles[k],
                        "of", country, "rank", ranks[k]));
                f.add(fact("affiliation", n + " represents " + country, "person", p, "of", country));
                f.add(fact("attendance", n + " attended " + meeting, "event", event, "person", p, "status", "attended"));
            }
            f.add(fact("attendance", name(e, 1) + " had been due at " + meeting, "event", event, "person", person(e, 1),
                    "status", "planned"));
            f.add(fact("event-level", meeting + " was a foreign ministers meeting", "event", event,
                    "level", "minister:foreign"));
            f.add(fact("event-level", meeting + " was planned as a summit", "event", event,
                    "level", "head-of-state", "stage", "planned"));
            f.add(fact("event-date", meeting + " took place on " + date, "event", event, "date", date.toString()));
            f.add(fact("event-place", meeting + " was held in " + city, "event", event, "place", city));
            f.add(fact("presence", name(e, 0) + " was in " + city + " on " + date, "person", person(e, 0),
                    "place", city, "date", date.toString()));
            f.add(fact("quote", name(e, 0) + " said: progress was made at meeting " + e, "speaker", person(e, 0),
                    "text", "progress was made at meeting " + e, "event", event));
            f.add(fact("quote", name(e, 2) + " said: talks on point " + e + " continue", "speaker", person(e, 2),
                    "text", "talks on point " + e + " continue"));
            f.add(fact("quantity", meeting + " brought together 3 countries", "subject", event,
                    "property", "countries taking part", "value", "3", "kind", "count"));
            f.add(fact("claim", meeting + " focused on trade " + e, "subject", event, "predicate", "focused on",
                    "object", "trade " + e));
            f.add(fact("claim", meeting + " did not reach a deal", "subject", event, "predicate", "reached",
                    "object", "a deal", "negated", "true"));
            f.add(fact("claim", name(e, 1) + " welcomed the outcome of " + meeting, "subject", person(e, 1),
                    "predicate", "welcomed", "object", "the outcome"));
            if (e > 0) {
                f.add(fact("sequence", meeting + " followed meeting " + (e - 1), "before", "e" + (e - 1), "after", event));
            } else {
                f.add(fact("claim", meeting + " was the first of the series", "subject", event, "predicate", "was",
                        "object", "the first of the series"));
            }
            for (Fact x : f) {
                if (out.size() < facts) {
                    out.add(x);
                }
            }
        }
        return out;
    }

    private Fact fact(String type, String sentenceText, String... pairs) {
        List<String[]> fields = new ArrayList<>();
        for (int i = 0; i < pairs.length; i += 2) {
            if (pairs[i + 1] != null) {
                fields.add(new String[] {pairs[i], pairs[i + 1]});
            }
        }
        if (text.length() > 0) {
            text.append(' ');
        }
        int start = text.length();
        text.append(sentenceText).append('.');
        sentence++;
        return new Fact("f" + sentence, type, fields, sentenceText, start, sentence);
    }
}
