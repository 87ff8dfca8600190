package org.factlint.extract.read;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.Month;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.factlint.model.Source;

/**
 * Finds the mentions in a sentence, in a fixed order so that the first to claim a token keeps it:
 * dates, gazetteer names, titles, event words, ordinals, then people's names (runs of
 * capitalised words nothing else claimed). Quotations are found apart and may contain anything.
 */
public final class Annotator {

    static final Map<String, Integer> WEEKDAYS = WordMap.copyOf(Map.of("monday", 1, "tuesday", 2, "wednesday", 3, "thursday", 4,
            "friday", 5, "saturday", 6, "sunday", 7));
    static final Map<String, Month> MONTHS = WordMap.copyOf(Map.ofEntries(Map.entry("january", Month.JANUARY),
            Map.entry("february", Month.FEBRUARY), Map.entry("march", Month.MARCH), Map.entry("april", Month.APRIL),
            Map.entry("may", Month.MAY), Map.entry("june", Month.JUNE), Map.entry("july", Month.JULY),
            Map.entry("august", Month.AUGUST), Map.entry("september", Month.SEPTEMBER), Map.entry("october", Month.OCTOBER),
            Map.entry("november", Month.NOVEMBER), Map.entry("december", Month.DECEMBER), Map.entry("jan.", Month.JANUARY),
            Map.entry("feb.", Month.FEBRUARY), Map.entry("aug.", Month.AUGUST), Map.entry("sept.", Month.SEPTEMBER),
            Map.entry("sep.", Month.SEPTEMBER), Map.entry("oct.", Month.OCTOBER), Map.entry("nov.", Month.NOVEMBER),
            Map.entry("dec.", Month.DECEMBER),
            // without the point ("On Dec 2"): a date only with the day beside it
            Map.entry("jan", Month.JANUARY), Map.entry("feb", Month.FEBRUARY), Map.entry("aug", Month.AUGUST),
            Map.entry("sep", Month.SEPTEMBER), Map.entry("sept", Month.SEPTEMBER), Map.entry("oct", Month.OCTOBER),
            Map.entry("nov", Month.NOVEMBER), Map.entry("dec", Month.DECEMBER)));
    static final Map<String, Integer> ORDINALS = WordMap.copyOf(Map.ofEntries(Map.entry("first", 1), Map.entry("second", 2),
            Map.entry("third", 3), Map.entry("fourth", 4), Map.entry("fifth", 5), Map.entry("sixth", 6),
            Map.entry("seventh", 7), Map.entry("eighth", 8), Map.entry("ninth", 9), Map.entry("tenth", 10),
            Map.entry("1st", 1), Map.entry("2nd", 2), Map.entry("3rd", 3), Map.entry("4th", 4), Map.entry("5th", 5),
            Map.entry("6th", 6), Map.entry("7th", 7), Map.entry("8th", 8), Map.entry("9th", 9), Map.entry("10th", 10)));

    /** Ordinal words from eleventh to twentieth ("the fourteenth meeting"; black-box trial 91). */
    private static final Map<String, Integer> TEENS = WordMap.copyOf(Map.ofEntries(Map.entry("eleventh", 11),
            Map.entry("twelfth", 12), Map.entry("thirteenth", 13), Map.entry("fourteenth", 14), Map.entry("fifteenth", 15),
            Map.entry("sixteenth", 16), Map.entry("seventeenth", 17), Map.entry("eighteenth", 18), Map.entry("nineteenth", 19),
            Map.entry("twentieth", 20)));

    /** The number an ordinal word names ("third", "14th", "fourteenth", "38th"), or null. */
    static Integer ordinal(String lower) {
        Integer n = ORDINALS.get(lower);
        n = n != null ? n : TEENS.get(lower);
        if (n == null && lower.matches("[1-9]\\d{0,2}(st|nd|rd|th)")) {
            int value = Integer.parseInt(lower.replaceAll("\\D", ""));
            int last = value % 10;
            String suffix = value % 100 / 10 == 1 ? "th" : last == 1 ? "st" : last == 2 ? "nd" : last == 3 ? "rd" : "th";
            n = lower.endsWith(suffix) ? value : null;
        }
        return n;
    }

    /** Words whose title is a post ("Secretary", "envoy"); a title ends on one of them. */
    static final Set<String> TITLE_HEADS = WordSet.of("minister", "secretary", "president", "premier", "chancellor", "envoy",
            "ambassador", "spokesperson", "spokesman", "spokeswoman", "adviser", "advisor", "king", "queen", "emir",
            "representative", "commissioner", "counterpart", "undersecretary", "taoiseach", "tánaiste", "tanaiste", "sultan", "diplomat",
            "mayor", "governor", "leader", "chairman", "chairwoman", "chair", "director", "administrator",
            "councillor", "councilor", "secretary-general", "negotiator");
    /**
     * Words of a portfolio after a title's "of" or "for", capitalised ("Minister of the People's
     * Power for Energy", "Minister of Petroleum and Mines"); not title words on their own.
     */
    static final Set<String> PORTFOLIOS = WordSet.of("people", "power", "petroleum", "mines", "mining", "hydrocarbons", "oil",
            "gas", "industry", "industries", "planning", "investment", "tourism", "communications", "information", "water",
            "fisheries", "public", "works", "housing", "social", "welfare", "women", "youth", "sport", "sports", "science",
            "technology", "innovation", "infrastructure", "natural", "resources", "resource", "food", "rural", "land", "lands",
            "territorial", "administration", "employment", "solidarity", "equality", "veterans", "heritage", "ecology",
            "ecological", "transition", "armed", "forces", "homeland", "maritime", "forestry", "mineral", "electricity",
            "fuel", "trade", "relations", "cooperation", "co-operation", "integration", "unification", "reunification",
            "neighbourhood", "neighborhood", "enlargement", "negotiations", "exchequer", "duchy", "lancaster", "office",
            // regions a minister is for ("Minister for the Middle East", "Minister for Asia and the Pacific")
            "middle", "east", "asia", "pacific", "africa", "americas", "south", "north", "latin", "america", "caribbean",
            "overseas", "territories", "gulf", "central", "eastern", "western", "indo-pacific", "asian", "african",
            "eurasian", "hemisphere", "near", "atlantic", "arctic", "southern", "northern",
            // parts of a department ("Assistant Secretary for Policy and International Affairs")
            "policy", "programs", "programmes", "operations", "management", "legislative", "consular", "political",
            "multilateral", "global", "strategic", "arms", "control", "nonproliferation", "counterterrorism", "democracy",
            "rights", "human", "oceans", "scientific", "research", "cultural", "financial", "monetary", "fiscal", "budget",
            "revenue", "customs", "tax", "taxation", "cyber", "space", "nuclear", "efficiency", "renewable", "fossil",
            "markets", "procurement", "acquisition", "personnel", "readiness", "logistics",
            // ("Minister of Public Safety": not a person named "Safety"; holdout32)
            "safety", "emergencies", "emergency", "protection", "civil", "consumer", "family", "families", "children",
            "pensions", "statistics", "religious", "endowments", "aviation", "ports", "shipping", "railways", "roads",
            "highways", "telecommunications", "posts", "media", "broadcasting", "arts", "antiquities", "wildlife",
            "sanitation", "irrigation", "livestock", "reconciliation", "reconstruction", "reform", "reforms", "diaspora",
            "citizenship", "disabilities", "seniors", "sector",
            // ("Minister of Public Safety and Emergency Preparedness", "Minister of Immigration, Refugees and
            // Citizenship": not a person named "Preparedness"; holdout89)
            "preparedness", "refugees", "migration", "asylum", "response", "recovery", "resilience", "competitiveness",
            "entrepreneurship", "digital", "green",
            // ("Federal Minister for Economic Affairs and Climate Action", "Minister of International Trade, Export
            // Promotion, Small Business and Economic Development": not people named "Action" or "Promotion")
            "action", "promotion", "export", "exports", "small", "business", "enterprise", "skills",
            // ("Minister of the Environment and Climate Change, Marina Silva": no person named "Change"; black-box trial 99)
            "change",
            // ("Assistant Secretary of State for Political-Military Affairs Andrew J. Shapiro"; holdout120)
            "military");
    /**
     * Portfolio words that may stand in a list before a title's head ("Foreign and Defence
     * Minister", "Economy, Trade and Industry Minister"), each a portfolio of its own.
     */
    private static final Set<String> PORTFOLIO_HEADS = WordSet.of("foreign", "defence", "defense", "home", "interior", "finance",
            "trade", "economy", "health", "justice", "energy", "development", "labour", "labor", "environment", "education",
            "culture", "transport", "transportation", "agriculture", "treasury", "commerce", "business", "industry", "immigration",
            "affairs");
    /** Unnamed peers a title's word may describe ("European counterparts", "Senior officials"). */
    private static final Set<String> PEERS = WordSet.of("counterparts", "counterpart", "ministers", "leaders", "officials", "diplomats");
    /** Words that may stand before a title's head ("Deputy Prime Minister", "special envoy"). */
    static final Set<String> TITLE_MODIFIERS = WordSet.of("deputy", "principal", "vice", "special", "high", "prime", "foreign", "defence", "defense",
            "home", "interior", "finance", "trade", "economy", "health", "justice", "energy", "security", "national",
            "first", "junior", "assistant", "under", "chief", "top", "senior", "presidential", "acting", "former", "founding", "late",
            "europe", "european", "affairs", "development", "international", "cabinet", "press", "private", "permanent",
            "shadow", "opposition", "executive", "federal", "labour", "labor", "environment", "education", "culture",
            "transport", "transportation", "agriculture", "digital", "treasury", "commerce", "business", "economic", "outgoing",
            "interim", "caretaker", "designate", "elect", "war", "intelligence", "migration", "immigration", "climate", "joint", "chiefs",
            "external", "state", "alternate", "managing", "parliamentary",
            "staff");
    private static final Set<String> RELATIVE_DAYS = WordSet.of("yesterday", "today", "tomorrow", "tonight");
    /** Words before "talks" or "meeting" that make it a verb or not this event ("is meeting", "he talks"). */
    private static final Set<String> NOT_BEFORE_EVENT = WordSet.of("is", "was", "were", "are", "been", "be", "will", "to", "he",
            "she", "they", "it");

