package io.storywatch.app;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.storywatch.deadline.Precision;
import io.storywatch.story.Revision;
import io.storywatch.story.StoryArticle;
import io.storywatch.story.StoryState;
import io.storywatch.story.TrackedDeadline;
import io.storywatch.text.Terms;
import io.storywatch.wire.Source;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Answers to what a desk asks of storywatch's state (the stories store, read through Kafka Streams'
 * interactive queries or, in tests, straight from a TopologyTestDriver): which stories are active,
 * one story with its articles and deadline history, the live deadlines soonest first. The answers
 * are plain records, written as JSON by the query server (schemas in README, "Asking the desk").
 */
public final class StoryQueries {
    public static final int DEFAULT_LIMIT = 50;
    private static final Comparator<StoryState> NEWEST_ACTIVITY_FIRST =
            Comparator.comparingLong(StoryState::lastSeen).reversed().thenComparing(StoryState::storyId);

    private final ReadOnlyKeyValueStore<String, StoryState> stories;

    public StoryQueries(ReadOnlyKeyValueStore<String, StoryState> stories) {
        this.stories = stories;
    }

    /** One line of {@code GET /stories}. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record StorySummary(String id, String headline, Instant firstSeen, Instant lastSeen, List<String> outlets,
                               int articleCount, LiveDeadline deadline) {
    }

    /** A story's live deadline (the soonest, if it has several) with every source that states it. */
    public record LiveDeadline(String id, OffsetDateTime due, Precision precision, String text, List<SourceView> sources) {
    }

    public record SourceView(String articleId, String outlet, String text) {
    }

    /** {@code GET /stories/{id}}. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record StoryDetail(String id, String headline, Instant firstSeen, Instant lastSeen, List<String> outlets,
                              int articleCount, LiveDeadline deadline, List<StoryArticle> articles,
                              List<DeadlineView> deadlines, List<String> alertIds) {
    }

    /** One of a story's deadlines, live or passed, with what happened to it. */
    public record DeadlineView(String id, OffsetDateTime due, Precision precision, String text, boolean live,
                               List<HistoryEntry> history) {
    }

    /**
     * @param event {@code detected}, {@code refined}, {@code moved} or {@code passed}
     * @param from  the due before a refinement or move
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record HistoryEntry(String event, Instant at, String articleId, OffsetDateTime due, Precision precision,
                               OffsetDateTime from) {
    }

    /** One line of {@code GET /deadlines}. */
    public record DeadlineRow(String storyId, String headline, String id, OffsetDateTime due, Precision precision,
                              String text, long remainingSeconds, List<SourceView> sources) {
    }

    /**
     * The active stories, newest activity first.
     *
     * @param words    when not blank, only stories whose headline or terms hold every word (case and endings folded)
     * @param liveOnly only stories with a live deadline
     */
    public List<StorySummary> stories(String words, boolean liveOnly, int limit) {
        List<String> wanted = words == null || words.isBlank() ? List.of() : Terms.stems(words);
        List<StoryState> found = new ArrayList<>();
        try (KeyValueIterator<String, StoryState> all = stories.all()) {
            while (all.hasNext()) {
                StoryState story = all.next().value;
                if ((!liveOnly || story.hasLiveDeadline()) && holdsAll(story, wanted)) {
                    found.add(story);
                }
            }
        }
        return found.stream().sorted(NEWEST_ACTIVITY_FIRST).limit(Math.max(0, limit)).map(StoryQueries::summary).toList();
    }

    public Optional<StoryDetail> story(String id) {
        StoryState story = stories.get(id);
        if (story == null) {
            return Optional.empty();
        }
        StorySummary s = summary(story);
        List<DeadlineView> deadlines = story.deadlines().stream().map(StoryQueries::deadline).toList();
        return Optional.of(new StoryDetail(s.id(), s.headline(), s.firstSeen(), s.lastSeen(), s.outlets(), s.articleCount(),
                s.deadline(), story.articles(), deadlines, story.alertIds()));
    }

    /** Every live deadline, soonest first, with the time left on the desk's clock {@code deskNow}. */
    public List<DeadlineRow> deadlines(long deskNow) {
        List<DeadlineRow> rows = new ArrayList<>();
        try (KeyValueIterator<String, StoryState> all = stories.all()) {
            while (all.hasNext()) {
                StoryState story = all.next().value;
                for (TrackedDeadline d : story.deadlines()) {
                    if (!d.passed()) {
                        rows.add(new DeadlineRow(story.storyId(), story.headline(), d.id(), d.due(), d.precision(), d.text(),
                                (d.dueMillis() - deskNow) / 1000, sources(d)));
                    }
                }
            }
        }
        rows.sort(Comparator.comparing((DeadlineRow r) -> r.due().toInstant()).thenComparing(DeadlineRow::id));
        return rows;
    }

    private static boolean holdsAll(StoryState story, List<String> wanted) {
        if (wanted.isEmpty()) {
            return true;
        }
        return story.foldedWords().containsAll(wanted);
    }

    private static StorySummary summary(StoryState story) {
        LiveDeadline live = story.deadlines().stream().filter(d -> !d.passed())
                .min(Comparator.comparingLong(TrackedDeadline::dueMillis))
                .map(d -> new LiveDeadline(d.id(), d.due(), d.precision(), d.text(), sources(d))).orElse(null);
        return new StorySummary(story.storyId(), story.headline(), Instant.ofEpochMilli(story.firstSeen()),
                Instant.ofEpochMilli(story.lastSeen()), story.outlets(), story.articleCount(), live);
    }

    private static List<SourceView> sources(TrackedDeadline d) {
        return d.sources().stream().map((Source s) -> new SourceView(s.articleId(), s.outlet(), s.text())).toList();
    }

    private static DeadlineView deadline(TrackedDeadline d) {
        List<HistoryEntry> history = new ArrayList<>();
        OffsetDateTime firstDue = d.history().isEmpty() ? d.due() : d.history().get(0).from();
        Precision firstPrecision = d.history().isEmpty() ? d.precision() : d.history().get(0).fromPrecision();
        history.add(new HistoryEntry("detected", Instant.ofEpochMilli(d.detectedAt()), d.detectedBy(), firstDue,
                firstPrecision, null));
        for (Revision r : d.history()) {
            history.add(new HistoryEntry(r.kind().name().toLowerCase(Locale.ROOT), Instant.ofEpochMilli(r.at()),
                    r.articleId(), r.to(), r.toPrecision(), r.from()));
        }
        if (d.passed()) {
            history.add(new HistoryEntry("passed", Instant.ofEpochMilli(d.passedAt()), null, d.due(), d.precision(), null));
        }
        return new DeadlineView(d.id(), d.due(), d.precision(), d.text(), !d.passed(), history);
    }
}
