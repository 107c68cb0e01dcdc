package io.storywatch.deadline;

/**
 * A deadline found in an article: the temporal expression governed by a deadline cue, or an anaphor
 * that refers to a deadline stated elsewhere ("the deadline", "before that date").
 *
 * @param text       the expression as written
 * @param start      character offset of the expression in the article body
 * @param end        offset after the expression
 * @param expression what the text states of the time; empty for an anaphor
 * @param moves      the sentence says the deadline moved ("extended to", "pushed back", "new deadline")
 * @param anaphor    the mention names no time of its own: it refers to a deadline stated in the article
 *                   or the story
 * @param background its sentence is in the past perfect ("May had requested an extension till June 30",
 *                   "had met where a 7-day deadline was issued"): an earlier state of the story, a
 *                   mention but no deadline the desk tracks or moves
 */
public record DeadlineMention(String text, int start, int end, TimeExpression expression, boolean moves,
                              boolean anaphor, boolean background) {
}
