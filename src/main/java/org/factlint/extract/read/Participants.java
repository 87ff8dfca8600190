package org.factlint.extract.read;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Lists of people (and countries) as sentences write them around a verb: "Rubio and Witkoff",
 * "US Secretary of State Marco Rubio, Keith Kellogg and Steve Witkoff", "Keith Kellogg,
 * Washington's Ukraine envoy," (one appositive skipped). One place for the list logic that
 * attendance, meetings and events share.
 */
final class Participants {

    private Participants() {
    }

    /**
     * The list ending just before token {@code at}, in reading order, into {@code into}; returns
     * its first token (or {@code at} if there is none).
     *
     * @param countries whether countries and organisations count as participants ("France
     *                  attended"), or only people
     */
    static int before(Annotated s, Map<Mention, Discourse.Entity> people, Discourse d, int at,
                      List<Discourse.Entity> into, boolean countries, List<Mention> used) {
        int size = into.size();
        int usedSize = used == null ? 0 : used.size();
        int first = before(s, people, d, at, into, countries, used, false);
        // "President Macron and Foreign Minister Le Drian, who pulled out of the meeting": the
        // relative clause may be said of the last or of both; unsure, no one
        if (s.lower(at - 1).equals("who") && s.lower(at - 2).equals(",") && into.size() - size > 1) {
            into.subList(size, into.size()).clear();
            if (used != null) {
                used.subList(usedSize, used.size()).clear();
            }
            return at;
        }
        return first;
    }

    /** Where the people before a verb start, and whether they were named only by "he" or "she". */
    record Subject(int from, boolean byPronoun) {
    }

    /**
     * The people before token {@code at} ({@link #before}), or, with none and "he" or "she" right
     * before it, the person the pronoun stands for ({@link People#pronoun}), whom a reader names
     * less surely ("He will then lead the U.S. delegation to ...", "She will travel to Oslo").
     */
    static Subject beforeOrPronoun(Annotated s, Map<Mention, Discourse.Entity> people, Discourse d, int at,
                                   List<Discourse.Entity> into, boolean countries, List<Mention> used) {
        int from = before(s, people, d, at, into, countries, used);
        if (into.isEmpty() && Set.of("he", "she").contains(s.lower(at - 1))) {
            Discourse.Entity he = People.pronoun(s, people, at - 1, d);
            if (he != null) {
                into.add(he);
                return new Subject(at - 1, true);
            }
        }
        return new Subject(from, false);
    }

    /**
     * "Neither Secretary Yellen nor Vice Premier He": the list, opened by "neither" and joined by
     * "nor", ending just before token {@code at}, into {@code into}; returns its first token (the
     * one after "neither"), or {@code at} if no such list ends there. What is said of it is denied
     * of each: {@link #before} never gives these lists.
     */
    static int neither(Annotated s, Map<Mention, Discourse.Entity> people, Discourse d, int at,
                       List<Discourse.Entity> into, boolean countries, List<Mention> used) {
        return before(s, people, d, at, into, countries, used, true);
    }

