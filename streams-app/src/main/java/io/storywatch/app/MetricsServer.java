package io.storywatch.app;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.function.BooleanSupplier;

/** {@code /metrics} (Prometheus text format) and {@code /health} (200 when the streams app runs, else 503). */
public final class MetricsServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(MetricsServer.class);
    private final HttpServer server;

    public MetricsServer(InetSocketAddress address, PrometheusMeterRegistry registry, BooleanSupplier healthy)
            throws IOException {
        server = HttpServer.create(address, 0);
        server.createContext("/metrics", exchange -> guarded(exchange, () ->
                respond(exchange, 200, "text/plain; version=0.0.4; charset=utf-8", registry.scrape())));
        server.createContext("/health", exchange -> guarded(exchange, () -> {
            boolean up = healthy.getAsBoolean();
            respond(exchange, up ? 200 : 503, "application/json", up ? "{\"status\":\"UP\"}" : "{\"status\":\"DOWN\"}");
        }));
        server.start();
    }

    public InetSocketAddress address() {
        return server.getAddress();
    }

    private interface Handler {
        void handle() throws IOException;
    }

    /** A failing handler answers 500 with the error and logs it, instead of dropping the connection. */
    private static void guarded(HttpExchange exchange, Handler handler) throws IOException {
        try {
            handler.handle();
        } catch (RuntimeException | IOException | LinkageError e) {
            LOG.error("{} failed", exchange.getRequestURI(), e);
            respond(exchange, 500, "text/plain; charset=utf-8", e.toString());
        } finally {
            exchange.close();
        }
    }

    private static void respond(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
