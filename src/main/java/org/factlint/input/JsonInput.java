package org.factlint.input;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factlint.Problem;
import org.factlint.Severity;

/**
 * The first step of reading: bytes to a JSON tree, or problems that say exactly where the bytes
 * stop being UTF-8 or JSON. Strict: duplicate keys and trailing content are errors.
 */
final class JsonInput {

    /** A parsed tree (null when parsing failed) and what was found on the way. */
    record Parsed(JsonNode tree, List<Problem> problems) {
    }

    /** Longest number accepted, in characters: far beyond any offset, count or confidence. */
    static final int MAX_NUMBER_LENGTH = 100;

    private final ObjectMapper mapper;
    private final ObjectMapper quickMapper;
    private final InputLimits limits;
    /** Whether arrays are counted against maxFacts and maxItems (facts documents; not reference files). */
    private final boolean countEntries;

    JsonInput(InputLimits limits) {
        this(limits, false);
    }

    JsonInput(InputLimits limits, boolean countEntries) {
        this.limits = limits;
        this.countEntries = countEntries;
        this.mapper = new ObjectMapper(factory(limits))
                .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
        // The same tree, found duplicates refused by the tree builder (a free check) instead of
        // the parser (a set of names per object): which key is duplicated, the full parse says.
        this.quickMapper = new ObjectMapper(factory(limits))
                .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    }

