package org.factlint.engine.helpers;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.factlint.model.Entity;
import org.factlint.model.EntityKind;
import org.factlint.model.FactsDocument;
import org.factlint.model.Text;

/**
 * Tells whether two places an article gives (entity ids or free text) are certainly different
 * places, neither inside the other. The answer is "different" only when it can be proved; in
 * doubt it is "maybe the same", and the place rules stay silent:
 * <ul>
 * <li>an entity and free text naming it (its name or an alias), or two texts alike after
 *     normalisation, are the same place;</li>
 * <li>a place whose {@code members} (followed through other entities) include the other
 *     contains it;</li>
 * <li>otherwise both must be in the built-in gazetteer: the hand list ({@code places.tsv}:
 *     countries, territories, about 340 cities with their disputes and shared names) and
 *     GeoNames' cities of 15,000 people or more ({@code cities15000.tsv}): two different
 *     cities, a city and a country it is not in, two different countries. A city and its
 *     country, a venue ("Lancaster House"), a region ("the Gulf"), or any place not listed may
 *     be the same place or inside the other.</li>
 * </ul>
 * A name the hand list knows means what it says there ("Paris" is the one in France; a name it
 * marks {@code ~} may be a city elsewhere). A name only GeoNames knows that several cities share
 * (Springfield) stands for all of them, and two places are different only if every reading of
 * each is different from every reading of the other. A city whose first-level region is named like another city ("Washington"
 * the state, of Seattle; "Kharkiv" the oblast, of Izium) may be inside it.
 */
public final class Places {

    private enum Kind { COUNTRY, TERRITORY, CITY }

    /**
     * One place of the gazetteer.
     *
     * @param keys   its names, as compared
     * @param root   the sovereign country it belongs to, or null if that is disputed
     * @param region for a city, the key of the listed city whose name also names the region it is
     *               in (Kramatorsk: donetsk); else null
     * @param shared a city whose name is also a city elsewhere (Cambridge, Massachusetts), so its
     *               country is not certain
     */
    private record Node(String id, Kind kind, String label, Set<String> keys, String root, String region,
                        boolean shared) {
    }

    /** The gazetteer: places by each of their names, country names by code, and each code's parent. */
    private record Gazetteer(Map<String, List<Node>> byName, Map<String, String> countries, Map<String, String> parents) {
    }

    private static final String RESOURCE = "places.tsv";
    private static final String CITIES = "cities15000.tsv";
    private static final Gazetteer GAZETTEER = load();

    /**
     * GeoNames' cities, read on first use: about 0.25 s on a cold JVM, paid only by a check that
     * compares a place the hand list does not know (measured: no cost on the seed article's check).
     */
    private static final class Cities {
        static final Map<String, List<Node>> BY_NAME = loadCities();
    }
    /** Events with no one place: calls and video conferences, and events that move about (a tour, a war). */
    private static final Pattern PLACELESS = Pattern.compile("\\b(call|phone|telephone|video|videoconference|virtual"
            + "|online|teleconference|remote|webinar|zoom|letter|correspondence|visit|trip|tour|journey|travels"
            + "|war|conflict|campaign|offensive|invasion|crisis|process|series|negotiations|shuttle)\\b");
    /** How many entities a members walk may visit: enough for any real article. */
    private static final int MAX_MEMBERS = 10_000;

    private Places() {
    }

    /**
     * Why places {@code a} and {@code b} (entity ids of {@code document}, or free text) are
     * different places, neither inside the other: "London and Paris are different cities".
     * Null when they may be the same place or one may contain the other.
     */
    public static String distinction(String a, String b, FactsDocument document) {
        return distinction(a, b, Index.of(document));
    }

    /** As {@link #distinction(String, String, FactsDocument)}, with the document's places indexed once (a check's {@code ctx.places()}). */
    public static String distinction(String a, String b, Index index) {
        FactsDocument document = index.document;
        Ref x = resolve(a, index);
        Ref y = resolve(b, index);
        if (x == null || y == null || !Collections.disjoint(x.keys(), y.keys())
                || !Collections.disjoint(x.entities(), y.entities()) || contains(x, y, document)
                || contains(y, x, document)) {
            return null;
        }
        String reason = null;
        for (Node p : x.nodes()) {
            for (Node q : y.nodes()) {
                String why = distinct(p, q, x.label(), y.label());
                if (why == null) {
                    return null;
                }
                reason = reason == null ? why : reason;
            }
        }
        return reason;
    }

