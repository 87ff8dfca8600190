package org.factlint.input;

import static org.factlint.input.Doc.clean;
import static org.factlint.input.Doc.onlyError;
import static org.factlint.input.Doc.onlyWarning;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.factlint.Problem;
import org.factlint.Severity;
import org.factlint.model.AttendanceFact;
import org.factlint.model.FactsDocument;
import org.junit.jupiter.api.Test;

/** Ids must be unique and every reference must resolve, to an entity of the right kind. */
class ReferencesAndIdsTest {

    private static final String ATTENDED = "{'id':'f1','type':'attendance','event':'talks','person':'rubio','status':'attended'}";

    @Test
    void theBaseDocumentIsValid() {
        FactsDocument doc = clean(Doc.valid().fact(ATTENDED).read());
        assertEquals(6, doc.entities().size());
        assertEquals(1, doc.facts().size());
    }

    @Test
    void aDanglingIdIsAnErrorWithAHintAtTheNearestId() {
        Problem p = onlyError(Doc.valid().fact(ATTENDED.replace("'rubio'", "'rubioo'")).read(), "/facts/0/person",
                "unknown entity 'rubioo'", "expected the id of an entry in /entities", "(did you mean 'rubio'?)");
        assertEquals("unknown entity 'rubioo': expected the id of an entry in /entities (did you mean 'rubio'?)",
                p.message());
    }

    @Test
    void aDanglingIdFarFromEveryIdGetsNoHint() {
        Problem p = onlyError(Doc.valid().fact(ATTENDED.replace("'rubio'", "'lavrov'")).read(), "/facts/0/person",
                "unknown entity 'lavrov'");
        assertFalse(p.message().contains("did you mean"), p.message());
    }

    @Test
    void danglingIdsAreFoundInEveryReferenceField() {
        onlyError(Doc.valid().fact(ATTENDED.replace("'talks'", "'talk'")).read(), "/facts/0/event",
                "unknown entity 'talk'", "did you mean 'talks'?");
        onlyError(Doc.valid().fact("{'id':'f1','type':'sequence','before':'talks','after':'paris'}").read(),
                "/facts/0/after", "unknown entity 'paris'");
        onlyError(Doc.valid().fact("{'id':'f1','type':'affiliation','person':'kellogg','of':'usa'}").read(),
                "/facts/0/of", "unknown entity 'usa'", "did you mean 'us'?");
        onlyError(Doc.valid().fact("{'id':'f1','type':'quote','speaker':'Rubio','text':'hello'}").read(),
                "/facts/0/speaker", "unknown entity 'Rubio'");
        onlyError(Doc.valid().entity("{'id':'g7','kind':'group','name':'G7','members':['us','germany']}").read(),
                "/entities/6/members/1", "unknown entity 'germany'");
    }

    @Test
    void aDocumentWithSchemaErrorsStillHasItsReferencesAndDatesChecked() {
        // black-box trials 5 and 6: an editor correcting extracted facts saw one mistake per round
        Read<FactsDocument> read = Doc.valid()
                .fact("{'id':'f1','type':'attendance','event':'talk','person':'rubio','status':'pulled-out'}")
                .fact("{'id':'f2','type':'event-level','event':'talks','level':'minister:foreign','date':'26 June 2018'}")
                .read();
        Doc.has(read, Severity.ERROR, "/facts/0/status");
        Doc.has(read, Severity.ERROR, "/facts/0/event", "unknown entity 'talk'", "did you mean 'talks'?");
        Doc.has(read, Severity.ERROR, "/facts/1/date", "expected an ISO-8601 date (YYYY-MM-DD) but found \"26 June 2018\"");
        assertEquals(1, read.problems().stream().filter(p -> p.pointer().equals("/facts/0/status")).count(),
                "a pointer the schema reported is not reported twice");
    }

    @Test
    void aDuplicateEntityIdIsAnError() {
        Problem p = onlyError(Doc.valid().entity("{'id':'rubio','kind':'person','name':'Rubio'}").read(),
                "/entities/6/id", "duplicate id 'rubio'");
        assertEquals("duplicate id 'rubio' (already used at /entities/0)", p.message());
    }

    @Test
    void aDuplicateFactIdIsAnError() {
        Problem p = onlyError(Doc.valid().fact(ATTENDED).fact(ATTENDED.replace("attended", "absent")).read(),
                "/facts/1/id", "duplicate id 'f1'");
        assertEquals("duplicate id 'f1' (already used at /facts/0)", p.message());
    }

    @Test
    void aFactIdThatIsAlsoAnEntityIdIsAWarning() {
        onlyWarning(Doc.valid().fact(ATTENDED.replace("'f1'", "'rubio'")).read(), "/facts/0/id",
                "fact id 'rubio' is also an entity id");
    }

    @Test
    void anEntityOfTheWrongKindIsAWarningAndTheDocumentIsStillRead() {
        Problem p = onlyWarning(Doc.valid().fact(ATTENDED.replace("'event':'talks'", "'event':'us'")).read(),
                "/facts/0/event");
        assertEquals("entity 'us' is a country; expected the id of an event", p.message());
        p = onlyWarning(Doc.valid().fact("{'id':'f1','type':'affiliation','person':'kellogg','of':'talks'}").read(),
                "/facts/0/of");
        assertEquals("entity 'talks' is an event; expected the id of a person, organisation, country or group",
                p.message());
        onlyWarning(Doc.valid().fact("{'id':'f1','type':'role','person':'us','title':'ally'}").read(),
                "/facts/0/person", "entity 'us' is a country; expected the id of a person");
    }

    @Test
    void aGroupThatContainsItselfIsAWarning() {
        onlyWarning(Doc.valid().entity("{'id':'nato','kind':'group','name':'NATO','members':['us','nato']}").read(),
                "/entities/6/members/1", "group 'nato' lists itself as a member");
    }

    @Test
    void aGroupThatContainsItselfThroughAnotherGroupIsAWarningForEach() {
        var read = Doc.valid()
                .entity("{'id':'west','kind':'group','name':'the West','members':['us','g7']}")
                .entity("{'id':'g7','kind':'group','name':'G7','members':['west']}").read();
        Doc.has(read, Severity.WARNING, "/entities/6/members", "group 'west' contains itself");
        Doc.has(read, Severity.WARNING, "/entities/7/members", "group 'g7' contains itself");
        assertEquals(2, read.problems().size(), read.problems()::toString);
    }

    @Test
    void attendanceWithBothPersonAndPartyKeepsThePersonWithAWarning() {
        var read = Doc.valid().fact(ATTENDED.replace("'status'", "'party':'us','status'")).read();
        onlyWarning(read, "/facts/0/party", "either a person or a party", "affiliation fact");
        AttendanceFact a = (AttendanceFact) read.value().facts().get(0);
        assertEquals("rubio", a.person());
        assertNull(a.party());
    }

    @Test
    void everyReferenceErrorIsReportedNotJustTheFirst() {
        var read = Doc.valid()
                .fact("{'id':'f1','type':'attendance','event':'talk','person':'rubbio','status':'attended'}")
                .fact("{'id':'f1','type':'sequence','before':'talks','after':'talks'}").read();
        assertFalse(read.ok());
        Doc.has(read, Severity.ERROR, "/facts/0/event", "unknown entity 'talk'");
        Doc.has(read, Severity.ERROR, "/facts/0/person", "unknown entity 'rubbio'");
        Doc.has(read, Severity.ERROR, "/facts/1/id", "duplicate id 'f1'");
    }
}
