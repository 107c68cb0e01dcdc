package io.storywatch.app;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.storywatch.json.Json;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.Map;
import java.nio.charset.StandardCharsets;
import java.util.function.BooleanSupplier;

/**
 * {@code /metrics} (Prometheus text format), {@code /health} (200 when the streams app runs, else 503),
 * and the JSON routes added with {@link #route} (the story queries).
 */
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

    /** A JSON answer: the status, the body (written by the project's JSON mapper), and a Location for redirects. */
    public record Answer(int status, Object body, String location) {
        public static Answer ok(Object body) {
            return new Answer(200, body, null);
        }

        public static Answer error(int status, String message) {
            return new Answer(status, Map.of("error", message), null);
        }
    }

    /** Answers a request to one route. */
    public interface Route {
        Answer answer(URI uri);
    }

    /** Serves {@code route} under {@code path} (and every path below it) with JSON answers. */
    public void route(String path, Route route) {
        server.createContext(path, exchange -> guarded(exchange, () -> {
            if (!"GET".equals(exchange.getRequestMethod())) {
                json(exchange, Answer.error(405, "only GET is served here"));
                return;
            }
            json(exchange, route.answer(exchange.getRequestURI()));
        }));
    }

    private static void json(HttpExchange exchange, Answer answer) throws IOException {
        if (answer.location() != null) {
            exchange.getResponseHeaders().set("Location", answer.location());
        }
        respond(exchange, answer.status(), "application/json", Json.writeString(answer.body()));
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
