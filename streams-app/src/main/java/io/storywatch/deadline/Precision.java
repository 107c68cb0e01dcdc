package io.storywatch.deadline;

/** How exactly a deadline is known, finest first. */
public enum Precision {
    MINUTE, HOUR, PART_OF_DAY, DAY, WEEK, MONTH,
    /** A quarter of the year: like a month alone, a limit the text does not pin to a day. */
    QUARTER;

    public boolean finerThan(Precision other) {
        return ordinal() < other.ordinal();
    }
}
