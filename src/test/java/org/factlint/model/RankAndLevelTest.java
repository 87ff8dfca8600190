package org.factlint.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The rank ladder shared by people and events: parsing, conflicts, fitting a level, words for messages. */
class RankAndLevelTest {

    private static Rank rank(String word) {
        return Rank.parse(word).orElseThrow(() -> new AssertionError("not a rank: " + word));
    }

    private static Level level(String word) {
        return Level.parse(word).orElseThrow(() -> new AssertionError("not a level: " + word));
    }

    // --- Rank.parse --------------------------------------------------------------------------

    @ParameterizedTest
    @CsvSource({
        "head-of-state, head-of-state",
        "minister, minister",
        "minister:foreign, minister:foreign",
        "deputy-minister:defence, deputy-minister:defence",
        "' Minister:Foreign ', minister:foreign",
        "minister:defense, minister:defence",
        "minister:foreign-affairs, minister:foreign",
        "minister:external-affairs, minister:foreign",
        "minister:home, minister:interior",
        "minister:home-affairs, minister:interior",
        "minister:treasury, minister:finance",
        "minister:culture, minister:culture",
        "other, other"})
    void ranksParseWithPortfolioSynonyms(String word, String expected) {
        assertEquals(expected, rank(word).toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"boss", "", "minister:", "envoy:ukraine", "official:foreign", "minister:Foreign Affairs",
        "minister:1", "ministerial", "mixed", "head of state"})
    void nonRanksDoNotParse(String word) {
        assertEquals(Optional.empty(), Rank.parse(word));
    }

    @Test
    void nullIsNoRank() {
        assertEquals(Optional.empty(), Rank.parse(null));
        assertEquals(Optional.empty(), Level.parse(null));
    }

    @Test
    void synonymousPortfoliosMakeEqualRanks() {
        assertEquals(rank("minister:defence"), rank("minister:defense"));
        assertEquals(new Rank(Rung.MINISTER, "defence"), new Rank(Rung.MINISTER, "defense"));
    }

    // --- conflicts ---------------------------------------------------------------------------

    @ParameterizedTest(name = "{0} vs {1}: {2}")
    @CsvSource({
        "minister:foreign, minister:foreign, false",
        "minister:foreign, minister, false",
        "minister, minister:justice, false",
        "minister:foreign, minister:defence, true",
        "minister:defence, minister:defense, false",
        "minister:foreign, envoy, true",
        "envoy, senior-official, true",
        "head-of-state, head-of-government, true",
        "minister:foreign, deputy-minister:foreign, true",
        "deputy-minister:foreign, deputy-minister:defence, true",
        "adviser, adviser, false",
        "other, minister:foreign, false",
        "envoy, other, false",
        "other, other, false"})
    void conflictsAreSymmetric(String a, String b, boolean conflict) {
        assertEquals(conflict, rank(a).conflictsWith(rank(b)));
        assertEquals(conflict, rank(b).conflictsWith(rank(a)));
    }

    @Test
    void noRankConflictsWithNothing() {
        assertFalse(rank("minister").conflictsWith(null));
    }

    // --- fits --------------------------------------------------------------------------------

    @ParameterizedTest(name = "a {0} fits a {1} meeting: {2}")
    @CsvSource({
        "minister:foreign, minister:foreign, true",
        "minister, minister:foreign, true",
        "minister:foreign, minister, true",
        "minister:defence, minister:foreign, false",
        "head-of-state, minister:foreign, true",
        "head-of-government, minister, true",
        "deputy-minister:foreign, minister:foreign, false",
        "envoy, minister:foreign, false",
        "envoy, envoy, true",
        "envoy, official, true",
        "official, senior-official, false",
        "adviser, official, false"})
    void aRankFitsItsOwnLevelAndLowerOnes(String person, String meeting, boolean fits) {
        assertEquals(fits, rank(person).fits(rank(meeting)));
    }

    // --- words -------------------------------------------------------------------------------

