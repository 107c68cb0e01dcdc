package io.storywatch.story;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.storywatch.deadline.Precision;
import io.storywatch.deadline.ResolvedDeadline;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/** A deadline a story holds, with every source that stated it and its revisions. Mutable state of the desk. */
public final class TrackedDeadline {
    /** Sources kept per deadline; later ones are counted by the story, not listed. */
    static final int MAX_SOURCES = 50;

    public String id;
    public OffsetDateTime due;
    public Precision precision;
    public String text;
    public Instant windowStart;
    /** Feed time at which the current due was set (detection or last revision). */
    public long armedAt;
    public List<Source> sources = new ArrayList<>();
    public List<Revision> history = new ArrayList<>();
    /** Approaching thresholds (milliseconds before due) already alerted for the current due. */
    public List<Long> firedThresholds = new ArrayList<>();
    public boolean passed;

    public TrackedDeadline() {
    }

    TrackedDeadline(String id, ResolvedDeadline first, long at) {
        this.id = id;
        set(first, at);
    }

    void set(ResolvedDeadline resolved, long at) {
        due = resolved.due();
        precision = resolved.precision();
        text = resolved.text();
        windowStart = resolved.windowStart();
        armedAt = at;
    }

    void addSource(Source source) {
        if (sources.size() < MAX_SOURCES) {
            sources.add(source);
        }
    }

    @JsonIgnore
    public ResolvedDeadline current() {
        return new ResolvedDeadline(text, due, precision, windowStart, 0, 0);
    }

    @JsonIgnore
    public long dueMillis() {
        return due.toInstant().toEpochMilli();
    }
}
