package org.factlint.extract.read;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * People and their posts. A full name (two to four capitalised words) makes a person; a single
 * word links to a person already named whose surname it is, and is otherwise no one. Roles are
 * read from two shapes news uses for titles:
 * <ul>
 *   <li>{@code role.title-before-name}: "US Secretary of State Marco Rubio", "Russia's President
 *       Vladimir Putin", "special envoy Steve Witkoff";</li>
 *   <li>{@code role.joined-titles-before-name}: "Deputy Prime Minister and Foreign Minister Radoslaw
 *       Sikorski", one title for both posts;</li>
 *   <li>{@code role.name-then-title}: "Keith Kellogg, Washington's Ukraine envoy,", "Andriy Yermak,
 *       an advisor to Ukraine's government,".</li>
 * </ul>
 * A country written before the title (or as "of"/"to" after it) is the post's country, and also
 * gives an affiliation.
 */
public final class People {

    /** A monarch's or a royal's words, after which one name is a given name ("King Salman", "Sheikh Hamad"). */
    private static final Set<String> ROYAL = WordSet.of("king", "queen", "sultan", "emir", "amir", "sheikh", "sheikha", "shaikh",
            "prince", "princess");

    /** A monarch's words among {@link #ROYAL}. */
    private static final Set<String> MONARCHS = WordSet.of("king", "queen", "sultan", "emir", "amir");

    /** Titles that name their holder even in a Title Case headline (not "Counterpart", "Leader"). */
    private static final Set<String> STRONG_TITLES = WordSet.of("president", "minister", "secretary", "chancellor", "king",
            "queen", "ambassador", "envoy", "premier", "taoiseach", "tánaiste", "tanaiste");

    private People() {
    }

    /** Letters after a name that are no part of it: "Mr Simon Coveney TD", "Arlene Foster MLA", "Brandon Lewis CBE MP". */
    private static final java.util.regex.Pattern POST_NOMINALS = java.util.regex.Pattern.compile(
            "(\\s+(TD|MP|MLA|MSP|MHK|MS|AM|MEP|CBE|OBE|MBE|KBE|DBE|CMG|KCMG|GCMG|KC|QC|PC"
            // Australian and military honours ("Air Chief Marshal Mark Binskin AC", "General Angus Campbell AO DSC")
            + "|AC|AO|OAM|CSC|DSC|CSM|DSM|AFC|CB|KCB|GCB|CVO|KCVO|DSO|MC|VC|ADC))+$");

    /** A full name without the post-nominal letters after it (holdout64). */
    static String withoutPostNominals(String name) {
        String bare = POST_NOMINALS.matcher(name).replaceFirst("");
        return bare.contains(" ") ? bare : name;
    }

    /** Resolves the sentence's person mentions to people; single words that name no one are left out. */
    public static Map<Mention, Discourse.Entity> resolve(Annotated s, Discourse d) {
        Map<Mention, Discourse.Entity> out = new HashMap<>();
        // A headline in Title Case ("Mattis, British Counterpart Discuss Defense") capitalises every
        // word: its runs of capitals are not names, so it only refers to people named elsewhere.
        boolean creates = !titleCase(s);
        for (Mention m : s.of(Mention.Kind.PERSON)) {
            String name = withoutPostNominals(s.span(m.from(), m.to()));
            // ("Minister of Finance and Economy II", "Minister of Foreign Affairs II": Brunei's second
            // minister of a ministry; a Roman numeral alone is no one's name; black-box trial 82)
            if (name.matches("[IVX]{2,4}")) {
                continue;
            }
            // ("King Salman" beside "Crown Prince Mohammed bin Salman", "Sultan Ibrahim" beside "Anwar
            // Ibrahim", "Sheikh Hamad" beside "Emir Tamim bin Hamad Al Thani": after a monarch's or a
            // royal's word one name is a given name, not a surname nor a father's; black-box trial 58)
            boolean royal = m.value().equals("single") && ROYAL.contains(s.lower(m.from() - 1));
            Discourse.Entity p = royal ? d.personByGivenName(name) : d.personBySurname(name);
            // (a monarch's word names a person of its own, kept apart from surnames: "King Salman"; after
            // "Sheikh" or "Prince", an honorific many officials carry, one not named before is read as before)
            if (royal && p == null && creates && !s.quoted(m.from()) && MONARCHS.contains(s.lower(m.from() - 1))) {
                p = d.royal(name);
            } else if (royal && p == null) {
                p = d.personBySurname(name);
            }
            Mention title = s.endingBefore(m.from());
            // "President Rajapaksa" after "President Gotabaya Rajapaksa and Prime Minister Mahinda
            // Rajapaksa": of several people of one surname, the one the article gave this title;
            // none if no one or several (black-box trial 24); in a headline too ("President Lee meets
            // Singapore's Senior Minister Lee" over a body naming two Lees; black-box trial 84)
            List<Discourse.Entity> namesakes = p == null && m.value().equals("single") ? d.peopleBySurname(name) : List.of();
            if (namesakes.size() > 1) {
                if (title != null && title.kind() == Mention.Kind.TITLE) {
                    List<Discourse.Entity> titled = holders(d, s.span(title.from(), title.to()), null).stream()
                            .filter(namesakes::contains).toList();
                    if (titled.size() == 1) {
                        out.put(m, titled.get(0));
                    }
                }
                continue;
            }
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
            Mention before = title;
            // "Secretary Rubio", "President Macron": a title before a surname names a person
            if (p == null && before != null && before.kind() == Mention.Kind.TITLE && !s.quoted(m.from())
                    && Character.isUpperCase(s.token(before.to() - 1).text().charAt(0))) {
                p = d.person(name);
            }
            // "Lord Ahmad", "Baroness Ashton", "Minister of State Lord Ahmad": a peer is named by one word
            if (p == null && m.value().equals("single") && peerStyled(s, m) && !s.quoted(m.from())) {
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
            String title = description(s, t);
            if (title == null) {
                continue;
            }
            Mention c = countryBefore(s, t.from());
            List<Discourse.Entity> holders = holders(d, s.span(t.from(), t.to()), c == null ? null : d.known(c.known()).id);
            holders.removeIf(h -> d.contrasted(title, h));
            if (holders.size() == 1) {
                out.put(t, holders.get(0));
            } else if (holders.isEmpty() && c == null && STRONG_TITLES.contains(s.lower(t.to() - 1))
                    && !NOT_ONE_HOLDER.contains(s.lower(t.from()))) {
                // "The Vice President met ...", never named (or named only as someone else): one
                // person the article calls so throughout
                Discourse.Entity unnamed = d.unnamed(s.span(t.from(), t.to()));
                out.put(t, unnamed);
                // "The Foreign Secretary met ...": whoever it is holds that post
                boolean known = d.facts().stream().anyMatch(f -> f.type().equals("role") && unnamed.id.equals(f.fields().get("person")));
                if (!known) {
                    d.add(Draft.of("role", s, t.from(), t.to(), 0.8, "role.description")
                            .with("person", unnamed.id).with("title", s.span(t.from(), t.to())));
                }
            }
        }
        return out;
    }

    /**
     * The title of a definite description at this title mention ("the Prime Minister", "the US
     * secretary of state"), lower case; null if the mention is not one (a name follows it, no
     * "the" before it, or it stands in a quotation).
     */
    static String description(Annotated s, Mention t) {
        Mention next = s.startingAt(t.to());
        if (next != null && next.kind() == Mention.Kind.PERSON || s.quoted(t.from())) {
            return null;
        }
        // "the President of the United States, Joe Biden," names him: no description
        int end = t.to();
        if (s.lower(end).equals("of")) {
            Mention body = s.startingAfterThe(end + 1);
            end = body == null ? end : body.to();
        }
        // ("the Chief Minister, Ms Mamata Banerjee": past the honorific)
        Mention named = s.lower(end).equals(",") ? s.startingAt(s.pastHonorifics(end + 1)) : null;
        if (named != null && named.kind() == Mention.Kind.PERSON && "full".equals(named.value())) {
            return null;
        }
        // "the President of the European Commission Ursula von der Leyen" names her: no description
        if (s.lower(t.to()).equals("of")) {
            Mention of = s.startingAfterThe(t.to() + 1);
            // ("the President of the Republic of Korea Mr. Roh Moo-hyun": past the honorific)
            Mention after = of == null ? null : s.startingAt(s.pastHonorifics(of.to()));
            if (after != null && after.kind() == Mention.Kind.PERSON) {
                return null;
            }
        }
        Mention c = countryBefore(s, t.from());
        int det = c != null ? c.from() - 1 : t.from() - 1;
        // "Donald Trump, the President of the United States,": an appositive is the named person's title
        Mention before = s.lower(det - 1).equals(",") ? s.endingBefore(det - 1) : null;
        if (before != null && before.kind() == Mention.Kind.PERSON) {
            return null;
        }
        // "The Secretary and Deputy Prime Minister / Foreign Minister Minh": a post of the person named after it
        Mention other = s.lower(t.to()).equals("/") ? s.startingAt(t.to() + 1) : null;
        if (other != null && other.kind() == Mention.Kind.TITLE && s.startingAt(other.to()) != null
                && s.startingAt(other.to()).kind() == Mention.Kind.PERSON) {
            return null;
        }
        // "The Prime Minister and President looked forward": one "the" for two descriptions
        Mention first = s.lower(det).equals("and") && c == null ? s.endingBefore(det) : null;
        boolean shared = first != null && first.kind() == Mention.Kind.TITLE && s.lower(first.from() - 1).equals("the");
        return s.lower(det).equals("the") || shared ? s.span(t.from(), t.to()).toLowerCase(java.util.Locale.ROOT) : null;
    }

    /** Peers' styles, by which one word names a person ("Lord Ahmad"). */
    private static final Set<String> PEERS = WordSet.of("lord", "baroness", "lady", "baron");

    /** Whether a peer's style stands right before this mention: "Lord Ahmad", "Lord (Tariq) Ahmad". */
    private static boolean peerStyled(Annotated s, Mention m) {
        int style = s.lower(m.from() - 1).equals(")") && s.lower(m.from() - 3).equals("(") ? m.from() - 4 : m.from() - 1;
        return style >= 0 && PEERS.contains(s.lower(style)) && s.token(style).capitalised();
    }

    /** "the first Foreign Secretary to visit Peru", "the former President": no one person the article calls so. */
    private static final Set<String> NOT_ONE_HOLDER = WordSet.of("first", "former", "late", "then", "ex", "next", "previous",
            "new", "last");

    /** Words that make a title another post than its head alone: "Vice President" is not "the President". */
    private static final Set<String> OTHER_POST = WordSet.of("vice", "deputy", "prime", "under", "assistant", "former", "junior",
            "first", "press", "permanent", "shadow", "private", "chief", "ex", "late", "then");

    /**
     * Whether a description ("the Secretary", "the President") fits a title the article gave
     * someone ("Defense Secretary", "Secretary of State", "President of the European Commission"):
     * the same head word, the description's words all in the title, and nothing in the title that
     * makes it another post ("Vice President", "Prime Minister" for "the Minister").
     */
    static boolean fits(String description, String title) {
        // India's "external affairs minister" is its foreign minister
        String d = description.toLowerCase(java.util.Locale.ROOT).replace("external affairs", "foreign affairs");
        String t = title.toLowerCase(java.util.Locale.ROOT).replace("external affairs", "foreign affairs");
        if (d.equals(t)) {
            return true;
        }
        // "Deputy Prime Minister and Foreign Minister": each post of a joined title ("the Foreign
        // Minister" may be its holder; black-box trial 48)
        int and = t.indexOf(" and ");
        if (and > 0 && (fits(d, t.substring(0, and)) || fits(d, t.substring(and + 5)))) {
            return true;
        }
        List<String> dw = List.of(d.split("[\\s-]+"));
        List<String> tw = List.of(t.split("[\\s-]+"));
        if (!head(tw).equals(head(dw)) || !tw.containsAll(dw)) {
            return false;
        }
        for (String w : tw) {
            if (OTHER_POST.contains(w) && !dw.contains(w)) {
                return false;
            }
        }
        return true;
    }

    private static String head(List<String> words) {
        int of = words.indexOf("of");
        int fr = words.indexOf("for");
        int cut = of > 0 ? of : fr > 0 ? fr : words.size();
        return words.get(cut - 1);
    }

    /**
     * Notes the people a sentence names beside a description of someone: "The Prime Minister
     * welcomed Prime Minister Meloni" says that the Prime Minister described is not Meloni, so the
     * description never resolves to her, however the titles fall.
     */
    public static void contrasts(Annotated s, Map<Mention, Discourse.Entity> named, Discourse d) {
        for (Mention t : s.of(Mention.Kind.TITLE)) {
            String title = description(s, t);
            if (title == null) {
                continue;
            }
            for (Map.Entry<Mention, Discourse.Entity> e : named.entrySet()) {
                if (e.getKey().kind() == Mention.Kind.PERSON) {
                    d.contrast(title, e.getValue());
                }
            }
        }
    }

    /** Verbs of taking part that an "as TITLE" after them tells the capacity of ("attended as Guinea's foreign minister"). */
    private static final Set<String> CAPACITY_VERBS = WordSet.of("attended", "attends", "spoke", "speaks", "speaking", "participated",
            "participates", "came", "comes", "travelled", "traveled", "travels", "joined", "joins", "took", "takes", "taking",
            "attending", "participating");

    /**
     * "Mr. Garneau attended in his capacity as Minister of International Trade", "Alpha Conde, who
     * attended as Guinea's foreign minister,", "Panetta, speaking as director of the CIA,", "Mr
     * Robertson spoke for Scotland as its First Minister", "As Taoiseach, Mr Coveney also conveyed":
     * the post a named person took part in, or opens the sentence, as ({@code role.attended-as}).
     * Only a verb of taking part (not "served as", a post of another time), a title after "as"
     * (with "a", "the", a possessive or a country's name before it), and a named subject.
     */
    public static void attendedAs(Annotated s, Map<Mention, Discourse.Entity> people, Discourse d) {
        for (int i = 1; i + 1 < s.size(); i++) {
            if (!s.lower(i).equals("as") || s.quoted(i)) {
                continue;
            }
            int k = Set.of("a", "an", "the", "its", "his", "her", "their").contains(s.lower(i + 1)) ? i + 2 : i + 1;
            Mention country = countryOwning(s, k);
            // ("in her capacity as Scotland's Deputy First Minister": a nation or region's post, no country's)
            Mention region = country == null ? s.startingAt(k) : null;
            int titleAt = country != null ? pastOwner(s, country) : region != null && region.kind() == Mention.Kind.KNOWN
                    && region.known().how() == Lexicon.How.REGION && s.lower(region.to()).equals("'s") ? region.to() + 1 : k;
            Mention title = s.startingAt(titleAt);
            if (title == null || title.kind() != Mention.Kind.TITLE) {
                continue;
            }
            // the verb of taking part before "as", with up to five words between ("spoke for Scotland as", "attended in his capacity as")
            int verb = -1;
            for (int j = i - 1; j >= Math.max(0, i - 6); j--) {
                if (CAPACITY_VERBS.contains(s.lower(j)) && (!Set.of("took", "takes", "taking").contains(s.lower(j)) || s.lower(j + 1).equals("part"))) {
                    verb = j;
                    break;
                }
                if (!s.token(j).word()) {
                    break;
                }
            }
            if (verb < 0) {
                continue;
            }
            // the named subject: just before the verb, or before ", who" / "," before it
            int before = verb;
            if (s.lower(before - 1).equals("who") && s.lower(before - 2).equals(",")) {
                before -= 2;
            } else if (s.lower(before - 1).equals(",")) {
                before -= 1;
            }
            Mention subject = s.endingBefore(before);
            if (subject == null || subject.kind() != Mention.Kind.PERSON || !people.containsKey(subject)
                    || s.hasAny(HEDGES, Math.max(0, subject.from() - 3), title.to())) {
                continue;
            }
            emit(s, d, people.get(subject), title, country, subject.from(), title.to(), 0.85, "role.attended-as");
        }
        // "As Taoiseach, Mr Coveney also conveyed ...", "As President of the CPMR, Ms Mariannou chairs ..."
        if (s.size() > 4 && s.lower(0).equals("as")) {
            Mention country = countryOwning(s, 1);
            Mention title = s.startingAt(country == null ? 1 : pastOwner(s, country));
            if (title != null && title.kind() == Mention.Kind.TITLE && s.lower(title.to()).equals(",")) {
                Mention subject = s.startingAt(s.pastHonorifics(title.to() + 1));
                if (subject != null && subject.kind() == Mention.Kind.PERSON && people.containsKey(subject)
                        && !s.hasAny(HEDGES, 0, subject.to() + 2)) {
                    emit(s, d, people.get(subject), title, country, 0, subject.to(), 0.85, "role.attended-as");
                }
            }
        }
    }

    /** The country mention starting at token {@code k} ("Britain's transport secretary"), or null. */
    private static Mention countryOwning(Annotated s, int k) {
        Mention m = s.startingAt(k);
        return m != null && m.kind() == Mention.Kind.KNOWN && m.known().kind().equals("country") ? m : null;
    }

    /** The token after a country mention and its possessive "'s", if any. */
    private static int pastOwner(Annotated s, Mention country) {
        return s.lower(country.to()).equals("'s") ? country.to() + 1 : country.to();
    }

    /** Words that hedge what a sentence says of someone's capacity ("may attend as"). */
    private static final Set<String> HEDGES = WordSet.of("may", "might", "could", "would", "if", "whether", "reportedly", "unless");

    /** Plural title heads and their singular ("Prime Ministers John Key and Julia Gillard"). */
    static final Map<String, String> PLURAL_HEADS = Map.of("presidents", "President", "ministers", "Minister",
            "secretaries", "Secretary", "premiers", "Premier", "chancellors", "Chancellor", "ambassadors", "Ambassador");

    /**
     * "Prime Ministers John Key and Julia Gillard held talks", "flanked by Presidents Boni Yayi of
     * Benin, Alpha Conde of Guinea, and Alassane Ouattara of Ivory Coast": a capitalised plural title
     * (with its capitalised modifiers) before a list of names gives each the title, with the country
     * after its name ({@code role.plural-title-before-names}). Only names listed with commas and one
     * "and", each a person, the list closed by no other word.
     */
    public static void pluralTitles(Annotated s, Map<Mention, Discourse.Entity> people, Discourse d) {
        for (int i = 0; i + 1 < s.size(); i++) {
            String single = PLURAL_HEADS.get(s.lower(i));
            if (single == null || !s.token(i).capitalised() || s.quoted(i) || s.at(i) != null) {
                continue;
            }
            int from = i;
            while (from > 0 && s.at(from - 1) == null && s.token(from - 1).capitalised()
                    && Annotator.TITLE_MODIFIERS.contains(s.lower(from - 1))) {
                from--;
            }
            // ("Ministers Smith and Jones": a bare plural names no post)
            if (single.equals("Minister") && from == i) {
                continue;
            }
            String title = (from < i ? s.span(from, i) + " " : "") + single;
            List<Map.Entry<Discourse.Entity, Mention>> listed = new ArrayList<>();
            int k = i + 1;
            boolean closed = false;
            while (k < s.size()) {
                Mention name = s.startingAt(k);
                if (name == null || name.kind() != Mention.Kind.PERSON || !people.containsKey(name)) {
                    break;
                }
                k = name.to();
                Mention of = null;
                if (s.lower(k).equals("of") && s.startingAt(k + 1) != null && s.startingAt(k + 1).kind() == Mention.Kind.KNOWN
                        && s.startingAt(k + 1).known().kind().equals("country")) {
                    of = s.startingAt(k + 1);
                    k = of.to();
                }
                listed.add(Map.entry(people.get(name), of != null ? of : name));
                if (closed) {
                    break;
                }
                if (s.lower(k).equals(",") && s.lower(k + 1).equals("and")) {
                    k += 2;
                    closed = true;
                } else if (s.lower(k).equals("and")) {
                    k++;
                    closed = true;
                } else if (s.lower(k).equals(",")) {
                    k++;
                } else {
                    break;
                }
            }
            if (!closed || listed.size() < 2 || listed.stream().map(Map.Entry::getKey).distinct().count() < listed.size()) {
                continue;
            }
            for (Map.Entry<Discourse.Entity, Mention> e : listed) {
                Mention end = e.getValue();
                Mention of = end.kind() == Mention.Kind.KNOWN ? end : null;
                emitWithTitle(s, d, e.getKey(), title, of, from, end.to(), 0.9, "role.plural-title-before-names");
            }
        }
    }

    /**
     * "Martin holds both the foreign affairs and defence portfolios": a named person said to hold
     * two portfolios (or more) at once, read as one title joining them ("Foreign Affairs and Defence
     * Minister"), which the rules take as holding each (black-box trial 28, C7). Only "holds"
     * (or "also holds"), "both the" and "portfolios" closing two to six words joined by "and".
     */
    public static void holdsPortfolios(Annotated s, Map<Mention, Discourse.Entity> people, Discourse d) {
        for (Map.Entry<Mention, Discourse.Entity> e : people.entrySet()) {
            Mention m = e.getKey();
            if (m.kind() != Mention.Kind.PERSON || s.quoted(m.from())) {
                continue;
            }
            int k = m.to();
            // ("Martin, who has been Tánaiste since December, holds both ..."): past a clause between commas
            if (s.lower(k).equals(",")) {
                int close = k + 1;
                while (close < s.size() && close - k <= 12 && !s.lower(close).equals(",")) {
                    close++;
                }
                k = s.lower(close).equals(",") ? close + 1 : k;
            }
            if (s.lower(k).equals("also")) {
                k++;
            }
            if (!s.lower(k).equals("holds") || !s.lower(k + 1).equals("both") || !s.lower(k + 2).equals("the")) {
                continue;
            }
            int from = k + 3;
            int to = from;
            boolean and = false;
            while (to < s.size() && to - from <= 6 && !s.lower(to).equals("portfolios")) {
                String w = s.lower(to);
                and |= w.equals("and");
                if (!w.equals(",") && !(s.token(to).word() && w.chars().allMatch(Character::isLetter))) {
                    break;
                }
                to++;
            }
            if (to > from + 2 && and && s.lower(to).equals("portfolios") && !s.lower(to - 1).equals("and")) {
                StringBuilder title = new StringBuilder();
                for (int w = from; w < to; w++) {
                    String word = s.token(w).text();
                    title.append(w > from && !word.equals(",") ? " " : "")
                            .append(word.equals("and") || word.equals(",") ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1));
                }
                emitWithTitle(s, d, e.getValue(), title + " Minister", null,
                        m.from(), to + 1, 0.85, "role.holds-portfolios");
            }
        }
    }

