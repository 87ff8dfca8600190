package org.factlint.engine.helpers;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.factlint.model.Entity;
import org.factlint.model.EntityKind;
import org.factlint.model.FactsDocument;
import org.factlint.model.QuantityFact;
import org.factlint.model.QuantityKind;

/**
 * Compares what quantities count: "meetings between Witkoff and Putin" and "the meeting between
 * Witkoff and Putin" are one property; and says whether a count of a group counts its members.
 */
public final class Quantities {

    private static final Set<String> ARTICLES = Set.of("a", "an", "the");

    /** Words of a property that count member countries. */
    private static final Set<String> COUNTRY_WORDS = Set.of("country", "nation", "state", "government", "capital");

    /** Words of a property that count member people. */
    private static final Set<String> PEOPLE_WORDS = Set.of("people", "person", "leader", "minister", "official",
            "diplomat", "envoy", "delegate", "representative", "negotiator", "head", "politician");

    /** Words of a property that count member organisations. */
    private static final Set<String> ORGANISATION_WORDS = Set.of("organisation", "organization", "agency", "body",
            "institution", "company", "firm");

    /** Words of a property that count members of any kind. */
    private static final Set<String> MEMBER_WORDS = Set.of("member", "participant", "party", "side", "signatory",
            "delegation", "partner", "ally", "attendee", "size", "membership", "participating", "taking");

    private Quantities() {
    }

    /** The property's words without articles, each in the singular: the key two properties are compared by. */
    public static String propertyKey(String property) {
        List<String> key = new ArrayList<>();
        for (String w : Words.of(property)) {
            if (!ARTICLES.contains(w)) {
                key.add(singular(w));
            }
        }
        return String.join(" ", key);
    }

    /** True if two properties count the same thing, case, punctuation, articles and plurals aside. */
    public static boolean sameProperty(String a, String b) {
        String ka = propertyKey(a);
        return !ka.isEmpty() && ka.equals(propertyKey(b));
    }

    /**
     * The members of the group that a count with this property counts, or an empty list if the
     * property does not count members. "countries taking part" counts the member countries,
     * "officials" the member people, "members" or "participants" all members; a property that
     * names something else ("troops", "years", "meetings") is not a count of members, and
     * neither is one that names countries when the group lists none.
     */
    public static List<String> membersOf(String property, Entity group, FactsDocument doc) {
        List<String> words = Words.of(property).stream().map(Quantities::singular).toList();
        Predicate<String> filter;
        if (words.stream().anyMatch(COUNTRY_WORDS::contains)) {
            filter = kind(doc, EntityKind.COUNTRY);
        } else if (words.stream().anyMatch(PEOPLE_WORDS::contains)) {
            filter = kind(doc, EntityKind.PERSON);
        } else if (words.stream().anyMatch(ORGANISATION_WORDS::contains)) {
            filter = kind(doc, EntityKind.ORGANISATION);
        } else if (words.stream().anyMatch(MEMBER_WORDS::contains)) {
            filter = m -> true;
        } else {
            return List.of();
        }
        return group.members().stream().filter(filter).toList();
    }

    /** How many members {@link #membersOf} counts, or -1 when the property does not count members. */
    public static int membersCounted(String property, Entity group, FactsDocument doc) {
        int n = membersOf(property, group, doc).size();
        return n == 0 ? -1 : n;
    }

    /** How many different values the quantity facts give. */
    public static long distinctValues(List<?> quantities) {
        return quantities.stream().map(q -> ((QuantityFact) q).value()).distinct().count();
    }

    /**
     * The counts among {@code quantities} (of one subject and property) that disagree on one day:
     * for each day (the counts dated on it, or the undated counts together) that has two different
     * values, its counts in the order given. Counts on different days, and a dated count beside an
     * undated one, may differ: a number that grew ("3,000 on Monday, 4,500 by Wednesday") is no
     * contradiction.
     */
    public static List<List<QuantityFact>> disagreeingOnOneDay(List<?> quantities) {
        Map<LocalDate, List<QuantityFact>> byDay = new LinkedHashMap<>();
        for (Object o : quantities) {
            QuantityFact q = (QuantityFact) o;
            byDay.computeIfAbsent(q.date(), d -> new ArrayList<>()).add(q);
        }
        List<List<QuantityFact>> out = new ArrayList<>();
        for (List<QuantityFact> day : byDay.values()) {
            if (distinctValues(day) > 1) {
                out.add(List.copyOf(day));
            }
        }
        return out;
    }

    /**
     * The ordinals among {@code quantities} (of one subject and property) that number one occasion
     * two ways: each ordinal that differs from another one not dated on another day, in the order
     * given. Ordinals dated on different days number different occasions of a series ("the third
     * meeting, on 2 April", "the fourth, on 24 April") and are no contradiction; an undated ordinal
     * may be of either occasion, so it is compared with all. Returned as one list, or none (for a
     * rule's {@code from}, like {@link #disagreeingOnOneDay}).
     */
    public static List<List<QuantityFact>> ordinalsInConflict(List<?> quantities) {
        List<QuantityFact> out = new ArrayList<>();
        for (Object o : quantities) {
            QuantityFact q = (QuantityFact) o;
            for (Object p : quantities) {
                QuantityFact r = (QuantityFact) p;
                boolean apart = q.date() != null && r.date() != null && !q.date().equals(r.date());
                if (q.value() != r.value() && !apart) {
                    out.add(q);
                    break;
                }
            }
        }
        return out.size() > 1 ? List.of(List.copyOf(out)) : List.of();
    }

    /** "fourth", "21st", "5", "2.5": a value as an article would write it. */
    public static String describe(QuantityFact q) {
        double v = q.value();
        boolean whole = v == Math.rint(v) && Math.abs(v) < 1e15;
        if (q.kind() != QuantityKind.ORDINAL || !whole || v < 1) {
            return Phrasing.number(v);
        }
        long n = (long) v;
        if (n < ORDINALS.size()) {
            return ORDINALS.get((int) n);
        }
        long tens = n % 100;
        String suffix = tens >= 11 && tens <= 13 ? "th" : switch ((int) (n % 10)) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
        return n + suffix;
    }

    private static final List<String> ORDINALS = List.of("zeroth", "first", "second", "third", "fourth", "fifth",
            "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth");

    private static Predicate<String> kind(FactsDocument doc, EntityKind kind) {
        return id -> doc.entity(id).map(e -> e.kind() == kind).orElse(false);
    }

    /** "countries" to "country", "talks" to "talk", "meetings" to "meeting"; "press" and "us" stay. */
    static String singular(String w) {
        if (w.length() > 4 && w.endsWith("ies")) {
            return w.substring(0, w.length() - 3) + "y";
        }
        if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) {
            return w.substring(0, w.length() - 1);
        }
        return w;
    }
}
