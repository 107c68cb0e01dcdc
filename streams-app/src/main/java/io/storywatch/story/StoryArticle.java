package io.storywatch.story;

import io.storywatch.wire.Verdict;

/** An article of a story as the desk saw it: who published it, when, and what the desk decided. */
public record StoryArticle(String id, String outlet, String title, String published, Verdict verdict,
                           String duplicateOf) {
}
