package io.storywatch.story;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import io.storywatch.deadline.Precision;
import io.storywatch.deadline.ResolvedDeadline;
import io.storywatch.wire.Source;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A deadline a story holds, with every source that stated it and its revisions. It changes through
 * its own methods (a source added, refined, moved, a threshold fired, passed); the rules of when to
 * call them are {@link DeadlineTracker}'s.
 */
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE, setterVisibility = Visibility.NONE)
public final class TrackedDeadline {
    /** Sources kept per deadline; later ones are counted by the story, not listed. */
    static final int MAX_SOURCES = 50;

    private String id;
    private OffsetDateTime due;
    private Precision precision;
    private String text;
    private Instant windowStart;
    /** Feed time at which the current due was set (detection or last revision). */
    private long armedAt;
    private List<Source> sources = new ArrayList<>();
    private List<Revision> history = new ArrayList<>();
    /** Approaching thresholds (milliseconds before due) already alerted for the current due. */
    private List<Long> firedThresholds = new ArrayList<>();
    private boolean passed;
    /** Feed time the deadline was first stated, and by which article. */
    private long detectedAt;
    private String detectedBy;
    /** Feed time the deadline passed; 0 while it has not. */
    private long passedAt;

    TrackedDeadline() {
        // for Jackson
    }

    TrackedDeadline(String id, ResolvedDeadline first, String articleId, long at) {
        this.id = id;
        this.detectedAt = at;
        this.detectedBy = articleId;
        set(first, at);
    }

    void addSource(Source source) {
        if (sources.size() < MAX_SOURCES) {
            sources.add(source);
        }
    }

    /**
     * Sets a new due ({@code kind} says whether it refines or moves the old one), re-arms the approaching
     * thresholds still ahead of feed time {@code at}, and passes the deadline if the new due is not ahead.
     */
    Revision revise(ResolvedDeadline to, Revision.Kind kind, String articleId, long at) {
        Revision revision = new Revision(kind, due, precision, to.due(), to.precision(), articleId, at);
        history.add(revision);
        set(to, at);
        long dueMillis = dueMillis();
        firedThresholds.removeIf(threshold -> dueMillis - threshold > at);
        passed = dueMillis <= at;
        passedAt = passed ? at : 0;
        return revision;
    }

    /** Records that the approaching alert for {@code threshold} is out; false if it was already. */
    boolean fire(long threshold) {
        if (firedThresholds.contains(threshold)) {
            return false;
        }
        firedThresholds.add(threshold);
        return true;
    }


    void markPassed(long at) {
        passed = true;
        passedAt = at;
    }

    /** The next feed time at which a threshold or the due is crossed, or Long.MAX_VALUE once passed. */
    long nextWatchTime(List<Long> thresholdsMillis) {
        if (passed) {
            return Long.MAX_VALUE;
        }
        long next = dueMillis();
        for (long threshold : thresholdsMillis) {
            if (!firedThresholds.contains(threshold)) {
                next = Math.min(next, dueMillis() - threshold);
            }
        }
        return next;
    }

    private void set(ResolvedDeadline resolved, long at) {
        due = resolved.due();
        precision = resolved.precision();
        text = resolved.text();
        windowStart = resolved.windowStart();
        armedAt = at;
    }

    /** The deadline as a resolved mention, for comparing with new mentions. */
    public ResolvedDeadline current() {
        return new ResolvedDeadline(text, due, precision, windowStart, 0, 0);
    }

    public long dueMillis() {
        return due.toInstant().toEpochMilli();
    }

    public String id() {
        return id;
    }

    public OffsetDateTime due() {
        return due;
    }

    public Precision precision() {
        return precision;
    }

    public String text() {
        return text;
    }

    public long armedAt() {
        return armedAt;
    }

    public boolean passed() {
        return passed;
    }

    public List<Source> sources() {
        return Collections.unmodifiableList(sources);
    }

    public long detectedAt() {
        return detectedAt;
    }

    public String detectedBy() {
        return detectedBy;
    }

    /** Feed time the deadline passed, or 0 while it is live. */
    public long passedAt() {
        return passedAt;
    }

    public List<Revision> history() {
        return Collections.unmodifiableList(history);
    }
}
