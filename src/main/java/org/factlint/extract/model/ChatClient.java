package org.factlint.extract.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A client of the OpenAI chat-completions protocol, on the JDK's own {@link HttpClient} and
 * Jackson (already factlint's JSON library): one request, one non-streamed answer. An SDK would
 * bring its own HTTP stack, JSON binding and many features for a single POST; this is the whole
 * protocol factlint uses, and every endpoint that matters (OpenAI, Ollama, vLLM, llama.cpp's
 * server) speaks it.
 *
 * <p>It keeps to the operator's limits: a time-out per answer (not retried: a hung model would
 * hang again), bounded retries with exponential back-off on 429, 5xx and failed connections
 * ({@code Retry-After} honoured up to {@link ModelConfig#maxRetryAfter()}), a budget of requests
 * for the run (retries count) and a bound on requests in flight. Thread-safe; one per run.
 */
public final class ChatClient {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int EXCERPT = 300;

    /** The model's answer: its message's content, and why it stopped ({@code stop}, {@code length} ...; null if not said). */
    public record Answer(String content, String finishReason) {
    }

    private final ModelConfig config;
    private final HttpClient http;
    private final Semaphore inFlight;
    private final AtomicInteger requests = new AtomicInteger();

    public ChatClient(ModelConfig config) {
        this.config = config;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(config.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        this.inFlight = new Semaphore(config.concurrency(), true);
    }

    /** Requests sent so far in this run (retries included). */
    public int requestsSent() {
        return requests.get();
    }

    /**
     * Asks the model, with a system and a user message, for an answer that fits {@code schema}
     * (strict structured output: {@code response_format} of type {@code json_schema}).
     *
     * @throws ModelException when there is no answer: time-out, refused request, retries or budget spent, interruption
     */
    public Answer complete(String system, String user, String schemaName, JsonNode schema) throws ModelException {
        byte[] body = body(system, user, schemaName, schema);
        String last = null;
        for (int attempt = 0; attempt <= config.maxRetries(); attempt++) {
            if (requests.incrementAndGet() > config.maxRequests() && config.maxRequests() > 0) {
                throw new ModelException("the run's limit of " + config.maxRequests() + " requests to the model is spent "
                        + "(raise it with --model-max-requests)");
            }
            HttpResponse<String> response;
            try {
                response = send(body);
            } catch (java.net.http.HttpConnectTimeoutException e) {
                last = "cannot connect to " + config.chatCompletions() + " within " + seconds(config.connectTimeout());
                pause(backOff(attempt, Optional.empty()), attempt);
                continue;
            } catch (HttpTimeoutException e) {
                throw new ModelException("the model at " + config.chatCompletions() + " gave no answer within "
                        + seconds(config.requestTimeout()) + " (time-out; not retried)");
            } catch (IOException e) {
                last = "cannot reach " + config.chatCompletions() + ": " + (e.getMessage() != null ? e.getMessage()
                        : e.getClass().getSimpleName());
                pause(backOff(attempt, Optional.empty()), attempt);
                continue;
            }
            int status = response.statusCode();
            if (status == 200) {
                return answer(response.body());
            }
            last = "the model's endpoint answered " + status + ": " + excerpt(response.body());
            if (status == 429 || status >= 500) {
                pause(backOff(attempt, response.headers().firstValue("Retry-After")), attempt);
                continue;
            }
            throw new ModelException(last + (status == 401 || status == 403 ? " (is " + ModelConfig.KEY_ENV + " set?)" : ""));
        }
        throw new ModelException(last + " (gave up after " + (config.maxRetries() + 1) + " attempts)");
    }

    private HttpResponse<String> send(byte[] body) throws IOException, ModelException {
        HttpRequest.Builder request = HttpRequest.newBuilder(config.chatCompletions()).timeout(config.requestTimeout())
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (config.apiKey() != null) {
            request.header("Authorization", "Bearer " + config.apiKey());
        }
        try {
            inFlight.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ModelException("interrupted while waiting for a free connection to the model");
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ModelException("interrupted while waiting for the model's answer");
        } finally {
            inFlight.release();
        }
    }

    private byte[] body(String system, String user, String schemaName, JsonNode schema) {
        ObjectNode req = JSON.createObjectNode();
        req.put("model", config.model());
        var messages = req.putArray("messages");
        messages.addObject().put("role", "system").put("content", system);
        messages.addObject().put("role", "user").put("content", user);
        req.put("temperature", 0);
        req.put("stream", false);
        ObjectNode format = req.putObject("response_format");
        format.put("type", "json_schema");
        ObjectNode js = format.putObject("json_schema");
        js.put("name", schemaName);
        js.put("strict", true);
        js.set("schema", schema);
        try {
            return JSON.writeValueAsBytes(req);
        } catch (IOException e) {
            throw new IllegalStateException(e); // a tree of our own always writes
        }
    }

    private static Answer answer(String body) throws ModelException {
        JsonNode tree;
        try {
            tree = JSON.readTree(body);
        } catch (IOException e) {
            throw new ModelException("the model's endpoint answered 200 with a body that is not chat-completions JSON: "
                    + excerpt(body));
        }
        JsonNode message = tree == null ? null : tree.path("choices").path(0).path("message");
        if (message == null || message.isMissingNode()) {
            throw new ModelException("the model's answer has no choices[0].message: " + excerpt(body));
        }
        JsonNode refusal = message.get("refusal");
        if (refusal != null && refusal.isTextual() && !refusal.asText().isBlank()) {
            throw new ModelException("the model refused: " + excerpt(refusal.asText()));
        }
        JsonNode content = message.get("content");
        if (content == null || !content.isTextual()) {
            throw new ModelException("the model's answer has no text content: " + excerpt(body));
        }
        JsonNode finish = tree.path("choices").path(0).get("finish_reason");
        return new Answer(content.asText(), finish != null && finish.isTextual() ? finish.asText() : null);
    }

    /** How long to wait before retry {@code attempt + 1}: the server's Retry-After if it gave one, else base * 2^attempt; never more than the bound. */
    Duration backOff(int attempt, Optional<String> retryAfter) {
        Duration wait = retryAfter.flatMap(ChatClient::retryAfter)
                .orElse(config.retryBase().multipliedBy(1L << Math.min(attempt, 20)));
        return wait.compareTo(config.maxRetryAfter()) > 0 ? config.maxRetryAfter() : wait;
    }

    /** Retry-After as seconds or as an HTTP date. */
    static Optional<Duration> retryAfter(String value) {
        String v = value.strip();
        try {
            return Optional.of(Duration.ofSeconds(Math.max(0, Long.parseLong(v))));
        } catch (NumberFormatException e) {
            try {
                Duration d = Duration.between(ZonedDateTime.now(), ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME));
                return Optional.of(d.isNegative() ? Duration.ZERO : d);
            } catch (DateTimeParseException x) {
                return Optional.empty();
            }
        }
    }

    private void pause(Duration wait, int attempt) throws ModelException {
        if (attempt == config.maxRetries()) {
            return; // no retry follows
        }
        try {
            Thread.sleep(wait.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ModelException("interrupted while waiting to retry the model");
        }
    }

    private static String seconds(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
    }

    static String excerpt(String s) {
        String flat = s == null ? "" : s.replaceAll("\\s+", " ").strip();
        return flat.isEmpty() ? "(empty)" : flat.length() <= EXCERPT ? flat : flat.substring(0, EXCERPT) + "…";
    }
}