    /**
     * True if an event of this type has no one place: a call, a video conference, an exchange of
     * letters, or something that moves about (a visit to a country, a tour, a war, a series of talks).
     */
    public static boolean isPlaceless(String eventType) {
        return eventType != null && PLACELESS.matcher(Text.normalize(eventType).replace('-', ' ')).find();
    }

    /** Of the given entity ids or free texts, the ones that are entity ids of the document, in order: for a finding's entities. */
    public static List<String> entities(FactsDocument document, String... idsOrText) {
        List<String> ids = new ArrayList<>();
        for (String s : idsOrText) {
            if (document.entity(s).isPresent() && !ids.contains(s)) {
                ids.add(s);
            }
        }
        return ids;
    }

    /**
     * Whether {@code name} is the name GeoNames gives a city of 15,000 people or more ("Biarritz",
     * "Split"): its own name, not one of its other names ("Biarric"). For the extractor, which reads
     * such a name as a place only where the sentence puts a place ("held in Biarritz").
     */
    public static boolean isCityName(String name) {
        String k = key(name);
        for (Node n : Cities.BY_NAME.getOrDefault(k, List.of())) {
            if (key(n.label()).equals(k)) {
                return true;
            }
        }
        return false;
    }

    /** The form names are compared in: normalised, without dots, apostrophes or a leading "the". */
    public static String key(String name) {
        String k = Text.normalize(name).replace("&", " and ").replaceAll("[.'\u2019]", "")
                .replaceAll("[^a-z0-9]+", " ").trim();
        return k.startsWith("the ") ? k.substring(4) : k;
    }

    /**
     * A place as the rules see it.
     *
     * @param label    how messages name it
     * @param keys     the normalised names it goes by
     * @param entities the document entities it is (by id, or free text naming them)
     * @param nodes    what the gazetteer knows it as; may be empty
     */
    private record Ref(String label, Set<String> keys, Set<String> entities, List<Node> nodes) {
    }

    /**
     * A document's places and countries by the keys of their names, so that free text naming
     * one ("the British capital" aside, "London") is resolved by a look-up instead of a pass over
     * every entity: a long document has thousands.
     */
    public static final class Index {
        private final FactsDocument document;
        private final Map<String, List<Integer>> byKey = new HashMap<>();

        private Index(FactsDocument document) {
            this.document = document;
            List<Entity> entities = document.entities();
            for (int i = 0; i < entities.size(); i++) {
                Entity e = entities.get(i);
                if (e.kind() == EntityKind.PLACE || e.kind() == EntityKind.COUNTRY) {
                    for (String n : e.names()) {
                        List<Integer> at = byKey.computeIfAbsent(key(n), k -> new ArrayList<>());
                        if (at.isEmpty() || at.get(at.size() - 1) != i) { // i is an int: compared by value
                            at.add(i);
                        }
                    }
                }
            }
        }

        public static Index of(FactsDocument document) {
            return new Index(document);
        }

        /** The places and countries with a name under one of the keys, in document order. */
        List<Entity> named(Set<String> keys) {
            java.util.TreeSet<Integer> at = new java.util.TreeSet<>();
            for (String k : keys) {
                at.addAll(byKey.getOrDefault(k, List.of()));
            }
            List<Entity> named = new ArrayList<>();
            at.forEach(i -> named.add(document.entities().get(i)));
            return named;
        }
    }