    @ParameterizedTest
    @CsvSource({
        "minister:foreign, foreign minister, a foreign minister",
        "minister:interior, interior minister, an interior minister",
        "minister:europe, europe minister, a europe minister",
        "deputy-minister:defence, deputy defence minister, a deputy defence minister",
        "deputy-minister, deputy minister, a deputy minister",
        "head-of-state, head of state, a head of state",
        "envoy, envoy, an envoy",
        "senior-official, senior official, a senior official",
        "adviser, adviser, an adviser"})
    void ranksHaveWordsForMessages(String word, String label, String withArticle) {
        assertEquals(label, rank(word).label());
        assertEquals(withArticle, rank(word).withArticle());
    }

    @Test
    void theExpectedTextListsTheLadder() {
        assertTrue(Rank.expected().contains("head-of-state, head-of-government, minister, deputy-minister, envoy, "
                + "senior-official, official, adviser, other"), Rank.expected());
        assertTrue(Level.expected().contains("mixed"), Level.expected());
    }

    // --- levels ------------------------------------------------------------------------------

    @ParameterizedTest
    @CsvSource({
        "minister:foreign, minister:foreign",
        "ministerial, minister",
        "high-level, minister",
        "lower-level, official",
        "official-level, official",
        "working-level, official",
        "technical, official",
        "Technical, official",
        "mixed, mixed",
        "envoy, envoy"})
    void levelsParseWithTheWordsArticlesUse(String word, String expected) {
        assertEquals(expected, level(word).toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"ministers", "top-level", "summit", "minister:", ""})
    void nonLevelsDoNotParse(String word) {
        assertEquals(Optional.empty(), Level.parse(word));
    }

    @Test
    void mixedAndOtherLevelsClaimNothing() {
        assertTrue(Level.MIXED.isMixed());
        assertFalse(Level.MIXED.isSpecific());
        assertFalse(level("other").isSpecific());
        assertTrue(level("official").isSpecific());
        assertFalse(Level.MIXED.conflictsWith(level("official")));
        assertFalse(level("official").conflictsWith(Level.MIXED));
        assertFalse(level("other").conflictsWith(level("minister:foreign")));
        assertFalse(level("official").conflictsWith(null));
    }

    @ParameterizedTest(name = "{0} vs {1}: {2}")
    @CsvSource({
        "minister:foreign, official, true",
        "minister:foreign, minister:defence, true",
        "minister:foreign, ministerial, false",
        "official, technical, false",
        "official, senior-official, false",
        "senior-official, minister:foreign, true"})
    void twoLevelsConflictLikeTheirRanks(String a, String b, boolean conflict) {
        assertEquals(conflict, level(a).conflictsWith(level(b)));
        assertEquals(conflict, level(b).conflictsWith(level(a)));
    }

    @ParameterizedTest
    @CsvSource({"official, true", "senior-official, true", "adviser, true", "technical, true", "envoy, true",
        "deputy-minister, true", "minister, false", "minister:foreign, false", "head-of-government, false",
        "mixed, false", "other, false"})
    void levelsBelowMinistersAreThoseWithoutMinisters(String word, boolean below) {
        assertEquals(below, level(word).isBelowMinisterial());
    }

    @Test
    void levelsHaveWordsForMessages() {
        assertEquals("foreign minister level", level("minister:foreign").label());
        assertEquals("official level", level("official-level").label());
        assertEquals("mixed level", Level.MIXED.label());
    }

    @Test
    void rungsAreOrderedAndMinistersAreTheTopThree() {
        assertTrue(Rung.HEAD_OF_STATE.above(Rung.MINISTER));
        assertFalse(Rung.ENVOY.above(Rung.ENVOY));
        assertTrue(Rung.MINISTER.isMinisterial());
        assertTrue(Rung.HEAD_OF_GOVERNMENT.isMinisterial());
        assertFalse(Rung.DEPUTY_MINISTER.isMinisterial());
    }
}
