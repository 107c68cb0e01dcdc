package io.storywatch.topology;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.storywatch.alert.AlertType;
import io.storywatch.story.Verdict;

import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The domain meters. In Prometheus: {@code storywatch_articles_total{outlet,verdict}},
 * {@code storywatch_dead_letters_total{reason}}, {@code storywatch_alerts_total{type}}.
 */
public final class StorywatchMetrics {
    /** Outlets beyond this many distinct ones are counted as "other": labels must stay bounded. */
    static final int MAX_OUTLET_LABELS = 500;
    private final MeterRegistry registry;
    private final Set<String> outlets = ConcurrentHashMap.newKeySet();

    public StorywatchMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    public MeterRegistry registry() {
        return registry;
    }

    public void article(String outlet, Verdict verdict) {
        articles(outletLabel(outlet), verdict.name().toLowerCase(Locale.ROOT)).increment();
    }

    public void rejected(String reason) {
        articles("unknown", "rejected").increment();
        Counter.builder("storywatch.dead.letters").description("Records sent to the dead-letter topic, by reason")
                .tag("reason", reason).register(registry).increment();
    }

    public void alert(AlertType type) {
        Counter.builder("storywatch.alerts").description("Alerts emitted, by type")
                .tag("type", type.name().toLowerCase(Locale.ROOT)).register(registry).increment();
    }

    private Counter articles(String outlet, String verdict) {
        return Counter.builder("storywatch.articles").description("Articles processed, by outlet and verdict")
                .tag("outlet", outlet).tag("verdict", verdict).register(registry);
    }

    private String outletLabel(String outlet) {
        if (outlet == null) {
            return "unknown";
        }
        if (outlets.contains(outlet) || (outlets.size() < MAX_OUTLET_LABELS && outlets.add(outlet))) {
            return outlet;
        }
        return "other";
    }
}
