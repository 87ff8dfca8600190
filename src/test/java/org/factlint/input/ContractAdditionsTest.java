package org.factlint.input;

import static org.factlint.input.Doc.clean;
import static org.factlint.input.Doc.onlyError;
import static org.factlint.input.Doc.onlyWarning;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.factlint.model.AttendanceFact;
import org.factlint.model.Entity;
import org.factlint.model.EventDateFact;
import org.factlint.model.EventLevelFact;
import org.factlint.model.Fact;
import org.factlint.model.FactsDocument;
import org.factlint.model.Origin;
import org.factlint.model.QuantityFact;
import org.factlint.model.QuoteFact;
import org.factlint.model.Stage;
import org.factlint.model.Tense;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The optional fields the contract gained for real copy (issue 10): {@code stage} and {@code when}
 * on event-date, {@code date} on event-level and quantity, {@code for} on quote,
 * {@code membersComplete} on groups, {@code extractor} and {@code pattern} on every fact. Each is
 * read into the model, has its default when left out, and a bad value is a clear problem at its
 * place.
 */
class ContractAdditionsTest {

    private static Fact only(String fact) {
        return clean(Doc.valid().fact(fact).read()).facts().get(0);
    }

    // --- event-date: stage and when ----------------------------------------------------------

    @Test
    void anEventDateReadsItsStageAndWhen() {
        EventDateFact f = (EventDateFact) only("{'id':'f1','type':'event-date','event':'talks','date':'2025-03-03',"
                + "'expression':'Friday','stage':'planned','when':'future'}");
        assertEquals(Stage.PLANNED, f.stage());
        assertTrue(f.planned());
        assertEquals(Tense.FUTURE, f.tense());
        assertEquals(Tense.PAST, ((EventDateFact) only("{'id':'f1','type':'event-date','event':'talks',"
                + "'expression':'Friday','when':'past'}")).tense());
    }

    @Test
    void anEventDateIsActualAndTenselessByDefault() {
        EventDateFact f = (EventDateFact) only("{'id':'f1','type':'event-date','event':'talks','expression':'Friday'}");
        assertEquals(Stage.ACTUAL, f.stage());
        assertFalse(f.planned());
        assertNull(f.tense());
    }

    @Test
    void anUnknownWhenListsTheTwoSides() {
        onlyError(Doc.valid().fact("{'id':'f1','type':'event-date','event':'talks','expression':'Friday','when':'now'}")
                .read(), "/facts/0/when", "expected one of past, future but found a string (\"now\")");
    }

    @Test
    void anUnknownStageOnAnEventDateListsTheStages() {
        onlyError(Doc.valid().fact("{'id':'f1','type':'event-date','event':'talks','date':'2025-03-03',"
                + "'stage':'postponed'}").read(), "/facts/0/stage",
                "expected one of planned, actual but found a string (\"postponed\")");
    }

    // --- event-level and quantity: date ------------------------------------------------------

    @Test
    void anEventLevelReadsTheDayItHeld() {
        EventLevelFact dated = (EventLevelFact) only("{'id':'f1','type':'event-level','event':'talks',"
                + "'level':'ministerial','date':'2025-04-22'}");
        assertEquals(LocalDate.of(2025, 4, 22), dated.date());
        assertEquals(Stage.ACTUAL, dated.stage());
        assertNull(((EventLevelFact) only("{'id':'f1','type':'event-level','event':'talks','level':'official'}")).date());
    }

