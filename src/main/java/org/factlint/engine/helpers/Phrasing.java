package org.factlint.engine.helpers;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.factlint.model.Entity;
import org.factlint.model.EntityKind;

/**
 * How a finding's message names things, in one place: entities as noun phrases ("the London
 * talks", "the United States", but "NATO", "Trump's warning", "Rubio"), the verb that agrees
 * with them ("the talks are"), and numbers as people write them ("4,500"). Messages start with
 * a capital wherever they start ({@code Hit}). Counts in the text report ("1 fact", "2 facts")
 * are the renderer's ({@code TextRenderer.count}).
 */
public final class Phrasing {

    private Phrasing() {
    }

    /** Words that end the name of an event that is a common noun ("London talks", "call between A and B"). */
    private static final Pattern EVENT_HEAD = Pattern.compile("(?i)\\b(talks|meeting|meetings|summit|call|conference|visit"
            + "|trip|tour|negotiations|discussions|consultations|session|dinner|gathering|ceremony|strike|walkout|vote"
            + "|election|speech|warning|announcement|statement|agreement|deal|ceasefire|exercise|forum|round|dialogue"
            + "|hearing|briefing|reception|council|assembly|congress|convention|retreat|videoconference|phone call|ministerial)\\b");
    /** Words a noun phrase may already start with: then it takes no article. */
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "this", "that", "these", "those", "his", "her",
            "their", "its", "our", "my", "your", "one", "another", "each", "every", "last", "next", "yesterday's",
            "today's", "tomorrow's");
    /** Heads that make a plural subject: "the talks are". */
    private static final Set<String> PLURAL_HEADS = Set.of("talks", "negotiations", "discussions", "consultations",
            "meetings", "hearings", "exercises");
    /** Country and organisation names that take "the" in a sentence. */
    private static final Pattern TAKES_THE = Pattern.compile("^(united|european|russian federation|holy see|vatican)\\b"
            + "|\\b(republic|kingdom|emirates|islands|nations|states|federation|union|netherlands|philippines|bahamas"
            + "|gambia|maldives|seychelles|comoros|alliance|commission|council|office|ministry|department|government"
            + "|kremlin|white house|pentagon|foreign office|state department|elysee|élysée)$");

    /** Short names written with "the" in a sentence: "the US", "the EU". */
    private static final Set<String> SHORT_WITH_THE = Set.of("US", "U.S.", "USA", "UK", "U.K.", "UAE", "EU", "UN", "U.N.");

    /** The entity's name as a noun phrase in a sentence: "the London talks", "the United States", "Rubio". */
    public static String nounPhrase(Entity e) {
        String name = e.name();
        if (name == null || name.isBlank() || startsWithDeterminer(name)) {
            return name;
        }
        String lower = name.toLowerCase(Locale.ROOT);
        boolean the = switch (e.kind()) {
            case EVENT -> EVENT_HEAD.matcher(name).find();
            case COUNTRY, ORGANISATION, GROUP -> TAKES_THE.matcher(lower).find() || SHORT_WITH_THE.contains(name);
            default -> false;
        };
        return the ? "the " + name : name;
    }

    /** Words a free-text noun phrase may start with that take no article. */
    private static final Set<String> NO_ARTICLE = Set.of("it", "they", "he", "she", "we", "you", "i", "them", "him",
            "us", "all", "both", "some", "no", "none", "several", "many", "most", "few", "there", "who", "what",
            "which", "whether", "to", "not");

    /**
     * Free text as a noun phrase (a claim's subject or object that is no entity): "pay deal" gives
     * "the pay deal"; text that starts with a capital, a number, a pronoun or a determiner is left as it is.
     */
    public static String freeNounPhrase(String text) {
        if (text == null || text.isBlank() || !Character.isLowerCase(text.charAt(0)) || startsWithDeterminer(text)) {
            return text;
        }
        int space = text.indexOf(' ');
        String first = (space < 0 ? text : text.substring(0, space)).toLowerCase(Locale.ROOT);
        return NO_ARTICLE.contains(first) ? text : "the " + text;
    }

    /** True if the entity's name is a plural subject ("the London talks"), so its verb is "are". */
    public static boolean plural(Entity e) {
        if (e == null || e.name() == null || e.name().isBlank()) {
            return false;
        }
        String[] words = e.name().toLowerCase(Locale.ROOT).split("[\\s]+");
        String head = words[words.length - 1];
        if (e.kind() == EntityKind.EVENT) {
            // "talks between Rubio and Lammy": the head is the first event word
            java.util.regex.Matcher m = EVENT_HEAD.matcher(e.name());
            if (m.find()) {
                head = m.group(1).toLowerCase(Locale.ROOT);
            }
            return PLURAL_HEADS.contains(head);
        }
        return e.kind() == EntityKind.COUNTRY && (head.equals("netherlands") || head.equals("philippines"));
    }

    /** A number as people write it: "4,500", "0.5", "-3". */
    public static String number(double v) {
        boolean whole = v == Math.rint(v) && Math.abs(v) < 1e15;
        if (whole) {
            return String.format(Locale.ROOT, "%,d", (long) v);
        }
        return java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }

    private static boolean startsWithDeterminer(String name) {
        int space = name.indexOf(' ');
        String first = (space < 0 ? name : name.substring(0, space)).toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        return DETERMINERS.contains(first) || first.endsWith("'s") || first.endsWith("s'");
    }
}
