package org.factlint.engine.helpers;

import static org.junit.jupiter.api.Assertions.assertNull;

import static org.junit.jupiter.api.Assertions.assertFalse;

import static org.junit.jupiter.api.Assertions.assertTrue;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.factlint.model.Rank;
import org.factlint.model.Reference;
import org.factlint.model.Rung;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Titles as articles write them, and the rank each implies ("-": the title says nothing about rank). */
class TitlesTest {

    private static String rank(String title) {
        return Titles.rankOf(title).map(Rank::toString).orElse("-");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        // foreign ministers, however a newsroom writes them
        "US Secretary of State                                   | minister:foreign",
        "secretary of state                                      | minister:foreign",
        "Foreign Secretary                                       | minister:foreign",
        "UK Foreign Secretary                                    | minister:foreign",
        "top diplomat                                            | minister:foreign",
        "Ukraine's top diplomat                                  | minister:foreign",
        "Foreign Minister                                        | minister:foreign",
        "France's Foreign Minister                               | minister:foreign",
        "Minister for Foreign Affairs                            | minister:foreign",
        "Minister of Foreign Affairs                             | minister:foreign",
        "Minister of Food and Agriculture                       | minister:agriculture",
        "minister of petroleum                                   | minister:petroleum",
        "Oil Minister                                            | minister:petroleum",
        "Minister of Investment                                  | minister:investment",
        "Information Minister                                    | minister:information",
        "Minister of National Defense                            | minister:defence",
        "National Defence Minister                               | minister:defence",
        "Chancellor of the Duchy of Lancaster                    | minister:cabinet-office",
        "Minister for the Cabinet Office                         | minister:cabinet-office",
        "Chancellor of the Exchequer                             | minister:finance",
        "Foreign Affairs Minister                                | minister:foreign",
        "Minister for Europe and Foreign Affairs                 | minister:foreign",
        "Minister for Foreign Affairs and Trade                  | minister:foreign",
        "Secretary of State for Foreign, Commonwealth and Development Affairs | minister:foreign",
        "acting Foreign Minister                                 | minister:foreign",
        "Cabinet Secretary for Foreign Affairs                   | minister:foreign",
        // other portfolios
        "Secretary of State for Defence                          | minister:defence",
        "Defence Secretary                                       | minister:defence",
        "Defense Secretary                                       | minister:defence",
        "Secretary of Defense                                    | minister:defence",
        "Secretary of Transportation                             | minister:transport",
        "Deputy Transportation Secretary                         | deputy-minister:transport",
        "Secretary of Communications and Transportation          | minister:communications",
        "Minister of Natural Resources                           | minister:natural-resources",
        "Minister of Citizenship and Immigration                 | minister:immigration",
        "Secretary of War                                        | minister:defence",
        "Minister for the Armed Forces                           | minister:defence",
        "Home Secretary                                          | minister:interior",
        "Secretary of State for the Home Department              | minister:interior",
        "Homeland Security Secretary                             | minister:interior",
        "Energy Security Secretary                               | minister:energy",
        "Public Security Minister                                | minister:interior",
        "Minister of Public Security                             | minister:interior",
        "Interior Minister                                       | minister:interior",
        "Justice Secretary                                       | minister:justice",
        "Secretary of State for Justice                          | minister:justice",
        "Lord Chancellor                                         | minister:justice",
        "Chancellor of the Exchequer                             | minister:finance",
        "Treasury Secretary                                      | minister:finance",
        "Secretary of the Treasury                               | minister:finance",
        "Commerce Secretary                                      | minister:trade",
        "Minister for Europe                                     | deputy-minister:europe",
        "Europe minister                                         | deputy-minister:europe",
        "Minister for Africa                                     | deputy-minister:africa",
        "security minister                                       | deputy-minister:security",
        "National Security Minister                              | minister:national-security",
        "junior Foreign Office minister                          | deputy-minister",
        // ministers without a portfolio, deputies
        "Deputy Prime Minister                                   | minister",
        "Deputy First Minister                                   | minister",
        "First Minister of Scotland                              | head-of-government",
        "Deputy Prime Minister and Justice Secretary             | minister",
        "Vice Premier                                            | minister",
        "First Secretary of State                                | minister",
        "Minister without portfolio                              | minister",
        "Deputy Foreign Minister                                 | deputy-minister:foreign",
        "deputy defence minister                                 | deputy-minister:defence",
        "Deputy Secretary of State                               | deputy-minister",
        "Under Secretary of State                                | deputy-minister",
        "Minister of State for Europe                            | deputy-minister:europe",
        "State Secretary                                         | deputy-minister",
        // (Japan's junior ministers of a ministry; black-box trial 39)
        "State Minister for Foreign Affairs                      | deputy-minister:foreign",
        "State Minister                                          | deputy-minister",
        "Parliamentary State Secretary for Defence               | deputy-minister",
        // (the US Defense Department writes Britain's Defence Secretary so: a minister or a deputy, no rank)
        "State Secretary for Defense                             | -",
        // heads of government and of state
        "Prime Minister                                          | head-of-government",
        "Premier                                                 | head-of-government",
        "German Chancellor                                       | head-of-government",
        "Germany's Chancellor                                    | head-of-government",
        "President                                               | head-of-state",
        "US President                                            | head-of-state",
        "Russia's President                                      | head-of-state",
        "King                                                    | head-of-state",
        // envoys, officials, advisers: their own rank, not their principal's
        "special envoy                                           | envoy",
        "US special envoy                                        | envoy",
        "Ukraine envoy                                           | envoy",
        "Washington's Ukraine envoy                              | envoy",
        "Special Envoy for Ukraine and Russia                    | envoy",
        "Trump's special envoy                                   | envoy",
        "President's special envoy                               | envoy",
        "Presidential envoy                                      | envoy",
        "Ambassador to the UN                                    | envoy",
        "Head of the Presidential Office of Ukraine              | senior-official",
        "head of Ukraine's presidential office                   | senior-official",
        "head of the Office of the President of Ukraine          | senior-official",
        "White House chief of staff                              | senior-official",
        "Permanent Under-Secretary                               | senior-official",
        "Cabinet Secretary                                       | senior-official",
        "Director-General                                        | senior-official",
        "senior officials                                        | senior-official",
        "press secretary                                         | official",
        "White House press secretary                             | official",
        "Press Secretary to the President                        | official",
        "Prime Minister's spokesman                              | official",
        "Kremlin spokesman                                       | official",
        "officials                                               | official",
        "bureaucrats                                             | official",
        "chief negotiator                                        | official",
        "advisor                                                 | adviser",
        "an advisor to Ukraine's government                      | adviser",
        "National Security Adviser                               | adviser",
        "adviser to the Prime Minister                           | adviser",
        "Counselor to the President                              | adviser",
        // no rung of the ladder: rank other, which never conflicts
        "General                                                 | other",
        "Lieutenant General                                      | other",
        "Secretary-General                                       | other",
        "UN Secretary-General                                    | other",
        "Vice President                                          | other",
        "Vice-President of the European Commission               | other",
        "Deputy President                                        | other",
        "Crown Prince                                            | other",
        "Shadow Foreign Secretary                                | other",
        "Attorney General                                        | other",
        // no rank at all: not in office now, ambiguous, or unknown words
        "former Foreign Secretary                                | -",
        "ex-President                                            | -",
        "then Foreign Secretary                                  | -",
        "the late President                                      | -",
        "President-elect                                         | -",
        "Foreign Secretary-designate                             | -",
        "Secretary of State nominee                              | -",
        "Chancellor                                              | -",
        "Ukrainian counterpart                                   | -",
        "Senator                                                 | -",
        "Mayor of London                                         | -"})
    void aTitleImpliesARank(String title, String rank) {
        assertEquals(rank, rank(title));
    }

    @Test
    void caseAccentsDashesAndPunctuationDoNotMatter() {
        assertEquals("minister:foreign", rank("FOREIGN SECRETARY"));
        assertEquals("minister:foreign", rank("Foreign  Secretary "));
        assertEquals("other", rank("Secretary\u2014General"));
        assertEquals("minister:foreign", rank("F\u00f3reign Secretary"));
        assertEquals("deputy-minister:foreign", rank("Deputy Foreign-Minister"));
        assertEquals("official", rank("Prime Minister\u2019s spokesman"));
    }

    @Test
    void theTradeRepresentativeIsACabinetPostOfItsOwn() {
        assertEquals("minister:trade-representative", rank("U.S. Trade Representative"));
        assertEquals("minister:trade-representative", rank("Trade Representative"));
        assertEquals("minister:trade", rank("Commerce Secretary"));
        assertEquals("envoy", rank("Special Representative"));
        assertEquals("deputy-minister:trade-representative", rank("Deputy U.S. Trade Representative"));
        assertEquals("-", rank("trade representative to the WTO"), "a representative posted to a body: no rank");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "special envoy for the Middle East                                        | true",
        "Prime Minister's Special Envoy on Preventing Sexual Violence in Conflict | true",
        "Special Representative                                                   | true",
        "Presidential Envoy                                                       | true",
        "envoy for climate                                                        | true",
        "Chief Negotiator                                                         | true",
        // an ambassador's post, and an envoy posted to a country, are offices
        "Ambassador                                                               | false",
        "envoy                                                                    | false",
        "Envoy to Japan                                                           | false"})
    void aSpecialEnvoysPostIsAnAssignment(String title, boolean assignment) {
        assertEquals(assignment, Titles.assignment(title));
    }

    @Test
    void theReferenceTitleListComesFirst() {
        Reference ref = new Reference(List.of(), List.of(
                new Reference.Title("Chancellor", new Rank(Rung.MINISTER, "finance")),
                new Reference.Title("Head of the Presidential Office", Rank.of(Rung.ADVISER))), List.of());
        assertEquals(new Rank(Rung.MINISTER, "finance"), Titles.rankOf("chancellor", ref).orElseThrow());
        assertEquals(Rank.of(Rung.ADVISER), Titles.rankOf("Head of the Presidential Office", ref).orElseThrow());
        assertEquals(Rank.of(Rung.HEAD_OF_STATE), Titles.rankOf("President", ref).orElseThrow(), "others by pattern");
        assertEquals(Rank.of(Rung.HEAD_OF_STATE), Titles.rankOf("President", Reference.EMPTY).orElseThrow());
    }

    @Test
    void aTitleThatJoinsTwoPostsGivesBothHighestFirst() {
        assertEquals(List.of(Rank.of(Rung.MINISTER), new Rank(Rung.MINISTER, "foreign")),
                Titles.ranksOf("Deputy Prime Minister and Foreign Minister", Reference.EMPTY));
        assertEquals(List.of(new Rank(Rung.MINISTER, "foreign"), Rank.of(Rung.ADVISER)),
                Titles.ranksOf("Secretary of State and national security adviser", Reference.EMPTY));
        assertEquals(List.of(Rank.of(Rung.HEAD_OF_GOVERNMENT), new Rank(Rung.MINISTER, "foreign")),
                Titles.ranksOf("Foreign Minister and Prime Minister", Reference.EMPTY));
        // a title listing portfolios holds each of them, in the order written
        assertEquals(List.of(new Rank(Rung.MINISTER, "foreign"), new Rank(Rung.MINISTER, "trade")),
                Titles.ranksOf("Minister for Foreign Affairs and Trade", Reference.EMPTY));
        assertEquals(List.of(new Rank(Rung.MINISTER, "foreign"), new Rank(Rung.MINISTER, "defence")),
                Titles.ranksOf("minister for foreign affairs and defence", Reference.EMPTY));
        assertEquals(List.of(new Rank(Rung.MINISTER, "foreign"), new Rank(Rung.MINISTER, "defence")),
                Titles.ranksOf("Foreign and Defence Minister", Reference.EMPTY));
        assertEquals(List.of(new Rank(Rung.DEPUTY_MINISTER, "foreign"), new Rank(Rung.DEPUTY_MINISTER, "defence")),
                Titles.ranksOf("Deputy Foreign and Defence Minister", Reference.EMPTY));
        assertEquals(List.of(new Rank(Rung.MINISTER, "economy"), new Rank(Rung.MINISTER, "trade"), new Rank(Rung.MINISTER, "industry")),
                Titles.ranksOf("Minister of Economy, Trade and Industry", Reference.EMPTY));
        assertEquals(List.of(new Rank(Rung.MINISTER, "trade"), new Rank(Rung.MINISTER, "industry"), new Rank(Rung.MINISTER, "energy")),
                Titles.ranksOf("Minister of Trade, Industry and Energy", Reference.EMPTY));
        assertEquals(List.of(new Rank(Rung.MINISTER, "foreign"), new Rank(Rung.MINISTER, "defence")),
                Titles.ranksOf("Minister for Foreign Affairs and Minister for Defence", Reference.EMPTY));
        assertEquals(List.of(Rank.of(Rung.MINISTER), new Rank(Rung.MINISTER, "foreign"), new Rank(Rung.MINISTER, "trade")),
                Titles.ranksOf("Deputy Prime Minister and Minister for Foreign Affairs and Trade", Reference.EMPTY));
        // one portfolio's name, not a list ("Europe and Foreign Affairs", "Work and Pensions"), nor a list
        // that goes on past its last portfolio ("... and Development Affairs", "Health and Social Care")
        assertEquals(List.of(new Rank(Rung.MINISTER, "foreign")),
                Titles.ranksOf("Minister for Europe and Foreign Affairs", Reference.EMPTY));
        assertEquals(List.of(new Rank(Rung.MINISTER, "labour")),
                Titles.ranksOf("Secretary of State for Work and Pensions", Reference.EMPTY));
        assertEquals(List.of(new Rank(Rung.MINISTER, "foreign")),
                Titles.ranksOf("Secretary of State for Foreign, Commonwealth and Development Affairs", Reference.EMPTY));
        assertEquals(List.of(new Rank(Rung.MINISTER, "foreign")),
                Titles.ranksOf("Secretary of State for Foreign and Commonwealth Affairs", Reference.EMPTY));
        assertEquals(List.of(new Rank(Rung.MINISTER, "health")),
                Titles.ranksOf("Secretary of State for Health and Social Care", Reference.EMPTY));
        // a region beside a full portfolio is left out; two regions are no list of full portfolios
        assertEquals(List.of(new Rank(Rung.MINISTER, "trade")),
                Titles.ranksOf("Minister for Trade and Africa", Reference.EMPTY));
        assertEquals(List.of(), Titles.ranksOf("General", Reference.EMPTY).stream().filter(r -> !r.isOther()).toList());
    }

    @Test
    void formerOppositionAndDeputyTitlesAreRecognised() {
        assertTrue(Titles.isFormer("former Foreign Secretary"));
        assertTrue(Titles.isFormer("ex-President"));
        assertFalse(Titles.isFormer("Foreign Secretary"));
        assertFalse(Titles.isFormer("then Foreign Secretary"));
        assertEquals("foreign secretary", Titles.withoutFormer("Former Foreign Secretary"));
        assertTrue(Titles.isOpposition("Shadow Foreign Secretary"));
        assertTrue(Titles.isOpposition("Leader of the Opposition"));
        assertTrue(Titles.isOpposition("opposition leader"));
        assertFalse(Titles.isOpposition("Foreign Secretary"));
        assertEquals("president", Titles.principalOf("Vice-President"));
        assertEquals("prime minister", Titles.principalOf("Deputy Prime Minister"));
        assertNull(Titles.principalOf("Deputy Prime Minister and Foreign Minister"));
        assertNull(Titles.principalOf("President"));
    }
}
