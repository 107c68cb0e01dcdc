package io.storywatch.topology;

import io.storywatch.wire.DeskRecord;
import org.apache.kafka.common.utils.Utils;
import org.apache.kafka.streams.processor.StreamPartitioner;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Where a record of the desk's repartition topic goes. Stories never mix languages, so the desk can
 * be split by language without a story ever crossing the split. An article goes to the partition of
 * its language: the languages listed in {@code storywatch.desk.languages} are dealt out in their order
 * (the first to partition 0, the next to 1, and round again), so the busiest, listed first, land apart;
 * any other language goes by the murmur2 hash of its code (as Kafka's producer hashes keys, so every
 * instance agrees). A hash alone would not do: a handful of codes rarely spreads over a handful of
 * partitions. A tick of an input partition's clock goes to every desk partition, so each sees feed
 * time move. With one partition, everything goes to it.
 */
final class DeskPartitioner implements StreamPartitioner<String, DeskRecord> {
    private final List<String> languages;

    /** @param languages the languages dealt out in order; the busiest first */
    DeskPartitioner(List<String> languages) {
        this.languages = List.copyOf(languages);
    }

    @Override
    public Optional<Set<Integer>> partitions(String topic, String key, DeskRecord value, int numPartitions) {
        if (value instanceof DeskRecord.Article article) {
            return Optional.of(Set.of(partitionOf(article.article().lang(), numPartitions)));
        }
        return Optional.of(IntStream.range(0, numPartitions).boxed().collect(Collectors.toUnmodifiableSet()));
    }

    /** The desk partition of a language (null: the empty code). */
    int partitionOf(String lang, int numPartitions) {
        String code = lang == null ? "" : lang;
        int listed = languages.indexOf(code);
        if (listed >= 0) {
            return listed % numPartitions;
        }
        return Utils.toPositive(Utils.murmur2(code.getBytes(StandardCharsets.UTF_8))) % numPartitions;
    }
}
