package org.factlint.engine;

import static org.factlint.engine.Model.affiliation;
import static org.factlint.engine.Model.country;
import static org.factlint.engine.Model.doc;
import static org.factlint.engine.Model.formerRole;
import static org.factlint.engine.Model.group;
import static org.factlint.engine.Model.person;
import static org.factlint.engine.Model.refPerson;
import static org.factlint.engine.Model.refRole;
import static org.factlint.engine.Model.reference;
import static org.factlint.engine.Model.role;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.factlint.engine.facts.Membership;
import org.factlint.engine.facts.PersonRank;
import org.factlint.model.Entity;
import org.factlint.model.Fact;
import org.factlint.model.FactsDocument;
import org.factlint.model.Reference;
import org.junit.jupiter.api.Test;

/** Facts derived before the rules run: the ranks people hold and the delegations they belong to. */
class DerivationsTest {

    private static final List<Entity> PEOPLE_AND_COUNTRIES = List.of(
            person("rubio", "Marco Rubio"), person("kellogg", "Keith Kellogg"), person("trump", "Donald Trump"),
            person("barrot", "Jean-Noel Barrot"), country("us", "United States"), country("france", "France"));

    /** "person -> party: fact ids of the path" for every membership, sorted. */
    private static Map<String, List<String>> memberships(FactsDocument doc, Reference reference) {
        Map<String, List<String>> result = new TreeMap<>();
        for (Membership m : Derivations.memberships(doc, new Context(doc, reference).upLinks())) {
            String key = m.person() + " -> " + m.party();
            assertNull(result.put(key, m.via().stream().map(Fact::id).toList()), "derived twice: " + key);
        }
        return result;
    }

    private static Map<String, List<String>> memberships(List<Entity> entities, List<? extends Fact> facts) {
        return memberships(doc("2025-04-23", entities, facts), Reference.EMPTY);
    }

    // --- memberships -------------------------------------------------------------------------

    @Test
    void aPersonBelongsToWhatTheyRepresent() {
        assertEquals(Map.of("kellogg -> us", List.of("f1")),
                memberships(PEOPLE_AND_COUNTRIES, List.of(affiliation("f1", "kellogg", "us"))));
    }

    @Test
    void theOfOfACurrentRoleIsAMembershipButAFormerRoleIsNot() {
        assertEquals(Map.of("rubio -> us", List.of("f1")), memberships(PEOPLE_AND_COUNTRIES,
                List.of(role("f1", "rubio", "Secretary of State", "us", null), formerRole("f2", "barrot", "Minister", "france"))));
    }

    @Test
    void aRoleWithoutOfIsNoMembership() {
        assertEquals(Map.of(), memberships(PEOPLE_AND_COUNTRIES, List.of(role("f1", "rubio", "Secretary of State", null, null))));
    }

    @Test
    void aPersonListedByAGroupBelongsToIt() {
        List<Entity> entities = List.of(person("witkoff", "Steve Witkoff"), person("kellogg", "Keith Kellogg"),
                group("us-team", "the US delegation", "witkoff", "kellogg"));
        assertEquals(Map.of("kellogg -> us-team", List.of(), "witkoff -> us-team", List.of()), memberships(entities, List.of()));
    }

    @Test
    void aPersonBelongsToTheGroupsTheirCountryIsAMemberOf() {
        List<Entity> entities = List.of(person("barrot", "Jean-Noel Barrot"), country("france", "France"),
                group("europe", "European countries", "france"), group("allies", "Ukraine's allies", "europe"));
        assertEquals(Map.of("barrot -> france", List.of("f1"), "barrot -> europe", List.of("f1"),
                        "barrot -> allies", List.of("f1")),
                memberships(entities, List.of(affiliation("f1", "barrot", "france"))));
    }

    @Test
    void referenceGroupsCountLikeArticleGroups() {
        Reference ref = reference(List.of(), List.of(new Reference.Group("european-countries", List.of("uk", "france"))));
        FactsDocument doc = doc("2025-04-23", PEOPLE_AND_COUNTRIES, List.of(affiliation("f1", "barrot", "france")));
        assertEquals(Map.of("barrot -> france", List.of("f1"), "barrot -> european-countries", List.of("f1")),
                memberships(doc, ref));
    }

    @Test
    void aPersonBelongsToWhatTheirPrincipalRepresents() {
        // "Trump's envoy Keith Kellogg"; "US President Donald Trump"
        assertEquals(Map.of("kellogg -> trump", List.of("f1"), "kellogg -> us", List.of("f1", "f2"),
                        "trump -> us", List.of("f2")),
                memberships(PEOPLE_AND_COUNTRIES, List.of(affiliation("f1", "kellogg", "trump"),
                        role("f2", "trump", "President", "us", null))));
    }

