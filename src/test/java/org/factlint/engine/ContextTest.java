package org.factlint.engine;

import static org.factlint.engine.Model.doc;
import static org.factlint.engine.Model.formerRole;
import static org.factlint.engine.Model.person;
import static org.factlint.engine.Model.refPerson;
import static org.factlint.engine.Model.refRole;
import static org.factlint.engine.Model.reference;
import static org.factlint.engine.Model.role;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.factlint.model.Entity;
import org.factlint.model.Rank;
import org.factlint.model.Reference;
import org.factlint.model.RoleFact;
import org.factlint.model.Rung;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What rules ask the context: names, ranks, and whether a title agrees with the reference file. */
class ContextTest {

    private static final Reference REFERENCE = reference(List.of(
            refPerson("lammy", "David Lammy",
                    refRole("Foreign Secretary", "minister:foreign", "2024-07-05", "2025-09-05"),
                    refRole("Deputy Prime Minister", "minister", "2025-09-05", null),
                    refRole("Justice Secretary", "minister:justice", "2025-09-05", null)),
            refPerson("rubio", "Marco Rubio",
                    refRole("Senator", null, "2011-01-03", "2025-01-20"),
                    refRole("Secretary of State", "minister:foreign", "2025-01-21", null)),
            refPerson("kellogg", "Keith Kellogg", refRole("Special Envoy for Ukraine and Russia", null, "2025-01-20", null)),
            refPerson("cooper", "Yvette Cooper", refRole("UK Foreign Secretary", null, "2025-09-05", null)),
            refPerson("quiet", "Someone Quiet")), List.of());

    private static final List<Entity> PEOPLE = List.of(person("lammy", "David Lammy"), person("marco", "Marco Rubio"),
            person("kellogg", "Keith Kellogg"), person("cooper", "Yvette Cooper"), person("quiet", "Someone Quiet"),
            person("witkoff", "Steve Witkoff"));

    /** Why {@code person} called {@code title} (rank stated or null) on {@code published} contradicts the reference. */
    private static String disagreement(String published, String person, String title, String rank) {
        RoleFact role = role("f1", person, title, null, rank);
        return new Context(doc(published, PEOPLE, List.of(role)), REFERENCE).referenceDisagreement(role);
    }

    @Test
    void aTitleThatEndedBeforePublicationIsStale() {
        assertEquals("the reference file has David Lammy as Foreign Secretary until 2025-09-05, and on the publication "
                        + "date 2025-10-01 as Deputy Prime Minister (a minister) and Justice Secretary (a justice minister)",
                disagreement("2025-10-01", "lammy", "Foreign Secretary", null));
    }

    @Test
    void theSameTitleInForceAgrees() {
        assertNull(disagreement("2025-04-23", "lammy", "Foreign Secretary", null));
        assertNull(disagreement("2025-09-04", "lammy", "Foreign Secretary", "minister:foreign"));
        assertNull(disagreement("2025-10-01", "lammy", "Deputy Prime Minister", null));
        assertNull(disagreement("2025-10-01", "lammy", "Justice Secretary", null));
    }

    @Test
    void theDayARoleEndsItIsNoLongerInForce() {
        assertTrue(disagreement("2025-09-05", "lammy", "Foreign Secretary", null).contains("until 2025-09-05"));
    }

    @Test
    void aTitleBeforeTheRoleBeganIsStaleToo() {
        assertEquals("the reference file has Marco Rubio as Secretary of State only from 2025-01-21, and on the "
                        + "publication date 2025-01-10 as Senator",
                disagreement("2025-01-10", "marco", "Secretary of State", null));
    }

    @Test
    void aRankMatchingOnlyAnEndedRoleIsStaleWhenNothingInForceFits() {
        assertTrue(disagreement("2025-01-10", "marco", "top diplomat", null).contains("as Secretary of State only from"));
    }

    @ParameterizedTest
    @CsvSource({"UK Foreign Secretary", "Britain's Foreign Secretary", "foreign secretary", "Foreign  Secretary"})
    void titlesMatchAsWholeWordsWithoutCase(String title) {
        assertNull(disagreement("2025-04-23", "lammy", title, null));
        assertNull(disagreement("2025-10-01", "cooper", title, null), "reference says UK Foreign Secretary");
        assertFalse(disagreement("2025-10-01", "lammy", title, null) == null, "stale for Lammy in October");
    }