    private static Ref resolve(String place, Index index) {
        FactsDocument document = index.document;
        if (place == null || place.isBlank()) {
            return null;
        }
        Set<String> keys = new LinkedHashSet<>();
        Set<String> entities = new LinkedHashSet<>();
        EntityKind kind;
        Entity entity = document.entity(place).orElse(null);
        if (entity != null) {
            if (entity.kind() != EntityKind.PLACE && entity.kind() != EntityKind.COUNTRY) {
                return null; // a person, event, organisation or group is no place to compare
            }
            kind = entity.kind();
            entities.add(entity.id());
            entity.names().forEach(n -> keys.add(key(n)));
        } else {
            kind = EntityKind.PLACE;
            keys.add(key(place));
            int comma = place.indexOf(',');
            if (comma > 0) {
                keys.add(key(place.substring(0, comma))); // "London, UK"
            }
            List<Entity> named = index.named(keys);
            // free text naming an entity is that entity, under all its names ("the British capital")
            for (Entity e : named) {
                entities.add(e.id());
                e.names().forEach(n -> keys.add(key(n)));
            }
        }
        keys.remove("");
        List<Node> nodes = new ArrayList<>();
        for (String k : keys) {
            for (Node n : GAZETTEER.byName().getOrDefault(k, List.of())) {
                boolean fits = kind != EntityKind.COUNTRY || n.kind() != Kind.CITY;
                if (fits && !nodes.contains(n)) {
                    nodes.add(n);
                }
            }
            // a name the hand list knows means what the hand list says (Paris is in France; its `~`
            // marks the names it knows to be shared): GeoNames only adds the names it does not know
            if (kind != EntityKind.COUNTRY && !GAZETTEER.byName().containsKey(k)) {
                for (Node n : Cities.BY_NAME.getOrDefault(k, List.of())) {
                    if (!nodes.contains(n)) {
                        nodes.add(n);
                    }
                }
            }
        }
        return new Ref(document.nameOf(place), keys, entities, nodes);
    }

    /** True if {@code outer}'s entities list {@code inner} among their members, directly or through other entities. */
    private static boolean contains(Ref outer, Ref inner, FactsDocument document) {
        Deque<String> queue = new ArrayDeque<>(outer.entities());
        Set<String> seen = new LinkedHashSet<>(outer.entities());
        while (!queue.isEmpty() && seen.size() < MAX_MEMBERS) {
            Entity e = document.entity(queue.poll()).orElse(null);
            if (e == null) {
                continue;
            }
            for (String m : e.members()) {
                if (inner.entities().contains(m)) {
                    return true;
                }
                Entity member = document.entity(m).orElse(null);
                if (member != null && member.names().stream().map(Places::key).anyMatch(inner.keys()::contains)) {
                    return true;
                }
                if (seen.add(m)) {
                    queue.add(m);
                }
            }
        }
        return false;
    }

    /** Why two gazetteer places are different, or null if one may be, or be inside, the other. */
    private static String distinct(Node p, Node q, String a, String b) {
        if (p.id().equals(q.id())) {
            return null;
        }
        if (p.kind() == Kind.CITY && q.kind() == Kind.CITY) {
            // "Donetsk" may mean the oblast that holds Kramatorsk, "Washington" the state that holds Seattle
            boolean regionOfOther = inRegionNamedLike(q, p) || inRegionNamedLike(p, q);
            return regionOfOther ? null : a + " and " + b + " are different cities";
        }
        if (p.root() == null || q.root() == null || p.shared() || q.shared()) {
            return null;
        }
        if (!p.root().equals(q.root())) {
            if (p.kind() == Kind.CITY) {
                return a + " (" + label(p.root()) + ") is not in " + b;
            }
            if (q.kind() == Kind.CITY) {
                return b + " (" + label(q.root()) + ") is not in " + a;
            }
            return a + " and " + b + " are different countries";
        }
        // the same country: only two of its parts (England, Scotland) are told apart
        boolean twoParts = p.kind() == Kind.TERRITORY && q.kind() == Kind.TERRITORY;
        return twoParts ? a + " and " + b + " are different parts of " + label(p.root()) : null;
    }

    /** True if {@code city}'s region is named like {@code other} ("kharkivska" and "kharkiv"). */
    private static boolean inRegionNamedLike(Node city, Node other) {
        if (city.region() == null) {
            return false;
        }
        for (String k : other.keys()) {
            if (city.region().equals(k) || k.length() >= 5 && city.region().startsWith(k)) {
                return true;
            }
        }
        return false;
    }

    private static String label(String countryCode) {
        return GAZETTEER.countries().getOrDefault(countryCode, countryCode);
    }

