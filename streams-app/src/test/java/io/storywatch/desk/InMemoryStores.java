package io.storywatch.desk;

import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.StateStore;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;
import org.apache.kafka.streams.state.WindowStore;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;

/** In-memory Kafka stores, opened outside a topology, for unit tests of the desk's parts. */
final class InMemoryStores {
    private final MockProcessorContext<Object, Object> context;

    InMemoryStores() {
        Properties props = new Properties();
        props.put("application.id", "desk-parts-test");
        props.put("bootstrap.servers", "unused:9092");
        context = new MockProcessorContext<>(props);
    }

    <V> KeyValueStore<String, V> keyValue(String name, Serde<V> values) {
        return open(Stores.keyValueStoreBuilder(Stores.inMemoryKeyValueStore(name), Serdes.String(), values)
                .withLoggingDisabled().build());
    }

    <V> WindowStore<String, V> window(String name, Duration retention, boolean duplicates, Serde<V> values) {
        return open(Stores.windowStoreBuilder(Stores.inMemoryWindowStore(name, retention, Duration.ofMillis(1), duplicates),
                Serdes.String(), values).withLoggingDisabled().build());
    }

    /** {@code store}, counting in {@code calls} its calls of the method {@code counted} ("get", "put"). */
    @SuppressWarnings("unchecked")
    static <V> KeyValueStore<String, V> counting(KeyValueStore<String, V> store, String counted, AtomicInteger calls) {
        return (KeyValueStore<String, V>) Proxy.newProxyInstance(KeyValueStore.class.getClassLoader(),
                new Class<?>[] {KeyValueStore.class}, (proxy, method, args) -> {
                    if (method.getName().equals(counted)) {
                        calls.incrementAndGet();
                    }
                    try {
                        return method.invoke(store, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    private <S extends StateStore> S open(S store) {
        store.init(context.getStateStoreContext(), store);
        return store;
    }
}