    private static int before(Annotated s, Map<Mention, Discourse.Entity> people, Discourse d, int at,
                              List<Discourse.Entity> into, boolean countries, List<Mention> used, boolean neither) {
        int size = into.size();
        int k = at;
        Mention named = null;
        Mention postOf = null;
        int holders = neither ? -1 : pluralHolders(s, d, at, into, used);
        if (holders >= 0) {
            return holders;
        }
        // "President Joseph R. Biden, Jr. met": the suffix after the comma is part of the name
        if (Set.of("jr", "jr.", "sr", "sr.").contains(s.lower(k - 1)) && s.lower(k - 2).equals(",")) {
            k -= 2;
        }
        // ("Rt Hon Hilary Benn MP met", "Simon Harris TD said": post-nominal letters after the name; holdout87)
        if (POST_NOMINALS.contains(s.lower(k - 1)) && s.endingBefore(k - 1) != null && s.endingBefore(k - 1).kind() == Mention.Kind.PERSON) {
            k--;
        }
        // ("Minister Igor Ivanov of the Russian Federation did not attend": the person, whose country it is;
        // black-box trial 104)
        Mention whose = s.endingBefore(k);
        if (whose != null && whose.kind() == Mention.Kind.KNOWN && whose.isCountryLike()) {
            int of = s.lower(whose.from() - 1).equals("the") ? whose.from() - 2 : whose.from() - 1;
            Mention holder = s.lower(of).equals("of") ? s.endingBefore(of) : null;
            if (holder != null && holder.kind() == Mention.Kind.PERSON && people.containsKey(holder)) {
                k = of;
            }
        }
        // "The Vice President, who pulled out of the summit,": the relative clause's antecedent
        // ("Fallon — who in the end pulled out of the meeting —": a relative clause between dashes too)
        boolean relative = s.lower(k - 1).equals("who") && Set.of(",", "\u2014", "\u2013").contains(s.lower(k - 2));
        if (relative) {
            k -= 2;
        }
        if (!relative && s.lower(k - 1).equals(",")) {
            int open = -1;
            for (int j = k - 2; j >= Math.max(0, k - 30); j--) {
                if (s.lower(j).equals(",")) {
                    open = j;
                    break;
                }
            }
            // ("Mary Ng, Minister of International Trade, Export Promotion, Small Business and Economic
            // Development, met": a post whose portfolios are listed with commas, back to the name before it)
            Mention opening = open > 0 ? s.startingAfterThe(open + 1) : null;
            boolean listed = open > 0 && (opening == null || opening.kind() != Mention.Kind.TITLE && opening.kind() != Mention.Kind.PERSON);
            for (int j = open - 1; listed && j >= Math.max(0, k - 30); j--) {
                Mention before = s.endingBefore(j);
                if (s.lower(j).equals(",") && before != null && before.kind() == Mention.Kind.PERSON && people.containsKey(before)
                        && postsOnly(s, j + 1, k - 1)) {
                    open = j;
                    break;
                }
            }
            // an appositive is short; a relative clause ("Hayashi, who had flown back to Tokyo that
            // morning after the attack on former Prime Minister Abe, was ...") may be longer
            // ("Secretary Chu, joined by Assistant Secretary for Policy and International Affairs David
            // Sandalow and other officials, met": who came along may take long to say)
            boolean joined = open >= 0 && Set.of("joined", "accompanied").contains(s.lower(open + 1)) && s.lower(open + 2).equals("by");
            // ("David Lidington, the Chancellor of the Duchy of Lancaster and Minister for the Cabinet
            // Office, met": two posts, nothing else, may be as long)
            if (open >= 0 && k - open > 14 && !RELATIVE.contains(s.lower(open + 1)) && !joined && !postsOnly(s, open + 1, k - 1)) {
                open = -1;
            }
            if (open < 0) {
                return at;
            }
            // "Obama and his Chinese counterpart, Xi Jinping, met": the name between the commas is
            // the person a description before them names
            Mention name = s.startingAt(open + 1);
            Mention post = s.endingBefore(open);
            // ("The Minister for Foreign Affairs of Japan, Taro Kono, met": a title of a country before the name)
            Mention countryPost = post != null && post.kind() == Mention.Kind.KNOWN
                    && (post.isCountryLike() || post.known().how() == Lexicon.How.REGION) ? titleBefore(s, post, true) : null;
            if (name != null && name.kind() == Mention.Kind.PERSON && name.to() == k - 1 && people.containsKey(name)
                    && post != null && (post.kind() == Mention.Kind.TITLE || countryPost != null) && !neither) {
                named = name;
                postOf = countryPost;
            }
            k = open;
        }
        // "Iran's delegation stayed away", "the Iranian delegation walked out": the country
        if (countries && !neither && DELEGATION.contains(s.lower(k - 1))) {
            int j = s.lower(k - 2).equals("'s") ? k - 2 : k - 1;
            Mention c = s.endingBefore(j);
            if (c != null && c.kind() == Mention.Kind.KNOWN && c.isCountryLike()) {
                into.add(0, d.known(c.known()));
                if (used != null) {
                    used.add(c);
                }
                return s.lower(c.from() - 1).equals("the") ? c.from() - 1 : c.from();
            }
        }
        int first = k;
        boolean nor = false;
        while (true) {
            Mention m = s.endingBefore(k);
            if (named != null) {
                into.add(0, people.get(named));
                if (used != null) {
                    used.add(named);
                }
                first = postOf != null ? (s.lower(postOf.from() - 1).equals("the") ? postOf.from() - 1 : postOf.from()) : described(s, m);
                first = Words.POSSESSIVES.contains(s.lower(first - 1)) ? first - 1 : first;
                named = null;
                if (!s.lower(first - 1).equals("and")) {
                    return first;
                }
                k = first - 1;
                continue;
            }
            // "A, B, and C met": the comma before "and" (a serial comma) leaves B a name, not a post of A's
            if (m == null && s.lower(k).equals("and") && s.lower(k - 1).equals(",") && into.size() > size && !neither) {
                Mention before = s.endingBefore(k - 1);
                // (a full name opening a list item, titled or not: not the end of a post, "... for Foreign
                // Affairs and Security Policy, and Mr X")
                Mention titled = before == null ? null : s.endingBefore(before.from());
                int itemFrom = titled != null && titled.kind() == Mention.Kind.TITLE ? titled.from() : before == null ? -1 : before.from();
                Mention country = itemFrom > 0 ? s.endingBefore(itemFrom) : null;
                if (country != null && country.kind() == Mention.Kind.KNOWN && country.isCountryLike()) {
                    itemFrom = country.from(); // "Australian Foreign Minister Penny Wong"
                }
                if (before != null && before.kind() == Mention.Kind.PERSON && people.containsKey(before) && "full".equals(before.value())
                        && s.lower(itemFrom - 1).equals(",")) {
                    k = k - 1;
                    m = before;
                }
            }
            // "Mr X, Prime Minister of Japan, Mr Y, President of the European Council, and Mr Z, ...,
            // met": a name in the list may carry its post between commas (its country is no member)
            int comma = s.lower(k).equals(",") ? k : s.lower(k - 1).equals(",") ? k - 1 : -1;
            if ((m == null || m.kind() != Mention.Kind.PERSON && !People.described(m)) && comma >= 0 && into.size() > size
                    && !neither) {
                int open = postBefore(s, people, comma);
                if (open >= 0) {
                    k = open;
                    m = s.endingBefore(k);
                }
            }
            Discourse.Entity e = m == null ? null : m.kind() == Mention.Kind.PERSON || People.described(m) ? people.get(m)
                    : countries && m.kind() == Mention.Kind.KNOWN && m.isCountryLike() && !s.lower(m.to()).equals("'s")
                    // ("Egypt's ambassador to Iraq, Ahmed Nasr, attended": where an envoy is posted is no one
                    // who attended; black-box trial 66)
                    && !Set.of("to", "in").contains(s.lower(m.from() - 1))
                    // ("The Prime Minister of Thailand did not attend the summit": the country of a title said
                    // before it is that post holder's, not a delegation; black-box trial 75)
                    && !titleOfCountry(s, m) ? d.known(m.known()) : null;
            if (e == null) {
                // a list broken off after "nor" is no list
                return into.size() == size || nor || neither ? cleared(into, size, at) : first;
            }
            into.add(0, e);
            if (used != null) {
                used.add(m);
            }
            first = People.described(m) ? described(s, m) : withTitle(s, m);
            // "Mr Katsuya Okada, ..., and Mr Karel De Gucht": an honorific before the name
            if (m.kind() == Mention.Kind.PERSON && first == m.from()) {
                first = s.honorificsBefore(first);
            }
            // ("..., the Minister for Foreign Affairs of Japan, Taro Kono, and ...": "the" opens the item's title)
            if (s.lower(first - 1).equals("the") && m.kind() == Mention.Kind.PERSON && first < m.from()
                    && Set.of(",", "and").contains(s.lower(first - 2))) {
                first--;
            }
            String sep = s.lower(first - 1);
            // ("..., the Prime Minister of Albania Edi Rama as well as the Foreign Minister of Serbia
            // Nikola Selakovic participated": "as well as" joins the last two as "and" does)
            int sepWidth = 1;
            if (sep.equals("as") && s.lower(first - 2).equals("well") && s.lower(first - 3).equals("as")) {
                sep = "and";
                sepWidth = 3;
            }
            if (!(sep.equals("and") || sep.equals(",") || sep.equals("nor"))) {
                // "Neither A nor B": only the reader that denies it of each takes it
                boolean neitherList = nor && sep.equals("neither");
                // "Officials standing in for the Foreign Secretary and Secretary Kerry met", "Aides to
                // the two presidents held talks": the people named are the ones who did not
                if (onBehalfOf(s, first)) {
                    return cleared(into, size, at);
                }
                return neitherList == neither && (neither || !nor) ? first : cleared(into, size, at);
            }
            // "Following the meeting with Wang, Lew met ...": a list's last two are joined by "and"
            // (or "nor"); a bare comma there ends an opening phrase
            if (sep.equals(",") && into.size() - size == 1 && !neither) {
                return first;
            }
            nor |= sep.equals("nor");
            k = first - sepWidth;
            if (sep.equals(",") && s.lower(k - 1).equals("and")) {
                k--;
            }
        }
    }

