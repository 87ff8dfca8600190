package org.factlint.engine;

import java.time.LocalDate;
import java.util.List;
import org.factlint.model.AffiliationFact;
import org.factlint.model.Article;
import org.factlint.model.Entity;
import org.factlint.model.EntityKind;
import org.factlint.model.Fact;
import org.factlint.model.FactsDocument;
import org.factlint.model.Rank;
import org.factlint.model.Reference;
import org.factlint.model.RoleFact;
import org.factlint.model.Source;

/** Short builders for documents and reference files made in Java, for engine tests. */
final class Model {

    private Model() {
    }

    static Entity person(String id, String name, String... aliases) {
        return new Entity(id, EntityKind.PERSON, name, List.of(aliases), null, List.of(), List.of());
    }

    static Entity country(String id, String name) {
        return new Entity(id, EntityKind.COUNTRY, name, List.of(), null, List.of(), List.of());
    }

    static Entity group(String id, String name, String... members) {
        return new Entity(id, EntityKind.GROUP, name, List.of(), null, List.of(members), List.of());
    }

    /** A current role; {@code rank} is a contract word or null. */
    static RoleFact role(String id, String person, String title, String of, String rank) {
        return new RoleFact(id, Source.BODY, 1.0, List.of(), person, title, of,
                rank == null ? null : Rank.parse(rank).orElseThrow(), true);
    }

    static RoleFact formerRole(String id, String person, String title, String of) {
        return new RoleFact(id, Source.BODY, 1.0, List.of(), person, title, of, null, false);
    }

    static AffiliationFact affiliation(String id, String person, String of) {
        return new AffiliationFact(id, Source.BODY, 1.0, List.of(), person, of);
    }

    static FactsDocument doc(String published, List<Entity> entities, List<? extends Fact> facts) {
        Article article = new Article("a1", null, null, published, LocalDate.parse(published), null, "en", null, null, null);
        return new FactsDocument(article, entities, List.copyOf(facts));
    }

    /** A reference role: {@code from} and {@code to} are ISO dates or null, {@code rank} a contract word or null. */
    static Reference.Role refRole(String title, String rank, String from, String to) {
        return new Reference.Role(title, null, rank == null ? null : Rank.parse(rank).orElseThrow(),
                from == null ? null : LocalDate.parse(from), to == null ? null : LocalDate.parse(to));
    }

    static Reference.Person refPerson(String id, String name, Reference.Role... roles) {
        return new Reference.Person(id, name, List.of(), List.of(roles));
    }

    static Reference reference(List<Reference.Person> people, List<Reference.Group> groups) {
        return new Reference(people, List.of(), groups);
    }
}
