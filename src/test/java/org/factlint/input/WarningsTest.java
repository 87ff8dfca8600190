package org.factlint.input;

import static org.factlint.input.Doc.clean;
import static org.factlint.input.Doc.onlyError;
import static org.factlint.input.Doc.onlyWarning;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.factlint.Checker;
import org.factlint.Problem;
import org.factlint.Report;
import org.factlint.Severity;
import org.factlint.model.Evidence;
import org.factlint.model.FactsDocument;
import org.junit.jupiter.api.Test;

/**
 * What is reported but does not stop a document: unknown fields, evidence quotes that are not
 * where they are said to be. Evidence may be one object or an array.
 */
class WarningsTest {

    private static final String ATTENDED = "{'id':'f1','type':'attendance','event':'talks','person':'kellogg','status':'attended'";

    private static Read<FactsDocument> withEvidence(String evidence) {
        return Doc.valid().fact(ATTENDED + ",'evidence':" + evidence + "}").read();
    }

    private static Evidence evidence(Read<FactsDocument> read, int index) {
        return read.value().facts().get(0).evidence().get(index);
    }

    // --- unknown fields ----------------------------------------------------------------------

    @Test
    void anUnknownTopLevelFieldIsAWarning() {
        Problem p = onlyWarning(Doc.valid().set("", "generator", "'gpt'").read(), "/generator");
        assertEquals("unknown field 'generator' ignored", p.message());
    }

    @Test
    void unknownFieldsAreWarningsWhereverTheyAre() {
        onlyWarning(Doc.valid().set("/article", "author", "'Jane'").read(), "/article/author", "unknown field 'author'");
        onlyWarning(Doc.valid().set("/entities/0", "age", "54").read(), "/entities/0/age", "unknown field 'age'");
        onlyWarning(Doc.valid().fact(ATTENDED + ",'note':'checked'}").read(), "/facts/0/note", "unknown field 'note'");
        onlyWarning(withEvidence("{'quote':'Keith Kellogg','page':2}"), "/facts/0/evidence/page", "unknown field 'page'");
        onlyWarning(withEvidence("[{'quote':'Keith Kellogg','page':2}]"), "/facts/0/evidence/0/page",
                "unknown field 'page'");
    }

    @Test
    void aFieldOfAnotherFactTypeIsUnknownOnThisOne() {
        onlyWarning(Doc.valid().fact(ATTENDED + ",'title':'envoy'}").read(), "/facts/0/title", "unknown field 'title'");
    }

    @Test
    void unknownFieldsAreReportedAlongsideErrors() {
        Read<FactsDocument> read = Doc.valid()
                .fact("{'id':'f1','type':'attendance','event':'talks','person':'rubio','status':'went','note':1}").read();
        Doc.has(read, Severity.ERROR, "/facts/0/status", "expected one of");
        Doc.has(read, Severity.WARNING, "/facts/0/note", "unknown field 'note'");
    }

    @Test
    void aDocumentWithUnknownFieldsIsStillChecked() throws Exception {
        String doc = Doc.valid()
                .set("", "generator", "'test'")
                .set("/article", "author", "'Jane'")
                .set("/entities/0", "age", "54")
                .fact("{'id':'f1','type':'attendance','event':'talks','person':'rubio','status':'withdrew','note':1,"
                        + "'evidence':{'quote':'Marco Rubio pulled out of the London talks','page':1}}")
                .fact("{'id':'f2','type':'attendance','event':'talks','person':'rubio','status':'attended'}").text();
        Report report = Checker.builder().build().check(doc, "unknown-fields");
        assertEquals(5, report.problems().size(), report.problems()::toString);
        report.problems().forEach(p -> assertEquals(Severity.WARNING, p.severity(), p::toString));
        assertEquals(List.of("attendance.attended-and-absent"), report.findings().stream().map(f -> f.rule()).toList());
    }

    // --- evidence ----------------------------------------------------------------------------

    @Test
    void evidenceMayBeOneObjectOrAnArray() {
        Read<FactsDocument> one = withEvidence("{'quote':'Keith Kellogg attended'}");
        clean(one);
        assertEquals(List.of(new Evidence("Keith Kellogg attended", 66, 88, null)), one.value().facts().get(0).evidence());
        Read<FactsDocument> many = withEvidence("[{'quote':'Keith Kellogg'},{'quote':'attended the talks','sentence':2}]");
        clean(many);
        assertEquals(2, many.value().facts().get(0).evidence().size());
        assertEquals(new Evidence("attended the talks", 80, 98, 2), evidence(many, 1));
    }

    @Test
    void mentionsMayBeOneObjectOrAnArray() {
        FactsDocument doc = clean(Doc.valid()
                .set("/entities/0", "mentions", "{'quote':'Marco Rubio'}")
                .set("/entities/1", "mentions", "[{'quote':'Keith Kellogg'},{'quote':'Kellogg attended'}]").read());
        assertEquals(1, doc.entities().get(0).mentions().size());
        assertEquals(2, doc.entities().get(1).mentions().size());
    }