    /**
     * "Mr Katsuya Okada, Foreign Minister of Japan," before token {@code comma} (the comma closing
     * the post): the comma opening it, just after a known person's name, or -1. The post opens with
     * a title (past "the" or a country), holds no relative clause or "said", and is at most twenty
     * tokens long; it may hold commas and names of its own ("Minister of Economy, Trade and
     * Industry of Japan", "the deputy of X").
     */
    private static int postBefore(Annotated s, Map<Mention, Discourse.Entity> people, int comma) {
        for (int j = comma - 2; j >= Math.max(1, comma - 21); j--) {
            if (RELATIVE.contains(s.lower(j)) || Set.of("which", "said", "says").contains(s.lower(j))) {
                return -1;
            }
            if (!s.lower(j).equals(",")) {
                continue;
            }
            Mention name = s.endingBefore(j);
            int t = s.lower(j + 1).equals("the") ? j + 2 : j + 1;
            Mention c = s.startingAt(t);
            if (c != null && c.kind() == Mention.Kind.KNOWN && c.known().kind().equals("country")) {
                t = s.lower(c.to()).equals("'s") ? c.to() + 1 : c.to();
            }
            Mention title = s.startingAt(t);
            if (name != null && name.kind() == Mention.Kind.PERSON && people.containsKey(name)
                    && title != null && title.kind() == Mention.Kind.TITLE && !people.containsKey(title)) {
                return j;
            }
        }
        return -1;
    }

