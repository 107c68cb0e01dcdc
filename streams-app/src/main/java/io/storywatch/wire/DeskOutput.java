package io.storywatch.wire;

/** What the story desk emits: verdicts go to the enriched topic, alerts to the alerts topic. */
public interface DeskOutput {
}