    /** Words of a term after a title ("president pro tempore", "chair in office", "president ad interim"). */
    private static final Set<String> TERM_WORDS = WordSet.of("pro", "tempore", "in", "office", "ad", "interim", "rotating");

    /**
     * "Prime Minister Benjamin Netanyahu, who also serves as foreign minister", "Vice President
     * Marta Lucia Ramirez, who is also the country's foreign minister", "Vice President Francia
     * Márquez, who also heads Colombia's new Ministry of Equality": the article says one person holds both posts, read as one title joining them ({@code role.also-serves-as}), as "Deputy
     * Prime Minister and Foreign Minister X" is (black-box trial 17's C5 and C6).
     */
    public static void alsoServes(Annotated s, Map<Mention, Discourse.Entity> people, Discourse d) {
        for (int i = 2; i + 3 < s.size(); i++) {
            if (!s.lower(i).equals("who") || !s.lower(i - 1).equals(",")) {
                continue;
            }
            int k = i + 1;
            boolean heads = false;
            if (s.lower(k).equals("also") && Set.of("serves", "doubles").contains(s.lower(k + 1)) && s.lower(k + 2).equals("as")) {
                k += 3;
            } else if (s.lower(k).equals("is") && s.lower(k + 1).equals("also")) {
                k += 2;
            } else if (s.lower(k).equals("also") && Set.of("heads", "leads", "runs").contains(s.lower(k + 1))) {
                // "Vice President Francia Márquez, who also heads Colombia's new Ministry of Equality": its minister
                k += 2;
                heads = true;
            } else {
                continue;
            }
            if (s.lower(k).equals("the")) {
                k++;
            }
            // "the country's", "Israel's"
            if (s.lower(k + 1).equals("'s") && (s.lower(k).equals("country") || s.startingAt(k) != null
                    && s.startingAt(k).kind() == Mention.Kind.KNOWN)) {
                k += 2;
            }
            Mention person = s.endingBefore(i - 1);
            Mention first = person == null ? null : s.endingBefore(person.from());
            if (heads) {
                if (s.lower(k).equals("new")) {
                    k++;
                }
                // ("Ministry of Equality": a capitalised word the reader took for a name is the portfolio's)
                int end = k + 2;
                while (end < s.size() && s.token(end).capitalised() && (s.at(end) == null || s.at(end).kind() == Mention.Kind.PERSON)) {
                    end++;
                }
                if (!s.lower(k).equals("ministry") || !Set.of("of", "for").contains(s.lower(k + 1)) || end == k + 2
                        || person == null || !people.containsKey(person)) {
                    continue;
                }
                // the title before the name, or else the one the article gave the person last ("Márquez, who also heads")
                Discourse.Entity who = people.get(person);
                String held = first != null && first.kind() == Mention.Kind.TITLE ? s.span(first.from(), first.to()) : lastTitle(d, who);
                if (held != null) {
                    emitWithTitle(s, d, who, held + " and Minister " + s.span(k + 1, end), null,
                            first != null && first.kind() == Mention.Kind.TITLE ? first.from() : person.from(), end, 0.9, "role.also-serves-as");
                }
                continue;
            }
            Mention second = s.startingAt(k);
            // ("Sheikh Mohammed, who is also Qatar's foreign minister": a royal's word and no title before
            // the name, the title the article gave the person last; black-box trial 58)
            boolean titled = first != null && first.kind() == Mention.Kind.TITLE;
            // ("Anwar, who is also finance minister": a name alone, the title last given the person too;
            // black-box trial 58's look-alike, once the honorifics before "Anwar Ibrahim" were read)
            // (a minister's post only: "Goyal, who is also India's chief negotiator in the talks" tells no
            // second office held with the first; black-box trial 43's C11 stays found)
            boolean aMinistry = second != null && s.span(second.from(), second.to()).toLowerCase(java.util.Locale.ROOT).contains("minister");
            String held = titled ? s.span(first.from(), first.to())
                    : person != null && people.containsKey(person) && (ROYAL.contains(s.lower(person.from() - 1)) || first == null && aMinistry)
                    ? lastTitle(d, people.get(person)) : null;
            if (held != null && held.toLowerCase(java.util.Locale.ROOT).startsWith("former")) {
                held = null;
            }
            // ("who is also the president pro tempore of the Council of Labor Ministers": past words of a term; holdout69)
            int of = second == null ? -1 : second.to();
            while (of > 0 && of < s.size() && of - second.to() < 2 && TERM_WORDS.contains(s.lower(of))) {
                of++;
            }
            if (second == null || second.kind() != Mention.Kind.TITLE || person == null || !people.containsKey(person)
                    || held == null || s.lower(of).equals("of")) {
                continue; // (not "who also serves as President of the Senate": a post the title does not hold whole)
            }
            // ("who is also President Vladimir Putin's special envoy", "the President's envoy": another
            // person's title, whose holder the post is given by; black-box trial 39)
            Mention after = s.startingAt(second.to());
            if (after != null && after.kind() == Mention.Kind.PERSON || s.lower(second.to()).equals("'s")) {
                continue;
            }
            emitWithTitle(s, d, people.get(person), held + " and " + s.span(second.from(), second.to()),
                    null, titled ? first.from() : person.from(), second.to(), 0.9, "role.also-serves-as");
        }
    }

