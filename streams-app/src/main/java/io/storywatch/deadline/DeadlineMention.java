package io.storywatch.deadline;

import com.fasterxml.jackson.annotation.JsonInclude;

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
 * @param sentenceEnd true where its sentence ends right after it ("must leave at that time. At 6 pm, ..."):
 *                   a time stated next belongs to the next sentence and does not restate this one; null
 *                   (not written) otherwise, as in records of versions that did not tell
 */
public record DeadlineMention(String text, int start, int end, TimeExpression expression, boolean moves,
                              boolean anaphor, boolean background,
                              @JsonInclude(JsonInclude.Include.NON_NULL) Boolean sentenceEnd) {

    /** Whether its sentence ends right after it. */
    public boolean closesSentence() {
        return Boolean.TRUE.equals(sentenceEnd);
    }
}
