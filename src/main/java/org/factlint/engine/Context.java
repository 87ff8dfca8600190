package org.factlint.engine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.factlint.engine.facts.PersonRank;
import org.factlint.engine.helpers.Phrasing;
import org.factlint.engine.helpers.Places;
import org.factlint.engine.helpers.Titles;
import org.factlint.model.Entity;
import org.factlint.model.FactsDocument;
import org.factlint.model.Rank;
import org.factlint.model.Reference;
import org.factlint.model.RoleFact;
import org.factlint.model.Rung;
import org.factlint.model.Text;

/**
 * What rules may ask about the document beyond its facts: names for messages, the publication
 * date, ranks and the reference file. Rules see it as the global {@code ctx}; it is read-only.
 */
public final class Context {

    private final FactsDocument document;
    private final Reference reference;
    private List<PersonRank> ranks;
    private List<org.factlint.model.Fact> inReadingOrder;
    private java.util.Map<org.factlint.model.Fact, Integer> readingRanks;
    private java.util.Map<String, List<Derivations.Link>> upLinks;
    private Places.Index places;

    public Context(FactsDocument document, Reference reference) {
        this.document = document;
        this.reference = reference;
    }

    /**
     * The fact's place in reading order ({@link org.factlint.engine.helpers.ReadingOrder}): rules
     * that pick "the first" of several facts, or list them, go by it rather than by the order of
     * the facts array, which an extractor may choose freely.
     */
    public int readingRank(org.factlint.model.Fact fact) {
        if (readingRanks == null) {
            readingRanks = org.factlint.engine.helpers.ReadingOrder.ranks(inReadingOrder());
        }
        return readingRanks.getOrDefault(fact, Integer.MAX_VALUE);
    }

    /** The document's facts in reading order; sorted once per check. */
    List<org.factlint.model.Fact> inReadingOrder() {
        if (inReadingOrder == null) {
            inReadingOrder = org.factlint.engine.helpers.ReadingOrder.sorted(document.facts(), document);
        }
        return inReadingOrder;
    }

    /** The "belongs to" graph of {@link Derivations#upLinks}, built once per check. */
    java.util.Map<String, List<Derivations.Link>> upLinks() {
        if (upLinks == null) {
            upLinks = Derivations.upLinks(inReadingOrder(), document, reference);
        }
        return upLinks;
    }

    /** Facts compared by {@link #readingRank}. */
    public java.util.Comparator<org.factlint.model.Fact> readingOrder() {
        return java.util.Comparator.comparingInt(this::readingRank);
    }

    /** The document's places by name, for {@link Places#distinction}: built once per check, on first use. */
    public Places.Index places() {
        if (places == null) {
            places = Places.Index.of(document);
        }
        return places;
    }

    public FactsDocument document() {
        return document;
    }

    public Reference reference() {
        return reference;
    }

    /** The article's local publication date: the reference point of relative dates. */
    public LocalDate published() {
        return document.article().publishedDate();
    }

    public Optional<Entity> entity(String id) {
        return document.entity(id);
    }

    /** Those of {@code idsOrText} that are entity ids, in order: a finding's entities (free text is none). */
    public List<String> entitiesAmong(String... idsOrText) {
        List<String> ids = new ArrayList<>();
        for (String s : idsOrText) {
            if (s != null && entity(s).isPresent() && !ids.contains(s)) {
                ids.add(s);
            }
        }
        return ids;
    }

    /** The entity's name for an id; free text is returned as it is. */
    public String name(String idOrText) {
        if (idOrText == null) {
            return "";
        }
        // a finding per pair of facts can name one entity hundreds of thousands of times: phrase it once
        return phrases.computeIfAbsent(idOrText, k -> document.entity(k).map(Phrasing::nounPhrase)
                .orElseGet(() -> document.nameOf(k)));
    }

    /** Names as {@link #name} gives them, by id or text (a check runs on one thread). */
    private final java.util.Map<String, String> phrases = new java.util.HashMap<>();
    /** Entities whose names are plural subjects, by id or text. */
    private final java.util.Map<String, Boolean> plurals = new java.util.HashMap<>();

    private boolean plural(String idOrText) {
        return idOrText != null && plurals.computeIfAbsent(idOrText,
                k -> document.entity(k).filter(Phrasing::plural).isPresent());
    }

    /**
     * An entity as {@link #name} gives it, or free text as a noun phrase ("pay deal" gives "the pay
     * deal"): for a claim's subject and object.
     */
    public String phrase(String idOrText) {
        return document.entity(idOrText).isPresent() ? name(idOrText) : Phrasing.freeNounPhrase(idOrText);
    }

    /**
     * "the date of the London talks"; for a day written twice that no event was read for (an
     * extracted {@code occasion}: "On Thursday, May 6"), "the date it is written with".
     */
    public String dateOf(String event) {
        boolean occasion = event != null && document.entity(event).map(e -> "occasion".equals(e.eventType())).orElse(false);
        return occasion ? "the date it is written with" : "the date of " + name(event);
    }

    /** "is", or "are" for a plural subject ("the London talks are"): the verb after {@link #name}. */
    public String is(String idOrText) {
        return plural(idOrText) ? "are" : "is";
    }

    /** "it", or "them" for a plural name ("attended the London talks ... pulled out of them"). */
    public String it(String idOrText) {
        return plural(idOrText) ? "them" : "it";
    }

    /** "its", or "their" for a plural name. */
    public String its(String idOrText) {
        return plural(idOrText) ? "their" : "its";
    }

    /** "was", or "were" for a plural subject. */
    public String was(String idOrText) {
        return plural(idOrText) ? "were" : "was";
    }

