package org.factlint.input;

import static org.factlint.input.Doc.onlyError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.factlint.Problem;
import org.factlint.Severity;
import org.factlint.model.Entity;
import org.factlint.model.EntityKind;
import org.factlint.model.Rank;
import org.factlint.model.Reference;
import org.factlint.model.Rung;
import org.junit.jupiter.api.Test;

/** The optional reference file: same strict JSON, its own schema, then dates and ranks. */
class ReferenceReaderTest {

    private static final ReferenceReader READER = new ReferenceReader();

    private static Read<Reference> read(String singleQuoted) {
        return READER.read(singleQuoted.replace('\'', '"').getBytes(StandardCharsets.UTF_8));
    }

    private static Read<Reference> withRole(String role) {
        return read("{'format':'factlint-reference/1','people':[{'id':'lammy','name':'David Lammy','roles':[" + role + "]}]}");
    }

    private static Entity person(String id, String name, String... aliases) {
        return new Entity(id, EntityKind.PERSON, name, List.of(aliases), null, List.of(), List.of());
    }

    @Test
    void aFullReferenceIsRead() {
        Read<Reference> read = read("{'format':'factlint-reference/1',"
                + "'people':[{'id':'lammy','name':'David Lammy','aliases':['Lammy'],'roles':["
                + "{'title':'Foreign Secretary','of':'uk','rank':'minister:foreign','from':'2024-07-05','to':'2025-09-05'},"
                + "{'title':'Deputy Prime Minister','from':'2025-09-05'}]}],"
                + "'titles':[{'title':'Foreign Secretary','rank':'minister:foreign'}],"
                + "'groups':[{'id':'european-countries','members':['uk','france']}]}");
        assertEquals(List.of(), read.problems());
        Reference ref = read.value();
        Reference.Person lammy = ref.people().get(0);
        assertEquals(new Reference.Role("Foreign Secretary", "uk", new Rank(Rung.MINISTER, "foreign"),
                LocalDate.of(2024, 7, 5), LocalDate.of(2025, 9, 5)), lammy.roles().get(0));
        assertNull(lammy.roles().get(1).rank(), "a role without rank keeps none; its title may imply one later");
        assertEquals(List.of("Deputy Prime Minister"),
                lammy.rolesOn(LocalDate.of(2025, 9, 5)).stream().map(Reference.Role::title).toList());
        assertEquals(List.of("Foreign Secretary"),
                lammy.rolesOn(LocalDate.of(2025, 9, 4)).stream().map(Reference.Role::title).toList());
        assertEquals(new Rank(Rung.MINISTER, "foreign"), ref.rankOfTitle("foreign  secretary").orElseThrow());
        assertEquals(List.of("uk", "france"), ref.group("european-countries").orElseThrow().members());
    }

    @Test
    void onlyTheFormatIsRequired() {
        Read<Reference> read = read("{'format':'factlint-reference/1'}");
        assertTrue(read.ok());
        assertTrue(read.value().isEmpty());
    }

    @Test
    void peopleAreMatchedByIdThenByNameOrAliasIgnoringCaseAndAccents() {
        Reference ref = read("{'format':'factlint-reference/1','people':["
                + "{'id':'barrot','name':'Jean-Noël Barrot','aliases':['Barrot']},"
                + "{'id':'sybiha','name':'Andrii Sybiha','aliases':['Andriy Sybiha']}]}").value();
        assertEquals("barrot", ref.person(person("barrot", "Someone Else")).orElseThrow().id());
        assertEquals("barrot", ref.person(person("jnb", "jean-noel barrot")).orElseThrow().id());
        assertEquals("sybiha", ref.person(person("s", "Foreign Minister", "Andriy  Sybiha")).orElseThrow().id());
        assertTrue(ref.person(person("witkoff", "Steve Witkoff")).isEmpty());
    }

    @Test
    void aDuplicatePersonIdIsAnError() {
        onlyError(read("{'format':'factlint-reference/1','people':[{'id':'lammy','name':'A'},{'id':'lammy','name':'B'}]}"),
                "/people/1/id", "duplicate id 'lammy' (already used at /people/0)");
    }

    @Test
    void roleDatesMustParse() {
        onlyError(withRole("{'title':'Foreign Secretary','from':'2025-02-30'}"), "/people/0/roles/0/from",
                "expected an ISO-8601 date (YYYY-MM-DD) but found \"2025-02-30\"");
        onlyError(withRole("{'title':'Foreign Secretary','to':'September 2025'}"), "/people/0/roles/0/to",
                "expected an ISO-8601 date (YYYY-MM-DD) but found \"September 2025\"");
    }

    @Test
    void aRoleThatEndsBeforeItStartsIsAnError() {
        Problem p = onlyError(withRole("{'title':'Foreign Secretary','from':'2025-09-05','to':'2024-07-05'}"),
                "/people/0/roles/0/to");
        assertEquals("role ends (2024-07-05) before it starts (2025-09-05); expected 'to' on or after 'from'", p.message());
    }

    @Test
    void ranksMustBeRankWords() {
        onlyError(withRole("{'title':'Foreign Secretary','rank':'foreign-minister'}"), "/people/0/roles/0/rank",
                "expected a rank (");
        onlyError(read("{'format':'factlint-reference/1','titles':[{'title':'Foreign Secretary','rank':'boss'}]}"),
                "/titles/0/rank", "expected a rank (");
        onlyError(read("{'format':'factlint-reference/1','titles':[{'title':'Foreign Secretary'}]}"), "/titles/0",
                "missing required field 'rank'");
    }

    @Test
    void wrongTypesAndFormatAreErrors() {
        onlyError(read("{'format':'factlint-facts/1'}"), "/format", "expected \"factlint-reference/1\"");
        onlyError(read("{'format':'factlint-reference/1','groups':[{'id':'g','members':'uk'}]}"), "/groups/0/members",
                "expected an array but found a string (\"uk\")");
        onlyError(read("{'format':'factlint-reference/1','people':[{'id':'lammy'}]}"), "/people/0",
                "missing required field 'name'");
    }

    @Test
    void unknownFieldsAreWarningsAndTheReferenceIsStillRead() {
        Read<Reference> read = read("{'format':'factlint-reference/1','source':'desk','people':[{'id':'lammy',"
                + "'name':'David Lammy','party':'Labour','roles':[{'title':'Foreign Secretary','note':'x'}]}]}");
        assertTrue(read.ok());
        assertEquals(3, read.problems().size(), read.problems()::toString);
        Doc.has(read, Severity.WARNING, "/source", "unknown field 'source' ignored");
        Doc.has(read, Severity.WARNING, "/people/0/party", "unknown field 'party' ignored");
        Doc.has(read, Severity.WARNING, "/people/0/roles/0/note", "unknown field 'note' ignored");
    }

    @Test
    void malformedJsonIsPlacedByLine() {
        Problem p = onlyError(READER.read("{\"format\":\n".getBytes(StandardCharsets.UTF_8)), "", "malformed JSON");
        assertEquals(2, p.line());
        onlyError(READER.read("[]".getBytes(StandardCharsets.UTF_8)), "", "expected a JSON object but found an array");
    }

    @Test
    void theRepositoryReferenceFileIsValid() throws Exception {
        Read<Reference> read = READER.read(Files.readAllBytes(Path.of("reference/newsroom-2025.json")));
        assertEquals(List.of(), read.problems());
        assertFalse(read.value().people().isEmpty());
    }
}
