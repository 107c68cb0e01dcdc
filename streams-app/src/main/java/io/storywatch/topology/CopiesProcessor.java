package io.storywatch.topology;

import io.storywatch.dedup.CopyMatch;
import io.storywatch.desk.Copies;
import io.storywatch.desk.DeskInput;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.ProcessorSupplier;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.StoreBuilder;

import java.util.Set;

/**
 * The desk's second stage: tells whether each article copies one seen before ({@link Copies}), and
 * sends it on with the verdict. An article that is not an exact copy is remembered once the later
 * stages have handled it, so an article whose handling fails is not remembered either.
 */
final class CopiesProcessor implements Processor<String, DeskInput, String, DeskInput> {
    private final StorywatchConfig config;
    private ProcessorContext<String, DeskInput> context;
    private Copies copies;
    private long horizon = Long.MIN_VALUE;

    static final class Supplier implements ProcessorSupplier<String, DeskInput, String, DeskInput> {
        private final StorywatchConfig config;

        Supplier(StorywatchConfig config) {
            this.config = config;
        }

        @Override
        public Processor<String, DeskInput, String, DeskInput> get() {
            return new CopiesProcessor(config);
        }

        @Override
        public Set<StoreBuilder<?>> stores() {
            return Copies.stores(config.retention());
        }
    }

    CopiesProcessor(StorywatchConfig config) {
        this.config = config;
    }

    @Override
    public void init(ProcessorContext<String, DeskInput> context) {
        this.context = context;
        copies = new Copies(context.getStateStore(Copies.SEEN_ARTICLES_STORE),
                context.getStateStore(Copies.SEEN_CONTENT_STORE), context.getStateStore(Copies.BANDS_STORE),
                config.nearDuplicateThreshold(), config.retention());
    }

    @Override
    public void process(Record<String, DeskInput> record) {
        if (record.value() instanceof DeskInput.Arrival arrival) {
            CopyMatch match = copies.match(arrival.article(), horizon);
            context.forward(record.withValue(new DeskInput.Screened(arrival.article(), match)));
            if (!(match instanceof CopyMatch.Exact)) {
                copies.remember(arrival.article(), record.timestamp());
            }
        } else if (record.value() instanceof DeskInput.Tick tick) {
            horizon = tick.horizon();
            context.forward(record);
        } else {
            throw new IllegalStateException("the copies stage takes arrivals and ticks, not " + record.value());
        }
    }
}