    @ParameterizedTest(name = "{0} / {1}: {2}")
    @CsvSource({
        "UK Foreign Secretary, Foreign Secretary, true",
        "Foreign Secretary, Britain's Foreign Secretary, true",
        "Secretary of State, US Secretary of State, true",
        "special envoy, Special Envoy, true",
        "Foreign-Secretary, foreign secretary, true",
        "acting Foreign Minister, Foreign Minister, true",
        "Foreign Secretary, Secretary of State, false",
        "President, Vice President, false",
        "Foreign Secretary, Shadow Foreign Secretary, false",
        "Secretary of State, Deputy Secretary of State, false",
        "Foreign Minister, Foreign Ministers, false",
        "Minister, Ministerial aide, false"})
    void titlesNameTheSameOfficeWhenOneContainsTheOther(String a, String b, boolean same) {
        assertEquals(same, Context.sameTitle(a, b));
        assertEquals(same, Context.sameTitle(b, a));
    }

    @Test
    void aQualifiedOfficeIsNotTheOfficeItQualifies() {
        Reference ref = reference(List.of(refPerson("vance", "JD Vance", refRole("Vice President", "other", "2025-01-20", null))),
                List.of());
        RoleFact president = role("f1", "vance", "President", null, null);
        String why = new Context(doc("2025-04-23", List.of(person("vance", "JD Vance")), List.of(president)), ref)
                .referenceDisagreement(president);
        assertNull(why, "other never conflicts, so a reference Vice President says nothing about a President");
        RoleFact shadow = role("f1", "lammy", "Foreign Secretary", null, null);
        Reference before = reference(List.of(refPerson("lammy", "David Lammy",
                refRole("Shadow Foreign Secretary", "other", "2021-11-29", "2024-07-05"),
                refRole("Foreign Secretary", "minister:foreign", "2024-07-05", null))), List.of());
        assertTrue(new Context(doc("2024-01-01", PEOPLE, List.of(shadow)), before).referenceDisagreement(shadow)
                .contains("as Foreign Secretary only from 2024-07-05"));
    }

    @Test
    void aTitleWithTheSameRankAsARoleInForceAgrees() {
        assertNull(disagreement("2025-04-23", "marco", "top diplomat", null));
        assertNull(disagreement("2025-04-23", "marco", "America's chief diplomat", "minister:foreign"));
        assertNull(disagreement("2025-04-23", "kellogg", "Ukraine envoy", null));
    }

    @Test
    void aRankThatConflictsWithEveryRoleInForceIsWrong() {
        assertEquals("the reference file has David Lammy as Foreign Secretary (a foreign minister) on 2025-04-23, "
                + "not a defence minister", disagreement("2025-04-23", "lammy", "Defence Secretary", null));
        assertTrue(disagreement("2025-04-23", "marco", "special envoy", null).contains("not an envoy"));
    }

    @Test
    void aRankCompatibleWithSomeRoleInForceIsNotWrong() {
        // Deputy Prime Minister is a minister without a portfolio: a defence portfolio does not conflict with it.
        assertNull(disagreement("2025-10-01", "lammy", "Defence Secretary", null));
        // A bare "Secretary of State" (a British cabinet title too) is not stale for a Deputy Prime Minister.
        assertNull(disagreement("2025-10-01", "lammy", "Secretary of State", null));
    }

    @Test
    void aSilentReferenceIsNoFinding() {
        assertNull(disagreement("2025-04-23", "witkoff", "special envoy", null), "person unknown to the reference");
        assertNull(disagreement("2025-04-23", "quiet", "Foreign Minister", null), "person without roles");
        assertNull(disagreement("2025-04-23", "lammy", "MP for Tottenham", null), "title and rank unknown");
        assertNull(disagreement("2025-04-23", "lammy", "General", null), "rank other");
        assertNull(disagreement("2024-01-01", "lammy", "Defence Secretary", null), "no role in force, none matching");
        assertEquals("the reference file has David Lammy as Foreign Secretary only from 2024-07-05, not on the "
                + "publication date 2024-01-01", disagreement("2024-01-01", "lammy", "Foreign Secretary", null));
    }

