package io.storywatch.desk;

import io.storywatch.deadline.Precision;
import io.storywatch.deadline.ResolvedDeadline;
import io.storywatch.json.JsonSerde;
import io.storywatch.story.DeadlineTracker;
import io.storywatch.story.StoryState;
import org.apache.kafka.common.serialization.Serdes;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;

/** A story repository on in-memory stores, and stories with deadlines, for the desk's unit tests. */
final class DeskParts {
    static final Duration RETENTION = Duration.ofDays(30);
    static final DeadlineTracker TRACKER = new DeadlineTracker(DeadlineTracker.DEFAULT_TOLERANCE,
            DeadlineTracker.DEFAULT_THRESHOLDS);

    private DeskParts() {
    }

    static StoryRepository repository() {
        InMemoryStores stores = new InMemoryStores();
        return new StoryRepository(
                stores.keyValue(StoryRepository.STORIES_STORE, JsonSerde.of(StoryState.class)),
                stores.keyValue(StoryRepository.STORY_INDEX_STORE, JsonSerde.of(StoryRepository.Postings.class)),
                stores.window(StoryRepository.ARTICLE_STORIES_STORE, RETENTION, false, Serdes.String()), RETENTION);
    }

    /** A story started at {@code at} by article {@code id}, with a deadline at {@code due} (minute precision). */
    static StoryState storyWithDeadline(String id, long at, String due) {
        StoryState story = StoryState.startFor(Articles.of(id, "Body of " + id + " with enough words to shingle."), at);
        OffsetDateTime d = OffsetDateTime.parse(due);
        TRACKER.observe(story, List.of(new ResolvedDeadline(due, d, Precision.MINUTE, d.toInstant(), 0, 1)),
                List.of(false), id, "outlet-" + id, at);
        return story;
    }
}
