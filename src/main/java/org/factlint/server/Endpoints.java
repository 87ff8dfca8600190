package org.factlint.server;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.factlint.ArticleInput;
import org.factlint.CheckOptions;
import org.factlint.Checker;
import org.factlint.Extraction;
import org.factlint.Problem;
import org.factlint.Report;
import org.factlint.engine.RuleSet;
import org.factlint.input.text.ArticleMeta;
import org.factlint.input.text.TextFormat;
import org.factlint.report.CatalogJson;
import org.factlint.report.ReportJson;

/** What each route does; {@link FactlintServer} routes, sends, logs and turns errors into problems. */
final class Endpoints {

    /** The editor's page may run its own inline script and style, and talk only to this service. */
    private static final Map<String, String> PAGE_HEADERS = Map.of(
            "Content-Security-Policy", "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; "
                    + "connect-src 'self'; img-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
            "Cache-Control", "no-cache");

    private static final JsonFactory JSON = new JsonFactory();

    private final ServerConfig config;
    private final LiveRules rules;
    private final CheckQueue queue;
    private final Resources resources = new Resources();
    private volatile boolean stopping;

    Endpoints(ServerConfig config, LiveRules rules, CheckQueue queue) {
        this.config = config;
        this.rules = rules;
        this.queue = queue;
    }

    void stopping() {
        stopping = true;
    }

    /**
     * {@code POST /v1/check}: one document, its report; 400 with the problems when it breaks the
     * contract. An article sent as text ({@code text/plain}, {@code text/markdown}, {@code text/html},
     * its metadata in the query) or as an article-only document has its facts extracted first.
     */
    Answer check(HttpExchange ex) throws IOException, HttpError {
        TextFormat text = ArticleRequests.format(ex.getRequestHeaders().getFirst("Content-Type"));
        if (text != null) {
            return checkText(ex, text);
        }
        requireJson(ex);
        ArticleRequests.Query article = ArticleRequests.split(ex.getRequestURI().getRawQuery());
        if (article.hasMeta()) {
            throw metadataWithJson();
        }
        byte[] body = body(ex);
        CheckOptions query = CheckRequests.fromQuery(article.rest());
        CheckRequests.Single single = CheckRequests.single(body);
        CheckOptions options = merge(query, single.options());
        Checker checker = checker(article);
        Report report = queue.run(() -> checker.check(single.document(), "request", options));
        if (!report.checked()) {
            throw unchecked(report.problems());
        }
        return Answer.json(ReportJson.toJson(report));
    }

    private Answer checkText(HttpExchange ex, TextFormat format) throws IOException, HttpError {
        requireUtf8(ex);
        ArticleRequests.Query query = ArticleRequests.split(ex.getRequestURI().getRawQuery());
        // a text request also takes the article's metadata and the extractor: the message lists them too
        List<String> textParameters = new java.util.ArrayList<>(ArticleRequests.METADATA);
        textParameters.add(ArticleRequests.EXTRACTOR);
        CheckOptions options = CheckRequests.fromQuery(query.rest(), textParameters);
        byte[] body = body(ex);
        ArticleInput article = ArticleInput.of(body, format).withOverrides(query.meta());
        Checker checker = checker(query);
        Report report = queue.run(() -> checker.checkText(article, "request", options != null ? options : CheckOptions.DEFAULT));
        if (!report.checked()) {
            throw unreadableText(report.problems());
        }
        return Answer.json(ReportJson.toJson(report));
    }

    /**
     * {@code POST /v1/extract}: the facts factlint reads out of an article sent as text (metadata in
     * the query) or as an article-only document, as a {@code factlint-facts/1} document; 400 with the
     * problems when the article cannot be read.
     */
    Answer extract(HttpExchange ex) throws IOException, HttpError {
        TextFormat format = ArticleRequests.format(ex.getRequestHeaders().getFirst("Content-Type"));
        ArticleRequests.Query query = ArticleRequests.split(ex.getRequestURI().getRawQuery());
        if (query.rest() != null) {
            throw CheckRequests.invalid("unknown query parameter in '" + query.rest() + "'; /v1/extract takes "
                    + String.join(", ", ArticleRequests.METADATA) + " and " + ArticleRequests.EXTRACTOR);
        }
        if (format == null) {
            requireJson(ex);
            if (query.hasMeta()) {
                throw metadataWithJson();
            }
        } else {
            requireUtf8(ex);
        }
        byte[] body = body(ex);
        Extraction extraction = checker(query).extraction();
        Extraction.Result result = queue.run(() -> format != null
                ? extraction.fromText(ArticleInput.of(body, format).withOverrides(query.meta()))
                : extraction.fromJson(body, ArticleMeta.NONE));
        if (!result.ok()) {
            throw format != null ? unreadableText(result.problems()) : unchecked(result.problems());
        }
        return Answer.json(result.json());
    }