    /**
     * "The foreign ministers of India and Pakistan", "the defence secretaries of the UK and the
     * US", "the two foreign ministers" ending just before token {@code at}: the one person the
     * article gives that title for each country (or, for "the two", the two it gives it), into
     * {@code into}; returns the first token ("the"), or -1 when the phrase is not there or some
     * country's holder is not known or not alone. A description, as "the Foreign Secretary" is.
     */
    private static int pluralHolders(Annotated s, Discourse d, int at, List<Discourse.Entity> into, List<Mention> used) {
        List<String> countries = new java.util.ArrayList<>();
        int k = at;
        int title = at;
        if (s.endingBefore(at) != null && s.endingBefore(at).kind() == Mention.Kind.KNOWN) {
            // "of India and Pakistan", "of the UK, France and Germany"
            while (true) {
                Mention c = s.endingBefore(k);
                if (c == null || c.kind() != Mention.Kind.KNOWN || !c.known().kind().equals("country")) {
                    return -1;
                }
                countries.add(0, d.known(c.known()).id);
                k = s.lower(c.from() - 1).equals("the") ? c.from() - 1 : c.from();
                String sep = s.lower(k - 1);
                if (sep.equals("of")) {
                    title = k - 1;
                    break;
                }
                if (!(sep.equals("and") || sep.equals(","))) {
                    return -1;
                }
                k--;
            }
            if (countries.size() < 2) {
                return -1;
            }
        }
        // the title's words back to "the": "foreign ministers", "two foreign ministers"
        int start = title;
        while (start > 0 && start > title - 4 && !s.lower(start - 1).equals("the")) {
            start--;
        }
        if (start <= 0 || !s.lower(start - 1).equals("the") || start >= title) {
            return -1;
        }
        boolean two = s.lower(start).equals("two");
        if (countries.isEmpty() != two) {
            return -1;
        }
        String head = s.lower(title - 1);
        String singular = head.endsWith("ies") ? head.substring(0, head.length() - 3) + "y"
                : head.endsWith("s") && PLURAL_TITLES.contains(head) ? head.substring(0, head.length() - 1) : null;
        if (singular == null) {
            return -1;
        }
        int words = two ? start + 1 : start;
        String post = ((words < title - 1 ? s.span(words, title - 1) : "") + " " + singular).strip();
        List<Discourse.Entity> found = new java.util.ArrayList<>();
        if (two) {
            // (the two the sentences read so far named: "The two ministers met in the evening" is not
            // about a minister a later sentence names)
            found.addAll(People.holders(d, post, null));
            found.retainAll(d.peopleSeen());
            if (found.size() != 2) {
                return -1;
            }
        } else {
            for (String country : countries) {
                List<Discourse.Entity> one = People.holders(d, post, country);
                if (one.size() != 1) {
                    return -1;
                }
                found.add(one.get(0));
            }
        }
        into.addAll(found);
        if (used != null) {
            used.add(new Mention(Mention.Kind.TITLE, start - 1, at, null, null));
        }
        return start - 1;
    }

    /** Plural title heads "the foreign ministers of X and Y" may end with. */
    private static final Set<String> PLURAL_TITLES = WordSet.of("ministers", "secretaries", "presidents", "chancellors",
            "premiers", "envoys", "ambassadors");

    /** Words for a country's people at a meeting ("Iran's delegation"). */
    private static final Set<String> DELEGATION = WordSet.of("delegation", "team", "negotiators", "side");

    /** Removes what this reading added to {@code into} (at its front); returns {@code at}. */
    /** Words before a list of people that make them the ones others act for ("standing in for", "aides to"). */
    private static final List<List<String>> ON_BEHALF_OF = Stream.of("standing in for", "stood in for", "stands in for",
            "sitting in for", "sat in for", "deputising for", "deputizing for", "substituting for", "in place of", "instead of",
            "on behalf of", "aides to", "deputies to", "advisers to", "advisors to", "assistants to", "aides of", "deputies of")
            .map(p -> List.of(p.split(" "))).toList();

    /** Whether the words just before token {@code first} are one of {@link #ON_BEHALF_OF}. */
    private static boolean onBehalfOf(Annotated s, int first) {
        return s.phraseEndingBefore(ON_BEHALF_OF, first, 0) >= 0;
    }

    private static int cleared(List<Discourse.Entity> into, int size, int at) {
        into.subList(0, into.size() - size).clear();
        return at;
    }

    /** Words that may join the words of a post written in lower case ("Australia's deputy prime minister and defense minister"). */
    private static final Set<String> LOWER_POST_GLUE = WordSet.of("the", "and", "of", "for", "'s", "’s");

    /**
     * A post between commas after a name, from token {@code at}: titles (in any case), countries and
     * the words that join them, then a comma and "and" or a name; the token after that comma, else
     * {@code at}.
     */
    private static int lowerPostEnd(Annotated s, int at) {
        boolean title = false;
        int k = at;
        while (k < s.size() && k - at < 14 && !s.lower(k).equals(",")) {
            Mention m = s.startingAt(k);
            if (m != null && (m.kind() == Mention.Kind.TITLE || m.kind() == Mention.Kind.KNOWN)) {
                title |= m.kind() == Mention.Kind.TITLE;
                k = m.to();
            } else if (m == null && LOWER_POST_GLUE.contains(s.lower(k))) {
                k++;
            } else {
                return at;
            }
        }
        return title && s.lower(k).equals(",") && k + 1 < s.size() && (s.lower(k + 1).equals("and") || s.startingAt(k + 1) != null)
                ? k + 1 : at;
    }

    /** Words that open a relative clause after a name and a comma. */
    private static final Set<String> RELATIVE = WordSet.of("who", "whose", "whom");

    /** Words that may join the posts of an appositive ("the X of Y and Z"). */
    private static final Set<String> POST_GLUE = WordSet.of("the", "and", "of", "for", ",");

