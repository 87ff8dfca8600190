package org.factlint.extract.read;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * People and their posts. A full name (two to four capitalised words) makes a person; a single
 * word links to a person already named whose surname it is, and is otherwise no one. Roles are
 * read from two shapes news uses for titles:
 * <ul>
 *   <li>{@code role.title-before-name}: "US Secretary of State Marco Rubio", "Russia's President
 *       Vladimir Putin", "special envoy Steve Witkoff";</li>
 *   <li>{@code role.name-then-title}: "Keith Kellogg, Washington's Ukraine envoy,", "Andriy Yermak,
 *       an advisor to Ukraine's government,".</li>
 * </ul>
 * A country written before the title (or as "of"/"to" after it) is the post's country, and also
 * gives an affiliation.
 */
public final class People {

    /** Titles that name their holder even in a Title Case headline (not "Counterpart", "Leader"). */
    private static final Set<String> STRONG_TITLES = Set.of("president", "minister", "secretary", "chancellor", "king",
            "queen", "ambassador", "envoy", "premier", "taoiseach");

    private People() {
    }

    /** Resolves the sentence's person mentions to people; single words that name no one are left out. */
    public static Map<Mention, Discourse.Entity> resolve(Annotated s, Discourse d) {
        Map<Mention, Discourse.Entity> out = new HashMap<>();
        // A headline in Title Case ("Mattis, British Counterpart Discuss Defense") capitalises every
        // word: its runs of capitals are not names, so it only refers to people named elsewhere.
        boolean creates = !titleCase(s);
        for (Mention m : s.of(Mention.Kind.PERSON)) {
            String name = s.span(m.from(), m.to());
            Discourse.Entity p = d.personBySurname(name);
            Mention title = s.endingBefore(m.from());
            if (!creates && p == null && title != null && title.kind() == Mention.Kind.TITLE
                    && STRONG_TITLES.contains(s.lower(title.to() - 1)) && !s.quoted(m.from())) {
                // even in Title Case, "Vice President Biden" names a person
                p = d.person(name);
            }
            if (!creates) {
                if (p != null) {
                    out.put(m, p);
                }
                continue;
            }
            if (p == null && m.value().equals("full") && !s.quoted(m.from())) {
                p = d.person(name);
            }
            // "Secretary Rubio", "President Macron": a title before a surname names a person
            Mention before = s.endingBefore(m.from());
            if (p == null && before != null && before.kind() == Mention.Kind.TITLE && !s.quoted(m.from())
                    && Character.isUpperCase(s.token(before.to() - 1).text().charAt(0))) {
                p = d.person(name);
            }
            if (p != null) {
                out.put(m, p);
            }
        }
        return out;
    }

    /**
     * The sentence's people with its descriptions added: "the Prime Minister", "the US secretary
     * of state" is the one person the article gave that title (read once every text's roles are).
     */
    public static Map<Mention, Discourse.Entity> describe(Annotated s, Map<Mention, Discourse.Entity> named, Discourse d) {
        Map<Mention, Discourse.Entity> out = new HashMap<>(named);
        for (Mention t : s.of(Mention.Kind.TITLE)) {
            Mention next = s.startingAt(t.to());
            if (next != null && next.kind() == Mention.Kind.PERSON || s.quoted(t.from())) {
                continue;
            }
            Mention c = countryBefore(s, t.from());
            int det = c != null ? c.from() - 1 : t.from() - 1;
            if (s.lower(det).equals("the")) {
                Discourse.Entity holder = holder(d, s.span(t.from(), t.to()), c == null ? null : d.known(c.known()).id);
                if (holder != null) {
                    out.put(t, holder);
                }
            }
        }
        return out;
    }

    /**
     * The first person named before token {@code before} of the sentence, if any: a sentence's
     * first person is most often its subject, and "he" or "she" later refers to the subject.
     */
    public static java.util.Optional<Discourse.Entity> subject(Annotated s, Map<Mention, Discourse.Entity> named, int before) {
        Discourse.Entity first = null;
        int at = Integer.MAX_VALUE;
        for (Map.Entry<Mention, Discourse.Entity> e : named.entrySet()) {
            if (e.getKey().to() <= before && e.getKey().from() < at && e.getValue().kind.equals("person")) {
                at = e.getKey().from();
                first = e.getValue();
            }
        }
        return java.util.Optional.ofNullable(first);
    }