    /** The title of the last role read so far of this person, or null. */
    private static String lastTitle(Discourse d, Discourse.Entity who) {
        String title = null;
        for (Draft f : d.facts()) {
            if (f.type().equals("role") && who.id.equals(f.fields().get("person"))) {
                title = String.valueOf(f.fields().get("title"));
            }
        }
        return title;
    }

    /** Verbs that give someone a new post ("was appointed foreign minister", "was promoted to"). */
    private static final Set<String> APPOINTED = WordSet.of("appointed", "named", "promoted", "sworn", "elevated", "installed");

    /** A monarch's words that are given names too ("Sultan Al Jaber", "Emir Hadzic"). */
    private static final Set<String> GIVEN_NAMES_TOO = WordSet.of("sultan", "emir", "amir");

    /** Honorifics before a given name ("Dr. Sultan Al Jaber"). */
    private static final Set<String> HONORIFICS_BEFORE = WordSet.of("dr.", "dr", "mr.", "mr", "mrs.", "ms.", "professor", "prof.");

    /** Verbs that give the person after them a post ("appointed X as", "reappointed X as", "confirmed X as"). */
    private static final Set<String> ACTIVE_APPOINTED = WordSet.of("appointed", "reappointed", "re-appointed", "named", "promoted",
            "confirmed", "nominated", "elected", "installed");

    /** Nouns of a change of post after "his" or "her" ("Before his promotion", "since her appointment"). */
    private static final Set<String> CHANGES = WordSet.of("promotion", "appointment", "reappointment", "elevation", "nomination");

    /** Verbs by which someone takes another's post, or moves to a new one ("took over from", "replaced", "moved from"). */
    private static final Set<String> TOOK_POST = WordSet.of("took", "takes", "replaced", "replaces", "succeeded", "succeeds", "moved",
            "moves", "switched");

    /**
     * "X took over from Wallace", "X, who replaced Wallace", "X succeeded Y as foreign minister", "X
     * moved from the interior ministry to the defence ministry": a change of post told by its taker
     * (black-box trial 27). "took" and "moved" count only as "took over" and "moved (switched) from".
     */
    private static boolean tookPost(Annotated s, int i) {
        String w = s.lower(i);
        if (w.equals("took") || w.equals("takes")) {
            return s.lower(i + 1).equals("over");
        }
        if (w.equals("moved") || w.equals("moves") || w.equals("switched")) {
            return s.lower(i + 1).equals("from");
        }
        // "replaced", "succeeded" with a person after them ("replaced Ben Wallace"), not "was replaced by" nor "succeeded in"
        return !Set.of("was", "were", "been", "be").contains(s.lower(i - 1)) && !s.lower(i + 1).equals("in")
                && s.startingAt(i + 1) != null && s.startingAt(i + 1).kind() == Mention.Kind.PERSON
                || s.lower(i + 1).equals("him") || s.lower(i + 1).equals("her");
    }

    /** Words that name a post as a whole ("moved to the foreign ministry", "was given the foreign affairs portfolio"). */
    private static final Set<String> POSTS = WordSet.of("ministry", "portfolio", "post", "job", "department", "office", "brief");

    /**
     * A change of post told with other verbs (black-box trial 36): "was confirmed as foreign
     * minister", "became foreign minister", "stepped up to the top job", "moved to the foreign
     * ministry", "was given the foreign affairs portfolio", "was reshuffled to", "has been foreign
     * minister since Monday's reshuffle". "became" and "confirmed as" count only before a title;
     * "moved to" and "given" only before a post's noun.
     */
    private static boolean newPost(Annotated s, int i) {
        String w = s.lower(i);
        switch (w) {
            case "became", "becomes" -> {
                // (not "became the first foreign minister to visit")
                return titleAt(s, i + 1) && !(s.lower(i + 1).equals("the") && s.lower(i + 2).equals("first"));
            }
            case "confirmed" -> {
                return s.lower(i + 1).equals("as") && titleAt(s, i + 2);
            }
            case "stepped", "steps" -> {
                return s.lower(i + 1).equals("up") && Set.of("to", "as").contains(s.lower(i + 2));
            }
            case "reshuffled", "reshuffle" -> {
                return true;
            }
            case "swapped", "swap", "swapping", "exchanged" -> { // (SWAPPED, below)
                // "Novak and Horak swapped portfolios" (black-box trial 38)
                int k = Set.of("their", "the").contains(s.lower(i + 1)) ? i + 2 : i + 1;
                return Set.of("portfolios", "posts", "jobs", "ministries", "roles", "places").contains(s.lower(k));
            }
            case "moved", "moves", "given", "handed" -> {
                if (w.startsWith("move") && !s.lower(i + 1).equals("to") || !w.startsWith("move") && !s.lower(i + 1).equals("the")) {
                    return false;
                }
                for (int k = i + 2; k < Math.min(s.size(), i + 7); k++) {
                    if (POSTS.contains(s.lower(k))) {
                        return true;
                    }
                    if (Set.of(",", ".", ";", "and").contains(s.lower(k))) {
                        return false;
                    }
                }
                return false;
            }
            default -> {
                return false;
            }
        }
    }

    /** The verbs of two people exchanging posts, as {@link #newPost} reads them ("swapped portfolios"). */
    private static final Set<String> SWAPPED = WordSet.of("swapped", "swap", "swapping", "exchanged");

    /** Whether a title is named at token {@code k}, or right after a "the" there. */
    private static boolean titleAt(Annotated s, int k) {
        Mention m = s.startingAt(s.lower(k).equals("the") ? k + 1 : k);
        return m != null && m.kind() == Mention.Kind.TITLE;
    }

    /**
     * "Deputy Foreign Minister Jan Novak was appointed foreign minister on Tuesday", "the newly
     * appointed foreign minister, Jan Novak": the article tells of a change of post, so the
     * person's titles may be the one before it and the one after (black-box trial 17's C3). The
     * person is noted ({@link Discourse#changedPost}); their titles are then read as unsure.
     */
    public static void appointments(Annotated s, Map<Mention, Discourse.Entity> named, Discourse d) {
        for (int i = 1; i < s.size(); i++) {
            // ("Ukraine's parliament on Thursday appointed Andrii Sybiha as foreign minister", "China
            // reappointed Wang Yi as foreign minister", "Parliament has confirmed Sybiha as foreign minister":
            // the person after the verb; black-box trial 56)
            Mention object = s.startingAt(i + 1);
            if (ACTIVE_APPOINTED.contains(s.lower(i)) && !s.quoted(i) && object != null && named.containsKey(object)
                    && named.get(object).kind.equals("person") && Set.of("as", "to").contains(s.lower(object.to()))) {
                d.changedPost(named.get(object));
                continue;
            }
            // ("On Thursday, Prime Minister Kowal dismissed Zielinski", "Zielinski was dismissed on Thursday":
            // a post left in the story; black-box trial 89)
            if (REMOVED.contains(s.lower(i)) && !s.quoted(i)) {
                Mention passive = Set.of("was", "were", "been").contains(s.lower(i - 1)) ? s.endingBefore(i - 1) : null;
                Mention removed = object != null && named.containsKey(object) ? object : passive;
                if (removed != null && named.containsKey(removed) && named.get(removed).kind.equals("person")) {
                    d.changedPost(named.get(removed));
                    continue;
                }
            }
            // ("Before his promotion, Deputy Foreign Minister X led ...": the person the sentence goes on to name)
            if (Set.of("his", "her").contains(s.lower(i - 1)) && CHANGES.contains(s.lower(i)) && !s.quoted(i)) {
                Discourse.Entity next = nextPerson(s, named, i + 1);
                if (next != null) {
                    d.changedPost(next);
                }
                continue;
            }
            boolean appointed = APPOINTED.contains(s.lower(i)) && !s.quoted(i)
                    && (Set.of("was", "were", "been", "is", "be").contains(s.lower(i - 1)) || s.lower(i - 1).equals("newly"));
            boolean took = TOOK_POST.contains(s.lower(i)) && !s.quoted(i) && tookPost(s, i);
            // (the other verbs: "Zeidan, a former diplomat who became prime minister" is Zeidan's
            // change, the person named last before "who"; "since he became" may be anyone's)
            boolean other = !appointed && !took && !s.quoted(i) && newPost(s, i);
            if (!(appointed || took || other)) {
                continue;
            }
            int verb = Set.of("has", "had", "was", "were", "is").contains(s.lower(i - 1)) ? i - 1 : i;
            if (other && Set.of("he", "she", "they").contains(s.lower(verb - 1))) {
                continue;
            }
            // "Novak and Horak swapped portfolios": each of them
            if (other && SWAPPED.contains(s.lower(i))) {
                for (Map.Entry<Mention, Discourse.Entity> e : named.entrySet()) {
                    if (e.getValue().kind.equals("person") && e.getKey().to() <= i) {
                        d.changedPost(e.getValue());
                    }
                }
                continue;
            }
            // the person before the verb ("X was appointed"), or after "newly appointed" and its title
            // ("X moved to the foreign ministry and Y moved to the defence ministry": the one right
            // before each verb; black-box trial 38)
            Mention right = s.endingBefore(verb);
            Discourse.Entity who = s.lower(i - 1).equals("newly") ? nextPerson(s, named, i + 1)
                    : other && s.lower(verb - 1).equals("who") ? lastPersonBefore(s, named, verb - 1)
                    : other && right != null && named.containsKey(right) && named.get(right).kind.equals("person") ? named.get(right)
                    : subject(s, named, i).orElse(null);
            if (who != null) {
                d.changedPost(who);
            }
        }
    }

    /**
     * A sentence that is a year alone ("### 2021", "2021:" over a timeline's entries): the titles
     * that follow, to the next such sentence, are of that year when it is earlier than the
     * publication's (a finding on them needs a look; black-box trial 56).
     */
    public static void yearHeading(Annotated s, Discourse d) {
        String year = null;
        for (int k = 0; k < s.size(); k++) {
            if (s.lower(k).matches("(19|20)\\d\\d") && year == null) {
                year = s.lower(k);
            } else if (s.lower(k).matches(".*[\\p{L}\\d].*")) {
                return;
            }
        }
        if (year != null) {
            d.yearHeading(d.published() != null && Integer.parseInt(year) < d.published().getYear());
        }
    }

    /** The last person named before token {@code at}, within ten tokens, or null. */
    private static Discourse.Entity lastPersonBefore(Annotated s, Map<Mention, Discourse.Entity> named, int at) {
        Discourse.Entity best = null;
        int bestTo = -1;
        for (Map.Entry<Mention, Discourse.Entity> e : named.entrySet()) {
            int to = e.getKey().to();
            if (to <= at && to > at - 10 && to > bestTo && e.getValue().kind.equals("person")) {
                best = e.getValue();
                bestTo = to;
            }
        }
        return best;
    }

