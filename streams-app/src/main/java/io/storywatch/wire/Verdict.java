package io.storywatch.wire;

/** What the desk decided about an article. */
public enum Verdict {
    NEW_STORY, SAME_STORY, DUPLICATE, NEAR_DUPLICATE
}
