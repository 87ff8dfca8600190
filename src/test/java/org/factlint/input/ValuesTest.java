package org.factlint.input;

import static org.factlint.input.Doc.clean;
import static org.factlint.input.Doc.onlyError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.LocalDate;
import java.util.List;
import org.factlint.Checker;
import org.factlint.Report;
import org.factlint.Problem;
import org.factlint.Severity;
import org.factlint.model.EventDateFact;
import org.factlint.model.FactsDocument;
import org.factlint.model.Rank;
import org.factlint.model.RoleFact;
import org.factlint.model.Rung;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Every value is checked: fixed words, dates, JSON types, required fields and ranges. */
class ValuesTest {

    private static Read<FactsDocument> withFact(String fact) {
        return Doc.valid().fact(fact).read();
    }

    // --- fixed words -------------------------------------------------------------------------

    @Test
    void anUnknownFactTypeListsTheTypes() {
        Problem p = onlyError(withFact("{'id':'f1','type':'attendence','event':'talks','person':'rubio','status':'attended'}"),
                "/facts/0/type");
        assertEquals("expected one of role, attendance, event-level, event-date, event-place, presence, sequence, quote, "
                + "quantity, affiliation, claim but found a string (\"attendence\")", p.message());
    }

    @Test
    void anUnknownStatusListsTheStatuses() {
        Problem p = onlyError(withFact("{'id':'f1','type':'attendance','event':'talks','person':'rubio','status':'went'}"),
                "/facts/0/status");
        assertEquals("expected one of attended, absent, withdrew, declined, planned, invited but found a string (\"went\")",
                p.message());
    }

    @Test
    void anUnknownLevelSaysWhatALevelIs() {
        onlyError(withFact("{'id':'f1','type':'event-level','event':'talks','level':'ministers'}"), "/facts/0/level",
                "expected a level (head-of-state", "minister:<portfolio>, mixed, or an article's word for one: high-level, lower-level, ministerial", "but found a string (\"ministers\")");
    }

    @Test
    void anUnknownRankSaysWhatARankIs() {
        onlyError(withFact("{'id':'f1','type':'role','person':'rubio','title':'boss','rank':'boss'}"), "/facts/0/rank",
                "expected a rank (head-of-state", "minister:foreign)", "but found a string (\"boss\")");
    }

    @Test
    void onlyMinistersCarryAPortfolio() {
        onlyError(withFact("{'id':'f1','type':'role','person':'kellogg','title':'envoy','rank':'envoy:ukraine'}"),
                "/facts/0/rank", "expected a rank");
    }

    @Test
    void anUnknownEntityKindListsTheKinds() {
        onlyError(Doc.valid().entity("{'id':'kyiv','kind':'city','name':'Kyiv'}").read(), "/entities/6/kind",
                "expected one of person, organisation, organization, country, place, event, group but found a string (\"city\")");
    }

    @Test
    void anUnknownSourceListsTheSources() {
        onlyError(withFact("{'id':'f1','type':'attendance','event':'talks','person':'rubio','status':'attended',"
                + "'source':'caption'}"), "/facts/0/source", "expected one of headline, standfirst, body");
    }

    @Test
    void anUnknownStageListsTheStages() {
        onlyError(withFact("{'id':'f1','type':'event-level','event':'talks','level':'official','stage':'later'}"),
                "/facts/0/stage", "expected one of planned, actual but found a string (\"later\")");
    }

    @Test
    void anUnknownQuantityKindListsTheKinds() {
        onlyError(withFact("{'id':'f1','type':'quantity','subject':'talks','property':'rounds','value':4,'kind':'many'}"),
                "/facts/0/kind", "expected one of count, ordinal");
    }

    @Test
    void aWrongFormatNameIsAnError() {
        onlyError(Doc.valid().set("", "format", "'factlint-facts/2'").read(), "/format",
                "expected \"factlint-facts/1\" but found a string (\"factlint-facts/2\")");
    }

    @Test
    void levelWordsArticlesUseAreAccepted() {
        FactsDocument doc = clean(withFact("{'id':'f1','type':'event-level','event':'talks','level':'official-level'}"));
        assertEquals("official", ((org.factlint.model.EventLevelFact) doc.facts().get(0)).level().toString());
    }

