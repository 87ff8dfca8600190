package org.factlint.server;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.factlint.Problem;
import org.factlint.RuleSetException.RuleError;
import org.factlint.report.ReportJson;

/**
 * The service's error answers as RFC 9457 problem details: {@code type}, {@code title},
 * {@code status}, {@code detail}, {@code instance}, plus {@code problems} (each with the JSON
 * pointer, or line and column, of what broke the contract) and, for a refused rule set,
 * {@code errors} with file and line. The types are stable URNs; docs/service.md lists them.
 */
final class ProblemJson {

    static final String MEDIA_TYPE = "application/problem+json";

    static final String INVALID_JSON = "urn:factlint:problem:invalid-json";
    static final String INVALID_DOCUMENT = "urn:factlint:problem:invalid-document";
    static final String INVALID_TEXT = "urn:factlint:problem:invalid-text";
    static final String EXTRACTOR_FAILED = "urn:factlint:problem:extractor-failed";
    static final String INVALID_REQUEST = "urn:factlint:problem:invalid-request";
    static final String BODY_TOO_LARGE = "urn:factlint:problem:body-too-large";
    static final String UNSUPPORTED_MEDIA_TYPE = "urn:factlint:problem:unsupported-media-type";
    static final String QUEUE_FULL = "urn:factlint:problem:queue-full";
    static final String TIME_LIMIT = "urn:factlint:problem:time-limit";
    static final String NOT_READY = "urn:factlint:problem:not-ready";
    static final String LOOPBACK_ONLY = "urn:factlint:problem:loopback-only";
    static final String RULE_SET_REFUSED = "urn:factlint:problem:rule-set-refused";
    static final String INTERNAL = "urn:factlint:problem:internal-error";

    private static final JsonFactory FACTORY = new JsonFactory();

    private ProblemJson() {
    }

    static byte[] write(HttpError e, String instance) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256);
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            g.writeStartObject();
            g.writeStringField("type", e.type);
            g.writeStringField("title", e.title);
            g.writeNumberField("status", e.status);
            g.writeStringField("detail", e.detail);
            g.writeStringField("instance", instance);
            if (!e.problems.isEmpty()) {
                g.writeArrayFieldStart("problems");
                for (Problem p : e.problems) {
                    ReportJson.write(p, g);
                }
                g.writeEndArray();
            }
            if (!e.ruleErrors.isEmpty()) {
                g.writeArrayFieldStart("errors");
                for (RuleError r : e.ruleErrors) {
                    g.writeStartObject();
                    g.writeStringField("file", r.file());
                    if (r.line() > 0) {
                        g.writeNumberField("line", r.line());
                    }
                    g.writeStringField("message", r.message());
                    g.writeEndObject();
                }
                g.writeEndArray();
            }
            g.writeEndObject();
        } catch (IOException x) {
            throw new UncheckedIOException(x); // writing to memory does not fail
        }
        return out.toByteArray();
    }
}
