package org.factlint.input;

import static org.factlint.input.Doc.onlyError;
import static org.factlint.input.Doc.onlyWarning;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import org.factlint.Problem;
import org.factlint.model.FactsDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Bytes to JSON: strict UTF-8 and JSON, problems placed by line and column or byte offset, and the size limits. */
class JsonInputTest {

    private static final FactsReader READER = new FactsReader();

    private static Read<FactsDocument> read(String text) {
        return READER.read(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void malformedJsonIsPlacedByLineAndColumn() {
        Problem p = onlyError(read("{\n  \"format\": \"factlint-facts/1\",\n  \"article\": {\"id\": \"a\" \"published\": \"x\"}\n}"),
                "", "malformed JSON", "comma");
        assertEquals(3, p.line());
        assertEquals(25, p.column());
        assertEquals("line 3, column 25", p.location());
    }

    @Test
    void aTruncatedDocumentSaysItEndsEarly() {
        Problem p = onlyError(read("{\"format\": \"factlint-facts/1\",\n \"article\": {"), "");
        assertEquals("malformed JSON: the document ends early; expected every string, object and array to be closed",
                p.message());
        assertEquals(2, p.line());
    }

    @Test
    void duplicateKeysAreAnError() {
        Problem p = onlyError(read("{\"format\": \"factlint-facts/1\",\n \"format\": \"factlint-facts/1\"}"), "");
        assertEquals("malformed JSON: duplicate key 'format'; expected each key once in an object", p.message());
        assertEquals(2, p.line());
    }

    @Test
    void duplicateKeysAreFoundInsideFactsToo() {
        String doc = Doc.valid().fact("{'id':'f1','type':'sequence','before':'talks','after':'talks'}").text()
                .replace("\"before\":\"talks\"", "\"before\":\"talks\",\"before\":\"talks\"");
        onlyError(read(doc), "", "duplicate key 'before'");
    }

    @Test
    void contentAfterTheDocumentIsAnError() {
        Problem p = onlyError(read("{} {}"), "");
        assertEquals("malformed JSON: more content after the end of the document; expected one JSON object", p.message());
    }

    @Test
    void commentsAndNonStandardNumbersAreNotJsonAndTheMessageGivesNoParserAdvice() {
        onlyError(read("{/* note */ \"format\": 1}"), "", "malformed JSON: a comment");
        Problem p = onlyError(read("{\"value\": NaN}"), "", "malformed JSON", "NaN");
        assertEquals(false, p.message().contains("`"), p.message());
    }

    @Test
    void anEmptyFileIsAnError() {
        Problem p = onlyError(READER.read(new byte[0]), "");
        assertEquals("the document is empty; expected a JSON object", p.message());
        assertEquals("(document)", p.location());
    }

    @Test
    void aWhitespaceOnlyFileIsAnError() {
        onlyError(read(" \n\t\r\n "), "", "the document is empty; expected a JSON object");
    }

    @ParameterizedTest
    @ValueSource(strings = {"[1, 2]", "\"facts\"", "42", "true", "null"})
    void jsonThatIsNotAnObjectIsAnError(String json) {
        onlyError(read(json), "", "expected a JSON object but found ");
    }

    @Test
    void theKindOfNonObjectIsNamed() {
        onlyError(read("[]"), "", "expected a JSON object but found an array");
        onlyError(read("\"hi\""), "", "expected a JSON object but found a string (\"hi\")");
        onlyError(READER.read(Doc.json("[]")), "", "expected a JSON object but found an array");
    }

    @Test
    void aNonUtf8FileIsPlacedByByteOffset() {
        byte[] latin1 = "{\n\"format\": \"fa\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1);
        Problem p = onlyError(READER.read(latin1), "");
        assertEquals("not valid UTF-8: byte 0xE9 at byte offset 15; expected a UTF-8 encoded JSON document", p.message());
        assertEquals(2, p.line());
        assertEquals(14, p.column());
    }

    @Test
    void aByteOrderMarkIsAWarningAndTheDocumentIsStillRead() {
        byte[] body = Doc.valid().text().getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);
        Read<FactsDocument> read = READER.read(withBom);
        onlyWarning(read, "", "byte order mark");
        assertEquals("a1", read.value().article().id());
    }

    @Test
    void aByteOrderMarkIsCountedInTheOffsetOfALaterBadByte() {
        byte[] bytes = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '{', (byte) 0xFF, '}'};
        Read<FactsDocument> read = READER.read(bytes);
        Doc.has(read, org.factlint.Severity.ERROR, "", "byte 0xFF at byte offset 4");
    }

    @Test
    void textAndBytesReadAlike() {
        String text = Doc.valid().text();
        assertEquals(READER.read(text).value().article(), read(text).value().article());
    }

    // --- limits ------------------------------------------------------------------------------

    @Test
    void aDocumentLargerThanTheLimitIsRefusedBeforeParsing() {
        FactsReader small = new FactsReader(new InputLimits(100, 64, 1000, 100));
        Problem p = onlyError(small.read("{\"x\": \"".repeat(30).getBytes(StandardCharsets.UTF_8)), "");
        assertEquals("document is 210 bytes; the limit is 100 bytes; raise it with --max-bytes", p.message());
    }

    @Test
    void tooManyFactsOrEntitiesAreRefused() {
        FactsReader few = new FactsReader(new InputLimits(1 << 20, 64, 1000, 6));
        String fact = "{'id':'fN','type':'sequence','before':'talks','after':'talks'}";
        Doc doc = Doc.valid();
        for (int i = 0; i < 7; i++) {
            doc.fact(fact.replace("fN", "f" + i));
        }
        onlyError(few.read(doc.text()), "/facts", "has more than 6 entries; the limit is 6");
        onlyError(few.read(Doc.valid().entity("{'id':'uk','kind':'country','name':'UK'}").text()), "/entities",
                "has more than 6 entries; the limit is 6");
        assertEquals(true, few.read(Doc.valid().text()).ok());
    }

    @Test
    void nestingDeeperThanTheLimitIsRefused() {
        FactsReader shallow = new FactsReader(new InputLimits(1 << 20, 5, 1000, 100));
        String deep = Doc.valid().fact("{'id':'f1','type':'attendance','event':'talks','person':'rubio','status':'attended',"
                + "'evidence':[{'quote':'Rubio','extra':{'too':'deep'}}]}").text();
        Problem p = onlyError(shallow.read(deep), "");
        assertEquals("objects and arrays nested more than 5 levels deep; the limit is 5 levels; raise it with --max-depth", p.message());
        String contractDepth = Doc.valid().fact("{'id':'f1','type':'attendance','event':'talks','person':'rubio',"
                + "'status':'attended','evidence':[{'quote':'Rubio'}]}").text();
        assertEquals(true, shallow.read(contractDepth).ok(), "the contract needs five levels");
    }

    @Test
    void aStringLongerThanTheLimitIsRefused() {
        FactsReader shortStrings = new FactsReader(new InputLimits(1 << 20, 64, 200, 100));
        Problem p = onlyError(shortStrings.read(Doc.valid().set("/article", "text", "'" + "x".repeat(201) + "'").text()), "/article/text");
        assertEquals("a string longer than 200 characters; the limit is 200 characters; raise it with --max-string", p.message());
    }

    @Test
    void aFailedParseKeepsNoTree() {
        assertNull(READER.read("{").value());
    }
}