    // --- dates -------------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"2025-02-30", "23 April 2025", "2025/04/23", "Wednesday", "2025-4-23"})
    void anEventDateThatDoesNotParseIsAnError(String date) {
        onlyError(withFact("{'id':'f1','type':'event-date','event':'talks','date':'" + date + "'}"), "/facts/0/date",
                "expected an ISO-8601 date (YYYY-MM-DD) but found \"" + date + "\"");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "{'id':'f1','type':'presence','person':'rubio','place':'London','date':'2025-13-01'}",
        "{'id':'f1','type':'quote','speaker':'rubio','text':'hello','date':'yesterday'}",
        "{'id':'f1','type':'claim','subject':'talks','predicate':'downgraded','object':'yes','date':'20250423'}"})
    void everyDateFieldIsChecked(String fact) {
        onlyError(withFact(fact), "/facts/0/date", "expected an ISO-8601 date (YYYY-MM-DD)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"April 23", "2025-04-31", "2025-04-23T25:30:00Z", "23/04/2025"})
    void aPublicationDateThatDoesNotParseIsAnError(String published) {
        onlyError(Doc.valid().set("/article", "published", "'" + published + "'").read(), "/article/published",
                "expected an ISO-8601 date or date-time", "but found \"" + published + "\"");
    }

    @ParameterizedTest
    @CsvSource({
        "2025-04-23, 2025-04-23",
        "2025-04-23T23:30:00-04:00, 2025-04-23",
        "2025-04-23T00:30:00+03:00, 2025-04-23",
        "2025-04-23T23:30:00Z, 2025-04-23",
        "2025-04-23T09:30, 2025-04-23"})
    void aPublicationDateTimeGivesItsLocalDateAsWritten(String published, LocalDate date) {
        FactsDocument doc = clean(Doc.valid().set("/article", "published", "'" + published + "'").read());
        assertEquals(date, doc.article().publishedDate());
        assertEquals(published, doc.article().published());
    }

    @Test
    void anEventDateCanBeADateOrAnExpressionOrBoth() {
        FactsDocument doc = clean(Doc.valid()
                .fact("{'id':'f1','type':'event-date','event':'talks','date':'2025-04-23'}")
                .fact("{'id':'f2','type':'event-date','event':'talks','expression':'Wednesday'}")
                .fact("{'id':'f3','type':'event-date','event':'talks','date':'2025-04-23','expression':'Wednesday'}").read());
        assertEquals(LocalDate.of(2025, 4, 23), ((EventDateFact) doc.facts().get(0)).date());
        assertEquals("Wednesday", ((EventDateFact) doc.facts().get(1)).expression());
    }

    // --- JSON types --------------------------------------------------------------------------

    @Test
    void aStringForABooleanIsAnError() {
        Problem p = onlyError(withFact("{'id':'f1','type':'role','person':'rubio','title':'Senator','current':'false'}"),
                "/facts/0/current");
        assertEquals("expected a boolean but found a string (\"false\")", p.message());
    }

    @Test
    void aNumberForAStringIsAnError() {
        Problem p = onlyError(withFact("{'id':'f1','type':'role','person':'rubio','title':7}"), "/facts/0/title");
        assertEquals("expected a string but found a number (7)", p.message());
    }

    @Test
    void aStringForANumberIsAnError() {
        onlyError(withFact("{'id':'f1','type':'quantity','subject':'talks','property':'rounds','value':'4','kind':'count'}"),
                "/facts/0/value", "expected a number but found a string (\"4\")");
    }

    @Test
    void anObjectForAnArrayIsAnError() {
        onlyError(Doc.valid().entity("{'id':'g7','kind':'group','name':'G7','members':{'us':true}}").read(),
                "/entities/6/members", "expected an array but found an object");
        onlyError(Doc.valid().set("", "facts", "{}").read(), "/facts", "expected an array but found an object");
    }

    @Test
    void nullForAnOptionalStringIsAnError() {
        onlyError(withFact("{'id':'f1','type':'role','person':'rubio','title':'Senator','of':null}"), "/facts/0/of",
                "expected a string but found null");
    }

    @Test
    void aFactThatIsNotAnObjectIsAnError() {
        onlyError(withFact("'f1'"), "/facts/0", "expected an object but found a string (\"f1\")");
    }

    @Test
    void anEmptyIdIsAnError() {
        onlyError(withFact("{'id':'','type':'sequence','before':'talks','after':'talks'}"), "/facts/0/id",
                "expected a non-empty string");
    }

    // --- required fields ---------------------------------------------------------------------

    @ParameterizedTest(name = "{0} needs {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "role        | person   | {'id':'f1','type':'role','title':'Senator'}",
        "role        | title    | {'id':'f1','type':'role','person':'rubio'}",
        "attendance  | event    | {'id':'f1','type':'attendance','person':'rubio','status':'attended'}",
        "attendance  | status   | {'id':'f1','type':'attendance','event':'talks','person':'rubio'}",
        "event-level | event    | {'id':'f1','type':'event-level','level':'official'}",
        "event-level | level    | {'id':'f1','type':'event-level','event':'talks'}",
        "event-date  | event    | {'id':'f1','type':'event-date','date':'2025-04-23'}",
        "event-place | event    | {'id':'f1','type':'event-place','place':'London'}",
        "event-place | place    | {'id':'f1','type':'event-place','event':'talks'}",
        "presence    | person   | {'id':'f1','type':'presence','place':'London'}",
        "presence    | place    | {'id':'f1','type':'presence','person':'rubio'}",
        "sequence    | before   | {'id':'f1','type':'sequence','after':'talks'}",
        "sequence    | after    | {'id':'f1','type':'sequence','before':'talks'}",
        "quote       | speaker  | {'id':'f1','type':'quote','text':'hello'}",
        "quote       | text     | {'id':'f1','type':'quote','speaker':'rubio'}",
        "quantity    | subject  | {'id':'f1','type':'quantity','property':'rounds','value':4,'kind':'ordinal'}",
        "quantity    | property | {'id':'f1','type':'quantity','subject':'talks','value':4,'kind':'ordinal'}",
        "quantity    | value    | {'id':'f1','type':'quantity','subject':'talks','property':'rounds','kind':'ordinal'}",
        "quantity    | kind     | {'id':'f1','type':'quantity','subject':'talks','property':'rounds','value':4}",
        "affiliation | person   | {'id':'f1','type':'affiliation','of':'us'}",
        "affiliation | of       | {'id':'f1','type':'affiliation','person':'kellogg'}",
        "claim       | subject  | {'id':'f1','type':'claim','predicate':'downgraded','object':'yes'}",
        "claim       | predicate| {'id':'f1','type':'claim','subject':'talks','object':'yes'}",
        "claim       | object   | {'id':'f1','type':'claim','subject':'talks','predicate':'downgraded'}",
        "any type    | id       | {'type':'sequence','before':'talks','after':'talks'}",
        "any type    | type     | {'id':'f1','before':'talks','after':'talks'}"})
    void aMissingRequiredFieldIsNamed(String type, String field, String fact) {
        Problem p = onlyError(withFact(fact), "/facts/0");
        assertEquals("missing required field '" + field + "'", p.message());
    }

    @Test
    void missingDocumentPartsAreNamed() {
        onlyError(Doc.valid().remove("", "article").read(), "", "missing required field 'article'");
        onlyError(Doc.valid().remove("", "format").read(), "", "missing required field 'format'");
        onlyError(Doc.valid().remove("/article", "published").read(), "/article", "missing required field 'published'");
        onlyError(Doc.valid().entity("{'id':'kyiv','name':'Kyiv'}").read(), "/entities/6", "missing required field 'kind'");
    }

    @Test
    void attendanceNeedsAPersonOrAParty() {
        Problem p = onlyError(withFact("{'id':'f1','type':'attendance','event':'talks','status':'attended'}"), "/facts/0");
        assertEquals("an attendance fact needs 'person' or 'party'", p.message());
    }

    @Test
    void anEventDateNeedsADateOrAnExpression() {
        Problem p = onlyError(withFact("{'id':'f1','type':'event-date','event':'talks'}"), "/facts/0");
        assertEquals("an event-date fact needs 'date', 'expression' or both", p.message());
    }

    // --- ranges and defaults -----------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"1.5", "-0.1", "2"})
    void confidenceOutsideZeroToOneIsAnError(String confidence) {
        onlyError(withFact("{'id':'f1','type':'attendance','event':'talks','person':'rubio','status':'attended',"
                + "'confidence':" + confidence + "}"), "/facts/0/confidence",
                "expected a number from 0 to 1 but found a number (" + confidence + ")");
    }

    @Test
    void confidenceAtTheBoundsIsAccepted() {
        clean(Doc.valid()
                .fact("{'id':'f1','type':'attendance','event':'talks','person':'rubio','status':'attended','confidence':0}")
                .fact("{'id':'f2','type':'attendance','event':'talks','person':'rubio','status':'attended','confidence':1}")
                .read());
    }

    @Test
    void aNegativeOffsetIsAWarningAndTheQuoteIsLocatedInstead() {
        Read<FactsDocument> read = withFact("{'id':'f1','type':'attendance','event':'talks','person':'rubio',"
                + "'status':'attended','evidence':{'quote':'Rubio','start':-1,'end':4}}");
        Doc.onlyWarning(read, "/facts/0/evidence/start", "expected an offset of 0 or more but found a number (-1); ignored");
        org.factlint.model.Evidence ev = read.value().facts().get(0).evidence().get(0);
        assertEquals(read.value().article().text().indexOf("Rubio"), ev.start(), "the quote's first occurrence");
    }

    @Test
    void aZeroBasedSentenceNumberIsAWarningAndDropped() {
        Read<FactsDocument> read = withFact("{'id':'f1','type':'attendance','event':'talks','person':'rubio',"
                + "'status':'attended','evidence':{'quote':'Rubio','sentence':0}}");
        Doc.onlyWarning(read, "/facts/0/evidence/sentence", "expected a sentence number of 1 or more");
        assertEquals(null, read.value().facts().get(0).evidence().get(0).sentence());
    }

    @Test
    void theAmericanSpellingOrganizationIsAnOrganisation() {
        Read<FactsDocument> read = Doc.valid().entity("{'id':'nato','kind':'organization','name':'NATO'}").read();
        assertEquals(List.of(), read.problems());
        assertEquals(org.factlint.model.EntityKind.ORGANISATION, read.value().entity("nato").orElseThrow().kind());
    }

    @Test
    void roleDefaultsAreCurrentAndRankFromTheFieldWhenGiven() {
        FactsDocument doc = clean(Doc.valid()
                .fact("{'id':'f1','type':'role','person':'rubio','title':'Secretary of State','rank':'minister:foreign'}")
                .fact("{'id':'f2','type':'role','person':'rubio','title':'Senator','current':false}").read());
        RoleFact stated = (RoleFact) doc.facts().get(0);
        assertEquals(new Rank(Rung.MINISTER, "foreign"), stated.rank());
        assertEquals(true, stated.current());
        assertEquals(1.0, stated.confidence());
        assertEquals(org.factlint.model.Source.BODY, stated.source());
        assertFalse(((RoleFact) doc.facts().get(1)).current());
    }

    @Test
    void aDocumentWithAnInputErrorIsNotCheckedButTheNextOneIs() throws Exception {
        Checker checker = Checker.builder().build();
        String withdrew = "{'id':'f1','type':'attendance','event':'talks','person':'rubio','status':'withdrew'}";
        Report bad = checker.check(Doc.valid().fact(withdrew)
                .fact("{'id':'f2','type':'attendance','event':'talks','person':'rubio','status':'went'}").text(), "bad.json");
        assertFalse(bad.checked());
        assertEquals(List.of(), bad.findings());
        assertEquals("/facts/1/status", bad.problems().get(0).pointer());
        Report good = checker.check(Doc.valid().fact(withdrew)
                .fact("{'id':'f2','type':'attendance','event':'talks','person':'rubio','status':'attended'}").text(), "good.json");
        assertEquals(List.of("attendance.attended-and-absent"), good.findings().stream().map(f -> f.rule()).toList());
    }

    @Test
    void everyValueErrorInADocumentIsReported() {
        var read = Doc.valid()
                .fact("{'id':'f1','type':'attendance','event':'talks','person':'rubio','status':'went'}")
                .fact("{'id':'f2','type':'event-level','event':'talks','level':'ministers'}").read();
        Doc.has(read, Severity.ERROR, "/facts/0/status", "expected one of");
        Doc.has(read, Severity.ERROR, "/facts/1/level", "expected a level");
        assertEquals(2, read.problems().size(), read.problems()::toString);
    }
}