    /** "Rubio, Witkoff and Kellogg": names joined for a sentence. */
    public String names(Collection<String> ids) {
        List<String> names = new ArrayList<>();
        ids.forEach(id -> names.add(name(id)));
        return join(names);
    }

    /** "a, b and c". */
    public static String join(List<String> words) {
        if (words.size() <= 1) {
            return words.isEmpty() ? "" : words.get(0);
        }
        return String.join(", ", words.subList(0, words.size() - 1)) + " and " + words.get(words.size() - 1);
    }

    /** The rank a role gives (the highest, for a title that joins two posts); null if the title implies none. */
    public Rank rankOf(RoleFact role) {
        List<Rank> ranks = ranksOf(role);
        return ranks.isEmpty() ? null : ranks.get(0);
    }

    /**
     * Every rank a role gives, highest first: as stated, else as the reference's title list or
     * the built-in title patterns imply; two for a title that joins two posts
     * ("Deputy Prime Minister and Foreign Minister").
     */
    public List<Rank> ranksOf(RoleFact role) {
        if (role.rank() != null) {
            return List.of(role.rank());
        }
        List<Rank> ranks = Titles.ranksOf(role.title(), reference);
        String said = Text.normalize(role.title());
        // "Security Council President Kazuyuki Yamazaki", "the President of the UN General Assembly":
        // presiding over a body other than the EU's is no national rank, nor is "President Francis"
        // said of its holder (black-box trial 23)
        if (said.endsWith("president") && (presidesOverBody(role) || role.of() == null && holdsOther(role, this::presidesOverBody))) {
            return List.of();
        }
        // "Ambassador Tai" for the US Trade Representative, "Ambassador Francis" for the General
        // Assembly's President: a courtesy style of a post held with an ambassador's standing
        if (said.equals("ambassador") && role.of() == null && holdsOther(role, other -> presidesOverBody(other)
                || COURTESY_AMBASSADORS.matcher(Text.normalize(other.title())).find())) {
            return List.of();
        }
        // "Indian Foreign Secretary Vikram Misri", "Foreign Secretary of India": in South Asia a
        // department's Secretary is its senior civil servant, not its minister (black-box trials 18, 21, 37)
        // ("Sri Lanka's Secretary of Foreign Affairs"; "Foreign Secretary Shri Vikram Misri", with no
        // country but the honorific Indian and Nepali usage gives a name: black-box set bb26's C1, C2)
        if (CIVIL_SERVICE_SECRETARY.matcher(said).matches() && civilServiceCountry(role)) {
            return List.of(Rank.of(Rung.SENIOR_OFFICIAL));
        }
        // ("Foreign Secretary Vikram Misri held official-level talks in New Delhi with Nepal's Foreign
        // Secretary": no country said of him, but the article is about one of those countries and says
        // nothing of Britain, so Britain's minister or India's senior official; unsure, no rank; black-box trial 47)
        if (CIVIL_SERVICE_SECRETARY.matcher(said).matches() && countriesOf(role).isEmpty() && namesCivilServiceCountry()) {
            return List.of();
        }
        // "US State Secretary Antony Blinken": how South Asian and Russian outlets write the US
        // Secretary of State, a foreign minister, not a German or Dutch state secretary (black-box trial 68)
        if (said.equals("state secretary") && countriesOf(role).contains("united states")) {
            return Titles.ranksOf("secretary of state", reference);
        }
        // "Moldova was represented by Secretary of State Andrei Rusu, a deputy foreign minister": in much of
        // Europe a Secretary of State is a junior minister; of such a country, a deputy's rank, and of no
        // country said, in a story naming one of them and not the United States, no rank (black-box trial 96)
        if (said.equals("secretary of state")) {
            if (countriesOf(role).stream().anyMatch(c -> JUNIOR_SECRETARY_COUNTRIES.matcher(c).matches())) {
                return List.of(Rank.of(Rung.DEPUTY_MINISTER));
            }
            if (countriesOf(role).isEmpty() && namesJuniorSecretaryCountryNotUs()) {
                return List.of();
            }
        }
        // "Kenya's Foreign Affairs Cabinet Secretary": Kenya's ministers are called Cabinet Secretaries
        // (and one of no country said, in a story that names Kenya or gives the person a Cabinet Secretary's
        // portfolio too: "Daniel Sang, Cabinet Secretary for Foreign and Diaspora Affairs ... Cabinet
        // Secretary Sang"; "Prime Cabinet Secretary" is Kenya's alone; black-box trial 93)
        if (said.contains("cabinet secretary") && (countriesOf(role).contains("kenya") || countriesOf(role).isEmpty()
                && (said.contains("prime cabinet secretary") || namesKenyaNotBritain()
                || holdsOther(role, r -> Text.normalize(r.title()).matches(".*cabinet secretary (?:for|of) .*"))))) {
            return Titles.ranksOf(said.replace("prime cabinet secretary", "minister").replace("cabinet secretary", "minister"), reference);
        }
        // Bangladesh's interim government: its Chief Adviser heads it, its advisers hold the ministries
        // ("foreign affairs adviser Touhid Hossain"; black-box trial 21)
        if (said.matches(".*\\badvis[eo]r\\b.*") && countriesOf(role).contains("bangladesh")) {
            if (said.equals("chief adviser") || said.equals("chief advisor")) {
                return List.of(Rank.of(Rung.HEAD_OF_GOVERNMENT));
            }
            List<Rank> asMinister = Titles.ranksOf(said.replaceAll("advis[eo]r", "minister"), reference);
            if (!asMinister.isEmpty() && asMinister.get(0).rung() == Rung.MINISTER && asMinister.get(0).portfolio() != null) {
                return asMinister;
            }
        }
        // "Chancellor" of Germany says no rank alone (Britain's Chancellor is a finance minister);
        // with its country it is "Chancellor of Germany", a head of government
        if (ranks.isEmpty() && role.of() != null && document.entity(role.of()).isPresent()) {
            ranks = Titles.ranksOf(role.title() + " of " + document.entity(role.of()).get().name(), reference);
        }
        return ranks;
    }