    /** The first person named from token {@code at} on, within six tokens, or null. */
    private static Discourse.Entity nextPerson(Annotated s, Map<Mention, Discourse.Entity> named, int at) {
        Discourse.Entity best = null;
        int bestAt = Integer.MAX_VALUE;
        for (Map.Entry<Mention, Discourse.Entity> e : named.entrySet()) {
            int from = e.getKey().from();
            if (from >= at && from < at + 6 && from < bestAt && e.getValue().kind.equals("person")) {
                best = e.getValue();
                bestAt = from;
            }
        }
        return best;
    }

    /**
     * The first person named before token {@code before} of the sentence, if any: a sentence's
     * first person is most often its subject, and "he" or "she" later refers to the subject.
     */
    public static java.util.Optional<Discourse.Entity> subject(Annotated s, Map<Mention, Discourse.Entity> named, int before) {
        // "During a news conference with Prime Minister Paul Martin, Bush said ...": the one who
        // speaks is the subject; so is the first person after an opening phrase and its comma
        int opening = OPENING_PREPOSITIONS.contains(s.lower(0)) ? commaAfter(s, 0) : -1;
        Discourse.Entity first = null;
        Discourse.Entity speaker = null;
        Discourse.Entity afterOpening = null;
        int at = Integer.MAX_VALUE;
        int speakerAt = Integer.MAX_VALUE;
        int openingAt = Integer.MAX_VALUE;
        for (Map.Entry<Mention, Discourse.Entity> e : named.entrySet()) {
            Mention m = e.getKey();
            if (m.to() > before || !e.getValue().kind.equals("person")) {
                continue;
            }
            if (m.from() < at) {
                at = m.from();
                first = e.getValue();
            }
            if (SAYS.contains(s.lower(m.to())) && m.from() < speakerAt) {
                speakerAt = m.from();
                speaker = e.getValue();
            }
            if (opening > 0 && m.from() > opening && m.from() < openingAt) {
                openingAt = m.from();
                afterOpening = e.getValue();
            }
        }
        // ("During his meeting with Bakke-Jensen, Mattis thanked ..., Dana White said": the subject after
        // the opening phrase, not the one who reports it at the end)
        return java.util.Optional.ofNullable(afterOpening != null && openingAt < speakerAt ? afterOpening
                : speaker != null ? speaker : afterOpening != null ? afterOpening : first);
    }

    /**
     * Whether the sentence's subject is a description that names no one the article knows
     * ("After holding discussions with X in the Hague, the Secretary of State travelled on to ...",
     * with no one it fits): then who "he" is in the next sentence is not known either.
     */
    public static boolean subjectUnresolved(Annotated s, Map<Mention, Discourse.Entity> named) {
        int at = OPENING_PREPOSITIONS.contains(s.lower(0)) ? commaAfter(s, 0) + 1 : 0;
        if (at <= 0 && OPENING_PREPOSITIONS.contains(s.lower(0))) {
            return false;
        }
        int k = s.lower(at).equals("the") ? at + 1 : at;
        Mention m = s.startingAt(k);
        // (not a titled name: "Foreign Secretary Boris Johnson", "the Prime Minister, Theresa May,")
        Mention next = m == null ? null : s.startingAt(s.lower(m.to()).equals(",") ? m.to() + 1 : m.to());
        return m != null && m.kind() == Mention.Kind.TITLE && !named.containsKey(m)
                && !(next != null && next.kind() == Mention.Kind.PERSON);
    }

    /** Verbs of saying right after a name: its person is the sentence's speaker. */
    private static final Set<String> SAYS = WordSet.of("said", "says", "told", "added");

    /** Words that open a phrase before a sentence's subject ("During the visit, ..."). */
    private static final Set<String> OPENING_PREPOSITIONS = WordSet.of("during", "after", "before", "following", "at", "in",
            "on", "with", "speaking", "ahead");