    /**
     * Who "he" or "she" at token k is: the subject of this sentence if named before it, else the
     * subject of the last sentence that named someone; null if none. Less certain than a name.
     */
    public static Discourse.Entity pronoun(Annotated s, Map<Mention, Discourse.Entity> named, int k, Discourse d) {
        return subject(s, named, k).orElse(d.lastPerson());
    }

    /** A headline or standfirst with its short words' neighbours capitalised: most words longer than three letters begin with a capital. */
    static boolean titleCase(Annotated s) {
        if (s.source() == org.factlint.model.Source.BODY) {
            return false;
        }
        int words = 0;
        int capitals = 0;
        for (Token t : s.tokens()) {
            if (t.word() && t.text().length() > 3) {
                words++;
                if (t.capitalised()) {
                    capitals++;
                }
            }
        }
        return words >= 4 && capitals * 5 >= words * 4;
    }

    /** Whether the mention names its person by a description ("the Prime Minister"), which is less certain than a name. */
    public static boolean described(Mention m) {
        return m.kind() == Mention.Kind.TITLE;
    }

    /**
     * The one person the article has given this title (or a longer one it begins: "the Secretary"
     * for "Secretary of State"), of this country if one is given; null if none or several.
     */
    static Discourse.Entity holder(Discourse d, String title, String country) {
        String want = title.toLowerCase(java.util.Locale.ROOT);
        String found = null;
        for (Draft f : d.facts()) {
            if (!f.type().equals("role")) {
                continue;
            }
            String has = String.valueOf(f.fields().get("title")).toLowerCase(java.util.Locale.ROOT);
            if ((has.equals(want) || has.startsWith(want + " ")) && (country == null || country.equals(f.fields().get("of")))) {
                String person = (String) f.fields().get("person");
                if (found != null && !found.equals(person)) {
                    return null;
                }
                found = person;
            }
        }
        if (found == null) {
            return null;
        }
        for (Discourse.Entity p : d.people()) {
            if (p.id.equals(found)) {
                return p;
            }
        }
        return null;
    }

    /** Reads the roles (and affiliations) of the sentence. */
    public static void roles(Annotated s, Map<Mention, Discourse.Entity> people, Discourse d) {
        for (Mention title : s.of(Mention.Kind.TITLE)) {
            if (s.quoted(title.from())) {
                continue;
            }
            int after = title.to();
            // "Prime Minister of Lebanon Saad Hariri", "President of the European Commission Ursula von der Leyen"
            Mention ofAfter = null;
            if (s.lower(after).equals("of")) {
                int k = s.lower(after + 1).equals("the") ? after + 2 : after + 1;
                Mention c = s.startingAt(k);
                Mention p = c == null ? null : s.startingAt(c.to());
                if (c != null && c.isCountryLike() && p != null && p.kind() == Mention.Kind.PERSON) {
                    ofAfter = c;
                    after = c.to();
                }
            }
            // "Ambassador Sir Peter Westmacott": an honorific between the title and the name
            if (Annotator.HONORIFICS.contains(s.lower(after)) && s.startingAt(after) == null) {
                after++;
            }
            Mention next = s.startingAt(after);
            if (ofAfter != null && next != null && people.containsKey(next)) {
                Mention before = countryBefore(s, title.from());
                emitWithTitle(s, d, people.get(next), s.span(title.from(), ofAfter.to()), ofAfter,
                        before != null ? before.from() : title.from(), next.to(), 0.9, "role.title-of-country-before-name");
                continue;
            }
            // "Poland's Europe Minister, Mikolaj Dowgielewicz," / "his US counterpart, Ashton Carter"
            if (next == null && s.lower(after).equals(",")) {
                Mention p = s.startingAt(after + 1);
                String end = p == null ? "" : s.lower(p.to());
                if (p != null && p.kind() == Mention.Kind.PERSON && p.value().equals("full") && people.containsKey(p)
                        && (end.equals(",") || end.equals(".") || end.isEmpty())) {
                    Mention of = countryBefore(s, title.from());
                    emit(s, d, people.get(p), title, of, of != null ? of.from() : title.from(), p.to(), 0.85,
                            "role.title-comma-name");
                    continue;
                }
            }
            if (next != null && next.kind() == Mention.Kind.PERSON && people.containsKey(next)) {
                Mention of = countryBefore(s, title.from());
                // "President-elect Petro Poroshenko of Ukraine": the country after the name
                if (of == null && s.lower(next.to()).equals("of") && s.startingAt(next.to() + 1) != null
                        && s.startingAt(next.to() + 1).kind() == Mention.Kind.KNOWN
                        && s.startingAt(next.to() + 1).known().kind().equals("country")) {
                    Mention c = s.startingAt(next.to() + 1);
                    emitWithTitle(s, d, people.get(next), s.span(title.from(), title.to()), c, title.from(), c.to(), 0.9,
                            "role.title-name-of-country");
                    continue;
                }
                int from = of != null ? of.from() : title.from();
                emit(s, d, people.get(next), title, of, from, next.to(), 0.95, "role.title-before-name");
                continue;
            }
            if (next != null && next.kind() == Mention.Kind.PERSON) {
                continue;
            }
            appositive(s, title, people, d);
        }
    }

