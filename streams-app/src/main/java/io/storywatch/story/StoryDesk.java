package io.storywatch.story;

import io.storywatch.text.Terms;

import java.time.Duration;
import java.util.Map;

/**
 * Decides which story an article belongs to: the most similar story (cosine of weighted terms)
 * active within the time window, if its similarity reaches the threshold; else a new story.
 * Deterministic for a given input order: candidates are seen in story-id order, ties go to the first.
 */
public final class StoryDesk {
    /** Cosine similarity from which an article joins a story. */
    public static final double DEFAULT_THRESHOLD = 0.22;
    /** A story takes new articles while its last article is at most this old. */
    public static final Duration DEFAULT_WINDOW = Duration.ofDays(7);

    private final double threshold;
    private final long windowMillis;

    public StoryDesk(double threshold, Duration window) {
        this.threshold = threshold;
        this.windowMillis = window.toMillis();
    }

    /** Starts a search for the story of an article seen at feed time {@code at}. */
    public Search search(Map<String, Double> terms, long at) {
        return new Search(terms, at);
    }

    /** Feed the candidates one by one, then ask for the {@link #best()}. */
    public final class Search {
        private final Map<String, Double> terms;
        private final long at;
        private StoryState best;
        private double bestScore;

        private Search(Map<String, Double> terms, long at) {
            this.terms = terms;
            this.at = at;
        }

        public void consider(StoryState story) {
            if (at - story.lastSeen > windowMillis) {
                return;
            }
            double score = Terms.cosine(terms, story.terms);
            if (score >= threshold && score > bestScore) {
                best = story;
                bestScore = score;
            }
        }

        /** The story to join, or null for a new story. */
        public StoryState best() {
            return best;
        }

        public double bestScore() {
            return bestScore;
        }
    }
}
