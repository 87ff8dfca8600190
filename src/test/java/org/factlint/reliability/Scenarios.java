package org.factlint.reliability;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Generated articles for the property tests. {@link #consistent} writes an article that is right
 * as written: several events with one date, place and level each, people with one role of a known
 * rank, attendance that fits each event's level, quotes, counts and ordinals, claims and
 * before/after facts that agree with the dates; names come from pools of clearly distinct real
 * names. {@link Plant} adds one contradiction of a known rule to such an article and records the
 * facts (or, for a name finding, the entities) that the finding must name.
 */
final class Scenarios {

    static final List<String> PEOPLE = List.of("Marco Rubio", "Keir Starmer", "Emmanuel Macron", "Olaf Scholz",
            "Volodymyr Zelensky", "Giorgia Meloni", "Donald Tusk", "Justin Trudeau", "Fumio Kishida", "Pedro Sanchez",
            "Mark Rutte", "Kaja Kallas", "Alexander Stubb", "Mette Frederiksen", "Petr Fiala", "Kyriakos Mitsotakis",
            "Antonio Costa", "Ulf Kristersson");
    /** Countries and a city of each (the gazetteer knows them, so two of them are certainly two places). */
    static final List<String[]> COUNTRIES = List.of(new String[] {"United Kingdom", "London"},
            new String[] {"France", "Paris"}, new String[] {"Germany", "Berlin"}, new String[] {"Poland", "Warsaw"},
            new String[] {"Italy", "Rome"}, new String[] {"Spain", "Madrid"}, new String[] {"Japan", "Tokyo"},
            new String[] {"Canada", "Ottawa"});
    static final List<String> EVENTS = List.of("Lancaster House talks", "Elysee meeting", "Chancellery talks",
            "Belvedere meeting", "Quirinale talks", "Moncloa meeting", "Kantei talks", "Rideau meeting");
    /** Titles with the rank the article states for them (the same rank the title implies). */
    static final List<String[]> ROLES = List.of(new String[] {"Foreign Minister", "minister:foreign"},
            new String[] {"Defence Minister", "minister:defence"}, new String[] {"Prime Minister", "head-of-government"},
            new String[] {"President", "head-of-state"}, new String[] {"Ambassador", "envoy"},
            new String[] {"senior official", "senior-official"});
    static final List<String> PREDICATES = List.of("praised", "criticised", "telephoned", "thanked", "invited");
    static final List<String> WORDS = List.of("peace", "requires", "patience", "from", "every", "side", "we",
            "will", "keep", "working", "together", "towards", "security", "for", "all", "of", "europe", "durable");

    /** A person of the article: entity id, country entity id, role fact id, rank. */
    record Person(String id, String country, String role, String rank) {
    }

    /** An event: entity id, its date, its city, its date, place and (optional) level facts, who attended. */
    record Event(String id, LocalDate date, String city, String dateFact, String placeFact, String levelFact,
                 List<Person> attended, List<String> attendanceFacts) {
    }

    /** A generated article and what it is made of. */
    static final class Scenario {
        final Article article;
        final Random random;
        final List<String> countries = new ArrayList<>();
        final List<String> cities = new ArrayList<>();
        final List<Person> people = new ArrayList<>();
        final List<Event> events = new ArrayList<>();
        final List<String> quotes = new ArrayList<>();
        final List<String> claims = new ArrayList<>();
        final List<String> ordinals = new ArrayList<>();
        final List<String> usedNames = new ArrayList<>();
        int nextCountry;

        Scenario(Random random, LocalDate published) {
            this.random = random;
            this.article = new Article(published);
        }

        <T> T pick(List<T> list) {
            return list.get(random.nextInt(list.size()));
        }

        String unusedPerson() {
            List<String> free = new ArrayList<>(PEOPLE);
            free.removeAll(usedNames);
            String name = pick(free);
            usedNames.add(name);
            return name;
        }

        String unusedEvent() {
            List<String> free = new ArrayList<>(EVENTS);
            free.removeAll(usedNames);
            String name = pick(free);
            usedNames.add(name);
            return name;
        }

        /** The entity id of the next unused country, and its city. */
        String[] nextCountry() {
            String[] c = COUNTRIES.get(nextCountry++);
            String id = article.entity("country", c[0]);
            countries.add(id);
            cities.add(c[1]);
            return new String[] {id, c[1]};
        }
    }

    private Scenarios() {
    }

    /** A consistent article from {@code seed}. */
    static Scenario consistent(long seed) {
        Random r = new Random(seed);
        Scenario s = new Scenario(r, LocalDate.of(2025, 1, 15).plusDays(r.nextInt(300)));
        Article a = s.article;
        int countries = 2 + r.nextInt(3);
        for (int i = 0; i < countries; i++) {
            s.nextCountry();
        }
        int people = 2 + r.nextInt(4);
        for (int i = 0; i < people; i++) {
            addPerson(s, r.nextInt(countries));
        }
        int events = 1 + r.nextInt(3);
        // distinct days: one person at two events on one day in two cities would be a contradiction
        List<Integer> offsets = new ArrayList<>();
        while (offsets.size() < events) {
            int d = 1 + r.nextInt(20);
            if (!offsets.contains(d)) {
                offsets.add(d);
            }
        }
        for (int i = 0; i < events; i++) {
            addEvent(s, s.article.published.minusDays(offsets.get(i)), s.people);
        }
        // before/after facts that agree with the dates (same-day events are left unordered)
        for (Event x : s.events) {
            for (Event y : s.events) {
                if (x.date().isBefore(y.date()) && r.nextInt(3) == 0) {
                    a.fact("sequence", "The " + a.name(y.id()) + " followed the " + a.name(x.id()) + ".",
                            "before", x.id(), "after", y.id());
                }
            }
        }
        // a group of the countries and its count
        if (r.nextBoolean()) {
            String group = a.entity("group", "the allies");
            s.countries.forEach(c -> a.entityNode(group).withArray("members").add(c));
            a.fact("quantity", s.countries.size() + " countries took part in the allies' effort.", "subject", group,
                    "property", "countries taking part", "value", s.countries.size(), "kind", "count");
        }
        // claims: distinct subject-predicate-object triples, each stated one way
        int claims = r.nextInt(4);
        for (int i = 0; i < claims && s.people.size() > 1; i++) {
            Person x = s.people.get(i % s.people.size());
            Person y = s.people.get((i + 1) % s.people.size());
            String predicate = PREDICATES.get(i % PREDICATES.size());
            boolean negated = r.nextBoolean();
            s.claims.add(a.fact("claim", a.name(x.id()) + (negated ? " has not " : " has ") + predicate + " "
                    + a.name(y.id()) + ".", "subject", x.id(), "predicate", predicate, "object", y.id(), "negated", negated));
        }
        return s;
    }

    static Person addPerson(Scenario s, int countryIndex) {
        Article a = s.article;
        String name = s.unusedPerson();
        String id = a.entity("person", name);
        String country = s.countries.get(countryIndex);
        String[] role = s.pick(ROLES);
        String roleFact = a.fact("role", a.name(country) + "'s " + role[0] + " " + name + " spoke.", "person", id,
                "title", role[0], "of", country, "rank", role[1]);
        if (s.random.nextBoolean()) {
            a.fact("affiliation", name + " represents " + a.name(country) + ".", "person", id, "of", country);
        }
        Person p = new Person(id, country, roleFact, role[1]);
        s.people.add(p);
        return p;
    }

    /** An event on {@code date} in one of the article's cities, attended by some people, with a fitting level. */
    static Event addEvent(Scenario s, LocalDate date, List<Person> invited) {
        Article a = s.article;
        Random r = s.random;
        String name = s.unusedEvent();
        String id = a.entity("event", name);
        a.entityNode(id).put("eventType", name.endsWith("talks") ? "talks" : "meeting");
        String dateFact = a.fact("event-date", "The " + name + " were held on " + date + ".", "event", id, "date",
                date.toString());
        String city = s.pick(s.cities);
        String placeFact = a.fact("event-place", "The " + name + " took place in " + city + ".", "event", id, "place", city);
        List<Person> attended = new ArrayList<>();
        List<String> attendance = new ArrayList<>();
        List<Person> shuffled = new ArrayList<>(invited);
        Collections.shuffle(shuffled, r);
        int n = 1 + r.nextInt(shuffled.size());
        for (Person p : shuffled.subList(0, n)) {
            attended.add(p);
            attendance.add(a.fact("attendance", a.name(p.id()) + " attended the " + name + ".", "event", id, "person",
                    p.id(), "status", "attended"));
        }
        // someone else was due to come and pulled out: a change of plan, not a contradiction
        if (n < shuffled.size() && r.nextBoolean()) {
            Person p = shuffled.get(n);
            a.fact("attendance", a.name(p.id()) + " had planned to attend the " + name + ".", "event", id, "person", p.id(),
                    "status", "planned");
            a.fact("attendance", a.name(p.id()) + " pulled out of the " + name + ".", "event", id, "person", p.id(),
                    "status", "withdrew");
        }
        String levelFact = null;
        if (r.nextBoolean()) {
            // the highest rank at the table: someone fits it, and an official level has no minister
            String level = attended.stream().map(Person::rank).min(java.util.Comparator.comparingInt(Scenarios::rung))
                    .orElseThrow();
            levelFact = a.fact("event-level", "The " + name + " were held at " + level + " level.", "event", id,
                    "level", level);
        }
        if (r.nextBoolean()) {
            a.fact("event-level", "The " + name + " had been planned at head-of-state level.", "event", id, "level",
                    "head-of-state", "stage", "planned");
        }
        // a quote of someone who was there, said at the event
        Person speaker = s.pick(attended);
        List<String> words = new ArrayList<>(WORDS);
        Collections.shuffle(words, r);
        String said = String.join(" ", words.subList(0, 8 + r.nextInt(5))); // telling: Quotes.MIN_WORDS and more
        s.quotes.add(a.fact("quote", a.name(speaker.id()) + " said: \"" + said + "\".", "speaker", speaker.id(),
                "text", said, "event", id));
        // the article numbers the meetings in the series
        String ordinalFact = a.fact("quantity", "It was meeting number " + (s.events.size() + 1) + " of the series "
                + name + ".", "subject", id, "property", "meetings in the series", "value", s.events.size() + 1,
                "kind", "ordinal");
        s.ordinals.add(ordinalFact);
        // someone who attended was in the event's city that day
        Person there = s.pick(attended);
        a.fact("presence", a.name(there.id()) + " was in " + city + " on " + date + ".", "person", there.id(),
                "place", city, "date", date.toString());
        Event e = new Event(id, date, city, dateFact, placeFact, levelFact, attended, attendance);
        s.events.add(e);
        return e;
    }

    /** Position on the ladder of the ranks used here (0 highest). */
    static int rung(String rank) {
        return List.of("head-of-state", "head-of-government", "minister", "envoy", "senior-official")
                .indexOf(rank.replaceFirst(":.*", ""));
    }

    /** Facts about another event, attended only by new people: nothing to do with what is already there. */
    static void addUnrelatedEvent(Scenario s) {
        List<Person> newcomers = new ArrayList<>();
        for (int i = 0; i < 1 + s.random.nextInt(2); i++) {
            newcomers.add(addPerson(s, s.random.nextInt(s.countries.size())));
        }
        addEvent(s, s.article.published.minusDays(21 + s.random.nextInt(10)), newcomers);
    }

    /** Someone who attended an event, with the fact that says so. */
    record Seat(Event event, Person person, String fact) {
        static Seat any(Scenario s) {
            Event e = s.pick(s.events);
            int i = s.random.nextInt(e.attended().size());
            return new Seat(e, e.attended().get(i), e.attendanceFacts().get(i));
        }
    }

    /** One contradiction of a known rule, planted in a consistent article. */
    enum Plant {
        ATTENDED_AND_ABSENT("attendance.attended-and-absent") {
            @Override
            Set<String> plant(Scenario s) {
                Seat seat = Seat.any(s);
                String status = s.pick(List.of("absent", "withdrew", "declined"));
                String f = s.article.fact("attendance", s.article.name(seat.person().id()) + " was " + status + " from the "
                        + s.article.name(seat.event().id()) + ".", "event", seat.event().id(), "person", seat.person().id(),
                        "status", status);
                return Set.of(seat.fact(), f);
            }
        },
        ABSENT_DELEGATION("attendance.absent-delegation-member-attended") {
            @Override
            Set<String> plant(Scenario s) {
                Seat seat = Seat.any(s);
                String country = seat.person().country();
                String f = s.article.fact("attendance", s.article.name(country) + " stayed away from the "
                        + s.article.name(seat.event().id()) + ".", "event", seat.event().id(), "party", country,
                        "status", "absent");
                // the membership is cited by the fact the reader meets first: the role, written before any affiliation
                return Set.of(f, seat.fact(), seat.person().role());
            }
        },
        TWO_LEVELS("meeting-level.two-actual-levels") {
            @Override
            Set<String> plant(Scenario s) {
                Event e = s.pick(s.events);
                String first = e.levelFact();
                if (first == null) {
                    first = s.article.fact("event-level", "The " + s.article.name(e.id()) + " were a summit of leaders.",
                            "event", e.id(), "level", "head-of-state");
                }
                String rank = s.article.factNode(first).get("level").asText();
                // (official and senior-official levels are one: Level.conflictsWith)
                String other = rank.equals("official") || rank.equals("senior-official") ? "minister" : "official";
                String f = s.article.fact("event-level", "The " + s.article.name(e.id()) + " were " + other + "-level talks.",
                        "event", e.id(), "level", other);
                return Set.of(first, f);
            }
        },
        INCOMPATIBLE_RANKS("role.incompatible-ranks") {
            @Override
            Set<String> plant(Scenario s) {
                Person p = s.pick(s.people);
                String[] role = p.rank().equals("envoy") ? new String[] {"Prime Minister", "head-of-government"}
                        // (an ambassador's post: a special envoy's is an assignment held beside an office)
                        : new String[] {"Ambassador", "envoy"};
                String f = s.article.fact("role", s.article.name(p.id()) + ", the " + role[0] + ", arrived.", "person",
                        p.id(), "title", role[0], "rank", role[1]);
                return Set.of(p.role(), f);
            }
        },
        TWO_DATES("date.two-dates") {
            @Override
            Set<String> plant(Scenario s) {
                Event e = s.pick(s.events);
                LocalDate other = e.date().minusDays(3 + s.random.nextInt(10));
                String f = s.article.fact("event-date", "The " + s.article.name(e.id()) + " opened on " + other + ".",
                        "event", e.id(), "date", other.toString());
                return Set.of(e.dateFact(), f);
            }
        },
        TWO_PLACES("place.event-two-places") {
            @Override
            Set<String> plant(Scenario s) {
                Event e = s.pick(s.events);
                List<String> others = new ArrayList<>(s.cities);
                others.remove(e.city());
                String city = s.pick(others);
                String f = s.article.fact("event-place", "The " + s.article.name(e.id()) + " were hosted in " + city + ".",
                        "event", e.id(), "place", city);
                return Set.of(e.placeFact(), f);
            }
        },
        SEQUENCE_CYCLE("sequence.cycle") {
            @Override
            Set<String> plant(Scenario s) {
                Article a = s.article;
                String x = a.entity("event", s.unusedEvent());
                String y = a.entity("event", s.unusedEvent());
                String f1 = a.fact("sequence", "The " + a.name(y) + " came after the " + a.name(x) + ".", "before", x, "after", y);
                String f2 = a.fact("sequence", "The " + a.name(x) + " came after the " + a.name(y) + ".", "before", y, "after", x);
                return Set.of(f1, f2);
            }
        },
        SAME_WORDS("quote.same-words-two-speakers") {
            @Override
            Set<String> plant(Scenario s) {
                String q = s.pick(s.quotes);
                String speaker = s.article.factNode(q).get("speaker").asText();
                String words = s.article.factNode(q).get("text").asText();
                String country = s.people.stream().filter(p -> p.id().equals(speaker)).findFirst().orElseThrow().country();
                List<String> others = new ArrayList<>(s.countries);
                others.remove(country);
                Person other = addPerson(s, s.countries.indexOf(s.pick(others)));
                String f = s.article.fact("quote", s.article.name(other.id()) + " told reporters: \"" + words + "\".",
                        "speaker", other.id(), "text", words);
                return Set.of(q, f);
            }
        },
        TWO_ORDINALS("quantity.two-ordinals") {
            @Override
            Set<String> plant(Scenario s) {
                String q = s.pick(s.ordinals);
                var node = s.article.factNode(q);
                int value = node.get("value").asInt() + 1 + s.random.nextInt(3);
                String f = s.article.fact("quantity", "It was the meeting number " + value + " of the series "
                        + s.article.name(node.get("subject").asText()) + ".", "subject", node.get("subject").asText(),
                        "property", "meetings in the series", "value", value, "kind", "ordinal");
                return Set.of(q, f);
            }
        },
        NEGATED_CLAIM("claim.negated") {
            @Override
            Set<String> plant(Scenario s) {
                Article a = s.article;
                String c;
                if (s.claims.isEmpty()) {
                    Person x = s.people.get(0);
                    Person y = s.people.get(1);
                    c = a.fact("claim", a.name(x.id()) + " has thanked " + a.name(y.id()) + ".", "subject", x.id(),
                            "predicate", "thanked", "object", y.id(), "negated", false);
                } else {
                    c = s.pick(s.claims);
                }
                var node = a.factNode(c);
                boolean negated = !node.get("negated").asBoolean();
                String f = a.fact("claim", "In fact " + a.name(node.get("subject").asText()) + (negated ? " never " : " indeed ")
                        + node.get("predicate").asText() + " " + a.name(node.get("object").asText()) + ".",
                        "subject", node.get("subject").asText(), "predicate", node.get("predicate").asText(),
                        "object", node.get("object").asText(), "negated", negated);
                return Set.of(c, f);
            }
        },
        TWO_COUNTRIES("affiliation.two-countries") {
            @Override
            Set<String> plant(Scenario s) {
                Article a = s.article;
                Person p = s.pick(s.people);
                List<String> others = new ArrayList<>(s.countries);
                others.remove(p.country());
                String other = s.pick(others);
                String f = a.fact("affiliation", a.name(p.id()) + " speaks for " + a.name(other) + ".", "person", p.id(),
                        "of", other);
                Set<String> expected = new java.util.HashSet<>(Set.of(f));
                // every fact that says whom the person represents at home: the role and any affiliation
                for (var n : a.facts) {
                    if (n.path("person").asText().equals(p.id()) && n.path("of").asText().equals(p.country())) {
                        expected.add(n.get("id").asText());
                    }
                }
                return expected;
            }
        },
        NEAR_MISS_NAMES("name.near-miss-entities") {
            @Override
            Set<String> plant(Scenario s) {
                Person p = s.pick(s.people);
                String name = s.article.name(p.id());
                int space = name.indexOf(' ');
                String surname = name.substring(space + 1);
                // a typo in the surname: one letter doubled
                int at = 1 + s.random.nextInt(surname.length() - 1);
                String typo = name.substring(0, space + 1) + surname.substring(0, at) + surname.charAt(at)
                        + surname.substring(at);
                String id = s.article.entity("person", typo);
                return Set.of(p.id(), id);
            }
        };

        final String rule;

        Plant(String rule) {
            this.rule = rule;
        }

        /** Plants the contradiction; returns the fact ids the finding must name (entity ids for a name finding). */
        abstract Set<String> plant(Scenario s);

        boolean namesEntities() {
            return this == NEAR_MISS_NAMES;
        }
    }
}
