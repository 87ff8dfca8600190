package org.factlint.engine.helpers;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.factlint.model.Article;
import org.factlint.model.Entity;
import org.factlint.model.EntityKind;
import org.factlint.model.Evidence;

/**
 * Spelling comparison of names, for the {@code name} rules: is "Andriy Sybiha" a near-miss
 * spelling of "Andrii Sybiha" (yes), "Andriy Yermak" (no: another surname), "UK" of "US" (no:
 * too short to tell a typo from another name)?
 *
 * <p>Names are compared word by word (after {@link Words}: case, accents and punctuation aside,
 * a possessive "'s" dropped). Two words are near when they start with the same letter, are long
 * enough, and their {@linkplain #distance weighted edit distance} is at most {@link #BUDGET}.
 * The distance charges half an edit for the changes transliteration makes (one vowel for
 * another, with y a vowel: Andrii/Andriy, Zelenskyy/Zelenskiy; a vowel added or dropped:
 * Zelensky/Zelenskiy; a doubled letter: Mohammed/Mohamed, Kellogg/Kellog) and a whole edit for
 * any other (a consonant changed, added or dropped, two letters swapped). How much of the budget
 * a word may use depends on its place:
 * <ul>
 * <li>a person's surname (last word), or any word of a mention of a known person: one whole edit
 *     or two half edits (Barrot/Barrow, Sybiha/Sybiga, Mohammed/Muhammad);</li>
 * <li>a person's given names, compared between two entities: half edits only, since a different
 *     consonant there often is another person of the same family (Ivana/Ivanka, Eric/Erin);</li>
 * <li>names of anything else (countries, places, organisations, events): half edits only, and
 *     only in words of at least seven letters that are not a prefix of one another: names of
 *     different places differ by one consonant all the time (UK/US, Iran/Iraq, Iceland/Ireland),
 *     and derived words are not typos (America/American). Kharkiv/Kharkov and Lithuania/Lithuenia
 *     are near.</li>
 * </ul>
 * Words shorter than four letters (UK, US, Kim, Jong, von) must be equal.
 */
public final class Names {

    /** The most a word may differ: one whole edit, or two half edits. */
    public static final double BUDGET = 1.0;

    /** Words shorter than this must be spelt the same. */
    public static final int MIN_LETTERS = 4;

    /** Words of things that are not people must be at least this long to be compared at all. */
    public static final int MIN_LETTERS_NOT_PERSON = 7;

    private static final double HALF = 0.5;
    private static final double WHOLE = 1.0;
    /** Makes any whole edit exceed the budget: for given names, where only half edits count as variants. */
    private static final double FORBIDDEN = BUDGET + WHOLE;

    /** How a word is compared: see the class comment. */
    enum Place {
        SURNAME(MIN_LETTERS, WHOLE), GIVEN_NAME(MIN_LETTERS, FORBIDDEN), NOT_PERSON(MIN_LETTERS_NOT_PERSON, FORBIDDEN);

        final int minLetters;
        final double wholeEdit;

        Place(int minLetters, double wholeEdit) {
            this.minLetters = minLetters;
            this.wholeEdit = wholeEdit;
        }
    }

    /**
     * A way an entity is written that is a near-miss spelling of its name.
     *
     * @param form     the spelling, as the article first writes it
     * @param alias    true if it is one of the entity's aliases
     * @param mentions the mentions written this way (may be empty for an alias)
     */
    public record Variant(String form, boolean alias, List<Evidence> mentions) {
        public Variant {
            mentions = List.copyOf(mentions);
        }
    }

    private Names() {
    }

    /** The words of a name: "Rubio's" gives [rubio], "Jean-Noël Barrot" [jean, noel, barrot]. */
    public static List<String> words(String name) {
        List<String> words = new ArrayList<>();
        for (String w : Words.of(name)) {
            words.add(w.endsWith("'s") ? w.substring(0, w.length() - 2) : w);
        }
        return words;
    }

    /**
     * The spellings of a person or organisation, among its aliases and mentions, that are
     * near-misses of its name: they contain a word that is close to, but not, a word of the name.
     * Other words (a title: "Mr", "Secretary of State"; a possessive) and the name's own words in
     * any selection (the surname alone, the given name alone) are fine. Countries, places, events
     * and groups are left out: their mentions include demonyms and descriptions ("Ukrainian",
     * "Wednesday's talks") that are not misspellings.
     */
    public static List<Variant> variants(Entity entity) {
        boolean person = entity.is(EntityKind.PERSON);
        if (!person && !entity.is(EntityKind.ORGANISATION)) {
            return List.of();
        }
        List<String> name = words(entity.name());
        Place place = person ? Place.SURNAME : Place.NOT_PERSON;
        Map<String, Variant> found = new LinkedHashMap<>();
        for (String alias : entity.aliases()) {
            if (misspells(words(alias), name, place)) {
                found.putIfAbsent(key(alias), new Variant(alias, true, List.of()));
            }
        }
        for (Evidence m : entity.mentions()) {
            if (misspells(words(m.quote()), name, place)) {
                Variant v = found.get(key(m.quote()));
                List<Evidence> mentions = new ArrayList<>(v == null ? List.of() : v.mentions());
                mentions.add(m);
                found.put(key(m.quote()), new Variant(v == null ? m.quote() : v.form(), v != null && v.alias(), mentions));
            }
        }
        return List.copyOf(found.values());
    }