    /** "NAME, [the|a|an] [COUNTRY['s]] TITLE [(of|to) [the] COUNTRY['s government]]," */
    private static void appositive(Annotated s, Mention title, Map<Mention, Discourse.Entity> people, Discourse d) {
        Mention of = countryBefore(s, title.from());
        int start = of != null ? of.from() : title.from();
        if (Set.of("the", "a", "an").contains(s.lower(start - 1))) {
            start--;
        }
        if (!s.lower(start - 1).equals(",")) {
            return;
        }
        Mention person = s.endingBefore(start - 1);
        if (person == null || person.kind() != Mention.Kind.PERSON || !people.containsKey(person)) {
            return;
        }
        int end = title.to();
        if (of == null && (s.lower(end).equals("of") || s.lower(end).equals("to"))) {
            int k = end + 1;
            if (s.lower(k).equals("the")) {
                k++;
            }
            Mention country = s.startingAt(k);
            if (country != null && country.isCountryLike() && country.known().kind().equals("country")) {
                of = country;
                end = country.to();
                if (s.lower(end).equals("'s") && s.lower(end + 1).equals("government")) {
                    end += 2;
                }
            }
        }
        String after = s.lower(end);
        if (!(after.equals(",") || after.equals(".") || after.equals(";") || after.isEmpty() || after.equals(")"))) {
            return;
        }
        emit(s, d, people.get(person), title, of, person.from(), end, 0.9, "role.name-then-title");
    }

    /** A country written just before a title, "US" or "Russia's", or null. */
    static Mention countryBefore(Annotated s, int at) {
        int k = at;
        if (s.lower(k - 1).equals("'s")) {
            k--;
        }
        Mention m = s.endingBefore(k);
        return m != null && m.kind() == Mention.Kind.KNOWN && m.known().kind().equals("country") ? m : null;
    }

    /** Words before a title that say its holder is not (or not yet) in office: the title is then written with them. */
    private static final Set<String> NOT_IN_OFFICE = Set.of("former", "ex", "late", "then", "future", "incoming");

    private static void emit(Annotated s, Discourse d, Discourse.Entity person, Mention title, Mention of, int from,
                             int to, double confidence, String pattern) {
        String written = s.span(title.from(), title.to());
        int before = of != null && of.to() <= title.from() ? of.from() - 1 : title.from() - 1;
        // "former Lebanese Prime Minister Saad Hariri" holds no office now: keep "former" with the title
        if (NOT_IN_OFFICE.contains(s.lower(before)) && !written.toLowerCase(java.util.Locale.ROOT).startsWith(s.lower(before))) {
            written = s.token(before).text() + " " + written;
            from = Math.min(from, before);
        }
        emitWithTitle(s, d, person, written, of, from, to, confidence, pattern);
    }

    private static void emitWithTitle(Annotated s, Discourse d, Discourse.Entity person, String title, Mention of, int from,
                                      int to, double confidence, String pattern) {
        String country = of == null ? null : d.known(of.known()).id;
        d.add(Draft.of("role", s, from, to, confidence, pattern)
                .with("person", person.id).with("title", title).with("of", country));
        if (country != null) {
            d.add(Draft.of("affiliation", s, from, to, confidence, "affiliation.country-before-title")
                    .with("person", person.id).with("of", country));
        }
    }
}