    @Test
    void aQuantityReadsTheDayTheCountHeld() {
        QuantityFact q = (QuantityFact) only("{'id':'f1','type':'quantity','subject':'strike','property':'workers',"
                + "'value':4500,'kind':'count','date':'2025-04-23'}");
        assertEquals(LocalDate.of(2025, 4, 23), q.date());
        assertNull(((QuantityFact) only("{'id':'f1','type':'quantity','subject':'strike','property':'workers',"
                + "'value':4500,'kind':'count'}")).date());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "{'id':'f1','type':'event-level','event':'talks','level':'official','date':'Monday'}",
        "{'id':'f1','type':'quantity','subject':'strike','property':'workers','value':3,'kind':'count','date':'2025-02-30'}"})
    void aDateThatDoesNotParseIsAnErrorAtItsPlace(String fact) {
        onlyError(Doc.valid().fact(fact).read(), "/facts/0/date", "expected an ISO-8601 date (YYYY-MM-DD)");
    }

    // --- event-date: until --------------------------------------------------------------------

    @Test
    void anEventDateReadsTheLastDayOfItsSpan() {
        EventDateFact span = (EventDateFact) only("{'id':'f1','type':'event-date','event':'talks','date':'2025-04-23',"
                + "'until':'2025-04-25'}");
        assertEquals(LocalDate.of(2025, 4, 25), span.lastDay());
        assertNull(((EventDateFact) only("{'id':'f1','type':'event-date','event':'talks','date':'2025-04-23'}")).lastDay());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "{'id':'f1','type':'event-date','event':'talks','date':'2025-04-23','until':'2025-04-22'}|expected a day after the date (2025-04-23)",
        "{'id':'f1','type':'event-date','event':'talks','date':'2025-04-23','until':'2025-04-23'}|expected a day after the date (2025-04-23)",
        "{'id':'f1','type':'event-date','event':'talks','expression':'last week','until':'2025-04-23'}|expected a date beside until",
        "{'id':'f1','type':'event-date','event':'talks','date':'2025-04-23','until':'April 25'}|expected an ISO-8601 date (YYYY-MM-DD)"})
    void aSpanThatEndsBeforeItStartsOrHasNoStartIsAnErrorAtItsUntil(String fact, String message) {
        onlyError(Doc.valid().fact(fact).read(), "/facts/0/until", message);
    }

    // --- quote: for --------------------------------------------------------------------------

    @Test
    void aQuoteReadsWhomItsSpeakerSpeaksFor() {
        QuoteFact q = (QuoteFact) Doc.valid()
                .entity("{'id':'no10','kind':'organisation','name':'Downing Street'}")
                .fact("{'id':'f1','type':'quote','speaker':'no10','for':'rubio','text':'we are open for business'}")
                .read().value().facts().get(0);
        assertEquals("rubio", q.forParty());
        assertNull(((QuoteFact) only("{'id':'f1','type':'quote','speaker':'rubio','text':'hello'}")).forParty());
    }

    @Test
    void aQuoteForAnUnknownEntityIsAnErrorWithASuggestion() {
        onlyError(Doc.valid().fact("{'id':'f1','type':'quote','speaker':'kellogg','for':'rubbio','text':'hello'}").read(),
                "/facts/0/for", "unknown entity 'rubbio'", "(did you mean 'rubio'?)");
    }

    @Test
    void aQuoteForAnEventIsAWarning() {
        onlyWarning(Doc.valid().fact("{'id':'f1','type':'quote','speaker':'kellogg','for':'talks','text':'hello'}").read(),
                "/facts/0/for", "entity 'talks' is an event");
    }

    // --- groups: membersComplete -------------------------------------------------------------

    @Test
    void aGroupsMembersArePartialUnlessSaidComplete() {
        FactsDocument doc = clean(Doc.valid()
                .entity("{'id':'g2','kind':'group','name':'the two countries','members':['us','france'],"
                        + "'membersComplete':true}").read());
        assertTrue(doc.entity("g2").map(Entity::membersComplete).orElseThrow());
        assertFalse(doc.entity("europe").map(Entity::membersComplete).orElseThrow());
    }

    @Test
    void membersCompleteMustBeABoolean() {
        onlyError(Doc.valid().entity("{'id':'g2','kind':'group','name':'G2','members':['us'],'membersComplete':'yes'}")
                .read(), "/entities/6/membersComplete", "expected a boolean but found a string (\"yes\")");
    }

    @Test
    void aCompleteListWithNoMembersIsAWarning() {
        onlyWarning(Doc.valid().entity("{'id':'g2','kind':'group','name':'G2','membersComplete':true}").read(),
                "/entities/6/membersComplete", "lists none");
    }

    // --- every fact: extractor and pattern ---------------------------------------------------

    @Test
    void everyFactReadsWhatMadeIt() {
        FactsDocument doc = clean(Doc.valid()
                .fact("{'id':'f1','type':'attendance','event':'talks','person':'rubio','status':'attended',"
                        + "'extractor':'factlint','pattern':'attendance.pulled-out'}")
                .fact("{'id':'f2','type':'claim','subject':'talks','predicate':'downgraded','object':'yes',"
                        + "'extractor':'some-model'}")
                .fact("{'id':'f3','type':'sequence','before':'talks','after':'talks'}").read());
        assertEquals(new Origin("factlint", "attendance.pulled-out"), doc.facts().get(0).origin());
        assertEquals(new Origin("some-model", null), doc.facts().get(1).origin());
        assertEquals(Origin.NONE, doc.facts().get(2).origin());
        assertTrue(doc.facts().get(0) instanceof AttendanceFact);
    }

    @ParameterizedTest
    @CsvSource({"extractor", "pattern"})
    void whatMadeAFactIsAString(String field) {
        onlyError(Doc.valid().fact("{'id':'f1','type':'attendance','event':'talks','person':'rubio','status':'attended','"
                + field + "':3}").read(), "/facts/0/" + field, "expected a string but found a number (3)");
    }

    @Test
    void theNewFieldsAreUnknownOnOtherFactTypes() {
        onlyWarning(Doc.valid().fact("{'id':'f1','type':'role','person':'rubio','title':'Secretary of State',"
                + "'when':'past'}").read(), "/facts/0/when", "unknown field 'when' ignored");
    }

    @Test
    void anAttendanceSaysWhenItsPlanIsToldAndWithoutItSaysNothing() {
        FactsDocument doc = clean(Doc.valid().fact("{'id':'f1','type':'attendance','event':'talks','person':'rubio',"
                + "'status':'planned','when':'future'}").fact("{'id':'f2','type':'attendance','event':'talks',"
                + "'person':'rubio','status':'planned'}").read());
        AttendanceFact standing = (AttendanceFact) doc.facts().get(0);
        assertEquals(Tense.FUTURE, standing.tense());
        assertTrue(standing.standingPlan());
        AttendanceFact unsaid = (AttendanceFact) doc.facts().get(1);
        assertNull(unsaid.tense());
        assertFalse(unsaid.standingPlan());
    }
}