    /**
     * True if two entities of the same kind have names that are near-miss spellings of each
     * other: as many words, each equal or near, at least one not equal. People's surnames (the
     * last word) and given names are compared by their own measures (see the class comment).
     */
    public static boolean nearMiss(Entity a, Entity b) {
        if (a.kind() != b.kind()) {
            return false;
        }
        List<String> x = words(a.name());
        List<String> y = words(b.name());
        if (x.size() != y.size() || x.equals(y)) {
            return false;
        }
        boolean person = a.is(EntityKind.PERSON);
        for (int i = 0; i < x.size(); i++) {
            Place place = !person ? Place.NOT_PERSON : i == x.size() - 1 ? Place.SURNAME : Place.GIVEN_NAME;
            if (!x.get(i).equals(y.get(i)) && !near(x.get(i), y.get(i), place)) {
                return false;
            }
        }
        return true;
    }

    /**
     * What every near-miss spelling of the entity's name has in common with it (see
     * {@link #nearMiss}): its kind and the first letter of each word of the name.
     */
    public static String nearMissKey(Entity entity) {
        StringBuilder key = new StringBuilder(entity.kind().word()).append(':');
        for (String w : words(entity.name())) {
            key.append(w.charAt(0));
        }
        return key.toString();
    }

    /**
     * Buckets this large are split again by the last word (see {@link #candidates}); smaller
     * ones are compared pair by pair, which for an article's few dozen entities is cheaper.
     */
    static final int SMALL_BUCKET = 16;

    /**
     * The ordered pairs (both orders) of entities that may be near misses of each other: every
     * pair {@link #nearMiss} could accept is among them, so the name rule tests only these, not
     * every pair of a document's entities. Entities are first filed under {@link #nearMissKey};
     * within a large bucket (thousands of people in a long document), two are kept only if the
     * last words of their names share a string made by deleting at most two letters from each:
     * words that {@link #near} accepts differ by one whole edit or two half edits, so by at most
     * two plain edits, and such words always share one (SymSpell's deletion neighbourhood); a
     * last word too short to be compared must be the same word. So the cost grows with the
     * entities, not with their pairs.
     */
    public static List<Entity[]> candidates(List<Entity> entities) {
        Map<String, List<Entity>> buckets = new LinkedHashMap<>();
        for (Entity e : entities) {
            buckets.computeIfAbsent(nearMissKey(e), k -> new ArrayList<>()).add(e);
        }
        List<Entity[]> pairs = new ArrayList<>();
        for (List<Entity> bucket : buckets.values()) {
            if (bucket.size() <= SMALL_BUCKET) {
                for (Entity a : bucket) {
                    for (Entity b : bucket) {
                        if (a != b) {
                            pairs.add(new Entity[] {a, b});
                        }
                    }
                }
                continue;
            }
            Map<String, List<Integer>> byDeletions = new HashMap<>();
            for (int i = 0; i < bucket.size(); i++) {
                Entity e = bucket.get(i);
                List<String> w = words(e.name());
                String last = w.isEmpty() ? "" : w.get(w.size() - 1);
                // a word too short to be compared must be spelt the same: it is its own key
                Place place = e.is(EntityKind.PERSON) ? Place.SURNAME : Place.NOT_PERSON;
                for (String d : last.length() < place.minLetters ? Set.of("=" + last) : deletions(last)) {
                    byDeletions.computeIfAbsent(d, k -> new ArrayList<>()).add(i);
                }
            }
            Set<Long> seen = new HashSet<>();
            for (List<Integer> same : byDeletions.values()) {
                for (int i : same) {
                    for (int j : same) {
                        if (i != j && seen.add((long) i * bucket.size() + j)) {
                            pairs.add(new Entity[] {bucket.get(i), bucket.get(j)});
                        }
                    }
                }
            }
        }
        return pairs;
    }