    /** The checker in service, with the extractor the query chose if it chose one the server offers; 400 otherwise. */
    private Checker checker(ArticleRequests.Query query) throws HttpError {
        Checker checker = rules.checker();
        if (query.extractor() == null) {
            return checker;
        }
        if (!checker.extractors().available().containsKey(query.extractor())) {
            throw CheckRequests.invalid("unknown extractor '" + query.extractor() + "'; this server offers "
                    + String.join(", ", checker.extractors().names()) + " (GET /v1/extractors)");
        }
        return checker.using(query.extractor());
    }

    /** {@code GET /v1/extractors}: the extractors a request may choose with {@code ?extractor=}, and the default. */
    Answer extractors(HttpExchange ex) {
        org.factlint.extract.Extractors offered = rules.checker().extractors();
        return Answer.json(write(g -> {
            g.writeStartObject();
            g.writeStringField("default", offered.defaultName());
            g.writeArrayFieldStart("available");
            for (String name : offered.names()) {
                g.writeString(name);
            }
            g.writeEndArray();
            g.writeEndObject();
        }));
    }

    private static HttpError metadataWithJson() {
        return CheckRequests.invalid("headline, standfirst, published, id and url in the query are for articles sent as "
                + "text (text/plain, text/markdown, text/html); a JSON document carries its article");
    }

    private static HttpError unreadableText(List<Problem> problems) {
        if (extractorFailed(problems)) {
            return notExtracted(problems);
        }
        long errors = problems.stream().filter(p -> p.severity() == org.factlint.Severity.ERROR).count();
        return HttpError.badRequest(ProblemJson.INVALID_TEXT, "The article text cannot be read",
                errors + " error" + (errors == 1 ? "" : "s") + " in the article; see problems", problems);
    }

    /**
     * True when the article was read but its extractor gave no usable document (a model that timed
     * out, was refused, or answered badly; the extractor's document breaking the contract): the
     * service's side failed, not the request. These are the words {@code Extraction} and the model
     * extractor begin such errors with.
     */
    private static boolean extractorFailed(List<Problem> problems) {
        return problems.stream().anyMatch(p -> p.severity() == org.factlint.Severity.ERROR
                && (p.message().startsWith("the model '") || p.message().startsWith("the extractor '")
                || p.message().startsWith("in the facts extracted by '")));
    }

    /** 502: the extractor (a model behind this service) failed on this article; the problems say how. */
    private static HttpError notExtracted(List<Problem> problems) {
        return new HttpError(502, ProblemJson.EXTRACTOR_FAILED, "The extractor gave no usable facts",
                "the article was read, but its extractor failed on it; see problems (another extractor, or a retry, may do)",
                problems, null);
    }

    /** 415 for a text body in another charset than UTF-8. */
    private static void requireUtf8(HttpExchange ex) throws HttpError {
        String type = ex.getRequestHeaders().getFirst("Content-Type");
        String charset = charsetOf(type);
        if (charset != null && !charset.equals("utf-8")) {
            throw HttpError.of(415, ProblemJson.UNSUPPORTED_MEDIA_TYPE, "Unsupported Media Type",
                    "send the article as UTF-8; the request sent " + type);
        }
    }

    /** {@code POST /v1/check/batch}: several documents, one report each in order, as {@code {"reports": [...]}}. */
    Answer batch(HttpExchange ex) throws IOException, HttpError {
        requireJson(ex);
        ArticleRequests.Query article = ArticleRequests.split(ex.getRequestURI().getRawQuery());
        if (article.hasMeta()) {
            throw metadataWithJson();
        }
        Checker checker = checker(article);
        byte[] body = body(ex);
        CheckOptions query = CheckRequests.fromQuery(article.rest());
        CheckRequests.Batch batch = CheckRequests.batch(body, config.maxBatch());
        CheckOptions options = merge(query, batch.options());
        // One task for the whole batch: it is admitted or refused whole, and keeps its order.
        List<Report> reports = queue.run(() -> {
            List<Report> list = new ArrayList<>(batch.documents().size());
            for (int i = 0; i < batch.documents().size(); i++) {
                list.add(checker.check(batch.documents().get(i), "request[" + i + "]", options));
            }
            return list;
        });
        return Answer.json(write(g -> {
            g.writeStartObject();
            g.writeArrayFieldStart("reports");
            for (Report r : reports) {
                ReportJson.write(r, g);
            }
            g.writeEndArray();
            g.writeEndObject();
        }));
    }