    @Test
    void evidenceThatIsNeitherIsAnError() {
        Problem p = onlyError(withEvidence("'Keith Kellogg'"), "/facts/0/evidence");
        assertEquals("expected an evidence object ({\"quote\": ..., \"start\": ..., \"end\": ...}) or an array of them "
                + "but found a string (\"Keith Kellogg\")", p.message());
        onlyError(withEvidence("['Keith Kellogg']"), "/facts/0/evidence/0", "expected an object but found a string");
    }

    @Test
    void evidenceWithoutAQuoteNamesTheMissingField() {
        onlyError(withEvidence("{'start':0,'end':5}"), "/facts/0/evidence", "missing required field 'quote'");
        onlyError(withEvidence("[{'quote':'Kellogg'},{'start':0}]"), "/facts/0/evidence/1",
                "missing required field 'quote'");
        onlyError(Doc.valid().set("/entities/0", "mentions", "[{'start':0}]").read(), "/entities/0/mentions/0",
                "missing required field 'quote'");
    }

    @Test
    void evidenceWithoutOffsetsIsLocatedAtItsFirstOccurrence() {
        Read<FactsDocument> read = withEvidence("{'quote':'attended the talks'}");
        clean(read);
        assertEquals(new Evidence("attended the talks", 80, 98, null), evidence(read, 0));
    }

    @Test
    void evidenceAtItsOffsetsIsKept() {
        Read<FactsDocument> read = withEvidence("{'quote':'attended the talks','start':108,'end':126}");
        clean(read);
        assertEquals(new Evidence("attended the talks", 108, 126, null), evidence(read, 0));
    }

    @Test
    void aQuoteNotAtItsOffsetsIsMovedToTheNearestOccurrenceWithAWarning() {
        Read<FactsDocument> read = withEvidence("{'quote':'attended the talks','start':102,'end':120}");
        Problem p = onlyWarning(read, "/facts/0/evidence");
        assertEquals("quote \"attended the talks\" is not at offsets 102..120 of the article text; it occurs at 108..126, "
                + "used instead", p.message());
        assertEquals(new Evidence("attended the talks", 108, 126, null), evidence(read, 0));
    }

    @Test
    void offsetsBeyondTheTextAreAWarningToo() {
        Read<FactsDocument> read = withEvidence("{'quote':'Keith Kellogg','start':5000,'end':5013}");
        onlyWarning(read, "/facts/0/evidence", "is not at offsets 5000..5013", "it occurs at 66..79");
        assertEquals(66, evidence(read, 0).start());
    }

    @Test
    void aQuoteNotInTheTextIsAWarningAndKeepsNoOffsets() {
        Read<FactsDocument> read = withEvidence("{'quote':'Kellogg stayed away'}");
        Problem p = onlyWarning(read, "/facts/0/evidence/quote");
        assertEquals("quote \"Kellogg stayed away\" not found in the article text", p.message());
        assertNull(evidence(read, 0).start());

        read = withEvidence("{'quote':'Kellogg stayed away','start':0,'end':20}");
        p = onlyWarning(read, "/facts/0/evidence");
        assertEquals("quote \"Kellogg stayed away\" not found in the article text (offsets 0..20 ignored)", p.message());
        assertNull(evidence(read, 0).start(), "a report must never highlight the wrong words");
    }

    @Test
    void aQuoteThatDiffersOnlyInTypographyIsFoundWithoutAWarning() {
        Read<FactsDocument> read = Doc.valid()
                .set("/article", "text", "'Keith Kellogg, Washington\u2019s Ukraine envoy, attended \u2014 officials said.'")
                .fact(ATTENDED + ",'evidence':{'quote':'Washington`s Ukraine envoy, attended - officials'}}").read();
        clean(read);
        assertEquals(new Evidence("Washington\u2019s Ukraine envoy, attended \u2014 officials", 15, 63, null), evidence(read, 0));
    }

    @Test
    void aTypographicVariantAtItsOffsetsIsKeptWithoutAWarning() {
        Read<FactsDocument> read = Doc.valid()
                .set("/article", "text", "'Keith Kellogg, Washington\u2019s Ukraine envoy, attended.'")
                .fact(ATTENDED + ",'evidence':{'quote':'Washington`s Ukraine envoy','start':15,'end':41}}").read();
        clean(read);
        assertEquals(new Evidence("Washington\u2019s Ukraine envoy", 15, 41, null), evidence(read, 0));
    }

    @Test
    void evidenceIsLocatedInTheTextOfItsSource() {
        Read<FactsDocument> read = Doc.valid().fact("{'id':'f1','type':'attendance','event':'talks','person':'rubio',"
                + "'status':'absent','source':'headline','evidence':{'quote':'skips talks'}}").read();
        clean(read);
        assertEquals(new Evidence("skips talks", 6, 17, null), evidence(read, 0));
        onlyWarning(Doc.valid().fact("{'id':'f1','type':'attendance','event':'talks','person':'rubio',"
                + "'status':'absent','source':'headline','evidence':{'quote':'pulled out'}}").read(),
                "/facts/0/evidence/quote", "not found in the headline");
    }

    @Test
    void anArticleWithoutTextLeavesEvidenceAsGiven() {
        Read<FactsDocument> read = Doc.valid().remove("/article", "text").fact(ATTENDED + ",'evidence':{'quote':'x'}}").read();
        clean(read);
        assertEquals(new Evidence("x", null, null, null), evidence(read, 0));
    }
}