    /**
     * Whether tokens {@code from} to {@code to} (exclusive) start with a post and hold nothing but
     * names of posts and places: capitalised words and the words that join them (a lower-case
     * word of any other kind may be a verb: a clause, not an appositive).
     */
    private static boolean postsOnly(Annotated s, int from, int to) {
        Mention first = s.startingAfterThe(from);
        if (first == null || first.kind() != Mention.Kind.TITLE || to - from > 30) {
            return false;
        }
        for (int k = from; k < to; k++) {
            if (!s.token(k).capitalised() && !POST_GLUE.contains(s.lower(k))) {
                return false;
            }
        }
        return true;
    }

    /** The list starting at token {@code at} ("with Indian Foreign Minister X and Y"); returns the token after it. */
    static int after(Annotated s, Map<Mention, Discourse.Entity> people, int at, List<Discourse.Entity> into,
                     List<Mention> used) {
        int size = into.size();
        int usedSize = used == null ? 0 : used.size();
        int end = afterList(s, people, at, into, used);
        // "In his meeting with Abe, Shanahan reaffirmed ...": a list's last two are joined by "and"
        // (or "nor"); names joined by bare commas, a verb after them, are the first, then the next
        // clause's subject (not "chaired by X, Y, and High Representative Z": the list goes on)
        if (into.size() - size >= 2 && !hasAnd(s, at, end) && !Set.of(",", "and", "nor").contains(s.lower(end))) {
            // (the comma after the first one's name: "the Minister of Foreign Affairs, Sameh Shoukry, Lord Ahmad ...")
            int comma = at;
            for (int k = at; k < end; k++) {
                Mention m = s.startingAt(k);
                if (m != null && people.get(m) == into.get(size)) {
                    comma = m.to();
                    break;
                }
            }
            while (comma < end && !s.lower(comma).equals(",")) {
                comma++;
            }
            into.subList(size + 1, into.size()).clear();
            if (used != null && used.size() > usedSize + 1) {
                used.subList(usedSize + 1, used.size()).clear();
            }
            return comma;
        }
        return end;
    }

    /**
     * Past a body's name right before a title ("Joint Chiefs Staff Committee Chairman X", "Planning
     * Commission Deputy Chairman X"): one to five capitalised words no mention covers, the last a
     * noun of {@link Words#BODY_NOUNS}, then a title; {@code at} itself when there is none.
     */
    private static int pastBodyName(Annotated s, int at) {
        int k = at;
        while (k < at + 5 && k < s.size() && s.at(k) == null && s.token(k).capitalised() && s.token(k).word()) {
            k++;
            Mention next = s.startingAt(k);
            if (Words.BODY_NOUNS.contains(s.lower(k - 1)) && next != null && next.kind() == Mention.Kind.TITLE) {
                return k;
            }
            // ("Liberal Democrat leader Ed Davey": a lower-case post after whose it is)
            if (next != null && next.kind() == Mention.Kind.TITLE && !s.token(k).capitalised()) {
                return k;
            }
        }
        return at;
    }

    /**
     * A title's qualifiers, said of the person, before it in a list ("former Lebanese Prime
     * Minister X", "China's current President X", "met with visiting Pakistani President X").
     */
    private static final Set<String> QUALIFIERS = java.util.stream.Stream.concat(
            Set.of("former", "outgoing", "incoming", "acting", "current", "visiting").stream(),
            // ("Deputy Chinese Premier X": the rank before the country, as People writes it into the title)
            People.RANK_BEFORE_COUNTRY.stream()).collect(java.util.stream.Collectors.toUnmodifiableSet());

    /** Who else a list may end with, unnamed: "and other participating ministers", "and their counterparts". */
    private static final Set<String> OTHERS = WordSet.of("ministers", "leaders", "officials", "counterparts", "delegates",
            "participants", "delegations", "colleagues", "advisers", "advisors", "aides");

    /**
     * Past an unnamed rest of a list that ends at {@code at}: "Vilsack and other participating
     * ministers will discuss", "X and others"; {@code at} itself when none follows. The named ones
     * are there; how many others is not said.
     */
    static int pastOthers(Annotated s, int at) {
        if (!s.lower(at).equals("and")) {
            return at;
        }
        if (s.lower(at + 1).equals("others")) {
            return at + 2;
        }
        if (!Set.of("other", "their", "his", "her").contains(s.lower(at + 1))) {
            return at;
        }
        for (int k = at + 2; k < Math.min(s.size(), at + 5); k++) {
            if (OTHERS.contains(s.lower(k))) {
                return k + 1;
            }
            if (s.at(k) != null || !s.token(k).word()) {
                return at;
            }
        }
        return at;
    }

    private static boolean hasAnd(Annotated s, int from, int to) {
        for (int k = from; k < to; k++) {
            if (s.lower(k).equals("and") || s.lower(k).equals("nor")) {
                return true;
            }
        }
        return false;
    }

