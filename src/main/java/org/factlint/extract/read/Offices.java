package org.factlint.extract.read;

import java.util.LinkedHashSet;
import java.util.Set;
import org.factlint.engine.helpers.Titles;
import org.factlint.model.Rank;

/**
 * Quotes given to an office that speaks for its principal ("Downing Street said", for the
 * Prime Minister): such a quote gets the principal as {@code for}, so that the Prime Minister's
 * words in Downing Street's mouth are one speaker's. The lexicon says whom an office speaks for
 * (a rank in a country, {@code organisations.tsv}); the principal is the one person the article
 * gives a title of that rank, of that country or of no country said. With two such people, or
 * none, the quote is left as it is.
 */
public final class Offices {

    private Offices() {
    }

    /** Sets {@code for} on the quotes of offices, once every role of the article is read. */
    public static void speakFor(Discourse d, Lexicon lx) {
        for (Draft q : d.facts()) {
            if (!q.type().equals("quote") || q.fields().containsKey("for")) {
                continue;
            }
            Lexicon.SpeaksFor office = lx.speaksFor(String.valueOf(q.fields().get("speaker")));
            if (office != null) {
                String principal = principal(d, office);
                if (principal != null) {
                    q.with("for", principal);
                }
            }
        }
    }

    /** The one person holding the office's rank: of its country if any such is said, else of no country said. */
    private static String principal(Discourse d, Lexicon.SpeaksFor office) {
        Set<String> ofCountry = new LinkedHashSet<>();
        Set<String> unsaid = new LinkedHashSet<>();
        Set<String> elsewhere = new LinkedHashSet<>();
        for (Draft f : d.facts()) {
            if (!f.type().equals("role")) {
                continue;
            }
            Rank rank = Titles.rankOf(String.valueOf(f.fields().get("title"))).orElse(null);
            if (rank == null || rank.rung() != office.rung()) {
                continue;
            }
            String person = String.valueOf(f.fields().get("person"));
            Object of = f.fields().get("of");
            if (office.country().equals(of)) {
                ofCountry.add(person);
            } else if (of == null) {
                unsaid.add(person);
            } else {
                elsewhere.add(person);
            }
        }
        if (ofCountry.size() == 1) {
            return ofCountry.iterator().next();
        }
        unsaid.removeAll(elsewhere); // a person of another country, named once without it
        return ofCountry.isEmpty() && unsaid.size() == 1 ? unsaid.iterator().next() : null;
    }
}