    /** {@code GET /v1/rules}: the catalog of the rules in service, and the categories. */
    Answer rules(HttpExchange ex) {
        LiveRules.Loaded loaded = rules.current();
        return Answer.json(write(g -> {
            g.writeStartObject();
            g.writeNumberField("generation", loaded.generation());
            g.writeStringField("loadedAt", loaded.at().toString());
            g.writeArrayFieldStart("categories");
            for (String c : RuleSet.CATEGORIES) {
                g.writeString(c);
            }
            g.writeEndArray();
            g.writeFieldName("rules");
            CatalogJson.write(loaded.checker().rules(), g);
            g.writeEndObject();
        }));
    }

    /** {@code GET /healthz}: the process answers. */
    Answer health(HttpExchange ex) {
        return Answer.json("{\"status\":\"ok\"}");
    }

    /** {@code GET /readyz}: rules are loaded and the service is not stopping; 503 otherwise. */
    Answer ready(HttpExchange ex) throws HttpError {
        if (stopping) {
            throw HttpError.of(503, ProblemJson.NOT_READY, "Not ready", "the server is stopping");
        }
        LiveRules.Loaded loaded = rules.current();
        return Answer.json(write(g -> {
            g.writeStartObject();
            g.writeStringField("status", "ready");
            g.writeNumberField("rules", loaded.checker().rules().size());
            g.writeNumberField("generation", loaded.generation());
            g.writeNumberField("inFlight", queue.inFlight());
            g.writeEndObject();
        }));
    }

    /** {@code POST /admin/reload}, from loopback only: compile the rule folder again and swap it in if it builds. */
    Answer reload(HttpExchange ex) throws HttpError {
        if (!ex.getRemoteAddress().getAddress().isLoopbackAddress()) {
            throw HttpError.of(403, ProblemJson.LOOPBACK_ONLY, "Forbidden",
                    "rules are reloaded only from the machine the service runs on (a loopback address)");
        }
        LiveRules.Loaded loaded = rules.reload();
        return Answer.json(reloaded(loaded));
    }

    static String reloaded(LiveRules.Loaded loaded) {
        return write(g -> {
            g.writeStartObject();
            g.writeStringField("status", "reloaded");
            g.writeNumberField("generation", loaded.generation());
            g.writeNumberField("rules", loaded.checker().rules().size());
            g.writeStringField("loadedAt", loaded.at().toString());
            g.writeEndObject();
        });
    }

    Answer page(HttpExchange ex) {
        return Answer.of("text/html; charset=utf-8", resources.page, PAGE_HEADERS);
    }

    Answer openApi(HttpExchange ex) {
        return Answer.of(Answer.JSON, resources.openApi, Map.of());
    }

    Answer example(HttpExchange ex) {
        return Answer.of(Answer.JSON, resources.example, Map.of());
    }

    private static CheckOptions merge(CheckOptions query, CheckOptions envelope) throws HttpError {
        if (query != null && envelope != null) {
            throw CheckRequests.invalid("options are given both in the query and in the body; give them in one place");
        }
        return query != null ? query : envelope != null ? envelope : CheckOptions.DEFAULT;
    }

    private static HttpError unchecked(List<Problem> problems) {
        if (extractorFailed(problems)) {
            return notExtracted(problems);
        }
        boolean json = problems.stream().anyMatch(p -> p.line() != null);
        long errors = problems.stream().filter(p -> p.severity() == org.factlint.Severity.ERROR).count();
        // the detail says what the CLI says: "malformed JSON ..." or "not valid UTF-8 ...", with its line and column
        Problem first = problems.stream().filter(p -> p.severity() == org.factlint.Severity.ERROR && p.line() != null)
                .findFirst().orElse(null);
        String detail = first == null ? "the document is not valid JSON" : first.location() + ": " + first.message();
        return json
                ? HttpError.badRequest(ProblemJson.INVALID_JSON, "Invalid JSON", detail, problems)
                : HttpError.badRequest(ProblemJson.INVALID_DOCUMENT, "The document breaks the factlint-facts/1 contract",
                errors + " error" + (errors == 1 ? "" : "s") + " in the document; see problems", problems);
    }

    /** 415 unless the body is declared as JSON (application/json or a +json type), in UTF-8 if a charset is named. */
    private static void requireJson(HttpExchange ex) throws HttpError {
        String type = ex.getRequestHeaders().getFirst("Content-Type");
        String media = type == null ? "" : type.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        boolean json = media.equals("application/json") || (media.startsWith("application/") && media.endsWith("+json"));
        String charset = type == null ? null : charsetOf(type);
        if (!json || (charset != null && !charset.equals("utf-8"))) {
            throw HttpError.of(415, ProblemJson.UNSUPPORTED_MEDIA_TYPE, "Unsupported Media Type",
                    "send the document as Content-Type: application/json (UTF-8), or an article as text/plain, "
                            + "text/markdown or text/html"
                            + (type == null ? "; the request named no Content-Type" : "; the request sent " + type));
        }
    }