    private static int afterList(Annotated s, Map<Mention, Discourse.Entity> people, int at, List<Discourse.Entity> into,
                                 List<Mention> used) {
        int k = at;
        int end = at;
        while (true) {
            // ("the US" may be one mention with its article)
            if (Set.of("the", "his", "her", "their").contains(s.lower(k)) && s.startingAt(k) == null) {
                k++;
            }
            // "former Lebanese Prime Minister X": the title's qualifier
            if (QUALIFIERS.contains(s.lower(k)) && s.startingAt(k) == null) {
                k++;
            }
            // "recently appointed", "newly elected": said of the person, not part of the title
            if (Set.of("recently", "newly").contains(s.lower(k)) && Set.of("appointed", "elected", "named").contains(s.lower(k + 1))) {
                k += 2;
            }
            // ("Joint Chiefs Staff Committee Chairman Gen. Tariq Majeed": a body's name before the title)
            k = pastBodyName(s, k);
            // "General Mark Milley": the honorific is not part of the name
            while (honoured(s, people, k)) {
                k++;
            }
            // "the Director of the Office of the CCP Central Foreign Affairs Commission and China's
            // Foreign Minister Wang Yi": one person, a post the lists do not know joined to a titled name
            int joined = postThenAnd(s, people, k);
            if (joined > k && (titledName(s, people, joined) || countryTitledName(s, people, joined))) {
                k = joined;
            }
            // "Indian Foreign Minister X", "Russia's President X", "EU High Representative X", "President X"
            Mention m = s.startingAt(k);
            // ("the EU's High Representative, Josep Borrell": an organisation's possessive before the title)
            int afterOwner = m == null ? k : s.lower(m.to()).equals("'s") ? m.to() + 1 : m.to();
            if (m != null && m.isCountryLike() && (m.known().kind().equals("country")
                    || s.startingAt(afterOwner) != null && s.startingAt(afterOwner).kind() == Mention.Kind.TITLE)) {
                k = afterOwner;
                // "China's current President Hu Jintao"
                k += QUALIFIERS.contains(s.lower(k)) && s.startingAt(k) == null ? 1 : 0;
                m = s.startingAt(k);
            }
            if (m != null && m.kind() == Mention.Kind.TITLE && !people.containsKey(m)) {
                k = m.to();
                // "the President of the European Commission Ursula von der Leyen" ("the Secretary of State
                // for Northern Ireland, James Brokenshire MP": a post for a region; holdout95)
                Mention body = !s.lower(k).equals("of") && !s.lower(k).equals("for") ? null
                        : s.startingAt(k + 1) != null ? s.startingAt(k + 1)
                        : s.lower(k + 1).equals("the") ? s.startingAt(k + 2) : null;
                if (body != null && body.kind() == Mention.Kind.KNOWN) {
                    k = body.to();
                }
                // "his counterpart from the United Kingdom, State Secretary for Defense Michael Fallon"
                Mention origin = !s.lower(k).equals("from") ? null
                        : s.startingAt(k + 1) != null ? s.startingAt(k + 1)
                        : s.lower(k + 1).equals("the") ? s.startingAt(k + 2) : null;
                if (origin != null && origin.kind() == Mention.Kind.KNOWN && origin.known().kind().equals("country")) {
                    k = origin.to();
                }
                // "US Ambassador to China Nicholas Burns": where an envoy is posted, then the name
                Mention posted = s.lower(k).equals("to") ? s.startingAfterThe(k + 1) : null;
                if (posted != null && posted.kind() == Mention.Kind.KNOWN && posted.known().kind().equals("country")
                        && s.startingAt(posted.to()) != null && s.startingAt(posted.to()).kind() == Mention.Kind.PERSON) {
                    k = posted.to();
                }
                // "External Affairs Minister Dr. Subrahmanyam Jaishankar"
                while (honoured(s, people, k)) {
                    k++;
                }
                m = s.startingAt(k);
                // "his US counterpart, Ashton Carter", "Egypt's Minister of Foreign Affairs, H.E. Sameh Shoukry"
                int named = k + 1;
                while (m == null && s.lower(k).equals(",") && honoured(s, people, named)) {
                    named++;
                }
                if (m == null && s.lower(k).equals(",") && s.startingAt(named) != null
                        && s.startingAt(named).kind() == Mention.Kind.PERSON && "full".equals(s.startingAt(named).value())) {
                    k = named;
                    m = s.startingAt(k);
                }
                // "his UK counterpart, Secretary of State for Defence, John Healey"
                Mention post = m == null && s.lower(k).equals(",") ? s.startingAt(k + 1) : null;
                // ("his New Zealand counterpart, Minister of Defence and Minister for Veterans, the Hon Ron Mark":
                // posts joined by "and", then a style before the name; holdout87)
                int postEnd = post == null ? -1 : post.to();
                while (postEnd > 0 && s.lower(postEnd).equals("and") && s.startingAt(postEnd + 1) != null
                        && s.startingAt(postEnd + 1).kind() == Mention.Kind.TITLE) {
                    postEnd = s.startingAt(postEnd + 1).to();
                }
                int postName = postEnd > 0 && s.lower(postEnd).equals(",") ? s.pastHonorifics(postEnd + 1) : -1;
                if (post != null && post.kind() == Mention.Kind.TITLE && postName > 0
                        && s.startingAt(postName) != null && s.startingAt(postName).kind() == Mention.Kind.PERSON
                        && "full".equals(s.startingAt(postName).value())) {
                    k = postName;
                    m = s.startingAt(k);
                }
                // "his counterpart, Defense Secretary X" (the description, then the titled name), and
                // "Chairman of the Joint Chiefs of Staff and General X" (one person, two titles;
                // "Deputy Prime Minister / Foreign Minister Minh" likewise)
                if (m == null && (s.lower(k).equals(",") || s.lower(k).equals("and") || s.lower(k).equals("/"))
                        && (titledName(s, people, k + 1) || honoured(s, people, k + 1))) {
                    k++;
                    continue;
                }
            }
            if (m == null || !(m.kind() == Mention.Kind.PERSON || People.described(m)) || !people.containsKey(m)) {
                return end;
            }
            // "without Barrot's deputy", "met Barrot's chief of staff": the possessor is not the one named
            if (s.lower(m.to()).equals("'s") || s.lower(m.to()).equals("'")) {
                return end;
            }
            into.add(people.get(m));
            if (used != null) {
                used.add(m);
            }
            k = m.to();
            end = k;
            // "X, the Y of Z," appositive after a name: skip it when another name follows
            if (!(s.lower(k).equals("and") || s.lower(k).equals(","))) {
                return end;
            }
            k++;
            // "Richard Marles, Australia's deputy prime minister and defense minister, and Japanese
            // Defense Minister X": a post in lower case between commas is the last one's, not a name
            if (s.lower(k - 1).equals(",")) {
                k = lowerPostEnd(s, k);
            }
            // "attended by Foreign Secretary Amrit Rai, who stood in for the minister, and Thailand's
            // Foreign Minister X": a relative clause on the last one, closed by a comma before "and"
            // (black-box trial 41)
            if (s.lower(k).equals("who")) {
                int close = k + 1;
                while (close < Math.min(s.size(), k + 14) && !s.lower(close).equals(",")) {
                    close++;
                }
                if (s.lower(close).equals(",") && s.lower(close + 1).equals("and")) {
                    k = close + 1;
                }
            }
            if (s.lower(k).equals("and")) {
                k++;
            }
        }
    }

