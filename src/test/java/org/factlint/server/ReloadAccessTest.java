package org.factlint.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpContext;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpPrincipal;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The reload route answers loopback clients only. A request from another machine cannot be made
 * from a test without another machine, so the route is called with an exchange that says it came
 * from a documentation address (192.0.2.10, TEST-NET-1; nothing is sent anywhere).
 */
class ReloadAccessTest {

    @Test
    void aClientOnAnotherMachineCannotReload() throws Exception {
        ServerConfig config = ServerConfig.defaults().withRules(Path.of("rules"), null);
        try (CheckQueue queue = new CheckQueue(1, 1, Duration.ofSeconds(5))) {
            Endpoints endpoints = new Endpoints(config, LiveRules.load(config), queue);
            HttpError refused = assertThrows(HttpError.class,
                    () -> endpoints.reload(new FakeExchange(InetAddress.getByAddress(new byte[] {(byte) 192, 0, 2, 10}))));
            assertEquals(403, refused.status);
            assertEquals(ProblemJson.LOOPBACK_ONLY, refused.type);
            assertEquals(200, endpoints.reload(new FakeExchange(InetAddress.getLoopbackAddress())).status());
        }
    }

    /** Just enough of an exchange for the reload route: who is asking. */
    static final class FakeExchange extends HttpExchange {
        private final InetSocketAddress remote;

        FakeExchange(InetAddress from) {
            this.remote = new InetSocketAddress(from, 40000);
        }

        @Override public InetSocketAddress getRemoteAddress() { return remote; }
        @Override public Headers getRequestHeaders() { return new Headers(); }
        @Override public Headers getResponseHeaders() { return new Headers(); }
        @Override public URI getRequestURI() { return URI.create("/admin/reload"); }
        @Override public String getRequestMethod() { return "POST"; }
        @Override public HttpContext getHttpContext() { return null; }
        @Override public void close() { }
        @Override public InputStream getRequestBody() { return new ByteArrayInputStream(new byte[0]); }
        @Override public OutputStream getResponseBody() { return new ByteArrayOutputStream(); }
        @Override public void sendResponseHeaders(int code, long length) { }
        @Override public int getResponseCode() { return -1; }
        @Override public InetSocketAddress getLocalAddress() { return new InetSocketAddress(InetAddress.getLoopbackAddress(), 8080); }
        @Override public String getProtocol() { return "HTTP/1.1"; }
        @Override public Object getAttribute(String name) { return null; }
        @Override public void setAttribute(String name, Object value) { }
        @Override public void setStreams(InputStream i, OutputStream o) { }
        @Override public HttpPrincipal getPrincipal() { return null; }
    }
}
