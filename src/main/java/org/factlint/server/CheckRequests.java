package org.factlint.server;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.factlint.CheckOptions;
import org.factlint.Problem;
import org.factlint.Severity;
import org.factlint.engine.RuleSet;
import org.factlint.input.InputLimits;

/**
 * What a check request asks: its documents (as byte slices of the body, so that each is read
 * once, strictly, by the checker) and its options, from the query string or a JSON envelope.
 *
 * <ul>
 *   <li>{@code POST /v1/check}: the body is a facts document, or {@code {"document": {...},
 *       "options": {...}}}.</li>
 *   <li>{@code POST /v1/check/batch}: the body is a JSON array of facts documents, or
 *       {@code {"documents": [...], "options": {...}}}.</li>
 * </ul>
 *
 * Options (query parameters or the envelope's {@code options}, not both): {@code minSeverity}
 * ({@code error}, {@code warning}, {@code info}), {@code enabledCategories} and
 * {@code disabledCategories} (as LanguageTool names them), {@code ignoredFingerprints},
 * {@code minConfidence} (0..1: findings resting on a fact below it are info). In the query a list
 * is comma-separated or repeated; in JSON it is an array of strings.
 */
final class CheckRequests {

    static final List<String> OPTIONS = List.of("minSeverity", "enabledCategories", "disabledCategories",
            "ignoredFingerprints", "minConfidence");

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(InputLimits.DEFAULT.maxDepth())
                    .maxNumberLength(100)
                    .build())
            .build();
    private static final ObjectMapper MAPPER = new ObjectMapper(FACTORY);
    private static final byte[] DOCUMENT_KEY = "\"document\"".getBytes(StandardCharsets.US_ASCII);

    /** One document to check, and the envelope's options if it had any. */
    record Single(byte[] document, CheckOptions options) {
    }

    /** The documents of a batch in order, and the envelope's options if it had any. */
    record Batch(List<byte[]> documents, CheckOptions options) {
    }

    private CheckRequests() {
    }

    /** The options of the query string, or null when it names none. */
    static CheckOptions fromQuery(String rawQuery) throws HttpError {
        return fromQuery(rawQuery, List.of());
    }

    /**
     * As {@link #fromQuery(String)}, for a request that also took {@code alsoTaken} out of the
     * query before (a text's metadata): an unknown parameter's message lists those too.
     */
    static CheckOptions fromQuery(String rawQuery, List<String> alsoTaken) throws HttpError {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return null;
        }
        Map<String, List<String>> params = new LinkedHashMap<>();
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
            if (!OPTIONS.contains(name)) {
                List<String> expected = new ArrayList<>(alsoTaken);
                expected.addAll(OPTIONS);
                throw invalid("unknown query parameter '" + name + "'; expected " + String.join(", ", expected));
            }
            List<String> values = params.computeIfAbsent(name, k -> new ArrayList<>());
            Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty()).forEach(values::add);
        }
        if (params.isEmpty()) {
            return null;
        }
        List<String> severity = params.getOrDefault("minSeverity", List.of());
        if (severity.size() > 1) {
            throw invalid("minSeverity is given " + severity.size() + " times; give it once");
        }
        List<String> confidence = params.getOrDefault("minConfidence", List.of());
        if (confidence.size() > 1) {
            throw invalid("minConfidence is given " + confidence.size() + " times; give it once");
        }
        return options(severity.isEmpty() ? null : severity.get(0), params.get("enabledCategories"),
                params.get("disabledCategories"), params.get("ignoredFingerprints"),
                confidence.isEmpty() ? null : confidence(confidence.get(0)));
    }

    /** The options of an envelope's {@code options} object. */
    static CheckOptions fromJson(JsonNode node) throws HttpError {
        if (!node.isObject()) {
            throw invalid("options must be a JSON object");
        }
        List<String> unknown = new ArrayList<>();
        node.fieldNames().forEachRemaining(n -> {
            if (!OPTIONS.contains(n)) {
                unknown.add(n);
            }
        });
        if (!unknown.isEmpty()) {
            throw invalid("unknown option '" + unknown.get(0) + "'; expected " + String.join(", ", OPTIONS));
        }
        JsonNode severity = node.get("minSeverity");
        if (severity != null && !severity.isTextual()) {
            throw invalid("options.minSeverity must be a string: error, warning or info");
        }
        JsonNode confidence = node.get("minConfidence");
        if (confidence != null && !confidence.isNumber()) {
            throw invalid("options.minConfidence must be a number from 0 to 1");
        }
        return options(severity == null ? null : severity.asText(), strings(node, "enabledCategories"),
                strings(node, "disabledCategories"), strings(node, "ignoredFingerprints"),
                confidence == null ? null : confidence(confidence.asText()));
    }

    private static List<String> strings(JsonNode options, String name) throws HttpError {
        JsonNode list = options.get(name);
        if (list == null) {
            return null;
        }
        if (!list.isArray()) {
            throw invalid("options." + name + " must be an array of strings");
        }
        List<String> values = new ArrayList<>();
        for (JsonNode v : list) {
            if (!v.isTextual()) {
                throw invalid("options." + name + " must be an array of strings");
            }
            values.add(v.asText());
        }
        return values;
    }

    /** A minimum confidence, 0 to 1. */
    private static Double confidence(String value) throws HttpError {
        try {
            double d = Double.parseDouble(value.strip());
            if (d >= 0 && d <= 1) {
                return d;
            }
        } catch (NumberFormatException e) {
            // the message below
        }
        throw invalid("minConfidence must be a number from 0 to 1 but is '" + value + "'");
    }

    private static CheckOptions options(String severity, List<String> enabled, List<String> disabled,
                                        List<String> ignored, Double minConfidence) throws HttpError {
        Severity minimum = Severity.INFO;
        if (severity != null) {
            try {
                minimum = Severity.fromWord(severity);
            } catch (IllegalArgumentException e) {
                throw invalid("minSeverity: " + e.getMessage());
            }
        }
        return new CheckOptions(minimum, categories(enabled, "enabledCategories"),
                categories(disabled, "disabledCategories"), ignored == null ? Set.of() : new LinkedHashSet<>(ignored),
                minConfidence == null ? CheckOptions.DEFAULT_MIN_CONFIDENCE : minConfidence);
    }

    private static Set<String> categories(List<String> names, String option) throws HttpError {
        if (names == null) {
            return Set.of();
        }
        for (String n : names) {
            if (!RuleSet.CATEGORIES.contains(n)) {
                throw invalid(option + ": unknown category '" + n + "'; expected one of " + String.join(", ", RuleSet.CATEGORIES));
            }
        }
        return new LinkedHashSet<>(names);
    }

    /** The document of a {@code /v1/check} body: the body itself, or an envelope's {@code document}. */
    static Single single(byte[] body) throws HttpError {
        if (!mayBeEnvelope(body)) {
            return new Single(body, null); // no second pass over the JSON for a plain document
        }
        try (JsonParser p = FACTORY.createParser(body)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return new Single(body, null);
            }
            byte[] document = null;
            CheckOptions options = null;
            List<String> others = new ArrayList<>();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                p.nextToken();
                switch (name) {
                    case "document" -> document = slice(body, p);
                    case "options" -> options = fromJson(MAPPER.readTree(p));
                    default -> {
                        others.add(name);
                        p.skipChildren();
                    }
                }
            }
            if (document == null) {
                return new Single(body, null); // a facts document that merely mentions "document"
            }
            if (!others.isEmpty()) {
                throw invalid("unknown envelope field '" + others.get(0) + "'; an envelope has document and options");
            }
            return new Single(document, options);
        } catch (JsonProcessingException e) {
            return new Single(body, null); // the checker reads it again and says exactly where it breaks
        } catch (IOException e) {
            throw new IllegalStateException(e); // reading memory does not fail
        }
    }

    /** The documents of a {@code /v1/check/batch} body, in order; at most {@code max} of them. */
    static Batch batch(byte[] body, int max) throws HttpError {
        try (JsonParser p = FACTORY.createParser(body)) {
            JsonToken first = p.nextToken();
            if (first == JsonToken.START_ARRAY) {
                return new Batch(elements(body, p, max), null);
            }
            if (first != JsonToken.START_OBJECT) {
                throw invalid("a batch is a JSON array of facts documents, or {\"documents\": [...], \"options\": {...}}");
            }
            List<byte[]> documents = null;
            CheckOptions options = null;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken value = p.nextToken();
                if (name.equals("documents") && value == JsonToken.START_ARRAY) {
                    documents = elements(body, p, max);
                } else if (name.equals("options")) {
                    options = fromJson(MAPPER.readTree(p));
                } else {
                    throw invalid(name.equals("documents") ? "documents must be a JSON array"
                            : "unknown batch field '" + name + "'; a batch object has documents and options");
                }
            }
            if (documents == null) {
                throw invalid("a batch object needs documents: a JSON array of facts documents");
            }
            return new Batch(documents, options);
        } catch (JsonProcessingException e) {
            throw malformed(e);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<byte[]> elements(byte[] body, JsonParser p, int max) throws IOException, HttpError {
        List<byte[]> docs = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
            if (docs.size() == max) {
                throw HttpError.of(413, ProblemJson.BODY_TOO_LARGE, "Too many documents",
                        "a batch may hold at most " + max + " documents; split it");
            }
            docs.add(slice(body, p));
        }
        return docs;
    }

    /** The bytes of the value at the parser's current token, which is then skipped. */
    private static byte[] slice(byte[] body, JsonParser p) throws IOException {
        int start = (int) p.currentTokenLocation().getByteOffset();
        p.skipChildren();
        int end = (int) p.currentLocation().getByteOffset();
        return Arrays.copyOfRange(body, start, end);
    }

    static HttpError malformed(JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        String message = "malformed JSON: " + e.getOriginalMessage().lines().findFirst().orElse("");
        Problem p = at == null ? Problem.error("", message)
                : new Problem(Severity.ERROR, "", at.getLineNr(), at.getColumnNr(), message);
        return HttpError.badRequest(ProblemJson.INVALID_JSON, "Invalid JSON", "the request body is not valid JSON", List.of(p));
    }

    static HttpError invalid(String detail) {
        return HttpError.badRequest(ProblemJson.INVALID_REQUEST, "Invalid request", detail, List.of());
    }

    private static String decode(String s) throws HttpError {
        try {
            return URLDecoder.decode(s, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw invalid("the query string is not well encoded: " + e.getMessage());
        }
    }

    /**
     * False when the body cannot be an envelope: its first key is {@code format} (as facts
     * documents usually begin; an envelope has no such key), or it never says {@code "document"}.
     * Costs a few tokens for the usual document instead of a pass over all of it.
     */
    private static boolean mayBeEnvelope(byte[] body) {
        try (JsonParser p = FACTORY.createParser(body)) {
            if (p.nextToken() != JsonToken.START_OBJECT || p.nextToken() != JsonToken.FIELD_NAME) {
                return false;
            }
            if (p.currentName().equals("format")) {
                return false;
            }
        } catch (IOException e) {
            return false; // the checker reads it again and says where it breaks
        }
        return indexOf(body, DOCUMENT_KEY) >= 0;
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        byte first = needle[0];
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            if (haystack[i] != first) {
                continue;
            }
            for (int j = 1; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