    /**
     * A post written in capitals that the lists do not know ("the Director of the Office of the
     * CCP Central Foreign Affairs Commission"), then "and": the token after "and", or {@code at}.
     * Capitalised words, "of", "the", "for" and names only (no titled person's name), at most
     * twenty tokens, and the first word capitalised and no person's name.
     */
    private static int postThenAnd(Annotated s, Map<Mention, Discourse.Entity> people, int at) {
        int k = s.lower(at).equals("the") ? at + 1 : at;
        if (k >= s.size() || !s.token(k).capitalised() || s.at(k) != null && s.at(k).kind() == Mention.Kind.PERSON) {
            return at;
        }
        for (int j = k; j < Math.min(s.size(), at + 21); j++) {
            String w = s.lower(j);
            if (w.equals("and")) {
                return j > k ? j + 1 : at;
            }
            // capitalised words of an institution's name may read as a name ("Office", "CCP Central"),
            // but a titled person's name ends the post: "Defence Minister Tom Lund and ..." is two people,
            // and so is "Minister of Foreign Affairs of Turkmenistan Rashid Meredov and ..."
            Mention m = s.at(j);
            // ("Foreign Minister Prince Faisal bin Farhan and ...": past the honorifics; black-box trial 51)
            Mention before = m == null ? null : s.endingBefore(s.honorificsBefore(m.from()));
            if (m != null && m.kind() == Mention.Kind.PERSON && people.containsKey(m) && before != null
                    && (before.kind() == Mention.Kind.TITLE
                    || before.kind() == Mention.Kind.KNOWN && before.known().kind().equals("country") && s.lower(before.from() - 1).equals("of"))) {
                return at;
            }
            // ("Politburo Member, Director of the Office of the Foreign Affairs Commission, and ...")
            boolean ok = Set.of("of", "the", "for").contains(w) || w.equals(",") && j > k || m != null && j > k
                    || s.token(j).word() && s.token(j).capitalised();
            if (!ok) {
                return at;
            }
        }
        return at;
    }

    /** "China's Foreign Minister Wang Yi": a country, then a titled name. */
    private static boolean countryTitledName(Annotated s, Map<Mention, Discourse.Entity> people, int at) {
        Mention c = s.startingAt(at);
        if (c == null || c.kind() != Mention.Kind.KNOWN || !c.known().kind().equals("country")) {
            return false;
        }
        return titledName(s, people, s.lower(c.to()).equals("'s") ? c.to() + 1 : c.to());
    }

    /** Whether a title written before a person's name starts at token {@code at} ("Defense Secretary Lloyd Austin"). */
    private static boolean titledName(Annotated s, Map<Mention, Discourse.Entity> people, int at) {
        Mention t = s.startingAt(at);
        if (t == null || t.kind() != Mention.Kind.TITLE || people.containsKey(t)) {
            return false;
        }
        // ("Deputy Prime Minister and Minister for Foreign Affairs, H. E. Prak Sokhonn": the name after a comma)
        int k = s.lower(t.to()).equals(",") ? t.to() + 1 : t.to();
        Mention p = s.startingAt(k);
        return p != null && p.kind() == Mention.Kind.PERSON && people.containsKey(p) || k > t.to() && honoured(s, people, k);
    }

