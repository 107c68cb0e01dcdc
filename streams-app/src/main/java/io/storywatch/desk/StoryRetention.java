package io.storywatch.desk;

import io.storywatch.story.StoryState;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * Forgets stories quiet for longer than the retention; a story with a live deadline waits for it and
 * is looked at again a retention later. The queue, one entry per story ordered by time, is derived
 * from the stories (rebuilt at start-up from each story's last article), so it needs no store; a
 * sweep reads only the entries the horizon has passed, never the whole window. The other stores of
 * the desk forget on their own (window stores, see {@link Copies}).
 */
public final class StoryRetention {
    /** A story to look at once the horizon passes {@code at}. */
    record Entry(long at, String storyId) implements Comparable<Entry> {
        @Override
        public int compareTo(Entry o) {
            int byTime = Long.compare(at, o.at);
            return byTime != 0 ? byTime : storyId.compareTo(o.storyId);
        }
    }

    private final TreeSet<Entry> queue = new TreeSet<>();
    private final Map<String, Long> queuedAt = new HashMap<>();

    /** The story had an article at feed time {@code at} (or was read from the store at start-up). */
    public void touch(String storyId, long at) {
        Long previous = queuedAt.put(storyId, at);
        if (previous != null) {
            queue.remove(new Entry(previous, storyId));
        }
        queue.add(new Entry(at, storyId));
    }

    /**
     * Forgets the stories whose last article is older than {@code horizon} and that have no live
     * deadline, telling {@code forgotten} of each; a quiet story with a live deadline is looked at
     * again once the horizon passes {@code now}.
     */
    public void sweep(long horizon, long now, StoryRepository stories, Consumer<String> forgotten) {
        while (!queue.isEmpty() && queue.first().at() < horizon) {
            Entry entry = queue.pollFirst();
            queuedAt.remove(entry.storyId());
            StoryState story = stories.get(entry.storyId());
            if (story == null) {
                continue; // already gone
            }
            if (story.lastSeen() >= horizon) {
                touch(entry.storyId(), story.lastSeen()); // not quiet after all: look again when it is
                continue;
            }
            if (story.hasLiveDeadline()) {
                touch(entry.storyId(), now);
            } else {
                stories.delete(entry.storyId());
                forgotten.accept(entry.storyId());
            }
        }
    }

    /** Stories queued (for tests and meters). */
    public int size() {
        return queue.size();
    }
}
