package io.storywatch.topology;

import io.storywatch.wire.AnalyzedArticle;
import io.storywatch.wire.DeskRecord;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class DeskPartitionerTest {
    private final DeskPartitioner partitioner = new DeskPartitioner(StorywatchConfig.defaults().deskLanguages());

    private static DeskRecord article(String lang) {
        return new DeskRecord.Article(new AnalyzedArticle("a1", null, "outlet.example", "Title", null, null, false, "h",
                Map.of(), List.of(), 0L, lang, null));
    }

    @Test
    void listedLanguagesAreDealtOutInOrderSoTheBusiestLandApart() {
        assertEquals(Optional.of(Set.of(0)), partitioner.partitions("t", "a1", article("en"), 3));
        assertEquals(Optional.of(Set.of(1)), partitioner.partitions("t", "a1", article("es"), 3));
        assertEquals(Optional.of(Set.of(2)), partitioner.partitions("t", "a1", article("fr"), 3));
        assertEquals(Optional.of(Set.of(0)), partitioner.partitions("t", "a1", article("de"), 3), "round again");
    }

    @Test
    void anyOtherLanguageGoesByItsHashTheSameWayEveryTime() {
        int partition = partitioner.partitionOf("sv", 4);
        for (int i = 0; i < 3; i++) {
            assertEquals(partition, new DeskPartitioner(List.of("en")).partitionOf("sv", 4));
        }
        assertEquals(partitioner.partitionOf("", 4), partitioner.partitionOf(null, 4));
    }

    @Test
    void aTickGoesToEveryDeskPartitionAndWithOnePartitionEverythingGoesToIt() {
        assertEquals(Optional.of(Set.of(0, 1, 2)), partitioner.partitions("t", "~clock", new DeskRecord.Tick(), 3));
        assertEquals(Optional.of(Set.of(0)), partitioner.partitions("t", "a1", article("fr"), 1));
        assertEquals(Optional.of(Set.of(0)), partitioner.partitions("t", "~clock", new DeskRecord.Tick(), 1));
    }

    @Test
    void theNumberOfDeskPartitionsIsASettingOfOneOrMore() {
        assertEquals(1, StorywatchConfig.defaults().deskPartitions());
        assertEquals(4, StorywatchConfig.from(Map.of("storywatch.desk.partitions", "4")).deskPartitions());
        assertEquals(List.of("de", "en"), StorywatchConfig.from(Map.of("storywatch.desk.languages", "de, en,")).deskLanguages());
        assertThrows(IllegalArgumentException.class, () -> StorywatchConfig.from(Map.of("storywatch.desk.partitions", "0")));
    }
}
