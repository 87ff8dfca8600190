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
 * ({@code quantity.count-listed}), which the quantity rules compare. Fewer names than the count
 * may be a list cut short: no fact, unless the count says "all" and the list is closed ("all
 * eight member states — A, B, ... and G — are taking part").
 */
public final class Counts {

    private Counts() {
    }

    /** The separators after which a list is the whole of what is counted. */
    private static final Set<String> SEPARATORS = Set.of(":", "\u2013", "\u2014");

    public static void listed(Annotated s, Map<Mention, Discourse.Entity> people, List<Events.EventMention> events, Discourse d) {
        Discourse.Entity only = Events.onlyEvent(events);
        Discourse.Entity subject = only != null ? only : events.isEmpty() ? d.salientEvent() : null;
        if (subject == null) {
            return;
        }
        for (int i = 0; i + 3 < s.size(); i++) {
            int n = Words.number(s.lower(i));
            // "six countries:", "all eight member states —": a noun of one or two words, then the separator
            int sep = SEPARATORS.contains(s.lower(i + 2)) ? i + 2 : SEPARATORS.contains(s.lower(i + 3)) ? i + 3 : -1;
            if (n < 2 || sep < 0 || s.quoted(i) || !s.token(i + 1).word() || !s.token(sep - 1).word()
                    || !s.lower(sep - 1).endsWith("s")) {
                continue;
            }
            String noun = s.span(i + 1, sep).toLowerCase(java.util.Locale.ROOT);
            List<String> items = new ArrayList<>();
            int k = sep + 1;
            while (k < s.size()) {
                // ("the United States" may be one mention with its article, or the article and a mention)
                Mention m = s.startingAt(k) != null ? s.startingAt(k) : s.lower(k).equals("the") ? s.startingAt(k + 1) : null;
                String id = m == null ? null : m.kind() == Mention.Kind.KNOWN ? d.known(m.known()).id
                        : people.containsKey(m) ? people.get(m).id : null;
                if (id == null) {
                    break;
                }
                if (!items.contains(id)) {
                    items.add(id);
                }
                k = m.to();
                if (s.lower(k).equals(",")) {
                    k += s.lower(k + 1).equals("and") ? 2 : 1;
                } else if (s.lower(k).equals("and")) {
                    k++;
                } else {
                    break;
                }
            }
            boolean whole = k >= s.size() || s.lower(k).equals(".") || s.lower(k).equals(";");
            // "all eight member states — A, B and C —": "all" and a list closed by its dash is the whole too,
            // so fewer names than the count cannot be right either
            boolean all = s.lower(i - 1).equals("all") && (whole || s.lower(k).equals(s.lower(sep)));
            if (!(whole && items.size() > n || all && items.size() >= 2 && items.size() != n)) {
                continue;
            }
            d.add(Draft.of("quantity", s, i, sep, 0.85, "quantity.count-listed").with("subject", subject.id)
                    .with("property", noun).with("value", n).with("kind", "count"));
            d.add(Draft.of("quantity", s, i, k, 0.85, "quantity.count-listed").with("subject", subject.id)
                    .with("property", noun).with("value", items.size()).with("kind", "count"));
        }
    }
}
