package org.factlint.server;

import java.util.List;
import org.factlint.Problem;
import org.factlint.RuleSetException.RuleError;

/**
 * A request that ends in an error answer: an RFC 9457 problem ({@code application/problem+json}).
 * Thrown by the request handling and turned into the answer in one place, never a stack trace.
 *
 * @see ProblemJson
 */
final class HttpError extends Exception {

    final int status;
    final String type;
    final String title;
    final String detail;
    final List<Problem> problems;
    final String allow;
    final List<RuleError> ruleErrors;

    HttpError(int status, String type, String title, String detail, List<Problem> problems, String allow) {
        this(status, type, title, detail, problems, allow, List.of());
    }

    HttpError(int status, String type, String title, String detail, List<Problem> problems, String allow,
              List<RuleError> ruleErrors) {
        super(detail, null, false, false); // no stack trace: it is an answer, not a bug
        this.status = status;
        this.type = type;
        this.title = title;
        this.detail = detail;
        this.problems = List.copyOf(problems);
        this.allow = allow;
        this.ruleErrors = List.copyOf(ruleErrors);
    }

    static HttpError of(int status, String type, String title, String detail) {
        return new HttpError(status, type, title, detail, List.of(), null);
    }

    static HttpError badRequest(String type, String title, String detail, List<Problem> problems) {
        return new HttpError(400, type, title, detail, problems, null);
    }

    static HttpError notFound(String path) {
        return of(404, "about:blank", "Not Found", "no resource at " + path + "; see GET /openapi.json for the routes");
    }

    static HttpError methodNotAllowed(String method, String path, String allow) {
        return new HttpError(405, "about:blank", "Method Not Allowed",
                method + " is not allowed on " + path + "; allowed: " + allow, List.of(), allow);
    }
}
