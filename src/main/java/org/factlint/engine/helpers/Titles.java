package org.factlint.engine.helpers;

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
            Map.entry("external affairs", "foreign"), Map.entry("defence", "defence"), Map.entry("defense", "defence"),
            Map.entry("war", "defence"), Map.entry("armed forces", "defence"), Map.entry("interior", "interior"),
            Map.entry("home", "interior"), Map.entry("home affairs", "interior"), Map.entry("internal affairs", "interior"),
            Map.entry("homeland security", "interior"), Map.entry("finance", "finance"), Map.entry("treasury", "finance"),
            Map.entry("economy", "economy"), Map.entry("economic affairs", "economy"), Map.entry("trade", "trade"),
            Map.entry("commerce", "trade"), Map.entry("business", "trade"), Map.entry("health", "health"),
            Map.entry("justice", "justice"), Map.entry("energy", "energy"), Map.entry("education", "education"),
            Map.entry("environment", "environment"), Map.entry("agriculture", "agriculture"),
            Map.entry("culture", "culture"), Map.entry("transport", "transport"), Map.entry("labour", "labour"),
            Map.entry("labor", "labour"), Map.entry("work and pensions", "labour"), Map.entry("industry", "industry"),
            Map.entry("security", "security"), Map.entry("development", "development"),
            Map.entry("international development", "development"), Map.entry("immigration", "immigration"),
            Map.entry("europe", "europe"), Map.entry("european affairs", "europe"), Map.entry("intelligence", "intelligence"));

    private static final String PORTFOLIO_WORDS = "(foreign affairs|external affairs|home affairs|internal affairs|"
            + "economic affairs|european affairs|homeland security|armed forces|work and pensions|"
            + "international development|foreign|defence|defense|war|interior|home|finance|treasury|economy|trade|"
            + "commerce|business|health|justice|energy|education|environment|agriculture|culture|transport|labour|"
            + "labor|industry|security|development|immigration|europe|intelligence)";

    private static final List<Pattern2Rank> PATTERNS = List.of(
            rule("\\b(former|ex|outgoing|then|late)\\b", m -> Optional.empty()),
            rule("\\bvice presidents?\\b|\\bsecretary general\\b|\\bgeneral secretary\\b|\\bvice chancellor\\b"
                    + "|\\bcrown prince\\b", fixed(Rung.OTHER)),
            rule("\\bdeputy (prime minister|premier|chancellor)\\b", fixed(Rung.MINISTER)),
            rule("\\b(prime minister|premier|head of government|taoiseach|first minister)\\b", fixed(Rung.HEAD_OF_GOVERNMENT)),
            rule("\\bchancellor of the exchequer\\b", m -> minister("finance")),
            rule("\\bchancellor\\b", fixed(Rung.HEAD_OF_GOVERNMENT)),
            rule("\\b(presidents?|king|queen|emperor|monarch|head of state|emir|sultan|supreme leader)\\b",
                    fixed(Rung.HEAD_OF_STATE)),
            rule("\\b(press|private|executive|foreign office) secretary\\b|\\bspokes(person|man|woman)\\b",
                    fixed(Rung.OFFICIAL)),
            rule("\\b(permanent|cabinet) secretary\\b|\\bchief of staff\\b|\\bpolitical director\\b"
                    + "|\\bdirector general\\b|\\bsenior official\\b|\\bhead of the presidential (office|administration)\\b",
                    fixed(Rung.SENIOR_OFFICIAL)),
            rule("\\b(deputy|vice|junior|assistant|under) (" + PORTFOLIO_WORDS + " )?(minister|secretary)\\b",
                    m -> deputy(m.group(2))),
            rule("\\b(deputy|vice|assistant|under) secretary of state\\b|\\bundersecretary\\b|\\bminister of state\\b"
                    + "|\\bstate secretary\\b|\\bparliamentary secretary\\b", m -> Optional.of(Rank.of(Rung.DEPUTY_MINISTER))),
            rule("\\bsecretary of state for (the )?" + PORTFOLIO_WORDS + "\\b", m -> minister(m.group(2))),
            rule("\\bsecretary of state\\b|\\b(top|chief) diplomat\\b", m -> minister("foreign")),
            rule("\\b(minister|secretary) (of|for) (the )?" + PORTFOLIO_WORDS + "\\b", m -> minister(m.group(4))),
            rule("\\b" + PORTFOLIO_WORDS + " (minister|secretary)\\b", m -> minister(m.group(1))),
            rule("\\bministers?\\b", fixed(Rung.MINISTER)),
            rule("\\b(envoy|ambassador|emissary|special representative)\\b", fixed(Rung.ENVOY)),
            rule("\\b(advis[eo]rs?|aide|counsell?or)\\b", fixed(Rung.ADVISER)),
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

    /** The rank a title implies by the built-in patterns; empty when the title says nothing about rank. */
    public static Optional<Rank> rankOf(String title) {
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

    private static Optional<Rank> minister(String portfolioWords) {
        return Optional.of(new Rank(Rung.MINISTER, PORTFOLIOS.get(portfolioWords)));
    }

    private static Optional<Rank> deputy(String portfolioWords) {
        return Optional.of(new Rank(Rung.DEPUTY_MINISTER, portfolioWords == null ? null : PORTFOLIOS.get(portfolioWords)));
    }
}