    private static Gazetteer load() {
        List<String[]> rows = new ArrayList<>();
        try (InputStream in = Places.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    String[] f = line.split("\t");
                    if (f.length != 4) {
                        throw new IllegalStateException(RESOURCE + ": bad line: " + line);
                    }
                    rows.add(f);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> parents = new HashMap<>();
        Map<String, String> countries = new HashMap<>();
        for (String[] f : rows) {
            if (!f[0].equals("city")) {
                parents.put(f[1], f[2]);
                countries.put(f[1], f[3].split("\\|")[0]);
            }
        }
        Map<String, List<Node>> byName = new HashMap<>();
        for (String[] f : rows) {
            String[] names = f[3].split("\\|");
            Set<String> keys = new LinkedHashSet<>();
            for (String n : names) {
                keys.add(key(n));
            }
            Node node = switch (f[0]) {
                case "country", "territory" -> new Node(f[1], f[0].equals("country") ? Kind.COUNTRY : Kind.TERRITORY,
                        names[0], Set.copyOf(keys), root(f[1], parents), null, false);
                case "city" -> new Node("city:" + f[1] + ":" + key(names[0]), Kind.CITY, names[0], Set.copyOf(keys),
                        List.of(f[2].split(",")).contains("?") ? null : root(f[1], parents), region(f[2]),
                        List.of(f[2].split(",")).contains("~"));
                default -> throw new IllegalStateException(RESOURCE + ": unknown kind " + f[0]);
            };
            for (String k : keys) {
                byName.computeIfAbsent(k, x -> new ArrayList<>()).add(node);
            }
        }
        return new Gazetteer(Map.copyOf(byName), Map.copyOf(countries), Map.copyOf(parents));
    }

    /**
     * GeoNames' cities by each of their keys (already normalised in the file), less those the hand
     * list has under the same name in the same country: its entries carry the corrections.
     */
    private static Map<String, List<Node>> loadCities() {
        Map<String, List<Node>> byName = new HashMap<>();
        try (InputStream in = Places.class.getResourceAsStream(CITIES)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + CITIES);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            int n = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                if (f.length != 6) {
                    throw new IllegalStateException(CITIES + ": bad line: " + line);
                }
                String root = root(f[0], GAZETTEER.parents());
                String[] keys = f[5].split("\\|");
                if (handListed(keys[0], root)) {
                    continue;
                }
                Node node = new Node("geo:" + f[0] + ":" + n++, Kind.CITY, f[4], Set.of(keys), root,
                        f[2].isEmpty() ? null : f[2], false);
                for (String k : keys) {
                    byName.computeIfAbsent(k, x -> new ArrayList<>(1)).add(node);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (IllegalArgumentException e) { // Set.of: a name twice in one line
            throw new IllegalStateException(CITIES + ": " + e.getMessage(), e);
        }
        return byName;
    }

    /** True if the hand list has a city under this name in this country (then the hand list's entry is the city). */
    private static boolean handListed(String key, String root) {
        for (Node n : GAZETTEER.byName().getOrDefault(key, List.of())) {
            if (n.kind() == Kind.CITY && java.util.Objects.equals(n.root(), root)) {
                return true;
            }
        }
        return false;
    }

    private static final Pattern REGION_WORDS = Pattern.compile(
            "^(state|province|city|region|republic|county|department|governorate) of |"
            + " (oblast|region|province|state|governorate|county|prefecture|voivodeship|department|district"
            + "|krai|kray|city|municipality|autonomous community|territory|capital territory)$");

    /** A first-level region's name as compared with city names: "Kyiv City" and "Kharkivs'ka Oblast'" give "kyiv", "kharkivska". */
    public static String regionKey(String region) {
        String k = key(region);
        String before;
        do {
            before = k;
            k = REGION_WORDS.matcher(k).replaceAll("").trim();
        } while (!k.equals(before));
        return k.isEmpty() ? null : k;
    }

    /** The region key of a city's flags ("?,in=Donetsk" gives "donetsk"), or null. */
    private static String region(String flags) {
        for (String flag : flags.split(",")) {
            if (flag.startsWith("in=")) {
                return key(flag.substring(3));
            }
        }
        return null;
    }

    /** The sovereign country above {@code code}, or null if the chain reaches a disputed status. */
    private static String root(String code, Map<String, String> parents) {
        String at = code;
        for (int depth = 0; depth < 10; depth++) {
            String parent = parents.get(at);
            if (parent == null || parent.equals("?")) {
                return null;
            }
            if (parent.equals("-")) {
                return at;
            }
            at = parent;
        }
        return null;
    }
}
