package io.storywatch.deadline;

/**
 * A deadline found in an article: the temporal expression governed by a deadline cue.
 *
 * @param text  the expression as written
 * @param start character offset of the expression in the article body
 * @param end   offset after the expression
 * @param moves the sentence says the deadline moved ("extended to", "pushed back", "new deadline")
 */
public record DeadlineMention(String text, int start, int end, TimeExpression expression, boolean moves) {
}