    private static String charsetOf(String contentType) {
        for (String param : contentType.split(";")) {
            String[] kv = param.strip().split("=", 2);
            if (kv.length == 2 && kv[0].strip().equalsIgnoreCase("charset")) {
                return kv[1].strip().replace("\"", "").toLowerCase(Locale.ROOT);
            }
        }
        return null;
    }

    /** The request body, refused with 413 as soon as it is known to exceed the limit. */
    private byte[] body(HttpExchange ex) throws IOException, HttpError {
        long max = config.maxBodyBytes();
        long length = declaredLength(ex);
        if (length > max) {
            throw tooLarge(length); // the rest is read and dropped before the answer (drain)
        }
        byte[] body = length >= 0 ? ex.getRequestBody().readNBytes((int) length)
                : ex.getRequestBody().readNBytes((int) Math.min(max + 1, Integer.MAX_VALUE - 16));
        if (body.length > max) {
            throw tooLarge(-1);
        }
        return body;
    }

    /** The Content-Length, or -1 when there is none (chunked); the JDK server answers 400 itself to one that is not a number. */
    private static long declaredLength(HttpExchange ex) {
        String declared = ex.getRequestHeaders().getFirst("Content-Length");
        try {
            return declared == null ? -1 : Long.parseLong(declared.strip());
        } catch (NumberFormatException e) {
            return Long.MAX_VALUE;
        }
    }

    /** Most bytes of an unread request body read and thrown away so that the client gets its answer on a clean connection. */
    static final long DISCARD_LIMIT = 16L << 20;

    /**
     * Reads what is left of the request body (up to {@link #DISCARD_LIMIT} bytes) and drops it, so
     * that the connection is clean for the answer and for the client's next request. An answer
     * given before the body was read (413, 415, 404, 405) would otherwise leave it unread: the JDK
     * server then closes the connection after the answer, and the kernel resets it with unread
     * bytes, so that the client sees a reset instead of the answer, or on its next request.
     *
     * @return false if more than the limit is left, declared or found: the connection is then closed after the answer
     */
    static boolean drain(HttpExchange ex) throws IOException {
        InputStream in = ex.getRequestBody();
        if (in.read() < 0) {
            return true; // read to its end already, or there was none
        }
        if (declaredLength(ex) > DISCARD_LIMIT) {
            return false; // not worth reading for nothing
        }
        return discard(in, DISCARD_LIMIT - 1, Long.MAX_VALUE); // one byte is read already; no time limit
    }

    /**
     * Reads and drops {@code in} to its end; false if more than {@code limit} bytes come, or the
     * end has not come within {@code maxNanos} ({@link Long#MAX_VALUE}: no time limit).
     */
    private static boolean discard(InputStream in, long limit, long maxNanos) throws IOException {
        long start = System.nanoTime();
        byte[] sink = new byte[64 << 10];
        long read = 0;
        int n;
        while ((n = in.read(sink)) >= 0) {
            read += n;
            if (read > limit || maxNanos != Long.MAX_VALUE && System.nanoTime() - start > maxNanos) {
                return false;
            }
        }
        return true;
    }

    /** Most bytes read and dropped after an answer given with a body left unread (lingering close). */
    static final long LINGER_LIMIT = 128L << 20;
    /** Longest time spent reading and dropping after such an answer. */
    static final long LINGER_NANOS = java.util.concurrent.TimeUnit.SECONDS.toNanos(20);

    /**
     * Lingering close, as nginx does it: after an answer sent while the client was still sending
     * a body too large to drain first (a 413), reads and drops what the client goes on sending, up
     * to {@link #LINGER_LIMIT} bytes or {@link #LINGER_NANOS}, before the connection is closed. A
     * client that writes its whole body before it reads (Python's urllib, PHP's curl without
     * {@code Expect: 100-continue}) then finds the answer waiting; closing at once would reset the
     * connection under it, and its TCP stack would drop the answer unread. A client that never
     * stops sending is cut off at the bound (and a stalled one by the JDK server's answer timer).
     */
    static void linger(HttpExchange ex) {
        try {
            discard(ex.getRequestBody(), LINGER_LIMIT, LINGER_NANOS);
        } catch (IOException e) {
            // the client closed or reset: nothing left to linger for
        }
    }

    private HttpError tooLarge(long length) {
        return HttpError.of(413, ProblemJson.BODY_TOO_LARGE, "Content Too Large", "the body "
                + (length >= 0 ? "is " + length + " bytes" : "is longer than the limit") + "; the limit is "
                + config.maxBodyBytes() + " bytes");
    }

    /** Writes JSON with a generator into a string. */
    interface JsonWriting {
        void write(JsonGenerator g) throws IOException;
    }

    static String write(JsonWriting writing) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(out)) {
            writing.write(g);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return out.toString();
    }
}
