package io.storywatch.dedup;

/** Whether an article copies one the desk has seen: exactly, nearly, or not at all. */
public sealed interface CopyMatch {
    /** Not a copy of any article still remembered. */
    CopyMatch NONE = new None();

    /** The same id again, or the same text (case and white space folded) under another id. */
    record Exact(String originalId) implements CopyMatch {
    }

    /** A near copy (a wire reprint): the most similar earlier article, at estimated Jaccard {@code similarity}. */
    record Near(String originalId, double similarity) implements CopyMatch {
    }

    /** No copy: see {@link #NONE}. */
    record None() implements CopyMatch {
    }
}