    /** Posts whose holders are styled "Ambassador": trade representatives, permanent representatives, special envoys. */
    private static final java.util.regex.Pattern COURTESY_AMBASSADORS = java.util.regex.Pattern.compile(
            "trade representative|permanent representative|special (?:envoy|representative)|ambassador[- ]at[- ]large");

    /** The EU's institutions, whose presidents the EU rules compare. */
    private static final Set<String> EU_BODIES = Set.of("european-commission", "european-council", "european-parliament", "eu");

    /** Whether the role is a presidency of an organisation other than the EU's ("President of the UN General Assembly"). */
    private boolean presidesOverBody(RoleFact role) {
        return role.of() != null && !EU_BODIES.contains(role.of()) && Text.normalize(role.title()).endsWith("president")
                && document.entity(role.of()).map(e -> e.kind() == org.factlint.model.EntityKind.ORGANISATION).orElse(false);
    }

    /** Whether the role's holder holds another role (in the article) that passes the test. */
    private boolean holdsOther(RoleFact role, java.util.function.Predicate<RoleFact> test) {
        return document.facts().stream().anyMatch(f -> f instanceof RoleFact r && r != role && r.person().equals(role.person())
                && test.test(r));
    }

    /**
     * A department's Secretary named by the department ("Foreign Secretary", "Defence Secretary",
     * "Secretary of Foreign Affairs", "Secretary for Defence").
     */
    private static final java.util.regex.Pattern CIVIL_SERVICE_SECRETARY = java.util.regex.Pattern.compile(
            "(?:(?:indian|pakistani|bangladeshi|sri lankan|nepali|nepalese) )?(?:(?:foreign|defen[cs]e|home|finance|commerce|cabinet|external affairs) secretary"
            + "|secretary (?:of|for) (?:the )?(?:foreign affairs|external affairs|defen[cs]e|home affairs|finance|commerce))"
            // ("Foreign Secretary of India Subrahmanyam Jaishankar"; black-box trial 37)
            + "(?: of (?:india|pakistan|bangladesh|sri lanka|nepal))?");

    /**
     * Whether the role's holder is of a country where a department's Secretary is its senior
     * civil servant: the role's country or the person's affiliation says so, or, when neither
     * names any country, the article styles the person "Shri", "Smt." or "Shrimati" (as Indian
     * and Nepali government releases do) before the name.
     */
    private boolean civilServiceCountry(RoleFact role) {
        List<String> countries = countriesOf(role);
        if (!countries.isEmpty()) {
            return countries.stream().anyMatch(CIVIL_SERVICE_SECRETARIES::contains);
        }
        return styledShri(role.person());
    }

    /** Kenya named, whose ministers are its Cabinet Secretaries (Britain's Cabinet Secretary is a civil servant). */
    private static final java.util.regex.Pattern KENYA = java.util.regex.Pattern.compile("\\b(?:Kenya|Kenyan|Nairobi)\\b");

    /** Whether the article names Kenya and nothing of Britain. */
    private boolean namesKenyaNotBritain() {
        return names(KENYA) && !names(BRITAIN);
    }

    /** What {@link #names} found, by pattern (each read once per document). */
    private final java.util.Map<java.util.regex.Pattern, Boolean> named = new java.util.HashMap<>();

    /** Whether one of the article's texts (headline, standfirst, body) matches the pattern. */
    private boolean names(java.util.regex.Pattern pattern) {
        return named.computeIfAbsent(pattern, p -> articleTexts().stream().anyMatch(t -> p.matcher(t).find()));
    }

    /**
     * Words said jointly, or read out for their author: "a joint statement", "a joint declaration",
     * "said in unison", "each read it out", "reading the president's message on his behalf".
     */
    private static final java.util.regex.Pattern JOINT = java.util.regex.Pattern.compile(
            "(?i)\\bjoint (?:press )?(?:statement|declaration|communiqu[eé]|letter)s?\\b|\\bin unison\\b|\\b(?:each|both) read\\b"
            + "|\\bjointly (?:said|stated|declared|wrote|issued)\\b"
            // a message read out for its author ("reading the president's message on his behalf"; black-box trial 97)
            + "|\\bon (?:his|her|their) behalf\\b|\\bmessage was read\\b|\\bread (?:out )?(?:a|the|his|her) message\\b"
            + "|\\breading (?:out )?(?:a |the )?(?:\\w+(?:'s|’s) )?message\\b");

    /**
     * Whether the article tells of words said jointly ("issued a joint statement ... and each read it
     * out", black-box trial 95) or read out for their author ("reading the president's message on his
     * behalf", trial 97): two speakers given the same words may both have said them. Read once per
     * document.
     */
    public boolean tellsOfJointWords() {
        return names(JOINT);
    }

    /** The honorifics of Indian (and Nepali) names: "Shri Vikram Misri", "Smt. Nirmala Sitharaman". */
    private static final String SHRI = "\\b(?:Shri|Smt|Shrimati)\\.?\\s+";

    private final java.util.Map<String, Boolean> styledShri = new java.util.HashMap<>();

