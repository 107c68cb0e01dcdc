package io.storywatch.story;

/** What the story desk emits: verdicts go to the enriched topic, alerts to the alerts topic. */
public interface DeskOutput {
}
