package io.storywatch.app;

import org.apache.kafka.clients.admin.Admin;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/** Prints the alerts topic as alerts arrive (committed transactions only), on a thread of its own. */
final class AlertPrinter implements AutoCloseable {
    private final AlertTail tail;
    private final Thread thread;
    private final AtomicInteger printed = new AtomicInteger();

    /** @param json print raw alert JSON instead of readable lines */
    AlertPrinter(Properties client, boolean json, PrintStream out) {
        tail = new AlertTail(client, false);
        thread = new Thread(() -> tail.run(record -> {
            out.println(json ? record.value() : AlertLines.format(record.value()));
            printed.incrementAndGet();
        }), "alert-printer");
        thread.start();
    }

    /** Prints up to the alerts topic's current end, then stops; returns how many alerts were printed. */
    int finish(Admin admin) throws InterruptedException, ExecutionException, TimeoutException {
        tail.finishAt(Progress.ends(admin, tail.partitions(), Duration.ofSeconds(30)));
        thread.join(Duration.ofSeconds(30).toMillis());
        tail.stop();
        thread.join();
        return printed.get();
    }

    @Override
    public void close() {
        tail.stop();
        try {
            thread.join(Duration.ofSeconds(10).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        tail.close();
    }
}