    @Test
    void formerRolesAreHistoryAndNeverDisagree() {
        RoleFact former = formerRole("f1", "lammy", "Foreign Secretary", null);
        assertNull(new Context(doc("2025-10-01", PEOPLE, List.of(former)), REFERENCE).referenceDisagreement(former));
    }

    @Test
    void peopleAreFoundInTheReferenceByNameWhenIdsDiffer() {
        RoleFact role = role("f1", "marco", "Senator", null, null);
        Context ctx = new Context(doc("2025-04-23", PEOPLE, List.of(role)), REFERENCE);
        assertEquals("rubio", ctx.referencePerson("marco").orElseThrow().id());
        assertTrue(ctx.referenceDisagreement(role).contains("as Senator until 2025-01-20"));
    }

    @Test
    void theReferenceConfirmsADoubleRoleOnlyWhenItHasBothRanksInForce() {
        Reference ref = reference(List.of(refPerson("rubio", "Marco Rubio",
                refRole("Secretary of State", "minister:foreign", "2025-01-21", null),
                refRole("National Security Adviser", null, "2025-05-01", null))), List.of());
        Rank foreign = new Rank(Rung.MINISTER, "foreign");
        Rank adviser = Rank.of(Rung.ADVISER);
        Context june = new Context(doc("2025-06-01", PEOPLE, List.of()), ref);
        assertTrue(june.referenceConfirmsBoth("marco", foreign, adviser), "the adviser rank comes from the title");
        assertTrue(june.referenceConfirmsBoth("marco", adviser, Rank.of(Rung.MINISTER)));
        assertFalse(june.referenceConfirmsBoth("marco", foreign, Rank.of(Rung.ENVOY)));
        assertFalse(june.referenceConfirmsBoth("marco", new Rank(Rung.MINISTER, "defence"), adviser));
        assertFalse(new Context(doc("2025-04-23", PEOPLE, List.of()), ref).referenceConfirmsBoth("marco", foreign, adviser),
                "not yet adviser in April");
        assertFalse(june.referenceConfirmsBoth("witkoff", foreign, adviser), "unknown to the reference");
    }

    // --- names and ranks ---------------------------------------------------------------------

    @Test
    void namesAreJoinedForSentences() {
        assertEquals("", Context.join(List.of()));
        assertEquals("Rubio", Context.join(List.of("Rubio")));
        assertEquals("Rubio and Witkoff", Context.join(List.of("Rubio", "Witkoff")));
        assertEquals("Rubio, Witkoff and Kellogg", Context.join(List.of("Rubio", "Witkoff", "Kellogg")));
        Context ctx = new Context(doc("2025-04-23", PEOPLE, List.of()), Reference.EMPTY);
        assertEquals("David Lammy and London", ctx.names(List.of("lammy", "London")));
    }

    @Test
    void ranksComeFromTheArticleAndTheReference() {
        RoleFact envoy = role("f1", "kellogg", "Ukraine envoy", null, null);
        Context ctx = new Context(doc("2025-04-23", PEOPLE, List.of(envoy)), REFERENCE);
        assertEquals(Rank.of(Rung.ENVOY), ctx.rankOf(envoy));
        assertEquals("Keith Kellogg (envoy)", ctx.nameWithRank("kellogg"));
        assertEquals("David Lammy (foreign minister)", ctx.nameWithRank("lammy"));
        assertEquals("Steve Witkoff", ctx.nameWithRank("witkoff"));
        assertEquals(List.of(), ctx.ranks("witkoff"));
    }

    @Test
    void aStatedRankWinsOverTheTitle() {
        RoleFact stated = role("f1", "kellogg", "Foreign Secretary", null, "envoy");
        assertEquals(Rank.of(Rung.ENVOY), new Context(doc("2025-04-23", PEOPLE, List.of(stated)), REFERENCE).rankOf(stated));
    }
}
