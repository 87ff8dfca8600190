package org.factlint.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.factlint.Problem;
import org.factlint.Severity;
import org.factlint.model.FactsDocument;

/**
 * A small valid facts document to vary in tests, and assertions on what the reader says about it.
 * JSON snippets are written with single quotes ({@code "{'id':'f1'}"}) to keep tests short, so
 * texts in them cannot contain apostrophes.
 */
final class Doc {

    static final String TEXT = "US Secretary of State Marco Rubio pulled out of the London talks. "
            + "Keith Kellogg attended the talks. Kellogg attended the talks.";

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final FactsReader READER = new FactsReader();

    private final ObjectNode root;

    private Doc(ObjectNode root) {
        this.root = root;
    }

    /** An article with text, people rubio and kellogg, country us, group europe (france), event talks, no facts. */
    static Doc valid() {
        return new Doc((ObjectNode) json("{'format':'factlint-facts/1',"
                + "'article':{'id':'a1','published':'2025-04-23','headline':'Rubio skips talks','text':'" + TEXT + "'},"
                + "'entities':["
                + "{'id':'rubio','kind':'person','name':'Marco Rubio','aliases':['Rubio']},"
                + "{'id':'kellogg','kind':'person','name':'Keith Kellogg'},"
                + "{'id':'us','kind':'country','name':'United States'},"
                + "{'id':'france','kind':'country','name':'France'},"
                + "{'id':'europe','kind':'group','name':'European countries','members':['france']},"
                + "{'id':'talks','kind':'event','name':'London talks','eventType':'talks'}],"
                + "'facts':[]}"));
    }

    /** A JSON value written with single quotes. */
    static JsonNode json(String singleQuoted) {
        try {
            return MAPPER.readTree(singleQuoted.replace('\'', '"'));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("bad test JSON: " + singleQuoted, e);
        }
    }

    /** Appends a fact. */
    Doc fact(String singleQuoted) {
        ((ArrayNode) root.get("facts")).add(json(singleQuoted));
        return this;
    }

    /** Appends an entity. */
    Doc entity(String singleQuoted) {
        ((ArrayNode) root.get("entities")).add(json(singleQuoted));
        return this;
    }

    /** Sets a field of the object at {@code parent} ("" for the document, "/article", "/facts/0"). */
    Doc set(String parent, String field, String singleQuotedValue) {
        ((ObjectNode) root.at(parent)).set(field, json(singleQuotedValue));
        return this;
    }

    /** Removes a field of the object at {@code parent}. */
    Doc remove(String parent, String field) {
        ((ObjectNode) root.at(parent)).remove(field);
        return this;
    }

    String text() {
        return root.toString();
    }

    Read<FactsDocument> read() {
        return READER.read(text());
    }

    // --- assertions --------------------------------------------------------------------------

    /** The document was read with no problem at all. */
    static FactsDocument clean(Read<FactsDocument> read) {
        assertEquals(List.of(), read.problems());
        assertTrue(read.ok());
        return read.value();
    }

    /** The document was refused, and its only problem is this error. */
    static Problem onlyError(Read<?> read, String pointer, String... messageParts) {
        assertFalse(read);
        return only(read, Severity.ERROR, pointer, messageParts);
    }

    /** The document was read, and its only problem is this warning. */
    static Problem onlyWarning(Read<?> read, String pointer, String... messageParts) {
        assertTrue(read.ok(), () -> "expected the document to be read, but: " + read.problems());
        return only(read, Severity.WARNING, pointer, messageParts);
    }

    /** Among the problems is one of this severity at this pointer whose message has every part. */
    static Problem has(Read<?> read, Severity severity, String pointer, String... messageParts) {
        for (Problem p : read.problems()) {
            if (p.severity() == severity && p.pointer().equals(pointer) && containsAll(p.message(), messageParts)) {
                return p;
            }
        }
        return fail("no " + severity.word() + " at " + pointer + " saying " + List.of(messageParts) + " in "
                + read.problems());
    }

    private static Problem only(Read<?> read, Severity severity, String pointer, String... messageParts) {
        assertEquals(1, read.problems().size(), () -> "expected one problem, got " + read.problems());
        return has(read, severity, pointer, messageParts);
    }

    private static void assertFalse(Read<?> read) {
        assertTrue(!read.ok(), () -> "expected the document to be refused, but it was read with " + read.problems());
    }

    private static boolean containsAll(String message, String... parts) {
        for (String part : parts) {
            if (!message.contains(part)) {
                return false;
            }
        }
        return true;
    }
}
