package io.storywatch.desk;

import io.storywatch.alert.AlertFactory;
import io.storywatch.story.DeadlineEvent;
import io.storywatch.story.DeadlineTracker;
import io.storywatch.story.StoryState;
import io.storywatch.wire.Alert;
import org.apache.kafka.streams.processor.Punctuator;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * Raises DEADLINE_APPROACHING and DEADLINE_PASSED as the desk's clock reaches them. It keeps, per
 * story with a live deadline, the next feed time at which something is due; that schedule is derived
 * from the stories (rebuilt by {@link #rebuild} at start-up), so it needs no store of its own.
 * {@link #punctuate} runs it up to a time: the desk calls it on every tick of feed time, and that is
 * how a wall-clock punctuation reaches it in live mode.
 */
public final class DeadlineWatch implements Punctuator {
    /** A story's next due time. */
    private record Due(long at, String storyId) {
    }

    private static final Comparator<Due> BY_TIME = Comparator.comparingLong(Due::at).thenComparing(Due::storyId);
    /** Stories due at one time are run in the order of their ids as bytes, as a store would list them. */
    private static final Comparator<String> AS_STORED = (a, b) ->
            Arrays.compareUnsigned(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));

    private final StoryRepository stories;
    private final DeadlineTracker tracker;
    private final Consumer<Alert> alerts;
    private final Consumer<StoryState> deadlinesChanged;
    private final Map<String, Long> nextByStory = new HashMap<>();
    private final TreeSet<Due> schedule = new TreeSet<>(BY_TIME);

    /**
     * @param alerts           where the watch's alerts go, in feed order
     * @param deadlinesChanged told of every story the watch (re)schedules, for the countdown meters
     */
    public DeadlineWatch(StoryRepository stories, DeadlineTracker tracker, Consumer<Alert> alerts,
                         Consumer<StoryState> deadlinesChanged) {
        this.stories = stories;
        this.tracker = tracker;
        this.alerts = alerts;
        this.deadlinesChanged = deadlinesChanged;
    }

    /** Start-up: schedules a story from the store (no meters, no alerts). */
    public void rebuild(StoryState story) {
        set(story.storyId(), story.nextWatchTime(tracker.thresholdsMillis()));
    }

    /** A story's deadlines may have changed: the watch looks at it again when its next one is due. */
    public void schedule(StoryState story) {
        deadlinesChanged.accept(story);
        set(story.storyId(), story.nextWatchTime(tracker.thresholdsMillis()));
    }

    /** The story is gone: nothing more to watch. */
    public void forget(String storyId) {
        set(storyId, Long.MAX_VALUE);
    }

    /** Raises what is due up to feed time {@code now}, in time order (one story's alerts keep their order). */
    @Override
    public void punctuate(long now) {
        if (schedule.isEmpty() || schedule.first().at() > now) {
            return;
        }
        List<String> due = new ArrayList<>();
        for (Due d : schedule) {
            if (d.at() > now) {
                break;
            }
            due.add(d.storyId());
        }
        due.sort(AS_STORED);
        List<Alert> raised = new ArrayList<>();
        for (String storyId : due) {
            StoryState story = stories.get(storyId);
            if (story == null) {
                forget(storyId);
                continue;
            }
            for (DeadlineEvent event : tracker.advance(story, now)) {
                Alert alert = AlertFactory.deadline(story, event);
                story.recordAlert(alert.alertId());
                raised.add(alert);
            }
            stories.save(story);
            schedule(story);
        }
        raised.sort(Comparator.comparing(Alert::at)); // stable
        raised.forEach(alerts);
    }

    /** The next feed time something is due, or Long.MAX_VALUE. */
    public long nextDue() {
        return schedule.isEmpty() ? Long.MAX_VALUE : schedule.first().at();
    }

    private void set(String storyId, long next) {
        Long previous = next == Long.MAX_VALUE ? nextByStory.remove(storyId) : nextByStory.put(storyId, next);
        if (previous != null) {
            schedule.remove(new Due(previous, storyId));
        }
        if (next != Long.MAX_VALUE) {
            schedule.add(new Due(next, storyId));
        }
    }
}