    @Test
    void theShortestPathIsKept() {
        assertEquals(List.of("f3"), memberships(PEOPLE_AND_COUNTRIES, List.of(affiliation("f1", "kellogg", "trump"),
                role("f2", "trump", "President", "us", null), affiliation("f3", "kellogg", "us"))).get("kellogg -> us"));
    }

    @Test
    void cyclesAreWalkedOnce() {
        Map<String, List<String>> result = memberships(PEOPLE_AND_COUNTRIES, List.of(
                affiliation("f1", "kellogg", "trump"), affiliation("f2", "trump", "kellogg"), affiliation("f3", "trump", "us")));
        assertEquals(Map.of("kellogg -> trump", List.of("f1"), "kellogg -> us", List.of("f1", "f3"),
                "trump -> kellogg", List.of("f2"), "trump -> us", List.of("f3")), result);
    }

    @Test
    void groupCyclesAndSelfMembershipEndToo() {
        List<Entity> entities = List.of(person("barrot", "Jean-Noel Barrot"), country("france", "France"),
                group("west", "the West", "france", "g7", "west"), group("g7", "G7", "west"));
        assertEquals(Map.of("barrot -> france", List.of("f1"), "barrot -> west", List.of("f1"), "barrot -> g7", List.of("f1")),
                memberships(entities, List.of(affiliation("f1", "barrot", "france"), affiliation("f2", "barrot", "barrot"))));
    }

    @Test
    void onlyPeopleGetMemberships() {
        assertTrue(memberships(doc("2025-04-23", List.of(country("france", "France"),
                group("europe", "Europe", "france")), List.of()), Reference.EMPTY).isEmpty());
    }

    // --- ranks -------------------------------------------------------------------------------

    private static List<String> ranks(FactsDocument doc, Reference reference) {
        return Derivations.ranks(new Context(doc, reference)).stream()
                .map(r -> r.person() + " " + r.rank() + " " + r.basis() + (r.role() == null ? "" : " " + r.role().id()))
                .toList();
    }

    @Test
    void currentRolesGiveRanksStatedOrFromTheirTitle() {
        FactsDocument doc = doc("2025-04-23", PEOPLE_AND_COUNTRIES, List.of(
                role("f1", "rubio", "Secretary of State", "us", "minister:foreign"),
                role("f2", "rubio", "top diplomat", "us", null),
                role("f3", "kellogg", "retired general", null, null),
                role("f4", "kellogg", "Ukraine envoy", null, "other"),
                role("f5", "trump", "businessman", null, null),
                formerRole("f6", "rubio", "Senator", "us")));
        assertEquals(List.of("rubio minister:foreign stated f1", "rubio minister:foreign title f2", "kellogg other title f3",
                "kellogg other stated f4"), ranks(doc, Reference.EMPTY));
    }

    @Test
    void referenceRolesInForceOnThePublicationDateGiveRanksToo() {
        Reference ref = reference(List.of(refPerson("lammy", "David Lammy",
                refRole("Foreign Secretary", "minister:foreign", "2024-07-05", "2025-09-05"),
                refRole("Deputy Prime Minister", null, "2025-09-05", null),
                refRole("Justice Secretary", "minister:justice", "2025-09-05", null))), List.of());
        List<Entity> entities = List.of(person("david-lammy", "David Lammy"));
        assertEquals(List.of("david-lammy minister:foreign reference"), ranks(doc("2025-04-23", entities, List.of()), ref));
        assertEquals(List.of("david-lammy minister reference", "david-lammy minister:justice reference"),
                ranks(doc("2025-09-05", entities, List.of()), ref));
        assertEquals(List.of(), ranks(doc("2024-01-01", entities, List.of()), ref));
    }

    @Test
    void derivedFactsAreRanksThenMemberships() {
        FactsDocument doc = doc("2025-04-23", PEOPLE_AND_COUNTRIES, List.of(role("f1", "rubio", "Secretary of State", "us", null)));
        List<Object> derived = Derivations.of(new Context(doc, Reference.EMPTY));
        assertTrue(derived.get(0) instanceof PersonRank);
        assertTrue(derived.get(1) instanceof Membership);
        assertEquals(1, derived.stream().filter(o -> o instanceof PersonRank).count());
        assertEquals(1, derived.stream().filter(o -> o instanceof Membership).count());
    }
}
