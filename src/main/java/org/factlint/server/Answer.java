package org.factlint.server;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * A complete answer, built before anything is sent so that a failure half-way can still become
 * a clean problem answer.
 *
 * @param status      HTTP status
 * @param contentType media type of the body
 * @param body        the bytes to send (empty for none)
 * @param headers     extra headers
 */
record Answer(int status, String contentType, byte[] body, Map<String, String> headers) {

    static final String JSON = "application/json";

    static Answer json(String json) {
        return json(200, json);
    }

    static Answer json(int status, String json) {
        return new Answer(status, JSON, json.getBytes(StandardCharsets.UTF_8), Map.of());
    }

    static Answer of(String contentType, byte[] body, Map<String, String> headers) {
        return new Answer(200, contentType, body, headers);
    }
}