    /** The day of the month a word writes: "17", "17th", "1st", "22nd", "3rd"; -1 if none. */
    static int dayNumber(String w) {
        String n = w.length() > 2 && (w.endsWith("st") || w.endsWith("nd") || w.endsWith("rd") || w.endsWith("th"))
                ? w.substring(0, w.length() - 2) : w;
        return digits(n, 1, 2) ? Integer.parseInt(n) : -1;
    }

    /** Whether {@code w} is min to max ASCII digits (no regular expression: this runs on every token). */
    static boolean digits(String w, int min, int max) {
        if (w.length() < min || w.length() > max) {
            return false;
        }
        for (int i = 0; i < w.length(); i++) {
            if (w.charAt(i) < '0' || w.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /** Nouns an event word modifies ("conference dinner", "meeting room"): the phrase names no event. */
    static final Set<String> COMPOUND_HEADS = WordSet.of("dinner", "dinners", "lunch", "luncheon", "breakfast", "reception",
            "room", "rooms", "venue", "venues", "hall", "centre", "center", "hotel", "site", "table", "tables", "agenda",
            "schedule", "programme", "program", "format", "photo", "communique", "communiqué", "declaration",
            "statement", "document", "documents", "host", "hosts", "organisers", "organizers", "participants",
            "delegates", "delegation", "delegations", "team", "teams", "process", "track", "season", "chair",
            "invitation", "invitations", "sidelines", "fringe", "security", "preparations", "bid", "calendar");
    /** Words that may follow "ministerial" used as a noun. */
    private static final Set<String> AFTER_MINISTERIAL = WordSet.of("in", "on", "at", "of", "itself", "and", "was", "is", "will",
            "that", "which", "last", "this", "held", "where", "with", "for", "ended", "opened", "began", "took", "today",
            "yesterday", "tomorrow");
    /** A name word joined to its particle: "al-Abadi", "bin-Salman", "el-Sisi"; group 1 is the name without it. */
    static final java.util.regex.Pattern HYPHENED_PARTICLE = java.util.regex.Pattern.compile(
            "(?:al|el|ad|an|ar|as|ash|at|az|bin|ibn|abu|ben|ould)[-\\u2010\\u2011](\\p{Lu}\\p{L}+)");
    /** Honorifics before a name that are not part of it. */
    static final Set<String> HONORIFICS = WordSet.of("mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "sir", "dame", "lord",
            "lady", "gen.", "general", "professor", "prof.", "gen", "lt", "lt.", "col", "col.", "maj.", "capt", "capt.", "adm",
            "adm.", "sgt", "sgt.", "cmdr", "cmdr.", "lieutenant", "colonel", "admiral", "brigadier", "captain", "commander",
            "sheikh", "prince", "princess", "baroness", "baron", "rev", "rev.", "reverend", "rt", "rt.", "hon", "hon.", "honourable", "honorable", "eng.", "rear", "navy", "army",
            "brig", "brig.", "maj", "cpl", "cpl.", "air", "force", "marshal", "marine", "corps", "space",
            "h.e.", "h.e", "h. e.", "mister", "sr", "sr.", "smt", "smt.", "shri", "shri.",
            // "His Excellency Le Hoai Trung", "His Royal Highness Prince Mohammed" (holdout24)
            "excellency", "highness", "royal", "majesty",
            // Malaysian honorifics: "Dato' Saifuddin Abdullah", "Datuk Seri Anwar Ibrahim" (black-box trial 70)
            "dato'", "dato", "datuk", "datin", "seri",
            // "Deputy Chief Jing Jianfeng": a rank with no title head, no part of the name (black-box trial 33)
            "chief", "deputy");
    /** Words of the compass, which open the names of regions, not of people. */
    private static final Set<String> COMPASS = WordSet.of("north", "south", "east", "west", "northern", "southern", "eastern",
            "western", "central");

    /** The nouns that end an institution's name ("Governing Board", "Security Council"). */
    private static final Set<String> INSTITUTION_NOUNS = WordSet.of("board", "council", "commission", "committee", "assembly",
            "court", "tribunal", "bureau", "agency", "group", "panel", "forum", "fund", "bank", "ministry", "department",
            "office", "union", "alliance", "league", "institute", "authority", "organization", "organisation", "secretariat",
            "directorate", "command", "administration", "association", "corporation", "university", "college", "party", "treasury", "exchequer",
            // ("King Abdulaziz International Airport": a place named for a king, no person "International"; black-box trial 101)
            "airport", "airbase", "hospital", "stadium", "palace", "hotel", "centre", "center", "museum", "avenue", "street",
            "square", "mosque", "cathedral", "embassy", "community");

    /**
     * Words that end no person's name: plural nouns of office, which may stand before names
     * ("Ambassadors Dan Baer and Geoff Pyatt") but end none, and nouns of ties between countries
     * ("a Strategic Partnership").
     */
    private static final Set<String> PLURAL_OFFICES = WordSet.of("representatives", "ambassadors", "envoys", "delegates",
            "diplomats", "deputies", "secretaries", "commissioners", "governors", "chiefs", "officers", "advisers",
            "advisors", "negotiators", "senators", "partnership", "partnerships", "agreement", "initiative", "framework");

    /** Capitalised words that start sentences or headlines and are never part of a name (an institution's noun neither). */
    static final Set<String> NOT_NAMES = java.util.stream.Stream.concat(INSTITUTION_NOUNS.stream(), Stream.of("the", "a", "an", "in", "on", "at", "he", "she", "it", "they", "we", "i", "mp", "mep",
            "this", "that", "these", "those", "but", "and", "or", "as", "after", "before", "while", "when", "despite",
            "officials", "both", "his", "her", "their", "its", "our", "my", "however", "meanwhile", "also", "with",
            "for", "from", "by", "of", "to", "if", "last", "next", "earlier", "later", "today", "yesterday",
            "tomorrow", "speaking", "asked", "during", "under", "over", "since", "until", "according", "there", "here",
            "following", "ahead", "amid", "us", "you",
            // (a plural title before a list of names: "Presidents Boni Yayi of Benin, Alpha Conde of Guinea";
            // a time zone after a time: "10:30 AM ET")
            "presidents", "ministers", "secretaries", "premiers", "ambassadors", "chancellors", "et", "edt", "gmt", "utc", "bst",
            // (prepositions and adverbs that open sentences: "Throughout the dialogue, ...")
            "throughout", "within", "without", "among", "amongst", "between", "against", "through", "across", "beyond",
            "unlike", "besides", "although", "though", "because", "unless", "whether", "thus", "indeed", "separately",
            "additionally", "finally", "furthermore", "moreover", "overall", "instead", "upon", "toward", "towards",
            "alongside", "regarding", "concerning", "what", "who", "where", "why", "how", "all", "some",
            // (a question's auxiliary is no name's first word: "Did Zelensky attend?"; black-box trial 27)
            "did", "does", "is", "are", "was", "were", "can", "could", "should", "would", "has", "have",
            "many", "several", "one", "two", "three", "no", "not", "so", "then", "now", "read", "more", "january",
            "february", "march", "april", "june", "july", "august", "september", "october", "november", "december",
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "may", "said", "says",
            "statement", "readout", "secretary", "minister", "president", "prime", "foreign", "department", "office",
            "ministry", "government", "embassy", "council", "house", "parliament", "congress", "senate", "state",
            "republic", "kingdom", "united", "union", "talks", "summit", "meeting", "conference", "delegation",
            "spokesperson", "spokesman", "press", "release", "news", "media", "source", "sources", "agency", "bilateral",
            "trilateral", "multilateral", "call", "visit", "trip", "remarks", "joint", "phone", "telephone", "virtual",
            "asia", "africa", "europe", "pacific", "caribbean", "balkans", "arctic", "oceania",
            "dialogue", "palace", "hall", "street", "castle", "building", "headquarters", "hotel", "residence", "centre",
            "center", "airport", "base", "communications", "committee", "excellence", "commission", "institute",
            "programme", "organization", "organisation", "association", "authority", "corporation", "secretariat",
            // ("Chinese Communist Party Politburo Member, Director of the Office of ...": a body's member, no name)
            "member", "members", "politburo",
            "directorate", "command", "administration", "ministers", "leaders",
            // a headline's verbs in Title Case: "Prime Minister Meets with Donald Trump"
            "meets", "visits", "hosts", "holds", "welcomes", "travels", "attends", "announces", "joins", "receives",
            "signs", "speaks", "discusses", "urges", "hails", "launches", "opens", "tours", "addresses", "leads",
            "steps", "calls", "vows", "warns", "arrives", "returns", "heads", "pledges", "seeks", "praises", "condemns",
            "rejects", "backs", "presses", "wraps", "ends", "begins", "starts", "outlines", "stresses",
            // (and with a plural subject: "Mattis, French Defense Minister Meet in Brussels")
            "meet", "host", "welcome", "attend", "discuss", "agree", "urge", "hail", "launch",
            // words of institutions' names ("Ministry of External Affairs", "the Premier League")
            "affairs", "league", "club", "forum", "alliance", "fund", "bank", "university", "college", "museum", "memorial"))
            .collect(java.util.stream.Collectors.toUnmodifiableSet());
    private static final Set<String> PARTICLES = WordSet.of("de", "van", "von", "der", "den", "bin", "al", "da", "la", "le",
            "du", "di", "dos", "del", "ibn");

    private final Lexicon lexicon;

    public Annotator(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** Whether a time zone follows a day at token {@code at}: "(,) Washington time", "(,) local time", "(,) New York time". */
    private static boolean inZone(List<Token> t, int at) {
        int k = at < t.size() && t.get(at).is(",") ? at + 1 : at;
        for (int n = 0; n < 3 && k + n < t.size(); n++) {
            Token w = t.get(k + n);
            if (w.is("time") && n > 0) {
                return true;
            }
            if (!(w.capitalised() || n == 0 && w.is("local"))) {
                return false;
            }
        }
        return false;
    }

    /** The sentence's mentions; {@code published} (or null) dates "23 April" to a year. */
    public Annotated annotate(Source source, String text, Sentence sentence, LocalDate published) {
        return annotate(source, text, sentence, published, new HashMap<>());
    }

    /**
     * As {@link #annotate(Source, String, Sentence, LocalDate)}, with the acronyms the article has
     * given its events so far ("the Trilateral Strategic Dialogue (TSD)": "TSD" to the event word's
     * type and family), which this sentence may add to and use: a later "the TSD" is an event word.
     * The map is the caller's, one per article.
     */
    public Annotated annotate(Source source, String text, Sentence sentence, LocalDate published, Map<String, String> acronyms) {
        List<Token> t = sentence.tokens();
        Mention[] cover = new Mention[t.size()];
        List<Mention> mentions = new ArrayList<>();
        Map<Mention, LocalDate> lastDays = new HashMap<>();
        for (int i = 0; i < t.size(); i++) {
            if (cover[i] == null) {
                // a span of days ("April 10-14", "from November 2 to November 12") is one date, its first day's
                DateSpans.Found span = DateSpans.at(t, i);
                Mention day = yearByTense(t, span != null ? span.mention(published)
                        : withParenthesisedDate(t, date(t, i, published), published), published);
                if (span == null && day != null && day.kind() == Mention.Kind.DATE) {
                    span = DateSpans.after(t, day, LocalDate.parse(day.value()));
                    if (span != null) {
                        // (the year after the last day is the first's too, unless the first wrote its own)
                        LocalDate first = span.year() != null && !yearWritten(t, day) ? span.firstDay(published)
                                : LocalDate.parse(day.value());
                        day = first == null ? day : new Mention(Mention.Kind.DATE, day.from(), span.to(), null, first.toString());
                    }
                }
                LocalDate last = span != null && day != null && day.kind() == Mention.Kind.DATE
                        ? span.lastAfter(LocalDate.parse(day.value())) : null;
                if (last != null) {
                    lastDays.put(day, last);
                }
                if (day != null && inZone(t, day.to())) {
                    // "on Tuesday evening, Washington time": a day in a time zone, which may be
                    // another day in the zone of the reader or of another sentence; no date is read
                    for (int k = day.from(); k < day.to(); k++) {
                        cover[k] = day;
                    }
                    continue;
                }
                claim(cover, mentions, day);
            }
        }
        for (int i = 0; i < t.size(); i++) {
            if (cover[i] == null) {
                Phrases.Match<Lexicon.Known> m = lexicon.names.at(t, i);
                // "the UN Security Council": a longer name after the article than "the UN" with it
                Phrases.Match<Lexicon.Known> past = m != null && t.get(i).is("the") ? lexicon.names.at(t, i + 1) : null;
                if (past != null && past.to() > m.to()) {
                    m = past;
                }
                // ("Washington state Governor Bob Ferguson", "Georgia Governor Brian Kemp": a US state, not the
                // government in Washington nor the country Georgia; black-box trial 61)
                if (m != null && usState(t, m)) {
                    i = m.to() - 1;
                    continue;
                }
                if (m != null && free(cover, m.from(), m.to())) {
                    // "US" and "UK" are the countries only written in capitals, which matchingCase gives
                    int from = m.value().kind().equals("country") ? formalStart(t, cover, m.from()) : m.from();
                    int to = m.to() + abbreviationAfter(t, cover, m.to());
                    claim(cover, mentions, new Mention(Mention.Kind.KNOWN, from, to, m.value(), lexicon.placeName(m.phrase())));
                    i = to - 1;
                }
            }
        }
        placesBeforeTheirCountry(t, cover, mentions);
        citiesWherePlacesGo(t, cover, mentions);
        for (int i = 0; i < t.size(); i++) {
            if (cover[i] == null && titleHead(t.get(i).lower())) {
                // ("Company secretary Helen Shaw", "Local 1282 president Chantal Roy": a post of a
                // company, union or club, no government's; black-box trial 59)
                if (organisationPost(t, cover, i)) {
                    continue;
                }
                Mention title = title(t, cover, i);
                Mention brief = cover[title.from()];
                if (brief != null) {
                    // the envoy's brief becomes part of the title
                    mentions.remove(brief);
                    for (int k = brief.from(); k < brief.to(); k++) {
                        cover[k] = null;
                    }
                }
                claim(cover, mentions, title);
            }
        }
        // ("The India-U.S. Strategic and Commercial Dialogue ... co-chaired the dialogue with ...": the one
        // named before; a dialogue in lower case is an occasion only after a Dialogue so named)
        // (searched in the 10,000 characters before the sentence, so a long text is not read again for each sentence)
        boolean dialogueNamed = t.stream().anyMatch(w -> w.is("dialogue")) && sentence.start() <= text.length()
                && DIALOGUE_NAMED.matcher(text).region(Math.max(0, sentence.start() - 10_000), sentence.start()).find();
        for (int i = 0; i < t.size(); i++) {
            if (cover[i] == null) {
                Phrases.Match<Lexicon.EventWord> m = lexicon.events.at(t, i);
                if (m != null && free(cover, m.from(), m.to()) && (eventUse(t, m) || dialogueNamed && namedDialogueAgain(t, m))) {
                    claim(cover, mentions, new Mention(Mention.Kind.EVENT, m.from(), m.to(), null,
                            m.value().eventType() + "|" + m.value().family()));
                    i = m.to() - 1;
                }
            }
        }
        eventAcronyms(t, cover, mentions, acronyms);
        for (int i = 0; i < t.size(); i++) {
            Integer n = ordinal(t.get(i).lower());
            if (cover[i] == null && n != null) {
                claim(cover, mentions, new Mention(Mention.Kind.ORDINAL, i, i + 1, null, n.toString()));
            }
        }
        for (int i = 0; i < t.size(); i++) {
            // "the NATO Defence Ministerial", "Defence Ministers": a portfolio word before an event or
            // before ministers is no name
            boolean eventName = i + 1 < t.size() && portfolioWord(t, i, true) && (cover[i + 1] != null
                    && cover[i + 1].kind() == Mention.Kind.EVENT || Set.of("ministers", "leaders").contains(t.get(i + 1).lower()));
            // "Deputy Chinese Premier X", "European counterparts": a title's word before a country or
            // before unnamed peers is no name either
            boolean rankWord = i + 1 < t.size() && TITLE_MODIFIERS.contains(t.get(i).lower()) && (cover[i + 1] != null
                    && cover[i + 1].kind() == Mention.Kind.KNOWN || PEERS.contains(t.get(i + 1).lower()));
            // ("the Trilateral Strategic Dialogue (TSD)": the event's acronym is no name)
            boolean acronym = acronyms.containsKey(t.get(i).text());
            if (cover[i] == null && !eventName && !rankWord && !acronym && (nameWord(t, i) || surnameHe(t, cover, i))) {
                int from = i;
                int to = i + 1;
                while (to < t.size() && cover[to] == null) {
                    // "von der Leyen", "de Gaulle": up to two particles before a name word
                    int p = to;
                    while (p < t.size() && p - to < 2 && PARTICLES.contains(t.get(p).text()) && cover[p] == null) {
                        p++;
                    }
                    if (p < t.size() && cover[p] == null && (nameWord(t, p) || HYPHENED_PARTICLE.matcher(t.get(p).text()).matches()
                            || p == to && monthSurname(t, p))) {
                        to = p + 1;
                    } else if (p == to && transliteratedApostrophe(t, p) && cover[p + 1] == null && nameWord(t, p + 1)) {
                        // ("Mohammed Shia’ Al-Sudani": an apostrophe closing a transliterated name word; holdout91)
                        to = p + 2;
                    } else {
                        break;
                    }
                }
                // "West Bengal", "South Ossetia": a region the gazetteer does not know, no person
                // ("the IEA Governing Board": the words of an institution's name before its noun, no person)
                boolean institution = to < t.size() && t.get(to).capitalised() && INSTITUTION_NOUNS.contains(t.get(to).lower());
                // ("ASEAN Permanent Representatives", "a Strategic Partnership": no person; holdout28)
                institution |= to - from >= 2 && PLURAL_OFFICES.contains(t.get(to - 1).lower());
                // ("met with Liberal Democrat leader Ed Davey": the words before a lower-case post and a
                // name are whose post it is, no person)
                // ("chairman of the Southern African Development Community": an institution's noun that ends
                // a post's "of the ..." is no person; black-box trial 105)
                institution |= from > 0 && cover[from - 1] != null && cover[from - 1].kind() == Mention.Kind.TITLE
                        && INSTITUTION_NOUNS.contains(t.get(to - 1).lower())
                        && t.subList(cover[from - 1].from(), from).stream().anyMatch(x -> x.is("of"));
                Mention post = to < t.size() ? cover[to] : null;
                institution |= post != null && post.kind() == Mention.Kind.TITLE && post.from() == to && !t.get(to).capitalised()
                        && post.to() < t.size() && cover[post.to()] == null && nameWord(t, post.to());
                // ("Mohammed bin Abdulrahman Al Thani": particles not counted among the four name words; black-box trial 48)
                int particles = 0;
                for (int k = from; k < to; k++) {
                    particles += PARTICLES.contains(t.get(k).text()) ? 1 : 0;
                }
                if (to - from - particles <= 4 && !COMPASS.contains(t.get(from).lower()) && !institution) {
                    claim(cover, mentions, new Mention(Mention.Kind.PERSON, from, to, null, to - from == 1 ? "single" : "full"));
                }
                i = to - 1;
            }
        }
        mentions.sort((a, b) -> Integer.compare(a.from(), b.from()));
        return new Annotated(source, text, sentence, mentions, quotes(t), lastDays);
    }

    /** Words before a place: "met in Bali, Indonesia", "travel to Ames, Iowa", "a visit to Cebu, Philippines". */
    private static final Set<String> BEFORE_PLACE = WordSet.of("in", "at", "to", "from", "near", "outside", "visit", "visited",
            "visiting", "visits");

    /**
     * "in Bali, Indonesia", "to Ames, Iowa": one to three capitalised words the gazetteer does not
     * know, after a preposition of place and before a comma and a country or region it knows, are a
     * place in it (a place it does not list, which the place rules never say is elsewhere).
     */
    /** Words after a US state's name that say it is the state: "Washington state", "Georgia Governor", "Georgia Gov.". */
    private static final Set<String> STATE_AFTER = WordSet.of("state", "state's", "governor", "gov.", "lt.", "lieutenant",
            "statehouse", "legislature");

    /**
     * Whether a name matched at {@code m} is a US state's (Washington, Georgia) told by the word after
     * it ("Washington state", "Georgia Governor"), not the government in Washington or the country.
     */
    private static boolean usState(List<Token> t, Phrases.Match<Lexicon.Known> m) {
        String name = m.phrase().toLowerCase(java.util.Locale.ROOT);
        return (name.equals("washington") || name.equals("georgia")) && m.to() < t.size()
                && STATE_AFTER.contains(t.get(m.to()).lower());
    }

    private static void placesBeforeTheirCountry(List<Token> t, Mention[] cover, List<Mention> mentions) {
        for (int i = 1; i < t.size(); i++) {
            if (cover[i] != null || !BEFORE_PLACE.contains(t.get(i - 1).lower()) || !nameWord(t, i)) {
                continue;
            }
            int to = i + 1;
            while (to < t.size() && to - i < 3 && cover[to] == null && nameWord(t, to)) {
                to++;
            }
            Mention after = to + 1 < t.size() && t.get(to).is(",") ? cover[to + 1] : null;
            // (not "according to Antara, Indonesia's news agency": a country's own, no place in it)
            boolean possessive = after != null && after.to() < t.size()
                    && t.get(after.to()).is("'s");
            if (after != null && after.kind() == Mention.Kind.KNOWN && after.from() == to + 1 && !possessive
                    && (after.known().kind().equals("country") && after.known().how() == Lexicon.How.NAME
                    || after.known().how() == Lexicon.How.REGION)) {
                StringBuilder name = new StringBuilder();
                for (int k = i; k < to; k++) {
                    name.append(k > i ? " " : "").append(t.get(k).text());
                }
                Lexicon.Known place = new Lexicon.Known(name.toString().toLowerCase(java.util.Locale.ROOT).replace(' ', '-'), "place",
                        name.toString(), Lexicon.How.CITY);
                claim(cover, mentions, new Mention(Mention.Kind.KNOWN, i, to, place, name.toString()));
            }
        }
    }

    /** Words of a journey before "to": "travelled to Biarritz", "on a visit to Split". */
    private static final Set<String> JOURNEY_BEFORE_TO = WordSet.of("travel", "travels", "traveled", "travelled", "traveling",
            "travelling", "trip", "visit", "visits", "journey", "flew", "fly", "flies", "flying", "headed", "heads", "heading",
            "went", "go", "goes", "going", "returned", "returns", "returning", "route");

    /**
     * "held in Biarritz", "travelled to Split": one to three capitalised words the hand list does
     * not know, after "in", after a journey's "to" or after a place and "and", that are all of the name GeoNames gives a city
     * of 15,000 people or more, are that city. Not before "'s" ("in Lincoln's day") nor when more
     * name words follow ("in Jackson Hole"), and not a month or a weekday.
     */
    private static void citiesWherePlacesGo(List<Token> t, Mention[] cover, List<Mention> mentions) {
        for (int i = 1; i < t.size(); i++) {
            String before = t.get(i - 1).lower();
            boolean journey = before.equals("to") && i >= 2 && JOURNEY_BEFORE_TO.contains(t.get(i - 2).lower());
            // ("in Kuala Lumpur and Putrajaya": the next of a list of places)
            Mention last = i >= 2 ? cover[i - 2] : null;
            boolean listed = Set.of("and", ",").contains(before) && last != null && last.kind() == Mention.Kind.KNOWN
                    && Events.isPlace(last);
            if (cover[i] != null || !(before.equals("in") || journey || listed) || !nameWord(t, i)
                    || MONTHS.containsKey(t.get(i).lower()) || WEEKDAYS.containsKey(t.get(i).lower())) {
                continue;
            }
            int to = i + 1;
            while (to < t.size() && cover[to] == null && nameWord(t, to)) {
                to++;
            }
            boolean possessive = to < t.size() && t.get(to).is("'s");
            if (to - i > 3 || possessive) {
                i = to - 1;
                continue;
            }
            StringBuilder name = new StringBuilder();
            for (int k = i; k < to; k++) {
                name.append(k > i ? " " : "").append(t.get(k).text());
            }
            if (org.factlint.engine.helpers.Places.isCityName(name.toString())) {
                Lexicon.Known place = new Lexicon.Known(name.toString().toLowerCase(java.util.Locale.ROOT).replace(' ', '-'), "place",
                        name.toString(), Lexicon.How.CITY);
                claim(cover, mentions, new Mention(Mention.Kind.KNOWN, i, to, place, name.toString()));
            }
            i = to - 1;
        }
    }

    /** Month names that are also surnames. */
    private static final Set<String> MONTH_SURNAMES = WordSet.of("may", "march", "june", "april", "august");

    /** "Theresa May": a month's name after a first name is a surname, unless a day or year follows it ("May 5"). */
    private static boolean monthSurname(List<Token> t, int i) {
        return MONTH_SURNAMES.contains(t.get(i).lower()) && t.get(i).capitalised()
                && !(i + 1 < t.size() && (digits(t.get(i + 1).lower(), 1, 4) || dayNumber(t.get(i + 1).lower()) > 0));
    }

    /** A title's head word: "minister", "president", and the same with "-elect" or "-designate". */
    static boolean titleHead(String lower) {
        int dash = lower.indexOf('-');
        return TITLE_HEADS.contains(lower) || dash > 0 && (lower.endsWith("-elect") || lower.endsWith("-designate"))
                && TITLE_HEADS.contains(lower.substring(0, dash))
                // "Vice-Premier", "Deputy-Minister": a deputy's title written with a hyphen
                || dash > 0 && Set.of("vice", "deputy").contains(lower.substring(0, dash)) && TITLE_HEADS.contains(lower.substring(dash + 1));
    }

    /**
     * "Vice Premier He Lifeng", "Vice Premier He said": the surname He, not the pronoun, right
     * after a title (or after "Vice Premier of the People's Republic of China", before a name).
     */
    private static boolean surnameHe(List<Token> t, Mention[] cover, int i) {
        if (!t.get(i).text().equals("He") || i == 0 || cover[i - 1] == null) {
            return false;
        }
        return cover[i - 1].kind() == Mention.Kind.TITLE
                || cover[i - 1].kind() == Mention.Kind.KNOWN && i + 1 < t.size() && nameWord(t, i + 1);
    }

    /**
     * Whether token {@code i} is an apostrophe written against the name word before it, which does
     * not end in "s" (no plural's possessive: "the Ministers’ Meeting"), with a space after it:
     * "Shia’ Al-Sudani", as Arabic names are transliterated.
     */
    private static boolean transliteratedApostrophe(List<Token> t, int i) {
        return i > 0 && i + 1 < t.size() && Set.of("'", "\u2019", "\u02bf", "\u02bc").contains(t.get(i).text())
                && t.get(i).start() == t.get(i - 1).end() && t.get(i + 1).start() > t.get(i).end()
                && !t.get(i - 1).lower().endsWith("s");
    }

    private static boolean nameWord(List<Token> t, int i) {
        Token k = t.get(i);
        if (!k.word() || !k.capitalised() || NOT_NAMES.contains(k.lower()) || HONORIFICS.contains(k.lower())) {
            return false;
        }
        // all-capital words of more than four letters are emphasis or acronyms, not names
        return !(k.text().length() > 4 && k.text().equals(k.text().toUpperCase()));
    }

    /**
     * "the Republic of Korea (ROK)", "the European Commission (EC)": the length of an
     * abbreviation in brackets right after a name (3 tokens), which is part of it, so a title's
     * name after it still follows the name ("the President of the Republic of Korea (ROK) Yoon
     * Suk Yeol"); 0 if none.
     */
    private static int abbreviationAfter(List<Token> t, Mention[] cover, int at) {
        if (at + 2 >= t.size() || !t.get(at).is("(") || !t.get(at + 2).is(")") || cover[at + 1] != null) {
            return 0;
        }
        String a = t.get(at + 1).text();
        return a.length() >= 2 && a.length() <= 8 && a.chars().allMatch(c -> Character.isUpperCase(c) || c == '/' || c == '.' || c == '-')
                ? 3 : 0;
    }

    /** A word before a title's head: "Deputy", "Foreign", and two of them joined by a hyphen ("First Vice-Foreign Minister"). */
    private static boolean titleModifier(String lower) {
        int dash = lower.indexOf('-');
        return TITLE_MODIFIERS.contains(lower) || dash > 0 && TITLE_MODIFIERS.contains(lower.substring(0, dash))
                && TITLE_MODIFIERS.contains(lower.substring(dash + 1));
    }

    /**
     * "Foreign and Defence": two portfolio words of {@link #PORTFOLIO_HEADS}, the first capitalised,
     * joined at {@code left + 1} by "and" (or, in a list, by a comma), none of the three in a mention.
     */
    private static boolean joinedPortfolios(List<Token> t, Mention[] cover, int left, boolean commaToo) {
        int join = left + 1;
        int right = left + 2;
        return cover[left] == null && cover[join] == null && cover[right] == null
                && (t.get(join).is("and") || commaToo && t.get(join).is(","))
                && t.get(left).capitalised() && PORTFOLIO_HEADS.contains(t.get(left).lower())
                && PORTFOLIO_HEADS.contains(t.get(right).lower());
    }

    /**
     * "under" at {@code at} not before "Secretary" ("Under Secretary", "Under-Secretary-General" are
     * titles): "secretary of state under George Bush", "ambassador under President Carter" name whom
     * the post was held under, not part of it.
     */
    private static boolean underNoSecretary(List<Token> t, int at) {
        return t.get(at).is("under") && !(at + 1 < t.size() && t.get(at + 1).lower().startsWith("secretary"));
    }

    /** A title whose head is at i: modifiers before it, "of State", "for Foreign Affairs" after it. */
    private static Mention title(List<Token> t, Mention[] cover, int head) {
        int from = head;
        boolean listed = false;
        // ("Economy, Trade and Industry Minister": a portfolio word that is no modifier, as the list's last)
        if (from > 2 && !titleModifier(t.get(from - 1).lower()) && t.get(from - 1).capitalised()
                && joinedPortfolios(t, cover, from - 3, false)) {
            from--;
        }
        while (true) {
            if (from > 0 && cover[from - 1] == null && titleModifier(t.get(from - 1).lower()) && !underNoSecretary(t, from - 1)) {
                from--;
                continue;
            }
            // ("Canadian Public Safety Minister Vic Toews", "Natural Resources Minister": capitalised
            // portfolio words before the head are the title's, not a person "Public Safety"; holdout96)
            if (from > 0 && cover[from - 1] == null && t.get(from - 1).capitalised() && PORTFOLIOS.contains(t.get(from - 1).lower())
                    && (from < head || TITLE_HEADS.contains(t.get(head).lower()))) {
                from--;
                continue;
            }
            // "Foreign and Defence Minister", "Home Affairs and Trade Minister": a list of portfolios
            // before the head (its "and" last: "Economy, Trade and Defence Minister") is one title
            // holding each of them
            if (from > 1 && from < head && joinedPortfolios(t, cover, from - 2, listed)) {
                from -= 2;
                listed = true;
                continue;
            }
            break;
        }
        // "Washington's Ukraine envoy": a country named just before an envoy's head is the envoy's brief
        String h = t.get(head).lower();
        // "Commission Vice-President Kaja Kallas": the European Commission's, written by its short name
        if (from > 0 && cover[from - 1] == null && t.get(from - 1).text().equals("Commission")
                && (h.equals("president") || h.equals("vice-president") || h.equals("vice") || h.endsWith("-president"))) {
            from--;
        }
        Mention brief = from == head && head > 0 ? cover[head - 1] : null;
        if (brief != null && (h.equals("envoy") || h.equals("ambassador")) && brief.kind() == Mention.Kind.KNOWN
                && brief.known().kind().equals("country") && brief.from() > 0
                && (t.get(brief.from() - 1).is("'s") || cover[brief.from() - 1] != null
                && cover[brief.from() - 1].kind() == Mention.Kind.KNOWN)) {
            from = brief.from();
        }
        // "Party Secretary Luo Qiang", "Communist Party Secretary Li", "General Secretary Xi": not a bare Secretary
        if (h.equals("secretary") && from == head && from > 0 && cover[from - 1] == null
                && Set.of("party", "general").contains(t.get(from - 1).lower())) {
            from--;
            if (t.get(from).is("party") && from > 0 && cover[from - 1] == null && t.get(from - 1).is("communist")) {
                from--;
            }
        }
        int to = head + 1;
        // "Secretary General Jens Stoltenberg": one title ("General" is no honorific here)
        if (h.equals("secretary") && to < t.size() && t.get(to).is("general") && cover[to] == null) {
            to++;
        }
        // "Secretary of State", "Minister for Foreign Affairs", "Secretary of State for Defence"
        while (to + 1 < t.size() && (t.get(to).is("of") || t.get(to).is("for")) && cover[to + 1] == null) {
            int k = to + 1;
            if (t.get(k).is("the")) {
                k++;
            }
            int end = k;
            while (end < t.size() && cover[end] == null && inPortfolio(t, k, end)) {
                end++;
            }
            // "Deputy Chairman of the Planning Commission", "Chairman of the National Development and Reform
            // Commission": a body the gazetteer does not know, capitalised words up to its noun, is the title's
            // (after "the" only; holdout83)
            int body = k > to + 1 ? bodyNameEnd(t, cover, end) : -1;
            if (body > end) {
                end = body;
            }
            if (end == k) {
                break;
            }
            to = end;
        }
        // ("Secretary of State for Northern Ireland": not a title ending in "for" before a region the
        // gazetteer knows; holdout87)
        while (to - 1 > head && Set.of("for", "of", "and", ",").contains(t.get(to - 1).lower())) {
            to--;
        }
        return new Mention(Mention.Kind.TITLE, from, to, null, null);
    }

    /**
     * Whether token {@code end} goes on with the portfolio that starts at {@code k}, after a
     * title's "of" or "for": "State", a modifier or a capitalised portfolio word, "People's",
     * "and"/"for" before another of them (not before a second title), a comma in a list that ends
     * with "and" ("Minister of Energy, Industry and Mineral Resources", "Health, Labor, and
     * Welfare"), or "and the" before one ("Minister for Asia and the Pacific").
     */
    private static boolean inPortfolio(List<Token> t, int k, int end) {
        Token w = t.get(end);
        return w.is("state") || TITLE_MODIFIERS.contains(w.lower()) && !underNoSecretary(t, end)
                || hyphenedPortfolio(w.lower()) && (w.capitalised()
                // ("Chikoti, Angola's minister of petroleum,": a title written in lower case keeps its portfolio so)
                || end == k && end >= 2 && (t.get(end - 1).is("of") || t.get(end - 1).is("for")) && !t.get(end - 2).capitalised()
                && titleHead(t.get(end - 2).lower()))
                || w.is("'s") && end > k && t.get(end - 1).is("people")
                || (w.is("and") || w.is("for")) && end > k && end + 1 < t.size() && portfolioWord(t, end + 1, false)
                && !secondTitle(t, end + 1)
                || w.is(",") && end > k && end + 2 < t.size() && portfolioListEnds(t, end + 1)
                && (portfolioWord(t, end + 1, true) && !secondTitle(t, end + 1)
                || t.get(end + 1).is("and") && portfolioWord(t, end + 2, true) && !secondTitle(t, end + 2))
                || w.is("the") && end > k && t.get(end - 1).is("and") && end + 1 < t.size()
                && PORTFOLIOS.contains(t.get(end + 1).lower()) && t.get(end + 1).capitalised()
                || w.is("and") && end > k && end + 2 < t.size() && t.get(end + 1).is("the")
                && PORTFOLIOS.contains(t.get(end + 2).lower()) && t.get(end + 2).capitalised();
    }

    /**
     * The end of a body's name from {@code at}: up to three capitalised words (or "and") ending in a
     * capitalised institution noun ("Planning Commission", "Reform Commission", "Security Council");
     * {@code at} when there is none.
     */
    private static int bodyNameEnd(List<Token> t, Mention[] cover, int at) {
        for (int k = at; k < Math.min(t.size(), at + 4) && cover[k] == null; k++) {
            Token w = t.get(k);
            if (INSTITUTION_NOUNS.contains(w.lower()) && w.capitalised()) {
                return k + 1 < t.size() && cover[k + 1] == null && t.get(k + 1).capitalised()
                        && INSTITUTION_NOUNS.contains(t.get(k + 1).lower()) ? at : k + 1;
            }
            if (!(w.word() && w.capitalised() || w.is("and") && k > at)) {
                return at;
            }
        }
        return at;
    }

    /** A title modifier or portfolio word at {@code i} (capitalised, if {@code capital}). */
    private static boolean portfolioWord(List<Token> t, int i, boolean capital) {
        String w = t.get(i).lower();
        return (TITLE_MODIFIERS.contains(w) || hyphenedPortfolio(w)) && (!capital || t.get(i).capitalised());
    }

    /**
     * A portfolio word, or words of a portfolio joined by hyphens ("Political-Military Affairs",
     * "Science-Technology"): each part a portfolio word or a title's modifier.
     */
    static boolean hyphenedPortfolio(String lower) {
        if (PORTFOLIOS.contains(lower)) {
            return true;
        }
        if (lower.indexOf('-') <= 0 || lower.endsWith("-")) {
            return false;
        }
        for (String part : lower.split("-")) {
            if (!PORTFOLIOS.contains(part) && !TITLE_MODIFIERS.contains(part)) {
                return false;
            }
        }
        return true;
    }

    /** Whether an "and" joins the last of a portfolio list that goes on from {@code i} (within six words). */
    private static boolean portfolioListEnds(List<Token> t, int i) {
        for (int k = i; k < Math.min(t.size(), i + 6); k++) {
            if (t.get(k).is("and")) {
                return true;
            }
            if (!t.get(k).is(",") && !TITLE_MODIFIERS.contains(t.get(k).lower()) && !PORTFOLIOS.contains(t.get(k).lower())) {
                return false;
            }
        }
        return false;
    }

    /** "Secretary of State and national security adviser": modifiers from {@code i} that lead to a title's head. */
    private static boolean secondTitle(List<Token> t, int i) {
        int k = i;
        while (k < t.size() && TITLE_MODIFIERS.contains(t.get(k).lower())) {
            k++;
        }
        return k < t.size() && titleHead(t.get(k).lower());
    }

    /** "talks" and "meeting" as nouns: not "is meeting", not "talks about" after a name. */
    private static boolean eventUse(List<Token> t, Phrases.Match<Lexicon.EventWord> m) {
        String before = m.from() > 0 ? t.get(m.from() - 1).lower() : "";
        // "the conference dinner", "the summit venue": the event word is a modifier of another noun
        if (m.to() < t.size() && COMPOUND_HEADS.contains(t.get(m.to()).lower())) {
            return false;
        }
        if (NOT_BEFORE_EVENT.contains(before)) {
            return false;
        }
        // "the Defense Ministerial in London", "skipped the ministerial itself": a noun only where
        // no noun follows ("the ministerial meeting" is a meeting at a level)
        if (t.get(m.from()).lower().equals("ministerial")) {
            String after = m.to() < t.size() ? t.get(m.to()).lower() : "";
            // ("the NATO Foreign Ministerial", "the G20 Trade Ministerial": a ministerial's name)
            boolean named = t.get(m.from()).capitalised() && m.from() > 0 && portfolioWord(t, m.from() - 1, true)
                    // ("the OECD agricultural ministerial that takes place ...")
                    || m.from() > 1 && Set.of("agricultural", "agriculture", "trade", "energy", "finance", "foreign")
                    .contains(before) && t.get(m.from() - 2).word() && !t.get(m.from() - 2).is("a");
            return (named || Set.of("a", "the", "this", "that", "'s", "defense", "defence").contains(before))
                    && (after.isEmpty() || !t.get(m.to()).word() || AFTER_MINISTERIAL.contains(after));
        }
        // "the Shangri-La Dialogue": a dialogue is an event only by name, not "dialogue between the two countries"
        // (and "During the dialogue", "Throughout the dialogue": one in time, an occasion)
        if (t.get(m.from()).lower().equals("dialogue")) {
            return t.get(m.from()).capitalised() || m.from() > 1 && Set.of("the", "this").contains(before)
                    && Set.of("during", "throughout").contains(t.get(m.from() - 2).lower())
                    // ("The dialogue was conducted at the level of senior officials": held, an occasion)
                    || Set.of("the", "this", "that", "'s").contains(before) && heldAfter(t, m.to());
        }
        // "those sessions", "the Berlin sessions": an occasion; a bare plural ("are technical sessions") describes one
        if (t.get(m.from()).is("sessions")) {
            return Set.of("the", "those", "these", "'s", "both", "all", "its", "their", "his", "her").contains(before)
                    || m.from() > 1 && t.get(m.from() - 1).capitalised() && t.get(m.from() - 2).is("the");
        }
        String family = m.value().family();
        if (family.equals("call") || family.equals("visit")) {
            // "call" and "visit" are verbs as often as nouns: only with a determiner or possessive before them
            return Set.of("a", "the", "his", "her", "their", "'s", "phone", "telephone", "video", "state", "official", "this",
                    "that", "first", "second").contains(before);
        }
        return true;
    }

    /**
     * Event acronyms: an event word written in capitals and followed by an acronym in brackets
     * ("the Trilateral Strategic Dialogue (TSD)", "the Security Consultative Meeting (SCM)") gives
     * the acronym that word's type and family in {@code acronyms}; an acronym given so before, used
     * by itself ("the TSD", "this year's SCM", not in brackets nor right before another event word:
     * "the TSD leaders' summit"), is claimed as an event word of that type.
     */
    private static void eventAcronyms(List<Token> t, Mention[] cover, List<Mention> mentions, Map<String, String> acronyms) {
        for (int i = 0; i + 3 < t.size(); i++) {
            Mention m = cover[i];
            if (m != null && m.kind() == Mention.Kind.EVENT && m.to() == i + 1 && t.get(i).capitalised() && t.get(i + 1).is("(")
                    && t.get(i + 3).is(")") && ACRONYM.matcher(t.get(i + 2).text()).matches() && !m.value().endsWith("|meal")
                    && !m.value().endsWith("|call") && !m.value().endsWith("|visit")) {
                acronyms.putIfAbsent(t.get(i + 2).text(), m.value());
            }
        }
        for (int i = 0; i < t.size(); i++) {
            String value = acronyms.get(t.get(i).text());
            boolean bracketed = i > 0 && t.get(i - 1).is("(");
            boolean modifier = false;
            for (int k = i + 1; k < Math.min(t.size(), i + 4); k++) {
                modifier |= cover[k] != null && cover[k].kind() == Mention.Kind.EVENT;
            }
            if (value != null && cover[i] == null && !bracketed && !modifier) {
                claim(cover, mentions, new Mention(Mention.Kind.EVENT, i, i + 1, null, value));
            }
        }
    }

    /** An acronym: two to eight capitals (digits, "&" and "+" allowed after the first). */
    private static final java.util.regex.Pattern ACRONYM = java.util.regex.Pattern.compile("\\p{Lu}[\\p{Lu}0-9&+]{1,7}");

    /** A Dialogue named in capitals ("the Strategic and Commercial Dialogue"). */
    private static final java.util.regex.Pattern DIALOGUE_NAMED = java.util.regex.Pattern.compile("\\p{Lu}\\p{L}+ Dialogue\\b");

    /** "the dialogue", "this dialogue" (not "a dialogue", "dialogue between"), said after a Dialogue named before it. */
    private static boolean namedDialogueAgain(List<Token> t, Phrases.Match<Lexicon.EventWord> m) {
        return t.get(m.from()).is("dialogue") && m.from() > 0 && Set.of("the", "this").contains(t.get(m.from() - 1).lower())
                && (m.to() >= t.size() || !Set.of("between", "on", "about", "with", "among", "of").contains(t.get(m.to()).lower())
                || Set.of("co-chaired", "chaired", "attended", "opened", "hosted", "led", "during", "at").contains(
                        m.from() > 1 ? t.get(m.from() - 2).lower() : ""));
    }

    /** Participles that say an occasion was held ("was conducted", "will be held"). */
    private static final Set<String> HELD_PARTICIPLES = WordSet.of("held", "conducted", "convened", "chaired", "co-chaired",
            "hosted", "opened");

    /** Whether the words from token {@code k} say the noun before them was held ("was held", "will be conducted", "took place"). */
    private static boolean heldAfter(List<Token> t, int k) {
        if (k + 1 < t.size() && t.get(k).is("took") && t.get(k + 1).is("place")) {
            return true;
        }
        int j = k;
        while (j < t.size() && j < k + 3 && Set.of("was", "were", "is", "will", "be", "been", "being", "has", "had").contains(t.get(j).lower())) {
            j++;
        }
        return j > k && j < t.size() && HELD_PARTICIPLES.contains(t.get(j).lower());
    }

    /** Nouns of bodies that are no government's: their president or secretary is none of a state. */
    private static final Set<String> PRIVATE_BODIES = WordSet.of("company", "firm", "union", "club", "federation", "branch",
            "local", "chamber", "society", "guild", "team", "school", "student", "students'", "charity", "foundation",
            "church", "lodge", "co-op", "cooperative", "co-operative", "syndicate", "association");

    /**
     * Whether the post whose head is at {@code head} ("president", "secretary", "chairman") is one of
     * a body no government's, named just before it: "Company secretary", "union president", "Local
     * 1282 president", "federation president" (not "the Union's", "European Union").
     */
    private static boolean organisationPost(List<Token> t, Mention[] cover, int head) {
        int k = head - 1;
        // ("Local 1282 president": the branch's number)
        if (k > 0 && t.get(k).text().matches("\\d+") && t.get(k - 1).is("local")) {
            k--;
        }
        return k >= 0 && cover[k] == null && PRIVATE_BODIES.contains(t.get(k).lower())
                && Set.of("president", "vice-president", "secretary", "chairman", "chairwoman", "chair", "treasurer")
                .contains(t.get(head).lower());
    }

    private static boolean free(Mention[] cover, int from, int to) {
        for (int i = from; i < to; i++) {
            if (cover[i] != null) {
                return false;
            }
        }
        return true;
    }

    /** The words of a state's formal name ("Republic of", "Socialist Republic of", "Kingdom of"). */
    private static final Set<String> STATE_NOUNS = WordSet.of("republic", "kingdom", "commonwealth", "federation", "state",
            "sultanate", "principality", "duchy");
    private static final Set<String> STATE_ADJECTIVES = WordSet.of("federal", "islamic", "socialist", "democratic", "people",
            "'s", "arab", "united", "hashemite", "bolivarian", "plurinational", "co-operative", "cooperative", "grand",
            "federative", "oriental", "argentine", "lebanese", "syrian", "kyrgyz", "french", "italian", "czech", "slovak");

    /**
     * Where a country's formal name starts, before its short name at {@code at}: "the Republic of
     * Moldova", "the Socialist Republic of Vietnam", "the Kingdom of Saudi Arabia" are the countries.
     */
    private static int formalStart(List<Token> t, Mention[] cover, int at) {
        if (at < 2 || !t.get(at - 1).is("of") || !STATE_NOUNS.contains(t.get(at - 2).lower()) || !t.get(at - 2).capitalised()
                || cover[at - 1] != null || cover[at - 2] != null) {
            return at;
        }
        int from = at - 2;
        while (from > 0 && from > at - 5 && cover[from - 1] == null && STATE_ADJECTIVES.contains(t.get(from - 1).lower())
                && (t.get(from - 1).capitalised() || t.get(from - 1).is("'s"))) {
            from--;
        }
        return from;
    }

    private static void claim(Mention[] cover, List<Mention> mentions, Mention m) {
        if (m == null || !free(cover, m.from(), m.to())) {
            return;
        }
        for (int i = m.from(); i < m.to(); i++) {
            cover[i] = m;
        }
        mentions.add(m);
    }

    /** A date expression starting at i: "on Wednesday", "Tuesday night", "last week", "23 April", "April 23, 2025". */
    private static Mention date(List<Token> t, int i, LocalDate published) {
        String w = t.get(i).lower();
        int from = i;
        boolean on = w.equals("on") && i + 1 < t.size();
        int k = on ? i + 1 : i;
        // "on the evening of 9 July": one expression with its date
        if (on && k + 3 < t.size() && t.get(k).is("the") && Words.PARTS_OF_DAY.contains(t.get(k + 1).lower())
                && t.get(k + 2).is("of")) {
            k += 3;
        }
        String x = t.get(k).lower();
        // explicit dates ("23 April", "17th September", "April 23", "September 17th")
        if (dayNumber(x) > 0 && k + 1 < t.size() && MONTHS.containsKey(t.get(k + 1).lower())) {
            int end = k + 2;
            Integer year = end < t.size() && digits(t.get(end).lower(), 4, 4) ? Integer.parseInt(t.get(end++).lower()) : null;
            return explicit(from, end, dayNumber(x), MONTHS.get(t.get(k + 1).lower()), year, published);
        }
        if (MONTHS.containsKey(x) && k + 1 < t.size() && dayNumber(t.get(k + 1).lower()) > 0
                && (t.get(k).capitalised())) {
            int end = k + 2;
            Integer year = null;
            if (end + 1 < t.size() && t.get(end).is(",") && digits(t.get(end + 1).lower(), 4, 4)) {
                year = Integer.parseInt(t.get(end + 1).lower());
                end += 2;
            } else if (end < t.size() && digits(t.get(end).lower(), 4, 4)) {
                year = Integer.parseInt(t.get(end++).lower());
            }
            return explicit(from, end, dayNumber(t.get(k + 1).lower()), MONTHS.get(x), year, published);
        }
        if (WEEKDAYS.containsKey(x) && t.get(k).capitalised()) {
            int end = k + 1;
            if (end < t.size() && t.get(end).is("'s")) {
                return new Mention(Mention.Kind.WEEKDAY, from, end + 1, null, null);
            }
            if (end < t.size() && Words.PARTS_OF_DAY.contains(t.get(end).lower())) {
                end++;
            }
            // "on Wednesday, 23 April" / "Wednesday, April 23": one expression with its date (not "36
            // years ago Friday, on Nov. 19, 1985": the weekday is the anniversary's, the date the past one's)
            int d = end < t.size() && t.get(end).is(",") ? end + 1 : end;
            Mention explicit = d < t.size() && !anniversary(t, k) ? date(t, d, published) : null;
            if (explicit != null && explicit.kind() == Mention.Kind.DATE && d > k) {
                return new Mention(Mention.Kind.DATE, from, explicit.to(), null, explicit.value());
            }
            if (!on && from > 0 && Set.of("last", "next", "this", "on", "since", "until", "by").contains(t.get(from - 1).lower())) {
                from--;
            }
            return new Mention(Mention.Kind.WEEKDAY, from, end, null, null);
        }
        if (on) {
            return null;
        }
        if (RELATIVE_DAYS.contains(w)) {
            if (i > 0 && (t.get(i - 1).is("earlier") || t.get(i - 1).is("later"))) {
                from = i - 1;
            }
            // "yesterday's election", "tomorrow's talks": the day as the event's modifier
            return new Mention(Mention.Kind.RELATIVE_DATE, from, i + 1 < t.size() && t.get(i + 1).is("'s") ? i + 2 : i + 1, null, null);
        }
        if (w.equals("this") && i + 1 < t.size() && Set.of("morning", "afternoon", "evening").contains(t.get(i + 1).lower())) {
            if (i > 0 && (t.get(i - 1).is("earlier") || t.get(i - 1).is("later"))) {
                from = i - 1;
            }
            // ("this evening's meeting": the day as the event's modifier)
            return new Mention(Mention.Kind.RELATIVE_DATE, from, i + 2 < t.size() && t.get(i + 2).is("'s") ? i + 3 : i + 2, null, null);
        }
        if ((w.equals("last") || w.equals("next") || w.equals("this")) && i + 1 < t.size()
                && Set.of("week", "month", "year", "weekend").contains(t.get(i + 1).lower())) {
            if (i > 0 && (t.get(i - 1).is("later") || t.get(i - 1).is("earlier"))) {
                from = i - 1;
            }
            // "next week's summit": the time as the event's modifier
            return new Mention(Mention.Kind.RELATIVE_DATE, from, i + 2 < t.size() && t.get(i + 2).is("'s") ? i + 3 : i + 2, null, null);
        }
        return null;
    }

    /**
     * Whether the day word at {@code at} follows "ago", naming an anniversary ("50 years ago today",
     * "36 years ago Friday"): the day is today's (or this week's), the date beside it the past one's.
     */
    private static boolean anniversary(List<Token> t, int at) {
        return at > 0 && t.get(at - 1).is("ago");
    }

    /**
     * "Tomorrow (12 December)", "on Friday (April 18)", "today [9 January]" (as gov.uk writes it),
     * "yesterday, April 23": the words and the date they stand for, as one expression.
     */
    private static Mention withParenthesisedDate(List<Token> t, Mention m, LocalDate published) {
        if (m == null || m.kind() == Mention.Kind.DATE || m.to() + 2 >= t.size() || anniversary(t, m.from())) {
            return m;
        }
        Token open = t.get(m.to());
        String close = open.is("(") ? ")" : open.is("[") ? "]" : open.is(",") && m.kind() == Mention.Kind.RELATIVE_DATE ? "" : null;
        if (close == null) {
            return m;
        }
        Mention inside = date(t, m.to() + 1, published);
        if (inside == null || inside.kind() != Mention.Kind.DATE) {
            return m;
        }
        // "today, Thursday, September 13", "this morning [Friday 29 August 2024]": the day said
        // twice, as two expressions, so the rules compare both
        if (!close.equals(")") && WEEKDAYS.containsKey(t.get(inside.from()).lower())) {
            return m;
        }
        if (close.isEmpty()) {
            return new Mention(Mention.Kind.DATE, m.from(), inside.to(), null, inside.value());
        }
        if (inside.to() < t.size() && t.get(inside.to()).is(close)) {
            return new Mention(Mention.Kind.DATE, m.from(), inside.to() + 1, null, inside.value());
        }
        return m;
    }

    /**
     * A date written without its year in a sentence told in the past ("met on Thursday, 23 April"),
     * more than a month after publication as the nearest year puts it: the year before; in a
     * sentence told as to come, more than a month before publication: the year after. Otherwise
     * the nearest, as {@link #dateOf} gives it.
     */
    private static Mention yearByTense(List<Token> t, Mention m, LocalDate published) {
        if (m == null || m.kind() != Mention.Kind.DATE || published == null) {
            return m;
        }
        if (yearWritten(t, m)) {
            return m;
        }
        LocalDate date = LocalDate.parse(m.value());
        // ("will be held in Antigua next year, opening on Sunday, November 1": the year said just before
        // the date; black-box trial 88)
        String side = yearSaidBefore(t, m.from());
        if (side != null) {
            int said = published.getYear() + (side.equals("next") ? 1 : -1);
            LocalDate dated = said == date.getYear() ? date : dateOf(date.getDayOfMonth(), date.getMonth(), said, published);
            return dated == null || dated.equals(date) ? m : new Mention(m.kind(), m.from(), m.to(), m.known(), dated.toString());
        }
        String tense = EventDates.tense(t, m.from());
        // ("On Tuesday 5 March, the Prime Minister met ...": the verb after the date says it)
        tense = tense != null ? tense : EventDates.tense(t, t.size());
        LocalDate moved = "past".equals(tense) && date.isAfter(published.plusDays(30)) ? date.minusYears(1)
                : "future".equals(tense) && date.isBefore(published.minusDays(30)) ? date.plusYears(1) : date;
        return moved.equals(date) ? m : new Mention(m.kind(), m.from(), m.to(), m.known(), moved.toString());
    }

    /**
     * "next" or "last" when "next year" or "last year" is said within five words before token
     * {@code at} ("next year, opening on Sunday, November 1"; not "next year's summit"), else null.
     */
    static String yearSaidBefore(List<Token> t, int at) {
        // ("Last year's summit in Washington opened on Tuesday, 9 July": the sentence's subject is of that
        // year, and so is the date its verb gives, with no comma between; black-box trial 97)
        if (at > 3 && at <= 14 && t.get(1).is("year") && t.get(2).is("'s") && Set.of("next", "last").contains(t.get(0).lower())
                && t.subList(3, at).stream().noneMatch(w -> w.is(",") || w.is(";"))) {
            return t.get(0).lower();
        }
        for (int k = at - 1; k >= Math.max(1, at - 5); k--) {
            String side = t.get(k - 1).lower();
            boolean possessive = k + 1 < t.size() && t.get(k + 1).is("'s");
            if (t.get(k).lower().equals("year") && Set.of("next", "last").contains(side) && !possessive) {
                return side;
            }
        }
        return null;
    }

    /** Whether a date mention's words write its year ("23 April 2025"). */
    private static boolean yearWritten(List<Token> t, Mention m) {
        for (int k = m.from(); k < m.to(); k++) {
            if (digits(t.get(k).lower(), 4, 4)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A date; one written without its year is the one nearest the publication date ("on 5 January"
     * in a piece of 28 December is next year's).
     */
    private static Mention explicit(int from, int to, int day, Month month, Integer year, LocalDate published) {
        LocalDate date = dateOf(day, month, year, published);
        return date == null ? null : new Mention(Mention.Kind.DATE, from, to, null, date.toString());
    }

    /** The date of a day and month (and year, or the one nearest {@code published}); null if there is none. */
    static LocalDate dateOf(int day, Month month, Integer year, LocalDate published) {
        Integer y = year != null ? year : published != null ? Integer.valueOf(published.getYear()) : null;
        if (y == null || day < 1 || day > month.length(java.time.Year.isLeap(y))) {
            return null;
        }
        LocalDate date = LocalDate.of(y, month, day);
        if (year == null) {
            for (int shift : new int[] {-1, 1}) {
                int other = y + shift;
                if (day <= month.length(java.time.Year.isLeap(other))) {
                    LocalDate candidate = LocalDate.of(other, month, day);
                    if (Math.abs(ChronoUnit.DAYS.between(published, candidate)) < Math.abs(ChronoUnit.DAYS.between(published, date))) {
                        date = candidate;
                    }
                }
            }
        }
        return date;
    }

    /**
     * Quotations: text between paired double quotation marks. Every quoted span is kept (words in
     * quotation marks are someone's words, not the article's statements), marked {@code "short"}
     * when under three words (no quote fact is made of those).
     */
    private static List<Mention> quotes(List<Token> t) {
        List<Mention> out = new ArrayList<>();
        int open = -1;
        for (int i = 0; i < t.size(); i++) {
            String s = t.get(i).text();
            boolean straight = s.equals("\"");
            if (s.equals("\u201C") || straight && open < 0) {
                open = i;
            } else if ((s.equals("\u201D") || straight) && open >= 0) {
                if (i > open + 1) {
                    out.add(new Mention(Mention.Kind.QUOTE, open + 1, i, null, i - open - 1 >= 3 ? "long" : "short"));
                }
                open = -1;
            }
        }
        return out;
    }
}