    /** Whether honorifics ("General", "Dr", "Lt. Gen.") and then a known person's name start at token {@code at}. */
    private static boolean honoured(Annotated s, Map<Mention, Discourse.Entity> people, int at) {
        int k = at;
        while (k < s.size() && k - at < 3 && Annotator.HONORIFICS.contains(s.lower(k))) {
            k++;
        }
        Mention p = s.startingAt(k);
        return k > at && p != null && p.kind() == Mention.Kind.PERSON && people.containsKey(p);
    }

    /** "the [US] Secretary of State": a description's first token. */
    private static int described(Annotated s, Mention title) {
        Mention c = People.countryBefore(s, title.from());
        int first = c != null ? c.from() : title.from();
        return s.lower(first - 1).equals("the") ? first - 1 : first;
    }

    /** Whether any of the mentions names its person by a description: the statement is then less certain. */
    static boolean anyDescribed(List<Mention> used) {
        return used.stream().anyMatch(People::described);
    }

    /** Post-nominal letters after a name: "Hilary Benn MP", "Simon Harris TD". */
    private static final Set<String> POST_NOMINALS = WordSet.of("mp", "td", "mep", "msp", "mla", "kc", "qc");

    /** Whether the country mention follows a title and "of" ("the Prime Minister of Thailand"). */
    private static boolean titleOfCountry(Annotated s, Mention country) {
        if (titleBefore(s, country, false) != null) {
            return true;
        }
        // ("The First Lady of Ghana, Lordina Mahama, did not attend": a person's capitalised style before
        // "of", not the country's government or delegation; black-box trial 82)
        int of = s.lower(country.from() - 1).equals("the") ? country.from() - 2 : country.from() - 1;
        return s.lower(of).equals("of") && s.at(of - 1) == null && s.token(of - 1).word() && s.token(of - 1).capitalised()
                && PERSONS_OF.contains(s.lower(of - 1));
    }

    /** Capitalised words for a person before "of" and a country ("the First Lady of Ghana", "the Crown Prince of Bahrain"). */
    private static final Set<String> PERSONS_OF = WordSet.of("lady", "gentleman", "spouse", "wife", "husband", "prince", "princess",
            "consort", "daughter", "son", "envoy", "ambassador", "representative", "governor", "mayor", "speaker", "chief");

    /**
     * The title ending before "of" (or, if {@code orFor}, "for") and an optional "the" before this
     * country or place: "President of the United States", "Secretary of State for Northern Ireland";
     * null if there is none.
     */
    private static Mention titleBefore(Annotated s, Mention country, boolean orFor) {
        int of = s.lower(country.from() - 1).equals("the") ? country.from() - 2 : country.from() - 1;
        Mention title = s.lower(of).equals("of") || orFor && s.lower(of).equals("for") ? s.endingBefore(of) : null;
        return title != null && title.kind() == Mention.Kind.TITLE ? title : null;
    }

    /** A person mention's first token, taking in a title and country written before it. */
    static int withTitle(Annotated s, Mention m) {
        int first = m.from();
        // "Deputy Chairman of the Planning Commission of India, Dr. Montek Singh Ahluwalia": a title of a
        // country, a comma, then (past honorifics) the full name (holdout83)
        int honoured = m.kind() == Mention.Kind.PERSON ? s.honorificsBefore(first) : first;
        if (m.kind() == Mention.Kind.PERSON && (honoured < first || "full".equals(m.value())) && s.lower(honoured - 1).equals(",")) {
            Mention country = s.endingBefore(honoured - 1);
            // ("The Secretary of State for Northern Ireland, Rt Hon Hilary Benn MP met": a post for a region too)
            Mention title = country != null && country.kind() == Mention.Kind.KNOWN
                    && (country.isCountryLike() || country.known().kind().equals("place")) ? titleBefore(s, country, true) : null;
            if (title != null) {
                return title.from();
            }
        }
        Mention t = s.endingBefore(first);
        // "President of the United States Donald Trump": a title, its country, then the name
        Mention country = t;
        Mention titleOf = m.kind() == Mention.Kind.PERSON && country != null && country.kind() == Mention.Kind.KNOWN
                && country.isCountryLike() ? titleBefore(s, country, false) : null;
        if (titleOf != null) {
            return titleOf.from();
        }
        if (m.kind() == Mention.Kind.PERSON && t != null && t.kind() == Mention.Kind.TITLE) {
            first = t.from();
            // "United States Department of State Deputy Assistant Secretary X": the department, then its country
            Mention org = s.endingBefore(first);
            if (org != null && org.kind() == Mention.Kind.KNOWN && org.known().kind().equals("organisation")) {
                first = org.from();
            }
            Mention c = People.countryBefore(s, first);
            if (c != null) {
                first = c.from();
            }
            // "Clinton and her Indonesian counterpart Marty Natalegawa met"
            if (Words.POSSESSIVES.contains(s.lower(first - 1))) {
                first--;
            }
        }
        return first;
    }
}