    /** Whether the article writes the person's name, or one of its aliases, after "Shri", "Smt." or "Shrimati". */
    private boolean styledShri(String person) {
        return styledShri.computeIfAbsent(person, id -> {
            Entity e = document.entity(id).orElse(null);
            if (e == null || e.kind() != org.factlint.model.EntityKind.PERSON) {
                return false;
            }
            List<String> names = new ArrayList<>(e.aliases());
            names.add(e.name());
            String any = names.stream().filter(n -> n != null && !n.isBlank())
                    .map(java.util.regex.Pattern::quote).reduce((a, b) -> a + "|" + b).orElse(null);
            if (any == null) {
                return false;
            }
            java.util.regex.Pattern styled = java.util.regex.Pattern.compile(SHRI + "(?:" + any + ")\\b");
            return articleTexts().stream().anyMatch(t -> styled.matcher(t).find());
        });
    }

    /** The names, demonyms and capitals of {@link #CIVIL_SERVICE_SECRETARIES}. */
    private static final java.util.regex.Pattern CIVIL_SERVICE_PLACES = java.util.regex.Pattern.compile(
            "\\b(?:India|Indian|New Delhi|Pakistan|Pakistani|Islamabad|Bangladesh|Bangladeshi|Dhaka|Sri Lanka|Sri Lankan|Colombo"
            + "|Nepal|Nepali|Nepalese|Kathmandu)\\b");

    /** Countries whose Secretaries of State are junior ministers (names as the gazetteer gives them, lower case). */
    private static final java.util.regex.Pattern JUNIOR_SECRETARY_COUNTRIES = java.util.regex.Pattern.compile(
            "moldova|romania|portugal|spain|czech republic|czechia|slovakia|poland|hungary|france|luxembourg|belgium");

    /** Words of those countries in an article. */
    private static final java.util.regex.Pattern JUNIOR_SECRETARY_PLACES = java.util.regex.Pattern.compile(
            "\\b(?:Moldova|Moldovan|Chisinau|Chișinău|Romania|Romanian|Bucharest|Portugal|Portuguese|Lisbon|Spain|Spanish|Madrid"
            + "|Czech|Prague|Slovakia|Slovak|Bratislava|Poland|Polish|Warsaw|Hungary|Hungarian|Budapest|Luxembourg|Belgium|Belgian)\\b");

    /** Words of the United States, whose Secretary of State is its foreign minister. */
    private static final java.util.regex.Pattern UNITED_STATES = java.util.regex.Pattern.compile(
            "\\b(?:US|U\\.S\\.|United States|America|American|Americans|Washington|State Department|Department of State)\\b");

    /** Whether the article names a country whose Secretaries of State are junior ministers, and nothing of the United States. */
    private boolean namesJuniorSecretaryCountryNotUs() {
        return names(JUNIOR_SECRETARY_PLACES) && !names(UNITED_STATES);
    }

    /** Words of Britain, whose Foreign Secretary is a minister ("UK", "British", "the Foreign Office"). */
    private static final java.util.regex.Pattern BRITAIN = java.util.regex.Pattern.compile(
            "\\b(?:UK|U\\.K\\.|United Kingdom|Britain|British|London|Foreign Office|FCO|FCDO|Whitehall|Downing Street)\\b");

    /**
     * The text without the "Foreign Office" that is no Britain's: India's "Foreign Office Consultations",
     * and any in a story that names Pakistan, whose ministry is called so too ("The Foreign Office said
     * official-level talks were held in Islamabad"; black-box trial 92).
     */
    private static String withoutOtherForeignOffices(String text) {
        String out = text.replace("Foreign Office Consultations", "");
        return PAKISTAN.matcher(out).find() ? out.replace("Foreign Office", "") : out;
    }

    private static final java.util.regex.Pattern PAKISTAN = java.util.regex.Pattern.compile("\\b(?:Pakistan|Pakistani|Islamabad)\\b");

    private Boolean namesCivilServiceCountry;

    /**
     * Whether the article (headline, standfirst, body) names one of those countries, its people or
     * its capital, and nothing of Britain ("Foreign Secretary Boris Johnson will travel on to
     * Bangkok" in a gov.uk release about Bangladesh is Britain's minister; holdout43).
     */
    private boolean namesCivilServiceCountry() {
        if (namesCivilServiceCountry == null) {
            namesCivilServiceCountry = articleTexts().stream().anyMatch(t -> CIVIL_SERVICE_PLACES.matcher(t).find())
                    && articleTexts().stream().noneMatch(t -> BRITAIN.matcher(withoutOtherForeignOffices(t)).find());
        }
        return namesCivilServiceCountry;
    }

    /** A word of kinship and up to two more words (a title) just before a name: "her daughter, Councillor ". */
    private static final java.util.regex.Pattern KIN_BEFORE = java.util.regex.Pattern.compile(
            "(?i)\\b(?:daughter|son|brother|sister|wife|husband|mother|father|cousin|twin|nephew|niece|uncle|aunt|widow|widower"
            + "|grandson|granddaughter|grandfather|grandmother|sibling)\\b[,\\s]+(?:\\S+\\s+){0,2}$");

