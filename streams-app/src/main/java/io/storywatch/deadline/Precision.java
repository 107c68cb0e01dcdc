package io.storywatch.deadline;

/** How exactly a deadline is known, finest first. */
public enum Precision {
    MINUTE, HOUR, PART_OF_DAY, DAY, WEEK, MONTH;

    public boolean finerThan(Precision other) {
        return ordinal() < other.ordinal();
    }
}
