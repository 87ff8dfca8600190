package org.factlint.extract.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A count beside the list it counts: "The two-day discussions include six countries: Russia,
 * China, the United States, Britain, France, Germany and Iran." A list after a colon or a dash
 * that runs to the end of the sentence is the whole of what is counted, so more names than the
 * count cannot be right; the reader gives the count and the number listed as two counts of the
 * sentence's one event, or the event under discussion when the sentence names none
 * ({@code quantity.count-listed}), which the quantity rules compare; with no event told of, the
 * list itself. Fewer names than the count may be a list cut short: no fact, unless the list is
 * closed by "and" and by the sentence's end or its opening dash ("will travel to four countries:
 * Japan, China and New Zealand."), or the count says "all" and the list is closed ("all eight
 * member states — A, B, ... and G — are taking part").
 */
public final class Counts {

    private Counts() {
    }

    /** The separators after which a list is the whole of what is counted. */
    private static final Set<String> SEPARATORS = Set.of(":", "\u2013", "\u2014");

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
            String noun = m.group(2) + "s";
            // the journey counted: an occasion of its own ("the trip"), not the talks the sentence names
            String word = Set.of("trip", "tour", "visit", "journey", "swing").contains(s.lower(i + 1)) ? s.lower(i + 1) : "journey";
            Discourse.Entity journey = d.occasion("the " + word);
            d.add(Draft.of("quantity", s, i, i + 1, 0.85, "quantity.places-listed").with("subject", journey.id)
                    .with("property", noun).with("value", n).with("kind", "count"));
            d.add(Draft.of("quantity", s, bestFrom, Math.max(bestFrom + 1, Math.min(bestTo, s.size())), 0.85, "quantity.places-listed")
                    .with("subject", journey.id).with("property", noun).with("value", best.size()).with("kind", "count"));
        }
    }

    /** Nouns that count countries in an appositive list ("seven nations, France, ..."). */
    private static final Set<String> COUNTRY_NOUNS = Set.of("nations", "countries", "states", "economies");

    /** Whether the list between tokens from and to ends with "and" before its last item. */
    private static boolean closedByAnd(Annotated s, int from, int to) {
        for (int k = to - 1; k > from; k--) {
            if (s.lower(k).equals("and")) {
                return true;
            }
            if (s.lower(k).equals(",")) {
                return false;
            }
        }
        return false;
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

    public static void listed(Annotated s, Map<Mention, Discourse.Entity> people, List<Events.EventMention> events, Discourse d) {
        Discourse.Entity only = Events.onlyEvent(events);
        Discourse.Entity event = only != null ? only : events.isEmpty() ? d.salientEvent() : null;
        if (event == null && !events.isEmpty()) {
            return;
        }
        for (int i = 0; i + 3 < s.size(); i++) {
            int n = Words.number(s.lower(i));
            // "six countries:", "all eight member states —": a noun of one or two words, then the separator
            int sep = SEPARATORS.contains(s.lower(i + 2)) ? i + 2 : SEPARATORS.contains(s.lower(i + 3)) ? i + 3 : -1;
            // "the leaders of seven nations, France, United States, ... and Canada,": an appositive list of countries
            boolean comma = sep < 0 && s.lower(i + 2).equals(",") && COUNTRY_NOUNS.contains(s.lower(i + 1));
            // "All four presidents, Juncker, Tusk and Zelenskyy, will": people, with "all"
            boolean allPeople = sep < 0 && s.lower(i + 2).equals(",") && s.lower(i - 1).equals("all")
                    && Set.of("presidents", "leaders", "ministers").contains(s.lower(i + 1));
            comma |= allPeople;
            sep = comma ? i + 2 : sep;
            // ("Two of the three countries – France and Germany – objected": the list is of the part)
            boolean partOf = s.lower(i - 1).equals("the") && s.lower(i - 2).equals("of") && Words.number(s.lower(i - 3)) > 0;
            if (n < 2 || sep < 0 || partOf || s.quoted(i) || !s.token(i + 1).word() || !s.token(sep - 1).word()
                    || !s.lower(sep - 1).endsWith("s")) {
                continue;
            }
            String noun = s.span(i + 1, sep).toLowerCase(java.util.Locale.ROOT);
            List<String> items = new ArrayList<>();
            int k = sep + 1;
            int last = k;
            while (k < s.size()) {
                // ("the United States" may be one mention with its article, or the article and a mention)
                Mention m = s.startingAt(k) != null ? s.startingAt(k) : s.lower(k).equals("the") ? s.startingAt(k + 1) : null;
                String id = m == null ? null : m.kind() == Mention.Kind.KNOWN ? d.known(m.known()).id
                        : people.containsKey(m) && (!comma || allPeople) ? people.get(m).id : null;
                if (comma && m != null && (allPeople ? m.kind() == Mention.Kind.KNOWN
                        : !(m.kind() == Mention.Kind.KNOWN && m.known().kind().equals("country")))) {
                    id = null;
                }
                if (id == null) {
                    break;
                }
                if (!items.contains(id)) {
                    items.add(id);
                }
                k = m.to();
                last = k;
                int next = afterSeparator(s, k);
                if (next < 0) {
                    break;
                }
                k = next;
            }
            boolean whole = k >= s.size() || s.lower(k).equals(".") || s.lower(k).equals(";");
            // (an appositive list is whole when "and" closes it and a comma or the sentence's end follows)
            if (comma) {
                whole = items.size() >= (allPeople ? 2 : 3) && closedByAnd(s, sep, last)
                        && (last >= s.size() || Set.of(",", ".").contains(s.lower(last)));
                k = last;
            }
            // "all eight member states — A, B and C —": "all" and a list closed by its dash is the whole too,
            // so fewer names than the count cannot be right either
            boolean all = s.lower(i - 1).equals("all") && (whole || s.lower(k).equals(s.lower(sep)));
            // "held meetings in four cities – The Hague, Brussels and Berlin – continuing ...", "will
            // visit four countries: Japan, China and New Zealand.": a list after a colon or dash, closed
            // by "and" and by the sentence's end or the dash that opened it, names all it counts
            boolean closed = !comma && items.size() >= 2 && closedByAnd(s, sep, last)
                    && (whole || SEPARATORS.contains(s.lower(sep)) && s.lower(k).equals(s.lower(sep)));
            if (!(whole && items.size() > n || (all || closed) && items.size() >= 2 && items.size() != n)) {
                continue;
            }
            // (with no event told of, the list itself is what is counted)
            Discourse.Entity subject = event != null ? event : d.occasion("the " + noun + " listed");
            d.add(Draft.of("quantity", s, i, sep, 0.85, "quantity.count-listed").with("subject", subject.id)
                    .with("property", noun).with("value", n).with("kind", "count"));
            d.add(Draft.of("quantity", s, i, k, 0.85, "quantity.count-listed").with("subject", subject.id)
                    .with("property", noun).with("value", items.size()).with("kind", "count"));
        }
    }
}