    /** The first comma after token {@code from}, or -1. */
    private static int commaAfter(Annotated s, int from) {
        for (int i = from; i < s.size(); i++) {
            if (s.lower(i).equals(",")) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Who "he" or "she" at token k is: the subject of this sentence if named before it, else the
     * subject of the last sentence that named someone; null if none. Less certain than a name.
     */
    public static Discourse.Entity pronoun(Annotated s, Map<Mention, Discourse.Entity> named, int k, Discourse d) {
        // "From Rome he will travel ... to meet with Westerwelle, ..., where he will attend": a
        // sentence whose subject is itself "he" goes on meaning the one before it, not the first
        // person it names
        return pronounSubject(s, named, k) ? d.lastPerson() : subject(s, named, k).orElse(d.lastPerson());
    }

    /** Whether "he" or "she" stands before token {@code k} and before every person the sentence names: the sentence's subject is a pronoun. */
    static boolean pronounSubject(Annotated s, Map<Mention, Discourse.Entity> named, int k) {
        int firstNamed = named.entrySet().stream().filter(e -> e.getValue().kind.equals("person"))
                .mapToInt(e -> e.getKey().from()).min().orElse(Integer.MAX_VALUE);
        for (int i = 0; i < Math.min(k, firstNamed); i++) {
            if (Set.of("he", "she").contains(s.lower(i)) && !s.quoted(i)) {
                return true;
            }
        }
        return false;
    }

    /** A headline or standfirst with its short words' neighbours capitalised: most words longer than three letters begin with a capital. */
    static boolean titleCase(Annotated s) {
        if (s.source() == org.factlint.model.Source.BODY) {
            return subheading(s);
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

    /**
     * A body line that is a subheading ("The Way Forward", "Accelerating Efforts"): a few words, no
     * closing punctuation, every word longer than three letters capitalised. Its capitals are no
     * names ("Way Forward" is no person a later "he said" could be).
     */
    private static boolean subheading(Annotated s) {
        List<Token> tokens = s.tokens();
        if (tokens.isEmpty() || tokens.size() > 8 || !tokens.get(tokens.size() - 1).word()) {
            return false;
        }
        long longWords = tokens.stream().filter(t -> t.word() && t.text().length() > 3).count();
        return longWords > 0 && tokens.stream().allMatch(t -> t.word() && (t.text().length() <= 3 || t.capitalised()));
    }

    /** Whether the mention names its person by a description ("the Prime Minister"), which is less certain than a name. */
    public static boolean described(Mention m) {
        return m.kind() == Mention.Kind.TITLE;
    }

    /**
     * The one person the article has given a title this description fits ("the Secretary"
     * for "Secretary of State"), of this country if one is given; null if none or several.
     */
    static Discourse.Entity holder(Discourse d, String title, String country) {
        List<Discourse.Entity> all = holders(d, title, country);
        return all.size() == 1 ? all.get(0) : null;
    }

    /** Everyone the article has given a title this description fits (of this country, if given). */
    static List<Discourse.Entity> holders(Discourse d, String title, String country) {
        java.util.Set<String> ids = new java.util.LinkedHashSet<>();
        for (Draft f : d.facts()) {
            if (f.type().equals("role") && fits(title, String.valueOf(f.fields().get("title")))
                    && (country == null || country.equals(f.fields().get("of")))) {
                ids.add((String) f.fields().get("person"));
            }
        }
        List<Discourse.Entity> out = new java.util.ArrayList<>();
        for (Discourse.Entity p : d.people()) {
            if (ids.contains(p.id)) {
                out.add(p);
            }
        }
        return out;
    }

    /** Words before a title spoken to someone, not of them: "Thank you, Secretary Landau". */
    private static final Set<String> VOCATIVE_LEADS = WordSet.of("thank you", "thanks", "welcome", "good morning",
            "good afternoon", "good evening", "hello", "congratulations");
    /** Words of a name given, not a post held: "dubbed Prime Minister X" (and "call" after "whom", "some": {@link #CALL}). */
    private static final Set<String> NAMING = WordSet.of("dub", "dubs", "dubbed", "nicknamed");
    /** "call" as naming, which "Kerry called Foreign Minister Zebari" (a phone call) is not. */
    private static final Set<String> CALL = WordSet.of("call", "calls", "called");

    /**
     * Whether a title before a name is said to or of the person without saying they hold it (black-box
     * trial 52, transcripts): spoken to them ("Thank you, Secretary Landau": a courtesy), a name given
     * ("whom some in Brussels call Prime Minister Sikorski", "or should I say Prime Minister X"), taken back
     * at once ("Prime Minister Sikorski – sorry, Foreign Minister Sikorski", "... – I'm sorry, ...")
     * or asked ("Prime Minister Sikorski? No").
     */
    private static boolean notHeld(Annotated s, Mention title) {
        Mention c = countryBefore(s, title.from());
        int first = c != null ? c.from() : title.from();
        String before = s.lower(first - 3) + " " + s.lower(first - 2);
        boolean vocative = s.lower(first - 1).equals(",") && (VOCATIVE_LEADS.contains(before) || VOCATIVE_LEADS.contains(s.lower(first - 2)));
        // ("call" names only after "whom" or "some", "what": "Kerry called Foreign Minister Zebari" is a phone call)
        boolean calls = CALL.contains(s.lower(first - 1)) && s.hasAny(Set.of("whom", "some", "what", "many"), Math.max(0, first - 6), first - 1);
        boolean naming = calls || NAMING.contains(s.lower(first - 1)) || s.lower(first - 1).equals("say") && s.lower(first - 3).equals("should");
        Mention name = s.startingAt(title.to());
        int end = name != null && name.kind() == Mention.Kind.PERSON ? name.to() : -1;
        // ("– sorry,", "– pardon,", ", I'm sorry,", "– I mean")
        String next = s.lower(end + 1);
        boolean takenBack = end > 0 && Set.of("\u2013", "\u2014", "-", ",", "--").contains(s.lower(end))
                && (Set.of("sorry", "pardon").contains(next) || Set.of("i", "i'm").contains(next) && Set.of("sorry", "mean").contains(s.lower(end + 2)));
        boolean asked = end > 0 && s.lower(end).equals("?");
        // ("The first woman who served as secretary of state, Madeleine Albright, has died", "who was
        // foreign minister, X,": a title said of someone else, perhaps long ago, before a name set off by
        // a comma; a name right after it is still titled: "The speaker was Foreign Minister Wang Yi";
        // black-box trial 73)
        int p = DETERMINERS.contains(s.lower(first - 1)) ? first - 2 : first - 1;
        int e = title.to();
        Mention body = s.lower(e).equals("of") ? s.startingAfterThe(e + 1) : null;
        e = body != null ? body.to() : e;
        Mention named = s.lower(e).equals(",") ? s.startingAt(s.pastHonorifics(e + 1)) : null;
        boolean predicate = (PREDICATE_VERBS.contains(s.lower(p)) || s.lower(p).equals("as") && SERVED.contains(s.lower(p - 1)))
                && named != null && named.kind() == Mention.Kind.PERSON;
        return vocative || naming || takenBack || asked || predicate;
    }

    /**
     * Whether a title starting at {@code at} ends a longer post: "the Special Representative of the
     * United Nations Secretary General for Libya, Ghassan Salamé" (Salamé is the representative).
     */
    private static boolean endsLongerPost(Annotated s, int at) {
        int k = at;
        Mention before = s.endingBefore(k);
        if (before != null && before.kind() == Mention.Kind.KNOWN) {
            k = before.from();
        }
        k = s.lower(k - 1).equals("the") ? k - 1 : k;
        Mention post = s.lower(k - 1).equals("of") ? s.endingBefore(k - 1) : null;
        return post != null && post.kind() == Mention.Kind.TITLE;
    }

    /** Heads of a minister's post, after which "Ambassador" before the name is a style. */
    private static final Set<String> MINISTER_HEADS = WordSet.of("minister", "secretary", "chancellor");

    /**
     * Whether the title is "Ambassador" as a style before a name whose post follows it: "H.E. Ambassador Téte
     * António, Minister of External Relations" (career diplomats keep the style as ministers; black-box
     * trial 75, a real Angolan text).
     */
    private static boolean ambassadorStyle(Annotated s, Mention title) {
        if (title.to() - title.from() != 1 || !s.lower(title.from()).equals("ambassador")) {
            return false;
        }
        Mention name = s.startingAt(s.pastHonorifics(title.to()));
        if (name == null || name.kind() != Mention.Kind.PERSON || !s.lower(name.to()).equals(",")) {
            return false;
        }
        Mention post = s.startingAfterThe(name.to() + 1);
        if (post != null && post.kind() == Mention.Kind.KNOWN && post.isCountryLike()) {
            // ("Angola's Minister of External Relations", "Angolan Minister of ...")
            post = s.startingAt(s.lower(post.to()).equals("'s") ? post.to() + 1 : post.to());
        }
        // (not a list: "Ambassador Holbrooke, Foreign Minister Qureshi, and ...")
        Mention next = post == null ? null : s.startingAt(s.pastHonorifics(post.to()));
        if (post == null || post.kind() != Mention.Kind.TITLE || next != null && next.kind() == Mention.Kind.PERSON) {
            return false;
        }
        for (int k = post.from(); k < post.to(); k++) {
            if (MINISTER_HEADS.contains(s.lower(k))) {
                return true;
            }
        }
        return false;
    }

    /** Verbs a title may follow as what someone is or became: "who was foreign minister, X,". */
    private static final Set<String> PREDICATE_VERBS = WordSet.of("was", "were", "became", "become", "becoming", "been", "is", "be");

    /** Verbs of service before "as": "who served as secretary of state, X,". */
    private static final Set<String> SERVED = WordSet.of("served", "serve", "serves", "serving");

    /** Posts held in someone's service, before "to" ("Senior Advisor to the President"). */
    private static final Set<String> AIDES = WordSet.of("advisor", "adviser", "assistant", "counselor", "counsellor", "aide",
            "envoy", "secretary", "representative", "coordinator", "spokesperson", "spokesman", "spokeswoman");

    static final Set<String> DETERMINERS = WordSet.of("the", "a", "an", "his", "her", "their", "its", "our", "my", "your");

    /**
     * Whether a title (or a country's name) ends just before a name, or before a comma just before
     * it: "Vice-President Federica Mogherini", "The Minister for Foreign Affairs of Australia, Julie Bishop".
     */
    private static boolean titledBefore(Annotated s, Mention name) {
        int at = s.honorificsBefore(name.from());
        Mention m = s.endingBefore(s.lower(at - 1).equals(",") ? at - 1 : at);
        return m != null && (m.kind() == Mention.Kind.TITLE || m.kind() == Mention.Kind.KNOWN && m.isCountryLike());
    }

    /** Title words a country may follow with "for" in the title itself ("Special Envoy for Sudan"). */
    private static final Set<String> ENVOYS_FOR = WordSet.of("envoy", "representative", "coordinator", "negotiator");

    /** Reads the roles (and affiliations) of the sentence. */
    public static void roles(Annotated s, Map<Mention, Discourse.Entity> people, Discourse d) {
        for (Mention title : s.of(Mention.Kind.TITLE)) {
            if (s.quoted(title.from()) || notHeld(s, title) || ambassadorStyle(s, title)) {
                continue;
            }
            int after = title.to();
            // "Baiba Braže, Minister for Foreign Affairs of Latvia, Egidijus Meilūnas, Vice-Minister ...":
            // a title after a name and a comma is that name's, not the next one's
            Mention ahead = countryBefore(s, title.from());
            int start = ahead != null ? ahead.from() : title.from();
            // ("Justin Trudeau, the prime minister of Canada, Anthony Albanese, ...": past the article, when
            // the name before has no title of its own before it; "The Minister for Foreign Affairs of
            // Australia, Julie Bishop, the Foreign Minister of Japan, Fumio Kishida" is a list of titles
            // each before its name; black-box trial 65)
            boolean the = s.lower(start - 1).equals("the");
            int opens = the ? start - 1 : start;
            Mention nameBefore = s.lower(opens - 1).equals(",") ? s.endingBefore(opens - 1) : null;
            boolean appositive = nameBefore != null && nameBefore.kind() == Mention.Kind.PERSON && !(the && titledBefore(s, nameBefore));
            // "Prime Minister of Lebanon Saad Hariri", "President of the European Commission Ursula von der Leyen"
            Mention ofAfter = null;
            // ("Special Envoy for Sudan Anna Berg": an envoy for a country is not of it; black-box trial 40)
            boolean forPlace = s.lower(after).equals("for") && ENVOYS_FOR.contains(s.lower(title.to() - 1));
            if (s.lower(after).equals("of") || forPlace) {
                // "the United Kingdom" may be known with its article
                int k = s.startingAt(after + 1) == null && s.lower(after + 1).equals("the") ? after + 2 : after + 1;
                Mention c = s.startingAt(k);
                // "Prime Minister of Italy, Giorgia Meloni,": a comma before the name
                int name = c == null ? -1 : s.lower(c.to()).equals(",") ? c.to() + 1 : c.to();
                // "the President of the Republic of Korea Mr. Roh Moo-hyun": an honorific before the name
                if (name >= 0 && Annotator.HONORIFICS.contains(s.lower(name)) && s.startingAt(name) == null) {
                    name++;
                }
                Mention p = c == null ? null : s.startingAt(name);
                // ("Special Representative for North Korea Policy Glyn Davies": a portfolio word after the
                // country is the title's, and the name is not read)
                // ("the First Minister of Scotland, Nicola Sturgeon": a nation or region of a state the
                // gazetteer knows, as for "Secretary of State for Scotland" below; no country's affiliation)
                boolean region = c != null && c.kind() == Mention.Kind.KNOWN && c.known().how() == Lexicon.How.REGION;
                if (c != null && (c.isCountryLike() || region) && p != null && p.kind() == Mention.Kind.PERSON
                        && (name == c.to() || p.value().equals("full") && !appositive)
                        && !(forPlace && Annotator.PORTFOLIOS.contains(s.lower(name)))) {
                    ofAfter = c;
                    after = name;
                    forPlace |= region;
                }
            }
            // "The Secretary of State for Northern Ireland, Hilary Benn,", "Secretary of State for Scotland Alister
            // Jack": a post for a nation or region of a government, known by the gazetteer, then the name (holdout87)
            Mention region = ofAfter == null && !forPlace && s.lower(after).equals("for") ? s.startingAt(after + 1) : null;
            if (region != null && region.kind() == Mention.Kind.KNOWN && (region.isCountryLike() || region.known().kind().equals("place"))
                    && !endsLongerPost(s, title.from())) {
                int named = s.pastHonorifics(s.lower(region.to()).equals(",") ? region.to() + 1 : region.to());
                Mention p = s.startingAt(named);
                if (p != null && p.kind() == Mention.Kind.PERSON && people.containsKey(p) && !appositive) {
                    emitWithTitle(s, d, people.get(p), s.span(title.from(), region.to()), null, title.from(), p.to(), 0.85,
                            "role.title-comma-name");
                    continue;
                }
            }
            // "Ambassador Sir Peter Westmacott", "spokesman Navy Rear Adm. John Kirby": honorifics between the title and the name
            after = s.pastHonorifics(after);
            Mention next = s.startingAt(after);
            if (ofAfter != null && next != null && people.containsKey(next)) {
                // ("the Vice President and Minister of Foreign Affairs of Suriname, Ronnie Brunswijk": one
                // person holding both posts, as "Deputy Prime Minister and Foreign Minister X"; black-box trial 82)
                Mention joined = s.lower(title.from() - 1).equals("and") ? s.endingBefore(title.from() - 1) : null;
                if (joined != null && joined.kind() == Mention.Kind.TITLE && countryBefore(s, title.from()) == null
                        && !DETERMINERS.contains(s.lower(title.from()))) {
                    emitWithTitle(s, d, people.get(next), s.span(joined.from(), ofAfter.to()), forPlace ? null : ofAfter,
                            joined.from(), next.to(), 0.85, "role.joined-titles-comma-name");
                    continue;
                }
                Mention before = countryBefore(s, title.from());
                emitWithTitle(s, d, people.get(next), s.span(title.from(), ofAfter.to()), forPlace ? null : ofAfter,
                        before != null ? before.from() : title.from(), next.to(), 0.9, "role.title-of-country-before-name");
                continue;
            }
            // "Poland's Europe Minister, Mikolaj Dowgielewicz," / "his US counterpart, Ashton Carter"
            if (next == null && s.lower(after).equals(",") && !appositive) {
                // ("Egypt's Minister of Foreign Affairs, H.E. Sameh Shoukry,": past the honorifics)
                // ("Japan's foreign minister, Mr. Aso,": a surname after an honorific is a name too)
                int named = s.pastHonorifics(after + 1);
                Mention p = s.startingAt(named);
                String end = p == null ? "" : s.lower(p.to());
                // ("his New Zealand counterpart, the Hon Ron Mark in Adelaide": a style before the name, then
                // where they met; holdout87)
                if (p != null && p.kind() == Mention.Kind.PERSON && (p.value().equals("full") || named > after + 1) && people.containsKey(p)
                        && (end.equals(",") || end.equals(".") || end.isEmpty()
                        || named > after + 1 && Set.of("in", "at", "on", "for").contains(end))) {
                    // "The Minister for Foreign Affairs and Minister for Defence, Simon Harris,": one
                    // person holding both posts, as before a name (not "the Prime Minister and the
                    // Foreign Minister, X,", with a second "the")
                    Mention first = s.lower(title.from() - 1).equals("and") ? s.endingBefore(title.from() - 1) : null;
                    if (first != null && first.kind() == Mention.Kind.TITLE && countryBefore(s, title.from()) == null) {
                        Mention c = countryBefore(s, first.from());
                        emitWithTitle(s, d, people.get(p), s.span(first.from(), title.to()), c,
                                c != null ? c.from() : first.from(), p.to(), 0.85, "role.joined-titles-comma-name");
                        continue;
                    }
                    Mention of = countryBefore(s, title.from());
                    emit(s, d, people.get(p), title, of, of != null ? of.from() : title.from(), p.to(), 0.85,
                            "role.title-comma-name");
                    continue;
                }
            }
            if (next != null && next.kind() == Mention.Kind.PERSON && people.containsKey(next)) {
                Mention of = countryBefore(s, title.from());
                // "European Commission President Jose Manuel Barroso": the body presided over
                of = of != null ? of : presidedBefore(s, title);
                // "President-elect Petro Poroshenko of Ukraine": the country after the name
                if (of == null && s.lower(next.to()).equals("of") && s.startingAt(next.to() + 1) != null
                        && s.startingAt(next.to() + 1).kind() == Mention.Kind.KNOWN
                        && s.startingAt(next.to() + 1).known().kind().equals("country")) {
                    Mention c = s.startingAt(next.to() + 1);
                    emitWithTitle(s, d, people.get(next), s.span(title.from(), title.to()), c, title.from(), c.to(), 0.9,
                            "role.title-name-of-country");
                    continue;
                }
                // "Deputy Prime Minister and Foreign Minister Radoslaw Sikorski": one person holding both posts
                // but "The Prime Minister and President Biden" are two people: a title after "the" stands alone
                // ("Deputy Prime Minister / Foreign Minister Minh": both posts, read as joined by "and")
                boolean slash = s.lower(title.from() - 1).equals("/");
                Mention first = s.lower(title.from() - 1).equals("and") || slash ? s.endingBefore(title.from() - 1) : null;
                if (first != null && first.kind() == Mention.Kind.TITLE && !DETERMINERS.contains(s.lower(first.from() - 1))) {
                    Mention c = countryBefore(s, first.from());
                    String both = slash ? s.span(first.from(), first.to()) + " and " + s.span(title.from(), title.to())
                            : s.span(first.from(), title.to());
                    emitWithTitle(s, d, people.get(next), both, c,
                            c != null ? c.from() : first.from(), next.to(), 0.9, "role.joined-titles-before-name");
                    continue;
                }
                // "Senior Advisor to the President Amos Hochstein": the title names whom the person
                // serves; their own post is the words before "to" ("attributable to Spokesperson Ned
                // Price" is Price's own title)
                int to = s.lower(title.from() - 1).equals("the") ? title.from() - 2 : title.from() - 1;
                Mention post = s.lower(to).equals("to") ? s.endingBefore(to) : null;
                if (post != null && post.kind() == Mention.Kind.TITLE || s.lower(to).equals("to") && AIDES.contains(s.lower(to - 1))) {
                    continue;
                }
                // "Secretary of State in the Chancellery of the Prime Minister Piotr Naimski", "Chief of Staff
                // to the President General John Kelly": the title ends a longer post, whose holder the name
                // is; the person holds no title of their own here (holdout51; black-box trial 50)
                if (s.lower(title.from() - 1).equals("the") && Set.of("of", "to").contains(s.lower(to)) && to > 0
                        && s.token(to - 1).capitalised() && s.token(to - 1).word() && performingTheDutiesOf(s, title.from()) < 0) {
                    continue;
                }
                // "Eurogroup President Paschal Donohoe", "COP29 President Mukhtar Babayev", "Human Rights
                // Council President Omar Zniber": the president of a body no list knows, not a head of
                // state; which body is unsure, so no role is read (black-box trial 28, C2)
                if (of == null && unknownBodyBefore(s, title)) {
                    continue;
                }
                // "Performing the Duties of the Under Secretary of Defense for Policy Sasha Baker": US
                // Defense wording for a vacant post filled for the time being, not holding it; the
                // words stay in the title, which the rules take as an acting one (black-box trial 28, C4)
                int performing = of == null ? performingTheDutiesOf(s, title.from()) : -1;
                if (performing >= 0) {
                    emitWithTitle(s, d, people.get(next), s.span(performing, title.to()), null, performing, next.to(), 0.95,
                            "role.title-before-name");
                    continue;
                }
                // ("Dr. Sultan Al Jaber, Minister of State", "Emir Hadzic, Deputy Minister of Security": a
                // monarch's word alone before a name that carries another post in apposition, or after an
                // honorific, is a given name; black-box trial 57)
                if (of == null && title.to() - title.from() == 1 && GIVEN_NAMES_TOO.contains(s.lower(title.from()))
                        && (HONORIFICS_BEFORE.contains(s.lower(title.from() - 1)) || s.lower(next.to()).equals(",")
                        && s.startingAfterThe(next.to() + 1) != null && s.startingAfterThe(next.to() + 1).kind() == Mention.Kind.TITLE)) {
                    continue;
                }
                // ("State Minister of Foreign Affairs Ambassador Mesfin Tadesse", "the Minister of Foreign Affairs,
                // Ambassador Ibrahim Dankano": "Ambassador" as the style of a minister who was one, as Ethiopian,
                // Nigerian and Tanzanian copy writes it; the post is the title before it, and a later
                // "Ambassador Dankano" is the style again; black-box trial 93)
                if (of == null && title.to() - title.from() == 1 && AMBASSADOR_STYLE.contains(s.lower(title.from()))) {
                    int k = title.from() - 1;
                    while (k > 0 && Set.of("hon", "hon.", "honourable", "honorable").contains(s.lower(k))) {
                        k--;
                    }
                    k = s.lower(k).equals(",") ? k - 1 : k;
                    Mention held = k >= 0 ? s.endingBefore(k + 1) : null;
                    if (held != null && held.kind() == Mention.Kind.TITLE && !AMBASSADOR_STYLE.contains(s.lower(held.to() - 1))) {
                        Mention c = countryBefore(s, held.from());
                        emitWithTitle(s, d, people.get(next), s.span(held.from(), held.to()), c, c != null ? c.from() : held.from(),
                                next.to(), 0.9, "role.title-before-name");
                        d.styledAmbassador(people.get(next));
                        continue;
                    }
                    if (d.isStyledAmbassador(people.get(next))) {
                        continue;
                    }
                    // ("Assistant Secretary of State Donald Lu ... Ambassador Lu thanked the minister": US copy keeps
                    // "Ambassador" as the style of anyone who held the rank; a bare "Ambassador X" of one the
                    // article gives another post is that style, no post; black-box trial 104)
                    Discourse.Entity styled = people.get(next);
                    int at = title.from();
                    int nameEnd = next.to();
                    d.afterAll(() -> {
                        if (!d.holdsPostBesidesAmbassador(styled)) {
                            emit(s, d, styled, title, null, at, nameEnd, 0.95, "role.title-before-name");
                        }
                    });
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

    /** Whether the sentence names a year other than the publication's ("In 2022", "in April 2023"), or "at the time". */
    static boolean anotherYear(Annotated s, java.time.LocalDate published) {
        for (int k = 0; k < s.size(); k++) {
            String w = s.lower(k);
            if (otherYearAt(s, k, published)) {
                return true;
            }
            if (w.equals("time") && s.lower(k - 1).equals("the") && s.lower(k - 2).equals("at")) {
                return true;
            }
        }
        return false;
    }

    /** Whether token {@code k} is a year ("2022") other than the publication's. */
    private static boolean otherYearAt(Annotated s, int k, java.time.LocalDate published) {
        String w = s.lower(k);
        return w.length() == 4 && w.chars().allMatch(Character::isDigit) && (w.startsWith("19") || w.startsWith("20"))
                && (published == null || Integer.parseInt(w) != published.getYear());
    }

    /** Bodies an article's own official serves, before a possessive: "the department's deputy secretary". */
    private static final Set<String> OWN_BODIES = WordSet.of("department", "agency", "ministry");

    /** "NAME, [the|a|an] [COUNTRY['s]] TITLE [(of|to) [the] COUNTRY['s government]]," */
    /** Verb phrases of a post held now before a title, after ", who" ("currently serves as", "holds the post of"). */
    // (not "who also serves as", "who is also", "who doubles as": a second post held with one the article gave,
    // which alsoServes reads as one title joining both)
    private static final List<List<String>> HELD_NOW = java.util.stream.Stream.of("serves as", "now serves as",
            "currently serves as", "holds the post of", "is now", "is currently").map(p -> List.of(p.split(" ")))
            .sorted(java.util.Comparator.comparingInt((List<String> p) -> p.size()).reversed()).toList();

    /**
     * Where a phrase of the capacity someone acts in starts, ending right before token {@code at}:
     * "in his capacity as", "in her role as", "speaking as", "took part as", "attended as", "chaired the
     * session as"; -1 if none.
     */
    private static int capacityPhrase(Annotated s, int at) {
        if (!s.lower(at - 1).equals("as")) {
            return -1;
        }
        if (Set.of("capacity", "role").contains(s.lower(at - 2)) && Words.POSSESSIVES.contains(s.lower(at - 3)) && s.lower(at - 4).equals("in")) {
            return at - 4;
        }
        if (Set.of("speaking", "attended", "attending", "participated").contains(s.lower(at - 2))
                || s.lower(at - 2).equals("part") && Set.of("took", "takes", "taking").contains(s.lower(at - 3))) {
            return s.lower(at - 2).equals("part") ? at - 3 : at - 2;
        }
        return -1;
    }

    private static void appositive(Annotated s, Mention title, Map<Mention, Discourse.Entity> people, Discourse d) {
        Mention of = countryBefore(s, title.from());
        int start = of != null ? of.from() : title.from();
        // ("Schwab, the deputy U.S. trade representative,": a rank before the country, kept with the title as
        // "Deputy Chinese Premier" is)
        if (of != null && RANK_BEFORE_COUNTRY.contains(s.lower(start - 1))) {
            start--;
        }
        // ("Catherine Ashton, the EU's High Representative,", "Ashton, EU High Representative for ...,": a body
        // before the title, whose post it is; holdout26)
        int owned = Set.of("'s", "'").contains(s.lower(start - 1)) ? start - 1 : start;
        Mention body = of == null ? s.endingBefore(owned) : null;
        // (not ", a State Department spokesperson said": an attribution, not the name's apposition)
        if (body != null && body.kind() == Mention.Kind.KNOWN && Set.of("organisation", "group").contains(body.known().kind())
                && Set.of(",", "the").contains(s.lower(body.from() - 1))) {
            start = body.from();
        } else if (of == null && owned < start && body == null && OWN_BODIES.contains(s.lower(owned - 1))) {
            // ("Cardona, the department's deputy secretary,": the article's own department; holdout87)
            // ("Salazar, the Interior Department's deputy secretary,": its name in capitals before it)
            int named = owned - 1;
            while (named > 0 && named > owned - 5 && s.token(named).capitalised() && s.token(named - 1).capitalised()
                    && s.at(named - 1) == null) {
                named--;
            }
            if (s.lower(named - 1).equals("the")) {
                start = named;
            }
        }
        if (Set.of("the", "a", "an").contains(s.lower(start - 1))) {
            start--;
        }
        // "Mr Juncker, as President of the European Council,", "Arroyo, who serves as the Philippines' foreign secretary,"
        // (not in a sentence told of another year: "In 2022 Johnson, as prime minister, walked
        // through Kyiv" gives the post he held then)
        boolean capacity = s.lower(start - 1).equals("as");
        if (capacity && s.lower(start - 2).equals(",")) {
            start--;
        } else if (capacity && Set.of("serves", "served", "attended", "spoke").contains(s.lower(start - 2))
                && s.lower(start - 3).equals("who") && s.lower(start - 4).equals(",")) {
            start -= 3;
        } else if (s.lower(start - 1).equals("is") && s.lower(start - 2).equals("who") && s.lower(start - 3).equals(",")) {
            // ("Pyne, who is Australia's Minister for Foreign Affairs,": the post held now; holdout87)
            start -= 2;
        } else {
            // ("Azar, who currently serves as Secretary of Commerce,", "Chun, who holds the post of foreign
            // minister,": the post held now, said another way)
            // (the longest phrase first: HELD_NOW is sorted so)
            int said = s.phraseEndingBefore(HELD_NOW, start, 1);
            if (said > 0 && s.lower(said - 1).equals("who") && s.lower(said - 2).equals(",")) {
                start = said - 1;
            }
        }
        // ("Bonilla chaired the session in his capacity as Mexico's Undersecretary of Labor", "Gething took part
        // as the Welsh Government's Minister for Rural Affairs": the post the sentence's subject holds)
        // (past an owner's name: "as the Welsh Government's Minister for Rural Affairs")
        int owner = start;
        if (Set.of("'s", "’s").contains(s.lower(owner - 1))) {
            int k = owner - 2;
            while (k > 0 && owner - k <= 5 && s.token(k).capitalised()) {
                k--;
            }
            owner = s.lower(k).equals("the") ? k : owner;
        }
        int capacityAt = capacityPhrase(s, owner);
        if (capacityAt > 0 && !anotherYear(s, d.published()) && !s.hasAny(Set.of("had", "former", "then"), 0, title.to())) {
            // (not with two people before it: "Lidington discussed defence reform with Klimkin in his capacity
            // as Ukraine's Defence Minister" may be said of either)
            long before = people.entrySet().stream().filter(e -> e.getKey().to() <= capacityAt && e.getValue().kind.equals("person"))
                    .map(Map.Entry::getValue).distinct().count();
            Discourse.Entity holder = before == 1 ? subject(s, people, capacityAt).orElse(null) : null;
            Mention next = s.startingAt(title.to());
            if (holder != null && holder.kind.equals("person") && (next == null || next.kind() != Mention.Kind.PERSON)) {
                emit(s, d, holder, title, of, start, title.to(), 0.85, "role.in-capacity-as");
            }
            return;
        }
        // (nor in one told in the past perfect: "Cleverly, as foreign secretary, had visited Paris")
        if (capacity && (anotherYear(s, d.published()) || s.hasAny(Set.of("had")))) {
            return;
        }
        if (!s.lower(start - 1).equals(",")) {
            return;
        }
        // "The Rt Hon Gavin Williamson MP, Secretary of State for Defence", "Lord Ahmad of Wimbledon, Minister of State"
        int nameEnd = Set.of("mp", "mep").contains(s.lower(start - 2)) ? start - 2 : start - 1;
        Mention place = s.at(nameEnd - 1);
        if (s.lower(nameEnd - 2).equals("of") && s.token(nameEnd - 1).capitalised()
                && (place == null || place.kind() == Mention.Kind.PERSON && place.value().equals("single"))
                && s.endingBefore(nameEnd - 2) != null && peerStyled(s, s.endingBefore(nameEnd - 2))) {
            nameEnd -= 2;
        }
        // "Ambassador Dennis Francis of Trinidad and Tobago, the President of the UN General Assembly,":
        // past the name's country (black-box trial 23)
        Mention land = s.endingBefore(nameEnd);
        if (land != null && land.kind() == Mention.Kind.KNOWN && land.known().kind().equals("country")
                && s.lower(land.from() - 1).equals("of") && s.endingBefore(land.from() - 1) != null
                && s.endingBefore(land.from() - 1).kind() == Mention.Kind.PERSON) {
            nameEnd = land.from() - 1;
        }
        Mention person = s.endingBefore(nameEnd);
        if (person == null || person.kind() != Mention.Kind.PERSON || !people.containsKey(person)) {
            return;
        }
        int end = title.to();
        if (of == null && (s.lower(end).equals("of") || s.lower(end).equals("to"))) {
            Mention country = s.startingAfterThe(end + 1);
            // ("Costa, the President of the European Commission,": the body presided over)
            if (country != null && s.lower(end).equals("of") && PRESIDENT.equals(s.span(title.from(), title.to()))
                    && country.kind() == Mention.Kind.KNOWN && country.known().kind().equals("organisation")) {
                of = country;
                end = country.to();
            } else if (country != null && country.isCountryLike() && country.known().kind().equals("country")) {
                // "a former ambassador to Japan" was posted to Japan, for another country
                boolean posting = s.lower(end).equals("to") && POSTED.contains(s.lower(title.to() - 1));
                of = posting ? null : country;
                end = country.to();
                if (s.lower(end).equals("'s") && s.lower(end + 1).equals("government")) {
                    end += 2;
                }
            }
        }
        // "Minh, Vietnam's ambassador in Washington,": where an ambassador is posted
        Mention posting = s.lower(end).equals("in") ? s.startingAfterThe(end + 1) : null;
        if (posting != null && POSTED.contains(s.lower(title.to() - 1)) && posting.kind() == Mention.Kind.KNOWN && Events.isPlace(posting)) {
            end = posting.to();
        }
        // ("Zheng, a vice minister in the labor ministry,", "Taylor, a deputy assistant secretary in Treasury's
        // international affairs office,": where in a government the post is, to the clause's end)
        end = workplaceAfter(s, end);
        // ("Wang, China's minister of labor and social security,": past the last of the portfolios in lower case)
        end = portfoliosAfter(s, end);
        String after = s.lower(end);
        // ("Four heads of state attended: Sheikh Meshal, the Emir of Qatar, the King of Bahrain and the UAE
        // President": a list of people and titles after a colon, not a name and its post; black-box trial 58)
        if (after.equals(",") && (s.lower(end + 1).equals("the") && s.startingAfterThe(end + 1) != null
                && s.startingAfterThe(end + 1).kind() == Mention.Kind.TITLE) && s.hasAny(Set.of(":"), 0, person.from())) {
            return;
        }
        // gov.uk leaves out the closing comma: "Gavin Williamson MP, Secretary of State for Defence was in Singapore"
        // "David Lidington, the Chancellor of the Duchy of Lancaster and Minister for the Cabinet Office,": two posts
        // ("Catherine Ashton, EU High Representative for Foreign Affairs and Security Policy/Vice-President of the
        // Commission,": two posts parted by a slash, the second of a body; holdout26)
        Mention slashed = s.lower(end).equals("/") ? s.startingAt(end + 1) : null;
        Mention bodyOf = slashed != null && slashed.kind() == Mention.Kind.TITLE && s.lower(slashed.to()).equals("of")
                ? s.startingAfterThe(slashed.to() + 1) : null;
        if (bodyOf != null && bodyOf.kind() == Mention.Kind.KNOWN && bodyOf.known().kind().equals("organisation")
                && s.lower(bodyOf.to()).equals(",")) {
            emit(s, d, people.get(person), title, of, person.from(), end, 0.9, "role.name-then-title");
            emit(s, d, people.get(person), slashed, bodyOf, person.from(), bodyOf.to(), 0.9, "role.name-then-title");
            return;
        }
        Mention second = s.lower(end).equals("and") ? s.startingAt(end + 1) : null;
        if (second != null && second.kind() == Mention.Kind.TITLE && s.lower(second.to()).equals(",")
                && (s.startingAt(second.to() + 1) == null || !people.containsKey(s.startingAt(second.to() + 1)))) {
            // ("Sheikh Mohammed, Qatar's prime minister and foreign minister,": one person holding both posts,
            // one title written with "and" as "Deputy Prime Minister and Foreign Minister X" is; black-box trial 97)
            emitWithTitle(s, d, people.get(person), s.span(title.from(), second.to()), of, person.from(), second.to(), 0.9,
                    "role.name-then-title");
            return;
        }
        // ("David Lidington, Chancellor of the Exchequer said:", with no article before the title)
        boolean bare = !Set.of("the", "a", "an").contains(s.lower(title.from() - 1)) && of == null;
        // ("co-chaired by Le Hoai Trung, Deputy Minister of Foreign Affairs of Viet Nam and Mr Ugo
        // Astuto, ...": a list of names with their titles, the next name after "and"; holdout24)
        // (not "Defense Secretary Lloyd J Austin III, Chairman of the Joint Chiefs of Staff and General
        // Mark Milley": a name with its title before it is no start of such a list)
        Mention andNext = after.equals("and") ? s.startingAt(s.pastHonorifics(end + 1)) : null;
        int named = s.honorificsBefore(person.from());
        boolean titled = s.endingBefore(named) != null && s.endingBefore(named).kind() == Mention.Kind.TITLE;
        boolean listGoesOn = andNext != null && andNext.kind() == Mention.Kind.PERSON && people.containsKey(andNext)
                && !titled && s.lower(andNext.to()).equals(",");
        // ("Deputy High Commissioner Ravi Sethi, who is Acting High Commissioner while the post is vacant,": a
        // clause of time after the post a relative clause gives; black-box trial 88)
        int is = Set.of("the", "a", "an").contains(s.lower(title.from() - 1)) ? title.from() - 2 : title.from() - 1;
        boolean whoIs = s.lower(is).equals("is") && s.lower(is - 1).equals("who");
        if (!(after.equals(",") || after.equals(".") || after.equals(";") || after.isEmpty() || after.equals(")") || listGoesOn
                || Set.of("was", "is", "has", "had", "will").contains(after) || bare && Set.of("said", "says").contains(after)
                || whoIs && Set.of("while", "until", "pending").contains(after))) {
            return;
        }
        // "Egyptian Foreign Minister Sameh Shoukry, United Arab Emirates Minister of State for Foreign
        // Affairs, Dr Anwar Gargash": in a list of titled names, a title between two names is the next one's
        // ("Minister for Human Resource Development, Shri Kapil Sibal, Minister of State ..., Shri
        // Prithviraj Chavan": past an honorific and a comma too)
        int k = named;
        Mention before = s.endingBefore(k);
        // (a title with an article is said of the name before it: "Shoukry, a former ambassador to the US,")
        if (before == null && s.lower(k - 1).equals(",") && !Set.of("a", "an", "the").contains(s.lower(title.from() - 1))) {
            before = s.endingBefore(k - 1);
        }
        // ("Foreign Minister of Greece, George Katrougalos, Foreign Minister of Cyprus, Nikos
        // Christodoulides, and ...": a title of a country before the first name; black-box trial 45)
        // (not "Mr Okada, Foreign Minister of Japan, Mr Naoshima, Minister of ...": a list of names,
        // each with its title after it)
        Mention titleOf = before == null ? null : titleOfCountryEndingAt(s, before.to());
        if (titleOf != null && titleOf != before && opensWithTitle(s, titleOf.from())) {
            before = titleOf;
        }
        int next = end + 1;
        while (next < s.size() && Annotator.HONORIFICS.contains(s.lower(next)) && s.startingAt(next) == null) {
            next++;
        }
        if (after.equals(",") && before != null && before.kind() == Mention.Kind.TITLE && nameAt(s, next)) {
            return;
        }
        emit(s, d, people.get(person), title, of, person.from(), end, 0.9, "role.name-then-title");
    }

    /**
     * Past "and social security" after a title ending at {@code end} ("minister of labor and social
     * security"): "and" and one to three portfolio words, to a comma; {@code end} itself if there is none.
     */
    private static int portfoliosAfter(Annotated s, int end) {
        if (!s.lower(end).equals("and") || !s.lower(end - 2).equals("of") && !s.lower(end - 2).equals("for")) {
            return end;
        }
        int k = end + 1;
        while (k < end + 4 && s.at(k) == null && (Annotator.PORTFOLIOS.contains(s.lower(k)) || Annotator.TITLE_MODIFIERS.contains(s.lower(k)))) {
            k++;
        }
        return k > end + 1 && s.lower(k).equals(",") ? k : end;
    }

    /** Nouns of a part of a government a post is in: "in the labor ministry", "at the State Department". */
    private static final Set<String> WORKPLACES = WordSet.of("ministry", "department", "office", "agency", "bureau",
            "directorate", "secretariat", "division", "service", "administration");

    /**
     * Past "in the labor ministry" or "at the State Department" after a title ending at {@code end}:
     * "in" or "at", up to six words with no mention but a country's, ending in a noun of {@link
     * #WORKPLACES} right before a comma or the sentence's end; {@code end} itself if there is none.
     */
    private static int workplaceAfter(Annotated s, int end) {
        if (!Set.of("in", "at").contains(s.lower(end))) {
            return end;
        }
        for (int k = end + 1; k < Math.min(s.size(), end + 8); k++) {
            Mention m = s.at(k);
            if (m != null && !(m.kind() == Mention.Kind.KNOWN && m.known().kind().equals("country"))
                    || Set.of(",", ".", ";", "and").contains(s.lower(k))) {
                return end;
            }
            if (WORKPLACES.contains(s.lower(k)) && Set.of(",", ".", ";", "").contains(s.lower(k + 1))) {
                return k + 1;
            }
        }
        return end;
    }

    /** The title of "Foreign Minister of Greece" ending at token {@code end} (a title, "of" and a country), or null. */
    private static Mention titleOfCountryEndingAt(Annotated s, int end) {
        Mention m = s.endingBefore(end);
        if (m == null || m.kind() != Mention.Kind.KNOWN || !m.known().kind().equals("country") || !s.lower(m.from() - 1).equals("of")) {
            return null;
        }
        Mention title = s.endingBefore(m.from() - 1);
        return title != null && title.kind() == Mention.Kind.TITLE ? title : null;
    }

    /**
     * Whether the list of titled names that reaches the title at token {@code titleFrom} opens with
     * a title ("Foreign Minister of Greece, George Katrougalos, Foreign Minister of Cyprus, ..."),
     * walking back over ", NAME, TITLE" pairs, not with a name ("Mr Katsuya Okada, Foreign Minister
     * of Japan, Mr Masayuki Naoshima, ...").
     */
    private static boolean opensWithTitle(Annotated s, int titleFrom) {
        int k = titleFrom;
        for (int steps = 0; steps < 20; steps++) {
            Mention name = s.lower(k - 1).equals(",") ? s.endingBefore(k - 1) : null;
            if (name == null || name.kind() != Mention.Kind.PERSON) {
                return true;
            }
            int n = s.honorificsBefore(name.from());
            Mention title = s.lower(n - 1).equals(",") ? s.endingBefore(n - 1) : null;
            Mention ofCountry = title == null ? null : titleOfCountryEndingAt(s, title.to());
            title = ofCountry != null ? ofCountry : title;
            if (title == null || title.kind() != Mention.Kind.TITLE) {
                return false;
            }
            k = title.from();
        }
        return false;
    }

    /** Whether a name starts at token {@code k}: a person's name, or a capitalised word that no list knows ("Dr Anwar ..."). */
    private static boolean nameAt(Annotated s, int k) {
        Mention m = s.startingAt(k);
        if (m != null) {
            return m.kind() == Mention.Kind.PERSON;
        }
        return k < s.size() && s.token(k).word() && s.token(k).capitalised() && !Set.of("and", "the", "who", "which").contains(s.lower(k));
    }

    private static final String PRESIDENT = "President";

    /** An organisation written just before the title "President" ("European Commission President"), or null. */
    private static Mention presidedBefore(Annotated s, Mention title) {
        Mention m = s.endingBefore(title.from());
        return PRESIDENT.equals(s.span(title.from(), title.to())) && m != null && m.kind() == Mention.Kind.KNOWN
                && m.known().kind().equals("organisation") ? m : null;
    }

    /** Where "performing the duties of (the)" starts, ending just before token {@code at}, or -1. */
    static int performingTheDutiesOf(Annotated s, int at) {
        int k = s.lower(at - 1).equals("the") ? at - 2 : at - 1;
        return s.lower(k).equals("of") && s.lower(k - 1).equals("duties") && s.lower(k - 2).equals("the")
                && s.lower(k - 3).equals("performing") ? k - 3 : -1;
    }

    /** The last word of a body's name: "Human Rights Council", "Governing Board", "Constitutional Court". */
    private static final Set<String> BODY_NOUNS = WordSet.of("council", "assembly", "conference", "commission", "committee",
            "court", "tribunal", "bank", "parliament", "board", "forum", "senate", "congress", "group", "union", "federation",
            "association", "organisation", "organization", "institute", "foundation", "fund", "agency", "society", "club",
            "party", "league", "summit", "convention", "cop", "chamber", "academy", "university", "college", "synod", "caucus");

    /**
     * Whether the title "President" follows, with no mention between, the name of a body no list
     * knows: an acronym or a word with a digit ("ECB", "COP29", "G20"), a word ending in a body noun
     * ("Eurogroup", "Human Rights Council"; {@link #BODY_NOUNS}).
     */
    private static final Set<String> PRESIDENTS = Set.of("president", "vice-president", "vice president");

    static boolean unknownBodyBefore(Annotated s, Mention title) {
        int k = title.from() - 1;
        // (a lone capitalised word may be taken for a name: "Eurogroup" alone, not a known one)
        Mention m = k < 0 ? null : s.at(k);
        // ("COP29 Vice-President Mosese Bulitavu", "Assembly Vice-President X": the body's vice-president
        // likewise, often a minister of a country; black-box trial 69)
        if (!PRESIDENTS.contains(s.span(title.from(), title.to()).toLowerCase(java.util.Locale.ROOT)) || k < 0
                || m != null && !(m.kind() == Mention.Kind.PERSON && m.from() == k && m.to() == k + 1)) {
            return false;
        }
        String w = s.token(k).text();
        if (w.length() < 2 || !Character.isUpperCase(w.charAt(0)) || !w.chars().allMatch(Character::isLetterOrDigit)) {
            return false;
        }
        boolean acronym = w.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
        boolean digit = w.chars().anyMatch(Character::isDigit);
        String lower = w.toLowerCase(java.util.Locale.ROOT);
        return acronym || digit || BODY_NOUNS.contains(lower) || lower.endsWith("group");
    }

    /** A country written just before a title, "US" or "Russia's", or null. */
    static Mention countryBefore(Annotated s, int at) {
        int k = at;
        // ("the Philippines' foreign secretary": a bare apostrophe after a plural name)
        if (s.lower(k - 1).equals("'s") || s.lower(k - 1).equals("'")) {
            k--;
        }
        Mention m = s.endingBefore(k);
        // ("During his visit to Beijing Foreign Secretary James Cleverly held ...": a capital a
        // preposition governs is where, not whose, when no comma closes the opening phrase; so is a
        // country's name: "While in Poland Minister Field met ...", holdout36; and a topic: "On
        // Algeria Minister Burt said:", holdout40)
        boolean where = m != null && k == at && m.known() != null
                && (m.known().how() == Lexicon.How.CAPITAL || m.known().how() == Lexicon.How.NAME)
                && (PLACE_PREPOSITIONS.contains(s.lower(m.from() - 1)) || TOPIC_PREPOSITIONS.contains(s.lower(m.from() - 1)));
        return m != null && m.kind() == Mention.Kind.KNOWN && m.known().kind().equals("country") && !where ? m : null;
    }

    /** Prepositions that make a capital after them a place ("in Kyiv", "to Beijing"). */
    private static final Set<String> PLACE_PREPOSITIONS = WordSet.of("in", "to", "from", "at", "into", "near", "via", "outside", "around");

    /** Prepositions that make a country after them what is spoken of ("On Algeria Minister Burt said"). */
    private static final Set<String> TOPIC_PREPOSITIONS = WordSet.of("on", "about", "regarding", "concerning");

    /** Title heads whose "to COUNTRY" is where the holder is posted, not whom they stand for. */
    private static final Set<String> POSTED = WordSet.of("ambassador", "envoy", "representative", "emissary", "consul",
            "commissioner", "attaché", "attache");

    /** Words before a title that say its holder is not (or not yet) in office: the title is then written with them. */
    private static final Set<String> NOT_IN_OFFICE = WordSet.of("former", "ex", "late", "then", "future", "incoming");

    /** Words of rank before a country and its title ("Deputy Chinese Premier"): the title is written with them. */
    static final Set<String> RANK_BEFORE_COUNTRY = WordSet.of("deputy", "vice", "acting", "assistant", "interim");

    /**
     * Whether the sentence opens, before token {@code before}, with a time of another year: "In
     * 2022", "In April 2023", "From 2019 to 2023", "Last year" (not "in just the last year", the
     * twelve months to now), "Four years later", "Two decades ago", or with another month: "In
     * March," in an article of September (black-box trial 27).
     */
    private static boolean toldOfAnotherTime(Annotated s, int before, java.time.LocalDate published) {
        // ("He is no stranger to China: in 2021 Deputy Foreign Minister X led a delegation": the clause
        // after a colon, semicolon or dash opens where the time is told; black-box trial 56)
        int start = 0;
        for (int k = 0; k < before; k++) {
            start = Set.of(":", ";", "\u2014", "\u2013").contains(s.lower(k)) ? k + 1 : start;
        }
        for (int k = 0; k < Math.min(before, start + 6); k++) {
            // (the sentence's first words, and the clause's: "2021: Deputy Foreign Minister X ...")
            if (k >= 6 && k < start) {
                continue;
            }
            if (otherYearAt(s, k, published)) {
                return true;
            }
            if (s.lower(k).equals("last") && s.lower(k + 1).equals("year") && !s.lower(k - 1).equals("the")) {
                return true;
            }
            // ("When APEC leaders last met, in Honolulu, Prime Minister Putin did not attend": a clause of an
            // earlier occasion opening the sentence; black-box trial 105)
            if (k == start && s.lower(k).equals("when") && s.hasAny(Set.of("last", "previously", "first"), k + 1, Math.min(before, k + 6))) {
                return true;
            }
            if (Set.of("later", "earlier", "ago").contains(s.lower(k)) && Set.of("years", "decades", "year", "decade")
                    .contains(s.lower(k - 1))) {
                return true;
            }
            java.time.Month month = Annotator.MONTHS.get(s.lower(k));
            if (k <= 1 && month != null && s.token(k).capitalised() && s.lower(k - 1).equals("in") && published != null
                    && month != published.getMonth() && !Annotator.MONTHS.containsKey(s.lower(k + 1))) {
                return true;
            }
        }
        return false;
    }

    /** Words of a post taken up: "took office on 20 May", "was sworn in on", "appointed on". */
    private static final Set<String> TOOK_UP = WordSet.of("office", "sworn", "elected", "appointed", "inaugurated", "since",
            "assumed", "named", "became", "nominated", "confirmed");

    /** How long before publication a day must be for a title told with it to be of another time. */
    private static final int EARLIER_DAYS = 28;

    /**
     * Whether the sentence names, from token {@code from} to {@code to}, a day more than four weeks
     * before publication: "I met with US Secretary of State, Rex Tillerson, in Washington on Friday 23
     * February" in a written answer of 28 March, which calls him the former Secretary of State; the
     * title is as of that day (holdout85's one false alarm at first sight).
     */
    private static boolean namesEarlierDay(Annotated s, java.time.LocalDate published, int from, int to) {
        if (published == null) {
            return false;
        }
        for (Mention m : s.mentions()) {
            // (the day of what the sentence tells, "on Friday 23 February", not "the July 21 package" or
            // "Trudeau's March 10 visit")
            // ("the new President of Ukraine, Volodymyr Zelenskyy, took office on 20 May": the day the post began)
            if (m.kind() == Mention.Kind.DATE && m.from() >= from && m.from() < to && s.lower(m.from()).equals("on")
                    && !s.hasAny(TOOK_UP, from, m.from())
                    && m.value() != null && m.value().length() == 10
                    && java.time.LocalDate.parse(m.value()).isBefore(published.minusDays(EARLIER_DAYS))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the sentence names, from token {@code from} to {@code to}, a year before the
     * publication's, not as the start of a span that runs to now ("in office since 2013", "since
     * March 2019"): "Foreign Minister Lindqvist hosted Clinton in Stockholm in 2012" tells of then
     * (black-box trial 27); "beyond 2014" to come, or "on 23 July 2014" of another meeting far along
     * the sentence, does not.
     */
    public static boolean namesEarlierYear(Annotated s, java.time.LocalDate published, int from, int to) {
        for (int k = Math.max(0, from); k < Math.min(s.size(), to); k++) {
            if (otherYearAt(s, k, published) && (published == null || Integer.parseInt(s.lower(k)) < published.getYear())
                    && !s.lower(k - 1).equals("since") && !(s.lower(k - 2).equals("since") && Annotator.MONTHS.containsKey(s.lower(k - 1)))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the person named before token {@code at} is said, right after, to have left the post:
     * "X resigned", "X, who resigned on Monday,", "X has stepped down" (not "since his predecessor resigned").
     */
    private static boolean leftAfter(Annotated s, int at) {
        // ("Ambassador Lang's successor at NATO, Ambassador Julia Reyes,": the post Lang held before
        // another took it; black-box trial 78)
        if (s.lower(at).equals("'s") && SUCCESSOR.contains(s.lower(at + 1))) {
            return true;
        }
        int k = at;
        while (k < s.size() && k - at < 4 && Set.of(",", "who", "has", "had", "have", "was", "been", "abruptly", "suddenly").contains(s.lower(k))) {
            k++;
        }
        // ("Senior Minister Lee, who stepped down as Singapore's prime minister": the post named after
        // "as" is the one left, not the title before the name; black-box trial 84)
        boolean stepped = Set.of("stepped", "steps").contains(s.lower(k)) && s.lower(k + 1).equals("down");
        if ((stepped || LEFT_OFFICE.contains(s.lower(k))) && s.lower(stepped ? k + 2 : k + 1).equals("as")) {
            return false;
        }
        return LEFT_OFFICE.contains(s.lower(k)) || stepped;
    }

    /**
     * Whether a verb of removal stands just before the title at {@code at}: "Kiir fired Envoy Albino Mathom",
     * "replaced Chief Negotiator David Barnea" (the post left; black-box trial 76).
     */
    private static boolean removedBefore(Annotated s, int at) {
        int k = Set.of("the", "his", "her", "its", "their").contains(s.lower(at - 1)) ? at - 2 : at - 1;
        return REMOVED.contains(s.lower(k));
    }

    /** Who took a post after its holder ("X's successor"). */
    private static final Set<String> SUCCESSOR = WordSet.of("successor", "successors", "replacement");

    /** "Ambassador" written before a name, which may be a post or the style of one who held it. */
    private static final Set<String> AMBASSADOR_STYLE = WordSet.of("ambassador", "amb.", "amb");

    /** Whether token {@code k} is a verb of leaving a post ("resigned", "was dismissed"). */
    static boolean leftOffice(Annotated s, int k) {
        return LEFT_OFFICE.contains(s.lower(k));
    }

    /** Verbs of removing someone from a post, before the title ("fired Envoy X"). */
    private static final Set<String> REMOVED = WordSet.of("fired", "sacked", "dismissed", "ousted", "replaced", "removed", "fires",
            "sacks", "dismisses", "replaces", "removes", "ousts");

    /** Words that say someone left a post ("resigned on Monday"). */
    private static final Set<String> LEFT_OFFICE = WordSet.of("resigned", "resigns", "quit", "quits", "dismissed", "sacked",
            "ousted", "fired");

    /** "as she then was", "at the time": a sentence telling of then. */
    private static final java.util.regex.Pattern AS_THEN = java.util.regex.Pattern.compile(
            "\\b(as (s?he|they) then (was|were)|at the time|in those (years|days)|back then)\\b");
    /** An opposition or shadow title ("Shadow Foreign Secretary"), read from a title's start. */
    private static final java.util.regex.Pattern OPPOSITION = java.util.regex.Pattern.compile("(?:.*\\b)?(?:opposition|shadow)\\b");

    /** Words that put someone back in a post they held before. */
    private static final Set<String> BACK_IN_OFFICE = WordSet.of("reappointed", "reinstated", "returned", "returns", "returning", "re-appointed");

    private static void emit(Annotated s, Discourse d, Discourse.Entity person, Mention title, Mention of, int from,
                             int to, double confidence, String pattern) {
        String written = s.span(title.from(), title.to());
        // ("former NATO Secretary General", "Outgoing NATO Secretary General Stoltenberg": past the body)
        Mention body = s.endingBefore(title.from());
        int before = of != null && of.to() <= title.from() ? of.from() - 1
                : body != null && body.kind() == Mention.Kind.KNOWN ? body.from() - 1 : title.from() - 1;
        // "former Lebanese Prime Minister Saad Hariri" holds no office now: keep "former" with the title
        // ("Deputy Chinese Premier Wang Yang" is a deputy premier, not the premier)
        boolean rank = of != null && of.to() <= title.from() && RANK_BEFORE_COUNTRY.contains(s.lower(before));
        // ("Outgoing NATO Secretary General Stoltenberg": the outgoing holder, kept with the title; black-box trial 24)
        boolean outgoing = before < title.from() - 1 && s.lower(before).equals("outgoing");
        if ((NOT_IN_OFFICE.contains(s.lower(before)) || rank || outgoing) && !written.toLowerCase(java.util.Locale.ROOT).startsWith(s.lower(before))) {
            written = s.token(before).text() + " " + written;
            from = Math.min(from, before);
        }
        emitWithTitle(s, d, person, written, of, from, to, confidence, pattern);
    }

    private static void emitWithTitle(Annotated s, Discourse d, Discourse.Entity person, String title, Mention of, int from,
                                      int to, double confidence, String pattern) {
        // "Sikorski, a former foreign minister, was reappointed to the post": the former post is his again
        if (title.toLowerCase(java.util.Locale.ROOT).startsWith("former ") && s.hasAny(BACK_IN_OFFICE)) {
            return;
        }
        // ("his father, founding Prime Minister Lee Kuan Yew", "the late President Park Chung-hee": the
        // first holder, or one who has died, holds the post now or not; unsure, nothing; black-box trial 62)
        if (title.toLowerCase(java.util.Locale.ROOT).matches("(founding|late) .*")) {
            return;
        }
        String country = of == null ? null : d.known(of.known()).id;
        // "Defence Minister Erik Lund resigned on Monday": a post its holder left, no longer held
        // ("In 2022 Deputy Foreign Minister X ...", "Last year Defence Minister X ...": a title of
        // another time, which need not be held now; unsure, a finding on it needs a look; black-box trial 24)
        boolean left = leftAfter(s, to) || removedBefore(s, from);
        // ("Ambassador Jane Morrow, as she then was, had hosted Kim in Tokyo in 2021": said of then)
        boolean then = toldOfAnotherTime(s, from, d.published()) || AS_THEN.matcher(s.span(0, s.size()).toLowerCase(java.util.Locale.ROOT)).find() || s.hasAny(Set.of("had")) && anotherYear(s, d.published())
                || namesEarlierYear(s, d.published(), to, to + 16) || d.underEarlierYear()
                || namesEarlierDay(s, d.published(), to, to + 16);
        // (a post left is unsure too: the article may go on to call its holder by it, as of when he held it)
        d.add(Draft.of("role", s, from, to, then || left ? Math.min(confidence, 0.7) : confidence, pattern)
                .with("person", person.id).with("title", title).with("of", country).with("current", left ? Boolean.FALSE : null));
        // a former post says nothing of whom the person stands for now (nor the body one presides over)
        boolean former = NOT_IN_OFFICE.contains(title.split(" ", 2)[0].toLowerCase(java.util.Locale.ROOT));
        // nor does an opposition title: "Russian opposition leader Yulia Navalnaya", "Shadow Foreign
        // Secretary" stand for no government (black-box trial 28, C5)
        boolean opposition = OPPOSITION.matcher(title.toLowerCase(java.util.Locale.ROOT)).lookingAt();
        if (country != null && !former && !opposition && of.known().kind().equals("country")) {
            d.add(Draft.of("affiliation", s, from, to, confidence, "affiliation.country-before-title")
                    .with("person", person.id).with("of", country));
        }
    }
}
