package org.factlint.extract.read;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The words the extractor knows, kept as data: countries and their adjectives and capitals,
 * organisations and groups, cities, and the phrases that state attendance, name events, give
 * levels or hedge a statement. Each list is a tab-separated file with a header naming its source
 * and licence; the bundled ones are in {@code org/factlint/extract/gazetteer/}. A newsroom can
 * copy that folder, add its own lines and load it with {@link #load(Path)}. Immutable once loaded;
 * shared by every extraction.
 */
public final class Lexicon {

    /** Something the gazetteers know by name: a country, an organisation or group, a place. */
    public record Known(String id, String kind, String name, How how) {
    }

    /** How a gazetteer phrase names what it knows. */
    public enum How { NAME, ADJECTIVE, CAPITAL, CITY, REGION }

    /**
     * An attendance phrase: the status it states, what is named right after it (its slot), and
     * whether it is said only of people ("was represented by his deputy": a person was absent,
     * while a country "represented by its ambassador" took part).
     */
    public record AttendanceCue(String status, Slot slot, boolean peopleOnly) {

        /**
         * What an attendance phrase's last word is followed by: "{event}", "{place}" (a journey's
         * place), "{elsewhere}" (a place the person stayed at) or nothing.
         */
        public enum Slot { NONE, EVENT, PLACE, ELSEWHERE }

        public boolean eventFollows() {
            return slot == Slot.EVENT;
        }

        public boolean placeFollows() {
            return slot == Slot.PLACE;
        }

        public boolean elsewhereFollows() {
            return slot == Slot.ELSEWHERE;
        }
    }

    /** An event word: its type, and its family (definite mentions of one family are one event). */
    public record EventWord(String eventType, String family) {
    }

    public static final String BUNDLED = "org/factlint/extract/gazetteer/";
    private static final String CITIES = "org/factlint/engine/helpers/places.tsv";

    final Phrases<Known> names = Phrases.matchingCase();
    final Phrases<AttendanceCue> attendance = Phrases.ignoringCase();
    final Phrases<EventWord> events = Phrases.ignoringCase();
    final Phrases<String> levels = Phrases.ignoringCase();
    /** Level words that give a level only in "at X level" or "at the level of X". */
    final Phrases<String> levelsAt = Phrases.ignoringCase();
    final Map<String, String> cues = new HashMap<>();
    final Map<String, Known> byId = new HashMap<>();
    private final Set<String> regions = new HashSet<>();

    private Lexicon() {
    }

    private static final class Bundled {
        static final Lexicon LEXICON = load(null);
    }

    /**
     * Whom an office speaks for: the holder of a rank in a country ("Downing Street" speaks for
     * the United Kingdom's head of government).
     */
    public record SpeaksFor(org.factlint.model.Rung rung, String country) {
        static SpeaksFor parse(String s) {
            int at = s.indexOf('@');
            if (at < 0) {
                return null;
            }
            java.util.Optional<org.factlint.model.Rank> r = org.factlint.model.Rank.parse(s.substring(0, at).trim());
            String country = s.substring(at + 1).trim();
            return r.isEmpty() || country.isEmpty() ? null : new SpeaksFor(r.get().rung(), country);
        }
    }

    /** Offices that speak for a principal, by organisation id. */
    private final Map<String, SpeaksFor> speaksFor = new HashMap<>();
    /** An organisation's building and the city it stands in ("White House": Washington), by organisation id. */
    private final Map<String, String> seats = new HashMap<>();
    private final Map<String, String> capitalNames = new HashMap<>();

    /** The place a matched phrase names: the capital's own name for "Indian capital", else the phrase. */
    public String placeName(String phrase) {
        return capitalNames.getOrDefault(phrase, phrase);
    }

    /** The city an organisation's building stands in ("at the White House" is in Washington), or null. */
    public String seat(String organisationId) {
        return seats.get(organisationId);
    }

    /** Whom the organisation with this id speaks for, or null. */
    public SpeaksFor speaksFor(String organisationId) {
        return speaksFor.get(organisationId);
    }

    /** The bundled lexicon (loaded once). */
    public static Lexicon bundled() {
        return Bundled.LEXICON;
    }

    /** The files a lexicon folder holds, and how many columns each row of them needs at least. */
    public static final Map<String, Integer> FILES = Map.of("countries.tsv", 2, "organisations.tsv", 3,
            "attendance.tsv", 2, "events.tsv", 3, "levels.tsv", 2, "cues.tsv", 2);
    private static final java.util.Set<String> STATUSES = WordSet.of("attended", "absent", "withdrew", "declined",
            "planned", "invited");

    /** A lexicon folder that cannot be used: every problem found, each with its file and line. */
    public static final class LexiconException extends IllegalArgumentException {
        private final List<String> problems;

        LexiconException(Path folder, List<String> problems) {
            super("lexicon " + folder + ": " + String.join("; ", problems));
            this.problems = List.copyOf(problems);
        }

        public List<String> problems() {
            return problems;
        }
    }

    /**
     * The lexicon in {@code folder} (a copy of the bundled one, extended), or the bundled one for
     * null. A folder is checked whole before it is used: a missing file, a row with too few
     * columns, an unknown attendance status or level refuses it with every problem listed.
     *
     * @throws LexiconException if the folder cannot be used
     */
    public static Lexicon load(Path folder) {
        if (folder != null) {
            List<String> problems = check(folder);
            if (!problems.isEmpty()) {
                throw new LexiconException(folder, problems);
            }
        }
        Lexicon lx = new Lexicon();
        lx.read(folder, "countries.tsv", cols -> {
            String id = cols[0];
            lx.known(new Known(id, "country", cols[1], How.NAME), cols[1]);
            lx.known(new Known(id, "country", cols[1], How.NAME), split(col(cols, 2)));
            lx.known(new Known(id, "country", cols[1], How.ADJECTIVE), split(col(cols, 3)));
            List<String> capitals = split(col(cols, 4));
            lx.known(new Known(id, "country", cols[1], How.CAPITAL), capitals);
            // "the Indian capital": the country's first capital, by its adjective
            for (String adjective : capitals.isEmpty() ? List.<String>of() : split(col(cols, 3))) {
                String phrase = adjective + " capital";
                lx.known(new Known(id, "country", cols[1], How.CAPITAL), phrase);
                lx.capitalNames.put(phrase, capitals.get(0));
            }
        });
        lx.read(folder, "organisations.tsv", cols -> {
            Known k = new Known(cols[0], cols[1], cols[2], How.NAME);
            lx.known(k, cols[2]);
            lx.known(k, split(col(cols, 3)));
            lx.known(new Known(cols[0], cols[1], cols[2], How.ADJECTIVE), split(col(cols, 4)));
            SpeaksFor office = SpeaksFor.parse(col(cols, 5));
            if (office != null) {
                lx.speaksFor.put(cols[0], office);
            }
            if (!col(cols, 6).isBlank()) {
                lx.seats.put(cols[0], col(cols, 6).trim());
            }
        });
        lx.read(folder, "attendance.tsv", cols -> {
            String phrase = cols[0].trim();
            AttendanceCue.Slot slot = AttendanceCue.Slot.NONE;
            for (AttendanceCue.Slot each : AttendanceCue.Slot.values()) {
                if (phrase.endsWith("{" + each.name().toLowerCase(Locale.ROOT) + "}")) {
                    slot = each;
                    phrase = phrase.substring(0, phrase.lastIndexOf('{')).trim();
                }
            }
            lx.attendance.add(phrase, new AttendanceCue(cols[1].trim(), slot, cols.length > 2 && cols[2].trim().equals("people")));
        });
        lx.read(folder, "events.tsv", cols -> lx.events.add(cols[0], new EventWord(cols[1].trim(), cols[2].trim())));
        lx.read(folder, "levels.tsv", cols -> {
            lx.levelsAt.add(cols[0], cols[1].trim());
            if (cols.length < 3 || !cols[2].trim().equals("at")) {
                lx.levels.add(cols[0], cols[1].trim());
            }
        });
        lx.read(folder, "cues.tsv", cols -> lx.cues.put(cols[0].trim().toLowerCase(), cols[1].trim()));
        lx.readCities();
        return lx;
    }

    private static List<String> check(Path folder) {
        List<String> problems = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return List.of("not a folder");
        }
        for (Map.Entry<String, Integer> f : new java.util.TreeMap<>(FILES).entrySet()) {
            Path file = folder.resolve(f.getKey());
            if (!Files.isRegularFile(file)) {
                problems.add(f.getKey() + ": missing (copy it from the bundled lexicon: src/main/resources/" + BUNDLED + ")");
                continue;
            }
            try {
                List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
                for (int n = 1; n <= lines.size(); n++) {
                    String line = lines.get(n - 1);
                    if (line.isBlank() || line.startsWith("#")) {
                        continue;
                    }
                    String[] cols = line.split("\t", -1);
                    String where = f.getKey() + ":" + n + ": ";
                    if (cols.length < f.getValue() || cols[0].isBlank()) {
                        problems.add(where + "expected " + f.getValue() + " tab-separated columns but found " + cols.length);
                    } else if (f.getKey().equals("attendance.tsv") && !STATUSES.contains(cols[1].trim())) {
                        problems.add(where + "expected a status (attended, absent, withdrew, declined, planned, invited) but found '"
                                + cols[1].trim() + "'");
                    } else if (f.getKey().equals("organisations.tsv") && !col(cols, 5).isBlank()
                            && SpeaksFor.parse(col(cols, 5)) == null) {
                        problems.add(where + "expected whom the office speaks for as RANK@COUNTRY-ID (head-of-government@uk) but found '"
                                + col(cols, 5).trim() + "'");
                    } else if (f.getKey().equals("levels.tsv") && org.factlint.model.Level.parse(cols[1].trim()).isEmpty()) {
                        problems.add(where + "expected a level of the facts format but found '" + cols[1].trim() + "'");
                    }
                }
            } catch (IOException | UncheckedIOException e) {
                problems.add(f.getKey() + ": cannot be read as UTF-8 text: " + e.getMessage());
            }
        }
        return problems;
    }

    private void known(Known k, String... phrases) {
        for (String p : phrases) {
            if (!p.isBlank()) {
                names.add(p.trim(), k);
                // "the UK" is written "the UK"; the article is matched apart
            }
        }
        byId.putIfAbsent(k.id(), k);
    }

    private void known(Known k, List<String> phrases) {
        known(k, phrases.toArray(String[]::new));
    }

    private static String col(String[] cols, int i) {
        return i < cols.length ? cols[i] : "";
    }

    private static List<String> split(String s) {
        List<String> out = new ArrayList<>();
        for (String p : s.split("\\|")) {
            if (!p.isBlank()) {
                out.add(p.trim());
            }
        }
        return out;
    }

    private void readCities() {
        try (InputStream in = Lexicon.class.getClassLoader().getResourceAsStream(CITIES)) {
            if (in == null) {
                return;
            }
            lines(in, cols -> {
                // the country code of each country, place and territory, to tell "Athens, Georgia" from Athens
                if (cols.length >= 4 && cols[0].equals("country")) {
                    for (String n : split(cols[3])) {
                        countryCodes.putIfAbsent(n.toLowerCase(java.util.Locale.ROOT), cols[1]);
                    }
                }
                // a territory ("Hawaii", "Scotland", "Greenland") is a place too, one that holds cities
                boolean region = cols.length >= 4 && cols[0].equals("territory");
                if (cols.length >= 4 && (cols[0].equals("city") || region)) {
                    List<String> names = split(cols[3]);
                    if (!names.isEmpty()) {
                        String id = names.get(0).toLowerCase().replace(' ', '-');
                        Known k = new Known(id, "place", names.get(0), region ? How.REGION : How.CITY);
                        if (region) {
                            regions.add(id);
                        }
                        // (a disputed city's or territory's country is not known: "?")
                        if (!cols[2].equals("?")) {
                            countryCodes.putIfAbsent("place:" + id, region ? cols[2] : cols[1]);
                        }
                        for (String n : names) {
                            // a capital already known as its country's government stays so; "in London" is read as a place by the reader
                            if (this.names.at(Splitter.tokens(n), 0) == null) {
                                this.names.add(n, k);
                            }
                        }
                    }
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void read(Path folder, String file, Consumer<String[]> row) {
        try (InputStream in = folder != null ? Files.newInputStream(folder.resolve(file))
                : Lexicon.class.getClassLoader().getResourceAsStream(BUNDLED + file)) {
            if (in == null) {
                throw new IllegalStateException("missing bundled lexicon file " + file);
            }
            lines(in, row);
        } catch (IOException e) {
            throw new UncheckedIOException(folder + "/" + file + ": " + e.getMessage(), e);
        }
    }

    private static void lines(InputStream in, Consumer<String[]> row) throws IOException {
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        for (String line; (line = r.readLine()) != null; ) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            row.accept(line.split("\t", -1));
        }
    }

    /** The city a capital's name stands for when it is a place ("in London"), if the gazetteer knows one. */
    public Known capitalAsPlace(String name) {
        String id = name.toLowerCase().replace(' ', '-');
        return new Known(id, "place", name, How.CITY);
    }

    /** Country codes (ISO 3166) of countries by lower-case name, and of listed places by "place:" and id. */
    private final Map<String, String> countryCodes = new HashMap<>();

    /**
     * The country code of what a gazetteer phrase names: a country's (or its capital's) code, a
     * listed city's or territory's country; null when the gazetteer does not say.
     */
    public String countryCode(Known k) {
        return k.kind().equals("country") ? countryCodes.get(k.name().toLowerCase(java.util.Locale.ROOT))
                : countryCodes.get("place:" + k.id());
    }

    /** Whether the place entity with this id is a region that holds cities ("hawaii"), not a city. */
    public boolean isRegion(String id) {
        return regions.contains(id);
    }

    public Known byId(String id) {
        return byId.get(id);
    }
}