    private static JsonFactory factory(InputLimits limits) {
        return JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(limits.maxDepth())
                        .maxStringLength(limits.maxStringLength())
                        .maxNumberLength(MAX_NUMBER_LENGTH)
                        .build())
                .build();
    }

    /**
     * The tree of a document that parses without a single remark, or null, in which case
     * {@link #parse(byte[])} must be used to say what is wrong. It reads the bytes directly (no
     * decoded copy of the text) and counts arrays while the tree is built, stopping at the first
     * one over its limit; it gives up on anything unusual (a byte order mark, bytes that are not
     * UTF-8, malformed JSON, a limit reached), since only {@link #parse(byte[])} words those
     * problems (byte offsets, lines and columns in characters, not bytes).
     */
    JsonNode quickTree(byte[] bytes) {
        if (bytes.length == 0 || bytes.length > limits.maxBytes() || (bytes[0] & 0xFF) == 0xEF || !Utf8.valid(bytes)) {
            return null;
        }
        try {
            return quickTree(quickMapper.getFactory().createParser(bytes));
        } catch (IOException e) {
            return null;
        }
    }

    /** {@link #quickTree(byte[])} for text already decoded. */
    JsonNode quickTree(String text) {
        try {
            return quickTree(quickMapper.getFactory().createParser(text));
        } catch (IOException e) {
            return null;
        }
    }

    private JsonNode quickTree(JsonParser parser) {
        try (JsonParser p = countEntries ? new CountingParser(parser, limits) : parser) {
            JsonNode tree = quickMapper.readTree(p);
            return tree != null && tree.isObject() && p.nextToken() == null ? tree : null;
        } catch (IOException | CountingParser.TooMany e) {
            return null;
        }
    }

    Parsed parse(byte[] bytes) {
        if (bytes.length > limits.maxBytes()) {
            return failed(Problem.error("", "document is " + InputLimits.number(bytes.length) + " bytes; "
                    + InputLimits.limitNote(limits.maxBytes(), "bytes", "--max-bytes")));
        }
        List<Problem> problems = new ArrayList<>();
        int offset = 0;
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            problems.add(Problem.warning("", "UTF-8 byte order mark at the start of the file ignored"));
            offset = 3;
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int at = in.position();
            int line = 1;
            int lineStart = 0;
            for (int i = 0; i < at; i++) {
                if (bytes[i] == '\n') {
                    line++;
                    lineStart = i + 1;
                }
            }
            problems.add(new Problem(Severity.ERROR, "", line, at - lineStart + 1, String.format(
                    "not valid UTF-8: byte 0x%02X at byte offset %d; expected a UTF-8 encoded JSON document",
                    bytes[at] & 0xFF, at)));
            return new Parsed(null, problems);
        }
        decoder.flush(out);
        out.flip();
        Parsed parsed = parse(out.toString());
        problems.addAll(parsed.problems());
        return new Parsed(parsed.tree(), problems);
    }

    Parsed parse(String text) {
        if (text.isBlank()) {
            return failed(Problem.error("", "the document is empty; expected a JSON object"));
        }
        try {
            Problem tooMany = countEntries ? ArrayCounter.firstBreach(mapper.getFactory(), text, limits) : null;
            if (tooMany != null) {
                return failed(tooMany);
            }
            JsonNode tree = mapper.readTree(text);
            if (!tree.isObject()) {
                return failed(Problem.error("", "expected a JSON object but found " + Kinds.of(tree)));
            }
            return new Parsed(tree, List.of());
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String message = describe(e);
            String pointer = "";
            if (e instanceof StreamConstraintsException && e.getOriginalMessage() != null
                    && e.getOriginalMessage().contains("String value length")) {
                Problem where = longString(text);
                if (where != null) {
                    return failed(new Problem(Severity.ERROR, where.pointer(), where.line(), where.column(), message));
                }
            }
            if (at == null || at.getLineNr() < 1) {
                return failed(Problem.error(pointer, message));
            }
            return failed(new Problem(Severity.ERROR, pointer, at.getLineNr(), at.getColumnNr(), message));
        }
    }

    /**
     * Where the first string over the length limit is ("/article/text", line and column), found
     * by reading the document again without that limit (only after the limit stopped the parser,
     * and the document is within the byte limit); null if it cannot be found.
     */
    private Problem longString(String text) {
        JsonFactory unlimited = JsonFactory.builder().streamReadConstraints(StreamReadConstraints.builder()
                .maxStringLength(Integer.MAX_VALUE).maxNestingDepth(limits.maxDepth()).build()).build();
        try (JsonParser p = unlimited.createParser(text)) {
            for (com.fasterxml.jackson.core.JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                if ((t == com.fasterxml.jackson.core.JsonToken.VALUE_STRING || t == com.fasterxml.jackson.core.JsonToken.FIELD_NAME)
                        && p.getTextLength() > limits.maxStringLength()) {
                    JsonLocation at = p.currentTokenLocation();
                    return new Problem(Severity.ERROR, p.getParsingContext().pathAsPointer().toString(), at.getLineNr(),
                            at.getColumnNr(), "");
                }
            }
        } catch (IOException | RuntimeException e) {
            return null;
        }
        return null;
    }

    /**
     * The parser's complaint in words for people: limits named with their value, and without the
     * parser's advice about its own configuration switches, which an author cannot use.
     */
    private String describe(JsonProcessingException e) {
        String original = firstLine(e.getOriginalMessage());
        if (e instanceof StreamConstraintsException) {
            if (original.contains("nesting depth")) {
                return "objects and arrays nested more than " + limits.maxDepth() + " levels deep; "
                        + InputLimits.limitNote(limits.maxDepth(), "levels", "--max-depth");
            }
            if (original.contains("String value length")) {
                return "a string longer than " + InputLimits.number(limits.maxStringLength()) + " characters; "
                        + InputLimits.limitNote(limits.maxStringLength(), "characters", "--max-string");
            }
            if (original.contains("Number value length")) {
                return "a number longer than " + MAX_NUMBER_LENGTH + " digits; expected at most " + MAX_NUMBER_LENGTH;
            }
            return "the document exceeds a size limit: " + PARSER_ADVICE.matcher(original).replaceAll("");
        }
        if (e instanceof JsonEOFException || original.contains("end-of-input")) {
            return "malformed JSON: the document ends early; expected every string, object and array to be closed";
        }
        Matcher duplicate = DUPLICATE.matcher(original);
        if (duplicate.lookingAt()) {
            return "malformed JSON: duplicate key '" + duplicate.group(1) + "'; expected each key once in an object";
        }
        if (original.contains("maybe a (non-standard) comment")) {
            return "malformed JSON: a comment; expected plain JSON, which has no comments";
        }
        Matcher nonNumber = NON_NUMBER.matcher(original);
        if (nonNumber.lookingAt()) {
            return "malformed JSON: " + nonNumber.group(1) + " is not a JSON number; expected a finite number";
        }
        if (original.startsWith("Trailing token")) {
            return "malformed JSON: more content after the end of the document; expected one JSON object";
        }
        return "malformed JSON: " + PARSER_ADVICE.matcher(original).replaceAll("");
    }

    /** "Non-standard token 'NaN'": NaN and the infinities, which JSON does not have. */
    private static final Pattern NON_NUMBER = Pattern.compile("Non-standard token '(NaN|[+-]?Infinity|INF)'");
    /** "Duplicate field 'format'". */
    private static final Pattern DUPLICATE = Pattern.compile("Duplicate field '(.*)'");
    /** Jackson's hints about its own switches: " (... `Feature` ...)" and ": enable `Feature` to allow". */
    private static final Pattern PARSER_ADVICE = Pattern.compile(
            ": enable `[^`]*` to allow|\\s*\\((?:[^()]|\\([^()]*\\))*`[^`]*`(?:[^()]|\\([^()]*\\))*\\)");

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    private static Parsed failed(Problem p) {
        return new Parsed(null, List.of(p));
    }
}
