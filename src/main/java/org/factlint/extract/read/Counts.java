package org.factlint.extract.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A count beside the list of what it counts: "The two-day discussions include six countries: Russia,
 * China, the United States, Britain, France, Germany and Iran." ({@link #listed}), and a journey's
 * count of its stops beside the places it names ("On her three-stop trip ..., Secretary Rice visited
 * Israel, the West Bank, Jordan, Egypt and Saudi Arabia": {@link #places}). A list known to be whole
 * that names more than the count, or (closed by "and") fewer, cannot be right: the reader gives the
 * count and the number listed as two counts of one subject, which the quantity rules compare. When
 * unsure that the list is whole, or that each item is one of what is counted, nothing is read.
 */
public final class Counts {

    private Counts() {
    }

    /** The separators after which a list is the whole of what is counted. */
    private static final Set<String> SEPARATORS = WordSet.of(":", "\u2013", "\u2014");

    /** "a three-stop trip", "his four-nation tour", "my four-capital trip": a count of the places a journey takes in. */
    private static final java.util.regex.Pattern PLACES_COUNT = java.util.regex.Pattern.compile(
            "(two|three|four|five|six|seven|eight|nine|ten|[2-9])-(stop|nation|country|capital|city|leg)");

    /**
     * "On her three-stop trip to the Middle East, Secretary Rice visited Israel, the West Bank, Jordan,
     * Egypt and Saudi Arabia": more places listed than the journey's count cannot be right; the
     * count and the number listed become two counts of the journey ({@code quantity.places-listed}).
     * Fewer may be a partial list: no fact.
     */
    public static void places(Annotated s, Discourse d) {
        for (int i = 0; i < s.size(); i++) {
            // (a count of places is written with a hyphen: no matcher for other words)
            if (s.lower(i).indexOf('-') < 0) {
                continue;
            }
            java.util.regex.Matcher m = PLACES_COUNT.matcher(s.lower(i));
            if (!m.matches() || s.quoted(i)) {
                continue;
            }
            int n = Words.number(m.group(1));
            // "a three-nation tour" counts countries: a city in the list is no nation ("Tokyo, Seoul,
            // Beijing and Hanoi" may be three nations)
            boolean nations = m.group(2).equals("nation") || m.group(2).equals("country");
            // the longest run of places after the count: "A, B, C and D"
            List<String> best = List.of();
            int bestFrom = -1;
            int bestTo = -1;
            for (int k = i + 1; k < s.size(); k++) {
                List<String> items = new ArrayList<>();
                int known = 0;
                int j = k;
                while (j < s.size()) {
                    int at = s.lower(j).equals("the") && s.startingAt(j) == null ? j + 1 : j;
                    Mention place = s.startingAt(at);
                    String id;
                    int end;
                    if (place != null && place.kind() == Mention.Kind.KNOWN && (nations
                            ? place.known().kind().equals("country") && place.known().how() == Lexicon.How.NAME
                            : Events.isPlace(place) || place.isCountryLike())) {
                        id = place.known().id();
                        end = place.to();
                        known++;
                    } else if (!nations && (place != null && place.kind() == Mention.Kind.PERSON
                            || place == null && s.at(at) == null && unlistedPlace(s, at) > at)) {
                        // "the West Bank", "Hong Kong": a capitalised name the lists do not know (read as a
                        // name), among places they do
                        end = place != null ? place.to() : unlistedPlace(s, at);
                        id = s.span(at, end);
                    } else {
                        break;
                    }
                    if (!items.contains(id)) {
                        items.add(id);
                    }
                    j = end;
                    int next = afterSeparator(s, j);
                    if (next < 0) {
                        break;
                    }
                    j = next;
                }
                if (items.size() > best.size() && known * 2 >= items.size()) {
                    best = items;
                    bestFrom = k;
                    bestTo = j;
                }
            }
            if (n < 2 || best.size() <= n) {
                continue;
            }
            String noun = Words.plural(m.group(2).toLowerCase(java.util.Locale.ROOT));
            // the journey counted: an occasion of its own ("the trip"), not the talks the sentence names
            String word = Set.of("trip", "tour", "visit", "journey", "swing").contains(s.lower(i + 1)) ? s.lower(i + 1) : "journey";
            Discourse.Entity journey = d.occasion("the " + word);
            d.add(Draft.of("quantity", s, i, i + 1, 0.85, "quantity.places-listed").with("subject", journey.id)
                    .with("property", noun).with("value", n).with("kind", "count"));
            d.add(Draft.of("quantity", s, bestFrom, Math.max(bestFrom + 1, Math.min(bestTo, s.size())), 0.85, "quantity.places-listed")
                    .with("subject", journey.id).with("property", noun).with("value", best.size()).with("kind", "count"));
        }
    }

    /** The token after a list's separator at {@code at} (",", "and", ", and"), or -1 if none stands there. */
    private static int afterSeparator(Annotated s, int at) {
        if (s.lower(at).equals(",")) {
            return at + (s.lower(at + 1).equals("and") ? 2 : 1);
        }
        return s.lower(at).equals("and") ? at + 1 : -1;
    }

    /** The end of one to three capitalised words starting at {@code at} that no mention claims, or {@code at}. */
    private static int unlistedPlace(Annotated s, int at) {
        int k = at;
        while (k < s.size() && k - at < 3 && s.at(k) == null && s.token(k).word() && s.token(k).capitalised()) {
            k++;
        }
        return k;
    }

    /** What a counted noun counts, so that each item listed after it can be checked to be one of them. */
    private enum Counted {
        PEOPLE, COUNTRIES, PLACES, PEOPLE_OR_COUNTRIES;

        boolean people() {
            return this == PEOPLE || this == PEOPLE_OR_COUNTRIES;
        }

        /** The class of a plural noun ("ministers", "nations", "cities", "members"), or null. */
        static Counted of(String lower) {
            return NOUNS.get(lower);
        }
    }

    /** The plural nouns whose counts a list may follow, and what each counts. */
    private static final Map<String, Counted> NOUNS = nouns();

    private static Map<String, Counted> nouns() {
        Map<String, Counted> out = new java.util.HashMap<>();
        for (String w : List.of("leaders", "ministers", "officials", "senators", "envoys", "counterparts", "secretaries", "presidents",
                "delegates", "representatives", "diplomats", "men", "women", "colleagues", "premiers", "chiefs",
                "commanders", "generals", "ambassadors", "advisers", "advisors", "principals", "lawmakers")) {
            out.put(w, Counted.PEOPLE);
        }
        for (String w : List.of("nations", "countries", "states", "economies", "governments", "democracies", "neighbours", "neighbors",
                "signatories", "markets")) {
            out.put(w, Counted.COUNTRIES);
        }
        for (String w : List.of("cities", "capitals", "stops", "bases", "towns", "provinces", "ports", "venues")) {
            out.put(w, Counted.PLACES);
        }
        for (String w : List.of("members", "allies", "partners", "participants", "parties", "others")) {
            out.put(w, Counted.PEOPLE_OR_COUNTRIES);
        }
        return Map.copyOf(out);
    }

    /** Words before a number that make it a rough one ("some 50 countries", "at least eight", "up to ten"). */
    private static final Set<String> ROUGHLY = WordSet.of("some", "about", "around", "nearly", "almost", "over", "than", "roughly",
            "approximately", "least", "most");

    /** Dashes that open (and close) a list: "four cities – A, B and C –". */
    private static final Set<String> DASHES = WordSet.of("\u2013", "\u2014", "-", "--");

    /** Words after a list that say it is only a part: "A, B and others", "A and B among them", "A, B, etc.". */
    private static final Set<String> PARTIAL_AFTER = WordSet.of("others", "among", "etc", "other", "as", "plus");

    /**
     * A list read after a count: the ids listed, where it ends, whether "and" closes it, and how many of its
     * items may only say where the one before is ("Kyiv, Ukraine", "Anchorage, Alaska", "Washington, D.C."),
     * so that the list may name that many fewer places.
     */
    private record Listing(List<String> ids, int end, boolean closedByAnd, int unsure) {
    }

    /**
     * The list starting at token {@code k} of items each of which is one of what {@code counted} counts, read
     * to its end: "A, B, C and D", "A; B; and C", "Senators A, B, and C; Representative D"; null when an item
     * is not one of them (then the list is not known to be what was counted, and nothing is read). A comma
     * after a list closed by "and" ends it ("Juncker, Tusk and Zelenskyy, will hold").
     */
    private static Listing listing(Annotated s, int k, Counted counted, Map<Mention, Discourse.Entity> people, Discourse d) {
        List<String> ids = new ArrayList<>();
        Boolean ofPeople = null;
        boolean closedByAnd = false;
        int unsure = 0;
        boolean afterComma = false;
        boolean semicolons = false;
        while (true) {
            String[] id = new String[1];
            int end = -1;
            boolean person = false;
            if (counted.people()) {
                end = personItem(s, k, people, id);
                person = end > 0;
            }
            if (end < 0 && counted != Counted.PEOPLE) {
                end = placeItem(s, k, counted, d, id);
            }
            if (end < 0 || ofPeople != null && ofPeople != person) {
                return null;
            }
            ofPeople = person;
            if (!ids.contains(id[0])) {
                ids.add(id[0]);
                // ("three cities: Kyiv, Ukraine, Anchorage, Alaska, and Seattle": a country, a region or a name the
                // lists do not know, after a comma, may say where the city before it is)
                Mention m = s.startingAt(k);
                boolean where = m == null || m.kind() != Mention.Kind.KNOWN || m.known().how() == Lexicon.How.REGION
                        || m.known().kind().equals("country") && m.known().how() == Lexicon.How.NAME;
                unsure += counted == Counted.PLACES && afterComma && where ? 1 : 0;
            }
            String next = s.lower(end);
            // ("two senators, A and B, and Representative C": after "and" has closed a list, a comma ends it)
            boolean comma = next.equals(",") && !closedByAnd || next.equals(";");
            // (a list of groups parted by semicolons may join names within a group: "; and Ambassadors A and B")
            semicolons |= next.equals(";");
            int after = comma ? end + 1 : end;
            boolean and = s.lower(after).equals("and") && !(closedByAnd && !comma && !semicolons);
            if (!comma && !and) {
                return new Listing(ids, end, closedByAnd, unsure);
            }
            int following = and ? after + 1 : after;
            String[] ignored = new String[1];
            boolean more = counted.people() && personItem(s, following, people, ignored) > 0
                    || counted != Counted.PEOPLE && placeItem(s, following, counted, d, ignored) > 0;
            if (!more) {
                return null;
            }
            closedByAnd = and;
            afterComma = !and;
            k = following;
        }
    }

    /**
     * A person listed, with what comes before and after the name: "Chinese Prime Minister Wen Jiabao", "the
     * Minister Taavi Aas of Estonia", "Senators John McCain"; the end of the item, or -1.
     */
    private static int personItem(Annotated s, int k, Map<Mention, Discourse.Entity> people, String[] id) {
        int at = s.lower(k).equals("the") ? k + 1 : k;
        Mention m = s.startingAt(at);
        if (m != null && m.kind() == Mention.Kind.KNOWN) {
            // ("Ireland's Taoiseach Leo Varadkar")
            at = s.lower(m.to()).equals("'s") ? m.to() + 1 : m.to();
            m = s.startingAt(at);
        }
        while (m != null && m.kind() == Mention.Kind.TITLE) {
            at = m.to();
            m = s.startingAt(at);
        }
        // ("and Ambassadors Dan Baer and Geoff Pyatt": a plural title before the names it gives)
        while (m == null && at < s.size() && s.token(at).capitalised()
                && (People.PLURAL_HEADS.containsKey(s.lower(at)) || Annotator.TITLE_MODIFIERS.contains(s.lower(at)))) {
            at++;
            m = s.startingAt(at);
        }
        if (m == null || m.kind() != Mention.Kind.PERSON || !people.containsKey(m)) {
            return -1;
        }
        id[0] = people.get(m).id;
        int end = m.to();
        if (s.lower(end).equals("of")) {
            int c = s.lower(end + 1).equals("the") ? end + 2 : end + 1;
            Mention country = s.startingAt(c);
            if (country != null && country.kind() == Mention.Kind.KNOWN) {
                end = country.to();
            }
        }
        return end;
    }

    /**
     * A country listed ("the United States", "Bosnia and Herzegovina"), also an organisation when members,
     * allies or partners are counted ("the Quartet's four members are the United States, the European Union,
     * Russia and the United Nations": holdout27), or, when places are counted, a place the lists know or a
     * capitalised name of up to three words they do not ("Chengdu", "Bastion"); the end of the item, or -1.
     */
    private static int placeItem(Annotated s, int k, Counted counted, Discourse d, String[] id) {
        boolean countries = counted != Counted.PLACES;
        Mention m = s.startingAt(k) != null ? s.startingAt(k) : s.lower(k).equals("the") ? s.startingAt(k + 1) : null;
        if (m != null && m.kind() == Mention.Kind.KNOWN) {
            boolean country = m.known().kind().equals("country") && m.known().how() == Lexicon.How.NAME
                    || counted == Counted.PEOPLE_OR_COUNTRIES && Set.of("organisation", "group").contains(m.known().kind());
            if (countries ? !country : !(country || Events.isPlace(m))) {
                return -1;
            }
            id[0] = d.known(m.known()).id;
            return m.to();
        }
        if (countries) {
            return -1;
        }
        int at = s.lower(k).equals("the") ? k + 1 : k;
        int end = m != null && m.kind() == Mention.Kind.PERSON ? m.to() : m == null ? unlistedPlace(s, at) : at;
        if (end <= at) {
            return -1;
        }
        id[0] = s.span(at, end).toLowerCase(java.util.Locale.ROOT);
        return end;
    }

    /**
     * A count beside the list of what it counts: "six countries: A, B, ... and G.", "four cities – A, B and C
     * –", "the six other members of the President's delegation: Senators A, B, and C; Representative D; ...",
     * "the two Baltic energy ministers, Minister A of Lithuania, Minister B of Estonia, and Minister C of
     * Latvia.", "the four Commonwealth nations of A, B and C", "three nations, namely A and B". The list must
     * be of what the noun counts (people for "ministers", countries for "nations", places for "cities"), each
     * item one the reader knows, and known to be whole: it runs to the sentence's end or to the dash that
     * opened it, or "and" closes it after "of", "namely" or "all"; after a comma only more names than the count
     * are read, unless the list ends the sentence. The count and the number listed become two counts of the
     * sentence's one event or of the list itself ({@code quantity.count-listed}).
     */
    public static void listed(Annotated s, Map<Mention, Discourse.Entity> people, List<Events.EventMention> events, Discourse d) {
        for (int i = 0; i + 3 < s.size(); i++) {
            int n = Words.number(s.lower(i));
            // ("Two of the three countries – France and Germany – objected": the list is of the part)
            boolean partOf = s.lower(i - 1).equals("the") && s.lower(i - 2).equals("of") && Words.number(s.lower(i - 3)) > 0;
            boolean upTo = s.lower(i - 1).equals("to") && s.lower(i - 2).equals("up");
            if (n < 2 || partOf || upTo || s.quoted(i) || ROUGHLY.contains(s.lower(i - 1)) || s.lower(i + 1).equals("of")) {
                continue;
            }
            Head head = countedHead(s, i);
            WholeList whole = head == null ? null : wholeList(s, i, head, people, d);
            if (whole == null) {
                continue;
            }
            Listing list = whole.listing();
            int listed = list.ids().size();
            if (!(listed - list.unsure() > n || whole.fewerToo() && listed < n)) {
                continue;
            }
            String noun = s.span(i + 1, head.at() + 1).toLowerCase(java.util.Locale.ROOT);
            // (the sentence's one event is what the list counts; else the list itself)
            Discourse.Entity only = Events.onlyEvent(events);
            Discourse.Entity subject = only != null ? only : d.occasion("the " + noun + " listed");
            d.add(Draft.of("quantity", s, i, head.at() + 1, 0.85, "quantity.count-listed").with("subject", subject.id)
                    .with("property", noun).with("value", n).with("kind", "count"));
            d.add(Draft.of("quantity", s, i, Math.min(list.end(), s.size()), 0.85, "quantity.count-listed").with("subject", subject.id)
                    .with("property", noun).with("value", listed).with("kind", "count"));
        }
    }

    /** The noun a count counts: its token and the class of what it counts. */
    private record Head(int at, Counted counted) {
    }

    /**
     * The counted noun after the number at token {@code i}: up to six modifiers, then a plural noun of a
     * known class ("five Gulf Cooperation Council (GCC) countries", "two other senior officials"); null if none.
     */
    private static Head countedHead(Annotated s, int i) {
        for (int h = i + 1; h < s.size() && h <= i + 7; h++) {
            Mention on = s.at(h);
            // ("eight Allies:": a capitalised noun alone may have been taken for a name)
            boolean noun = on == null || on.kind() == Mention.Kind.TITLE || on.kind() == Mention.Kind.PERSON && on.to() - on.from() == 1;
            Counted counted = noun ? Counted.of(s.lower(h)) : null;
            if (counted != null) {
                return new Head(h, counted);
            }
            String w = s.lower(h);
            if (!(s.token(h).word() || w.equals("(") || w.equals(")")) || Set.of("and", "of", "the", "in", "at", "for", "with", "to").contains(w)) {
                return null;
            }
        }
        return null;
    }

    /** A list known to name all a count counts; {@code fewerToo} when naming fewer than counted is a contradiction too. */
    private record WholeList(Listing listing, boolean fewerToo) {
    }

    /**
     * The list beside the count at token {@code i} (its noun at {@code head}), when it is of what the noun
     * counts and known to be whole (see {@link #listed}); null otherwise.
     */
    private static WholeList wholeList(Annotated s, int i, Head head, Map<Mention, Discourse.Entity> people, Discourse d) {
        Counted counted = head.counted();
        int opener = head.at() + 1;
        String open = s.lower(opener);
        // "the four Commonwealth nations of A, B and C": a list right after "of"
        if (open.equals("of") && counted != Counted.PEOPLE) {
            int first = s.lower(opener + 1).equals("the") && s.startingAt(opener + 1) == null ? opener + 2 : opener + 1;
            Listing list = listing(s, first, counted == Counted.PEOPLE_OR_COUNTRIES ? Counted.COUNTRIES : counted, people, d);
            if (list != null && list.closedByAnd() && list.ids().size() >= 2 && !partialAfter(s, list.end())) {
                return new WholeList(list, true);
            }
        }
        // "the six other members of the President's delegation:", "five countries in the region –": a
        // short phrase before a colon or dash
        if (open.equals("of") || open.equals("in")) {
            int k = opener + 1;
            while (k < s.size() && k <= opener + 7 && !s.lower(k).equals(":") && !DASHES.contains(s.lower(k))
                    && (s.token(k).word() || s.lower(k).equals("'s"))) {
                k++;
            }
            opener = k;
            open = s.lower(opener);
            if (!open.equals(":") && !DASHES.contains(open)) {
                return null;
            }
        }
        boolean namely = open.equals("namely") || open.equals(",") && s.lower(opener + 1).equals("namely");
        // ("-- A, B --": a dash of two hyphens may be two tokens)
        boolean doubled = open.equals("-") && s.lower(opener + 1).equals("-");
        int first = opener + (open.equals(",") && namely || doubled ? 2 : 1);
        // ("The P5+1's seven members are A, B, ... and F.")
        boolean are = open.equals("are") || open.equals("were");
        if (!(open.equals(":") || DASHES.contains(open) || open.equals(",") || namely || are)) {
            return null;
        }
        Listing list = listing(s, first, counted, people, d);
        if (list == null || list.ids().size() < 2 || partialAfter(s, list.end())) {
            return null;
        }
        int end = list.end();
        boolean sentenceEnd = end >= s.size() || Set.of(".", "!", "?").contains(s.lower(end));
        boolean all = s.lower(i - 1).equals("all");
        boolean whole;
        boolean fewerToo;
        if (open.equals(":") || DASHES.contains(open)) {
            // to the sentence's end (or ";"), or to the dash that opened it
            whole = sentenceEnd || s.lower(end).equals(";") || DASHES.contains(open) && s.lower(end).equals(open);
            // fewer than counted: only a list closed by "and" (or after "all") names all it counts
            fewerToo = whole && (list.closedByAnd() || all);
        } else if (are) {
            // "are A, B and C.": a list closed by "and" that ends the sentence names all counted
            whole = sentenceEnd && list.closedByAnd();
            fewerToo = whole;
        } else {
            // after a comma: "and" closes it, and a comma or the sentence's end follows; a list of countries
            // of three or more, or one after "namely" or "all", or one that ends the sentence, is whole either way
            whole = list.closedByAnd() && (sentenceEnd || s.lower(end).equals(","));
            // ("the defense ministers of three nations, Montenegro and Macedonia, about ...": two countries
            // between commas, and no more joined after the second comma; holdout33)
            fewerToo = whole && (sentenceEnd || namely || all || counted == Counted.COUNTRIES
                    && (list.ids().size() >= 3 || !MORE_AFTER.contains(s.lower(end + 1))));
        }
        return whole ? new WholeList(list, fewerToo) : null;
    }

    /** Words after a list's closing comma that join more to it ("A and B, and C", "A and B, as well as C"). */
    private static final Set<String> MORE_AFTER = WordSet.of("and", "or", "as", "plus", "along", "alongside", "together", "with");

    /** Whether words after a list's end say it is only a part ("and others", "among them", "etc."). */
    private static boolean partialAfter(Annotated s, int end) {
        int at = s.lower(end).equals(",") ? end + 1 : end;
        return PARTIAL_AFTER.contains(s.lower(at)) || s.lower(at).equals("and") && PARTIAL_AFTER.contains(s.lower(at + 1));
    }
}