    /**
     * True if the article names one of two people as the other's kin ("Marla Banks and her daughter
     * Marli Banks"): two people, whatever their names (black-box trial 59).
     */
    public boolean namedAsKin(Entity a, Entity b) {
        String text = document.article().text();
        if (text == null) {
            return false;
        }
        for (Entity e : List.of(a, b)) {
            for (org.factlint.model.Evidence m : e.mentions()) {
                if (m.hasOffsets() && m.start() <= text.length()
                        && KIN_BEFORE.matcher(text.substring(Math.max(0, m.start() - 40), m.start())).find()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The article's headline, standfirst and body, those it has. */
    private List<String> articleTexts() {
        org.factlint.model.Article a = document.article();
        return java.util.stream.Stream.of(a.headline(), a.standfirst(), a.text()).filter(t -> t != null).toList();
    }

    /** Countries where a department's Secretary is its senior civil servant. */
    private static final Set<String> CIVIL_SERVICE_SECRETARIES = Set.of("india", "pakistan", "bangladesh", "sri lanka", "nepal");

    /** The names, lower case, of the countries a role's holder is said to be of (the role's, and the person's affiliations). */
    private List<String> countriesOf(RoleFact role) {
        List<String> ids = new ArrayList<>();
        if (role.of() != null) {
            ids.add(role.of());
        }
        for (org.factlint.model.Fact f : document.facts()) {
            if (f instanceof org.factlint.model.AffiliationFact a && a.person().equals(role.person())) {
                ids.add(a.of());
            }
        }
        return ids.stream().map(c -> document.entity(c).map(e -> e.name()).orElse(c).toLowerCase(java.util.Locale.ROOT)
                .replaceFirst("^the ", "")).toList();
    }

    /**
     * True if one of the two roles is the President of Switzerland and the other a minister's post:
     * the Swiss presidency rotates yearly among the seven Federal Councillors, and its holder goes on
     * heading a federal department ("Swiss President Viola Amherd", "Defence Minister Viola Amherd";
     * black-box trial 28, C3). The country is the president's role's, or one the person is affiliated with.
     */
    public boolean presidentHeadsDepartment(RoleFact a, Rank ra, RoleFact b, Rank rb) {
        RoleFact president = headOfState(a, ra, b, rb);
        Rank other = president == a ? rb : ra;
        if (president == null || other.rung() != Rung.MINISTER) {
            return false;
        }
        String said = Text.normalize(president.title());
        return said.contains("president") && !said.contains("vice") && countriesOf(president).contains("switzerland");
    }

    /** Of two roles, the one whose rank is a head of state's (the first, if both are), or null. */
    private static RoleFact headOfState(RoleFact a, Rank ra, RoleFact b, Rank rb) {
        return ra.rung() == Rung.HEAD_OF_STATE ? a : rb.rung() == Rung.HEAD_OF_STATE ? b : null;
    }

    private static final java.util.regex.Pattern RULING_MONARCH = java.util.regex.Pattern.compile("^(?:sultan|king|emir|amir)\\b.*");

    /**
     * True if one of the two roles is a monarch's (Sultan, King, Emir) and the other a head of
     * government's: some monarchs head their own government ("Prime Minister Hassanal Bolkiah, the
     * Sultan of Brunei"; Oman's Sultan; black-box trial 58).
     */
    public boolean monarchHeadsGovernment(RoleFact a, Rank ra, RoleFact b, Rank rb) {
        RoleFact monarch = headOfState(a, ra, b, rb);
        Rank other = monarch == a ? rb : ra;
        return monarch != null && other.rung() == Rung.HEAD_OF_GOVERNMENT && RULING_MONARCH.matcher(Text.normalize(monarch.title())).matches();
    }

    /**
     * True if one title is a Minister of State's ("Minister of State for Trade Policy") and the other
     * styles the same post by its portfolio ("Trade Minister", "Minister for Trade"), as British and
     * Irish copy writes a junior minister (black-box trial 90). Not for foreign affairs, defence or
     * finance, where a Minister of State is another office than the minister's (the UAE's Minister of
     * State for Foreign Affairs is not its Foreign Minister).
     */
    public boolean ministerOfStateStyled(RoleFact a, RoleFact b) {
        String x = Text.normalize(a.title());
        String y = Text.normalize(b.title());
        boolean first = x.contains("minister of state");
        if (first == y.contains("minister of state")) {
            return false;
        }
        String state = first ? x : y;
        String styled = first ? y : x;
        if (!styled.matches(".*\\bminister\\b.*")
                || styled.matches(".*\\b(deputy|vice|prime|junior|assistant)\\b.*")) {
            return false;
        }
        java.util.List<String> portfolio = java.util.Arrays.stream(styled.split("[^a-z]+"))
                .filter(w -> !w.isEmpty() && !Set.of("minister", "for", "the", "of", "and").contains(w)).toList();
        return !portfolio.isEmpty() && portfolio.stream().noneMatch(MAIN_PORTFOLIOS::contains)
                && portfolio.stream().allMatch(w -> state.matches(".*\\b" + w + "\\b.*"));
    }

    /** Portfolios whose Minister of State is another office than the minister's. */
    private static final Set<String> MAIN_PORTFOLIOS = Set.of("foreign", "external", "defence", "defense", "finance", "affairs");

    /** The Commonwealth realms: one monarch is head of state of each (Charles III since 2022). */
    private static final Set<String> REALMS = Set.of("united kingdom", "uk", "britain", "great britain", "canada", "australia",
            "new zealand", "jamaica", "antigua and barbuda", "bahamas", "belize", "grenada", "papua new guinea",
            "saint kitts and nevis", "st kitts and nevis", "saint lucia", "st lucia", "saint vincent and the grenadines",
            "st vincent and the grenadines", "solomon islands", "tuvalu");

    private static final java.util.regex.Pattern MONARCH = java.util.regex.Pattern.compile("^(?:king|queen|monarch|sovereign)$");

    /**
     * True if the person is called King or Queen (or monarch) and both parties are Commonwealth
     * realms: "Britain's King Charles III" and "Canada's King Charles III" are one monarch's two
     * crowns (black-box trial 28, C6).
     */
    public boolean monarchOfBoth(String person, String x, String y) {
        boolean monarch = document.facts().stream().anyMatch(f -> f instanceof RoleFact r && r.current() && person.equals(r.person())
                && MONARCH.matcher(Text.normalize(r.title())).matches());
        return monarch && realm(x) && realm(y);
    }

    private boolean realm(String party) {
        return document.entity(party).filter(e -> e.kind() == org.factlint.model.EntityKind.COUNTRY)
                .map(e -> REALMS.contains(e.name().toLowerCase(java.util.Locale.ROOT).replaceFirst("^the ", "").replace(".", "")))
                .orElse(false);
    }

    /** Countries whose vice presidents are ministers too (Spain's Vice Presidents of the Government, Costa Rica's, Venezuela's sectoral ones). */
    private static final Set<String> MINISTERIAL_VICE_PRESIDENTS = Set.of("spain", "costa rica", "venezuela", "zimbabwe",
            "united arab emirates", "panama", "philippines");

    /**
     * True if the vice president's country (the role's, else one the person is affiliated with)
     * is one whose vice presidents hold ministries: "Spanish Vice President Teresa Ribera" and
     * "Energy Minister Ribera" are one post-holder's two titles.
     */
    public boolean vicePresidentsAreMinisters(RoleFact vicePresident) {
        // the European Commission's vice-presidents hold portfolios, the High Representative among
        // them ("Commission Vice-President Kaja Kallas", the EU's top diplomat: black-box trial 23)
        String said = Text.normalize(vicePresident.title());
        if (said.contains("commission") || "european-commission".equals(vicePresident.of())) {
            return true;
        }
        return countriesOf(vicePresident).stream().anyMatch(MINISTERIAL_VICE_PRESIDENTS::contains);
    }

    /**
     * True if a role names a post held on an acting basis: its title says so ("Acting Secretary of
     * Defense"), or it is that title shortened, as house style writes it later ("Secretary
     * Shanahan" after "Acting Secretary of Defense Patrick Shanahan"; "Deputy Secretary Nuland"
     * after "Acting Deputy Secretary Nuland"). Such a post is held beside the person's own.
     */
    public boolean actingPost(RoleFact role) {
        if (Titles.acting(role.title())) {
            return true;
        }
        String said = Text.normalize(role.title());
        return anotherRole(role, r -> Titles.acting(r.title())
                && (Titles.actingPost(r.title()).equals(said) || Titles.actingPost(r.title()).startsWith(said + " ")));
    }

    /** Whether the article gives the role's holder a role (this one or another) that {@code test} accepts. */
    private boolean anotherRole(RoleFact role, java.util.function.Predicate<RoleFact> test) {
        for (org.factlint.model.Fact f : document.facts()) {
            if (f instanceof RoleFact r && r.person().equals(role.person()) && test.test(r)) {
                return true;
            }
        }
        return false;
    }

    /**
     * True if a role names an assignment held beside an office ({@link Titles#assignment}: "Special
     * Envoy for Sudan"), or is that title shortened ("Envoy Berg" after "Special Envoy for Sudan Anna
     * Berg"; black-box trial 40).
     */
    public boolean assignment(RoleFact role) {
        if (Titles.assignment(role.title())) {
            return true;
        }
        List<String> said = java.util.Arrays.asList(Text.normalize(role.title()).split(" "));
        return anotherRole(role, r -> Titles.assignment(r.title())
                && java.util.Arrays.asList(Text.normalize(r.title()).split(" ")).containsAll(said));
    }

    /** True if the reference file knows the person (then it, not the article alone, decides their posts). */
    public boolean referenceKnows(String person) {
        return published() != null && referencePerson(person).isPresent();
    }

    /**
     * True if one title is the deputy's post of the other's office ("Vice President" and
     * "President") where their ranks do not already conflict (then role.incompatible-ranks says it).
     */
    public boolean deputyOf(RoleFact deputy, RoleFact principal) {
        String office = Titles.principalOf(deputy.title());
        // ("Deputy Foreign Minister Sybiha ... Minister Sybiha": a bare "Minister" is how any
        // minister, a deputy or junior one too, is addressed, not the office's holder)
        if (office == null || !sameTitle(office, principal.title()) || Text.normalize(principal.title()).equals("minister")) {
            return false;
        }
        // ("Vice-Chair Ana Silva of the Gavi board ... Chair Silva": a bare chair names no body, and
        // one person chairs one board and is vice-chair of another; black-box trial 59)
        if (CHAIRS.contains(Text.normalize(office))) {
            return false;
        }
        // ("State Minister of Defense Hiroshi Masuda ... Masuda, the deputy minister": Japan's state
        // minister is a deputy's post itself, not the minister a "deputy minister" stands below;
        // black-box trial 63. "Deputy Under Secretary" beside "Under Secretary" still is one)
        Rank top = rankOf(principal);
        if (top != null && top.rung() == Rung.DEPUTY_MINISTER && Text.normalize(office).endsWith("minister")) {
            return false;
        }
        Rank a = rankOf(deputy);
        return a == null || !a.conflictsWith(top);
    }

    /** Bare titles of a board's or committee's chair. */
    private static final Set<String> CHAIRS = Set.of("chair", "chairman", "chairwoman", "chairperson");

    /** A role's title with the body it is of, when the title does not name it: "President of the European Commission". */
    public String titleWithBody(RoleFact r) {
        String of = r.of() == null ? null : document.nameOf(r.of());
        return of == null || r.title().toLowerCase(java.util.Locale.ROOT).contains(of.toLowerCase(java.util.Locale.ROOT))
                ? r.title() : r.title() + " of " + name(r.of());
    }

    /**
     * True if two titles make one person president of two different EU institutions ("President
     * of the European Commission" and "European Council President"): four posts, four people.
     */
    public boolean presidesTwoEuBodies(RoleFact a, RoleFact b) {
        String first = Titles.euPresidency(a.title(), a.of() == null ? null : document.nameOf(a.of()));
        String second = Titles.euPresidency(b.title(), b.of() == null ? null : document.nameOf(b.of()));
        return first != null && second != null && !first.equals(second);
    }

    /**
     * True if a former title and a current one name the same office: "former Foreign Secretary"
     * and "UK Foreign Secretary", or titles of one rank that names its portfolio or is a head of
     * state or government ("former Prime Minister", "Premier"), of the same country where both say.
     */
    /** Bare styles American usage keeps for a former holder of the office ("President Clinton", "Secretary Kerry"). */
    private static final Set<String> COURTESY_STYLES = Set.of("president", "secretary", "ambassador", "governor", "senator");

    public boolean sameOffice(RoleFact former, RoleFact now) {
        if (former.of() != null && now.of() != null && !former.of().equals(now.of())) {
            return false;
        }
        // "Former President Bill Clinton ... President Clinton", "Former Secretary of State John
        // Kerry ... Secretary Kerry": American usage keeps the style of such an office for life; the
        // bare style says no office held now (black-box trials 23, 44)
        String style = Text.normalize(now.title());
        String past = Titles.withoutFormer(former.title());
        if (now.of() == null && COURTESY_STYLES.contains(style)
                && (Text.normalize(past) + " ").startsWith(style + " ")) {
            return false;
        }
        // ("Penny Wong, a former finance minister ... Minister Wong": a bare "Minister" is how any
        // minister is addressed, of another portfolio too, not the office left; holdout65)
        if (style.equals("minister")) {
            return false;
        }
        if (sameTitle(past, now.title())) {
            return true;
        }
        Rank a = former.rank() != null ? former.rank() : Titles.rankOf(past, reference).orElse(null);
        boolean precise = a != null && (a.portfolio() != null || a.rung() == Rung.HEAD_OF_STATE
                || a.rung() == Rung.HEAD_OF_GOVERNMENT);
        return precise && ranksOf(now).contains(a);
    }

    /**
     * Whether the people at an event all hold a rank that stands in for the event's level ({@link
     * Rank#standsInFor}) and all are said to be of one country, or none of any (several only as
     * deputies at a ministers' meeting): one delegation's stand-ins ("State Minister Yamada and
     * Parliamentary Vice-Minister Takeya attended the foreign ministers' meeting"), beside whom the
     * article does not say who else sat at the table (black-box trial 45). Countries come from the
     * people's current roles and affiliations.
     */
    public boolean oneDelegationOfStandIns(Collection<String> people, Rank level, String event) {
        // "Ambassador Whitaker attended the meeting of NATO defence ministers, standing in for Defense
        // Secretary Hegseth, who did not attend": one person, beside one of the level's rank said to be
        // away from the event, is that one's stand-in, whatever their rank (black-box trial 46)
        // (or who held that rank until just before: "standing in for Foreign Minister Ingrid Berg, who
        // resigned on Monday": the post the stand-in sat for; black-box trial 89)
        if (people.size() == 1 && document.facts().stream().anyMatch(f -> f instanceof org.factlint.model.AttendanceFact a
                && a.event().equals(event) && a.status().isNotThere() && a.person() != null
                && (ranks(a.person()).stream().anyMatch(r -> r.rank().fits(level)) || heldRank(a.person(), level)))) {
            return true;
        }
        // (several ministers at a leaders' meeting are who sat at the table: one alone came with their leader)
        if (people.size() > 1 && level.rung() != Rung.MINISTER) {
            return false;
        }
        Set<String> countries = new java.util.HashSet<>();
        int placed = 0;
        for (String p : people) {
            if (ranks(p).stream().noneMatch(r -> r.rank().standsInFor(level))) {
                return false;
            }
            Set<String> own = new java.util.HashSet<>();
            for (org.factlint.model.Fact f : document.facts()) {
                if (f instanceof RoleFact r && r.current() && r.person().equals(p) && r.of() != null) {
                    own.add(r.of());
                } else if (f instanceof org.factlint.model.AffiliationFact a && a.person().equals(p)) {
                    own.add(a.of());
                }
            }
            placed += own.isEmpty() ? 0 : 1;
            countries.addAll(own);
        }
        // one country for all of them, or none said of any ("Assistant Secretary Campbell and Chinese
        // Vice Foreign Minister Cui": one of China, the other not, may be two delegations)
        return !people.isEmpty() && countries.size() <= 1 && (placed == 0 || placed == people.size());
    }

    /** Every rank known for everyone: from current roles in the article and from the reference. Computed once. */
    public List<PersonRank> ranks() {
        if (ranks == null) {
            ranks = List.copyOf(Derivations.ranks(this));
        }
        return ranks;
    }

    /** Whether a role of this person the article no longer gives as current has a rank that fits this level. */
    private boolean heldRank(String person, Rank level) {
        return document.facts().stream().anyMatch(f -> f instanceof RoleFact r && !r.current() && r.person().equals(person)
                && ranksOf(r).stream().anyMatch(k -> k.fits(level)));
    }

    /** The ranks known for one person. */
    public List<PersonRank> ranks(String person) {
        return ranks().stream().filter(r -> r.person().equals(person)).toList();
    }

    /** "Keith Kellogg (envoy)": a person's name with the ranks known for them, for messages. */
    public String nameWithRank(String person) {
        List<String> labels = ranks(person).stream().map(r -> r.rank().label()).distinct().toList();
        return labels.isEmpty() ? name(person) : name(person) + " (" + String.join(", ", labels) + ")";
    }

    /**
     * Why a role contradicts the reference file on the publication date, or null if it does not
     * (or the reference does not know the person). A role agrees when a role in force then has the
     * same title or a rank that says as much. It is stale when its title names a role not in
     * force then, or when only such a role has its rank; it is wrong when its rank conflicts with
     * every role in force. A reference that is merely silent about a role is not a contradiction.
     */
    public String referenceDisagreement(RoleFact role) {
        LocalDate on = published();
        Optional<Reference.Person> found = referencePerson(role.person());
        if (found.isEmpty() || on == null || !role.current()) {
            return null;
        }
        Reference.Person person = found.get();
        Rank rank = rankOf(role);
        List<Reference.Role> inForce = person.rolesOn(on);
        if (inForce.stream().anyMatch(r -> sameTitle(r.title(), role.title()) || covers(rankOf(r), rank))) {
            return null;
        }
        // A role in force of a compatible but vaguer rank (a Deputy Prime Minister is some minister)
        // does not rule out a stale title, but it does rule out judging by rank alone.
        boolean compatibleInForce = rank != null && inForce.stream()
                .anyMatch(r -> rankOf(r) != null && !rankOf(r).conflictsWith(rank));
        List<Reference.Role> outOfForce = person.roles().stream().filter(r -> !r.inForceOn(on)).toList();
        Optional<Reference.Role> stale = outOfForce.stream().filter(r -> sameTitle(r.title(), role.title())).findFirst();
        if (stale.isEmpty() && !compatibleInForce) {
            stale = outOfForce.stream().filter(r -> covers(rankOf(r), rank)).findFirst();
        }
        if (stale.isPresent()) {
            Reference.Role r = stale.get();
            String when = r.to() != null && !on.isBefore(r.to()) ? "until " + r.to() : "only from " + r.from();
            return "the reference file has " + person.name() + " as " + r.title() + " " + when + onPublication(inForce, on);
        }
        boolean allConflict = rank != null && !rank.isOther() && !inForce.isEmpty()
                && inForce.stream().allMatch(r -> rankOf(r) != null && rankOf(r).conflictsWith(rank));
        if (allConflict) {
            return "the reference file has " + person.name() + " as " + titles(inForce) + " on " + on
                    + ", not " + rank.withArticle();
        }
        return null;
    }

    /**
     * True if the reference file has the person, on the publication date, in roles that give
     * both ranks: one person really holding two offices at once, such as a Secretary of State
     * who is also National Security Adviser.
     */
    public boolean referenceConfirmsBoth(String person, Rank a, Rank b) {
        LocalDate on = published();
        if (on == null) {
            return false;
        }
        List<Rank> held = referencePerson(person).map(p -> p.rolesOn(on)).orElse(List.of()).stream()
                .map(this::rankOf).filter(r -> r != null).toList();
        return held.stream().anyMatch(r -> covers(r, a)) && held.stream().anyMatch(r -> covers(r, b));
    }

    /** True if a reference rank says at least what the article's rank says: the same rung, and its portfolio if it names one. */
    private static boolean covers(Rank reference, Rank article) {
        return reference != null && article != null && !article.isOther() && reference.rung() == article.rung()
                && (article.portfolio() == null || article.portfolio().equals(reference.portfolio()));
    }

    private String onPublication(List<Reference.Role> inForce, LocalDate on) {
        return inForce.isEmpty() ? ", not on the publication date " + on
                : ", and on the publication date " + on + " as " + titles(inForce);
    }

    /** "Deputy Prime Minister (a minister) and Justice Secretary (a justice minister)". */
    private String titles(List<Reference.Role> roles) {
        List<String> t = new ArrayList<>();
        for (Reference.Role r : roles) {
            Rank rank = rankOf(r);
            t.add(r.title() + (rank != null ? " (" + rank.withArticle() + ")" : ""));
        }
        return join(t);
    }

    /** Words that, added to a title, name another office: "Vice President" is not "President". */
    private static final Set<String> OTHER_OFFICE = Set.of("deputy", "vice", "shadow", "former", "ex", "assistant",
            "under", "junior", "permanent", "parliamentary", "private", "press", "designate", "elect", "nominee",
            "outgoing");

    /**
     * "UK Foreign Secretary" and "Foreign Secretary" name the same office: one contains the other as
     * whole words, and the words it adds do not make it another office ("Shadow Foreign Secretary").
     */
    public static boolean sameTitle(String a, String b) {
        String x = " " + bodyAfter(Text.normalize(a).replace('-', ' ')) + " ";
        String y = " " + bodyAfter(Text.normalize(b).replace('-', ' ')) + " ";
        String longer = x.length() >= y.length() ? x : y;
        String shorter = longer == x ? y : x;
        int at = longer.indexOf(shorter);
        if (at < 0) {
            return false;
        }
        String added = longer.substring(0, at) + " " + longer.substring(at + shorter.length());
        return Arrays.stream(added.trim().split(" +")).noneMatch(OTHER_OFFICE::contains);
    }

    /** "commission president" as "president of the european commission", so the two ways of writing the EU's posts compare. */
    private static String bodyAfter(String title) {
        return EU_POST_BODY_FIRST.matcher(title).replaceFirst("$2 of the european $1");
    }

    /** An EU post written with its body first: "Commission Vice President", "European Council President". */
    private static final java.util.regex.Pattern EU_POST_BODY_FIRST = java.util.regex.Pattern.compile(
            "^(?:european )?(commission|council) (vice president|president)$");

    /** The reference person for an article entity id, if the reference knows them. */
    public Optional<Reference.Person> referencePerson(String entityId) {
        return document.entity(entityId).flatMap(reference::person);
    }

    /** The rank of a reference role: as stated, else as its title implies. */
    public Rank rankOf(Reference.Role role) {
        if (role.rank() != null) {
            return role.rank();
        }
        List<Rank> ranks = Titles.ranksOf(role.title(), reference);
        return ranks.isEmpty() ? null : ranks.get(0);
    }
}
