package org.factlint.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.factlint.engine.facts.HomeCountry;
import org.factlint.engine.facts.Represents;
import org.factlint.model.AffiliationFact;
import org.factlint.model.Article;
import org.factlint.model.Entity;
import org.factlint.model.EntityKind;
import org.factlint.model.Fact;
import org.factlint.model.FactsDocument;
import org.factlint.model.Rank;
import org.factlint.model.Reference;
import org.factlint.model.RoleFact;
import org.factlint.model.Rung;
import org.factlint.model.Source;
import org.junit.jupiter.api.Test;

class AllegiancesTest {

    private static final Entity US = entity("us", EntityKind.COUNTRY, "United States", "US", "Washington");
    private static final Entity UKRAINE = entity("ukraine", EntityKind.COUNTRY, "Ukraine");
    private static final Entity FCO = entity("fco", EntityKind.ORGANISATION, "UK Foreign Office");
    private static final Entity UK = entity("uk", EntityKind.COUNTRY, "United Kingdom", "UK");
    private static final Entity FRIENDS = entity("friends", EntityKind.ORGANISATION, "Friends of us");

    @Test
    void anEnvoysRoleNamingItsPostingIsNotAnAllegiance() {
        Fact posting = role("f1", "kellogg", "Ukraine envoy", "ukraine", Rung.ENVOY);
        Fact employer = role("f2", "kellogg", "special envoy", "us", Rung.ENVOY);
        Fact minister = role("f3", "sybiha", "Foreign Minister of Ukraine", "ukraine", Rung.MINISTER);
        Context ctx = context(List.of(posting, employer, minister));
        List<Represents> r = Allegiances.represents(ctx);
        assertEquals(List.of("kellogg us f2", "sybiha ukraine f3"),
                r.stream().map(x -> x.person() + " " + x.party() + " " + x.via().get(0).id()).toList());
    }

    @Test
    void anAffiliationWithAnEnvoysPostingIsNotAnAllegianceEither() {
        Fact posting = role("f1", "kellogg", "Ukraine envoy", "us", Rung.ENVOY);
        Fact misread = new AffiliationFact("f2", Source.BODY, 1, List.of(), "kellogg", "ukraine");
        List<Represents> r = Allegiances.represents(context(List.of(posting, misread)));
        assertEquals(List.of("us"), r.stream().map(Represents::party).toList());
    }

    @Test
    void factsForOnePairAreGatheredInOne() {
        Fact a = new AffiliationFact("f1", Source.BODY, 1, List.of(), "rubio", "us");
        Fact b = role("f2", "rubio", "Secretary of State", "us", Rung.MINISTER);
        List<Represents> r = Allegiances.represents(context(List.of(a, b)));
        assertEquals(1, r.size());
        assertEquals(List.of(a, b), r.get(0).via());
        assertEquals(0, r.get(0).order());
    }

    @Test
    void organisationsBelongToTheCountriesTheirNamesNameInCapitals() {
        List<HomeCountry> homes = Allegiances.homeCountries(context(List.of()));
        assertTrue(homes.contains(new HomeCountry("fco", "uk", List.of())));
        assertTrue(homes.contains(new HomeCountry("us", "us", List.of())));
        assertFalse(homes.stream().anyMatch(h -> h.party().equals("friends")), "'us' the pronoun is not the US");
    }

    @Test
    void aPersonBelongsToTheCountryTheyRepresent() {
        Fact f = new AffiliationFact("f1", Source.BODY, 1, List.of(), "trump", "us");
        List<HomeCountry> homes = Allegiances.homeCountries(context(List.of(f)));
        assertTrue(homes.contains(new HomeCountry("trump", "us", List.of(f))));
    }

    private static Context context(List<Fact> facts) {
        List<Entity> entities = List.of(US, UKRAINE, FCO, UK, FRIENDS, entity("kellogg", EntityKind.PERSON, "Keith Kellogg"),
                entity("sybiha", EntityKind.PERSON, "Andrii Sybiha"), entity("rubio", EntityKind.PERSON, "Marco Rubio"),
                entity("trump", EntityKind.PERSON, "Donald Trump"));
        Article article = new Article("a", null, null, "2025-04-23", java.time.LocalDate.of(2025, 4, 23), "", "en", null,
                null, null);
        return new Context(new FactsDocument(article, entities, facts), Reference.EMPTY);
    }

    private static RoleFact role(String id, String person, String title, String of, Rung rung) {
        return new RoleFact(id, Source.BODY, 1, List.of(), person, title, of, Rank.of(rung), true);
    }

    private static Entity entity(String id, EntityKind kind, String name, String... aliases) {
        return new Entity(id, kind, name, List.of(aliases), null, List.of(), List.of());
    }
}