    /** The word and every string made from it by deleting one or two letters. */
    static Set<String> deletions(String word) {
        Set<String> out = new HashSet<>();
        out.add(word);
        for (int i = 0; i < word.length(); i++) {
            String one = word.substring(0, i) + word.substring(i + 1);
            out.add(one);
            for (int j = i; j < one.length(); j++) {
                out.add(one.substring(0, j) + one.substring(j + 1));
            }
        }
        return out;
    }

    /**
     * The {@linkplain #variants(Entity) variants} the article really writes: a variant that is only
     * an alias, with no mention, must occur in the article's text ({@link #writtenIn}).
     */
    public static List<Variant> variants(Entity entity, Article article) {
        return variants(entity).stream().filter(v -> !v.mentions().isEmpty() || writtenIn(article, v.form())).toList();
    }

    /**
     * True if the article may write {@code form}: its words occur in the headline, standfirst or
     * body, or the article gives none of them (nothing to tell). An alias the article's own text
     * never uses ("Zelenskyy" listed beside "Zelensky" by an extractor that knows both) is not
     * the article spelling a name two ways.
     */
    public static boolean writtenIn(Article article, String form) {
        List<String> words = words(form);
        boolean anyText = false;
        for (String text : new String[] {article.headline(), article.standfirst(), article.text()}) {
            if (text != null && !text.isBlank()) {
                anyText = true;
                if (Collections.indexOfSubList(words(text), words) >= 0) {
                    return true;
                }
            }
        }
        return !anyText;
    }

    /** The mentions that write the entity's full name as it is (for evidence beside a near-miss). */
    public static List<Evidence> mentionsOfName(Entity entity) {
        List<String> name = words(entity.name());
        return entity.mentions().stream().filter(m -> Collections.indexOfSubList(words(m.quote()), name) >= 0).toList();
    }

    /** True if a word of {@code form} is near a word of {@code name} without being a word of the name. */
    static boolean misspells(List<String> form, List<String> name, Place place) {
        for (String w : form) {
            if (!name.contains(w) && name.stream().anyMatch(n -> near(w, n, place))) {
                return true;
            }
        }
        return false;
    }

    /** True if two different words are near-miss spellings of each other, compared as a word in {@code place}. */
    static boolean near(String a, String b, Place place) {
        if (a.equals(b) || a.length() < place.minLetters || b.length() < place.minLetters || a.charAt(0) != b.charAt(0)) {
            return false;
        }
        if (place == Place.NOT_PERSON && (a.startsWith(b) || b.startsWith(a))) {
            return false;
        }
        return distance(a, b, place.wholeEdit) <= BUDGET;
    }

    /** The distance with whole edits costing one. */
    static double distance(String a, String b) {
        return distance(a, b, WHOLE);
    }

    /**
     * Weighted Damerau-Levenshtein distance (optimal string alignment): changing a vowel for a
     * vowel, adding or dropping a vowel, and doubling or undoubling a letter cost half an edit;
     * any other substitution, insertion, deletion or swap of neighbours costs {@code wholeEdit}.
     */
    static double distance(String a, String b, double wholeEdit) {
        int n = a.length();
        int m = b.length();
        double[][] d = new double[n + 1][m + 1];
        for (int i = 1; i <= n; i++) {
            d[i][0] = d[i - 1][0] + indel(a, i - 1, wholeEdit);
        }
        for (int j = 1; j <= m; j++) {
            d[0][j] = d[0][j - 1] + indel(b, j - 1, wholeEdit);
        }
        for (int i = 1; i <= n; i++) {
            for (int j = 1; j <= m; j++) {
                char x = a.charAt(i - 1);
                char y = b.charAt(j - 1);
                double sub = x == y ? 0 : vowel(x) && vowel(y) ? HALF : wholeEdit;
                double best = Math.min(d[i - 1][j - 1] + sub,
                        Math.min(d[i - 1][j] + indel(a, i - 1, wholeEdit), d[i][j - 1] + indel(b, j - 1, wholeEdit)));
                if (i > 1 && j > 1 && x == b.charAt(j - 2) && a.charAt(i - 2) == y && x != y) {
                    best = Math.min(best, d[i - 2][j - 2] + wholeEdit);
                }
                d[i][j] = best;
            }
        }
        return d[n][m];
    }

    /** The cost of adding or dropping the letter at {@code i} of {@code s}: half for a vowel or a doubled letter. */
    private static double indel(String s, int i, double wholeEdit) {
        char c = s.charAt(i);
        boolean doubled = (i > 0 && s.charAt(i - 1) == c) || (i + 1 < s.length() && s.charAt(i + 1) == c);
        return vowel(c) || doubled ? HALF : wholeEdit;
    }

    private static boolean vowel(char c) {
        return "aeiouy".indexOf(c) >= 0;
    }

    private static String key(String form) {
        return String.join(" ", words(form));
    }
}
