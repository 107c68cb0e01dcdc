package io.storywatch.feed;

import io.storywatch.article.PublishTime;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The order and timestamps of a replay. An article's record timestamp is its publish time; an
 * undated entry takes the feed's clock where it stands in the feed, i.e. the time of the entry read
 * before it (entries before any dated one take the first dated time). Entries are then replayed in
 * timestamp order, ties in file order, so the replay is deterministic for a given feed.
 */
public record ReplayPlan(List<Planned> records) {

    /** One record to publish: key (article id, or null for an unparsed line), value, timestamp. */
    public record Planned(String key, byte[] value, long timestamp, String origin) {
    }

    public static ReplayPlan of(List<FeedEntry> entries, ZoneId feedZone, Instant clockStartWhenUndated) {
        Long firstDated = null;
        for (FeedEntry entry : entries) {
            Long at = publishedAt(entry, feedZone);
            if (at != null) {
                firstDated = at;
                break;
            }
        }
        long clock = firstDated != null ? firstDated : clockStartWhenUndated.toEpochMilli();
        List<Planned> planned = new ArrayList<>(entries.size());
        for (FeedEntry entry : entries) {
            Long at = publishedAt(entry, feedZone);
            if (at != null) {
                clock = at;
            }
            String key = entry.parsed() ? entry.article().id() : null;
            planned.add(new Planned(key, entry.value(), clock, entry.origin()));
        }
        planned.sort(Comparator.comparingLong(Planned::timestamp)); // stable: ties keep file order
        return new ReplayPlan(List.copyOf(planned));
    }

    private static Long publishedAt(FeedEntry entry, ZoneId feedZone) {
        if (!entry.parsed()) {
            return null;
        }
        return PublishTime.parse(entry.article().published(), feedZone)
                .map(t -> t.instant().toEpochMilli())
                .orElse(null);
    }

    public long firstTimestamp() {
        return records.isEmpty() ? 0 : records.get(0).timestamp();
    }

    public long lastTimestamp() {
        return records.isEmpty() ? 0 : records.get(records.size() - 1).timestamp();
    }
}
