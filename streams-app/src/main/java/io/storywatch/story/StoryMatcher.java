package io.storywatch.story;

import io.storywatch.text.Terms;

import java.time.Duration;
import java.util.Map;

/**
 * Decides which story an article belongs to: the most similar story (cosine of weighted terms) in
 * the same language, active within the time window, if its similarity reaches the threshold and
 * what they share besides their strongest common term reaches the support ({@link #DEFAULT_SUPPORT});
 * else a new story. The candidates come from the desk's term index ({@link StoryIndex}), not from
 * every story.
 * Deterministic for a given input order: candidates are seen in story-id order, ties go to the first.
 */
public final class StoryMatcher {
    /**
     * Cosine similarity from which an article joins a story. Measured on the seeds and the labelled
     * newsroom feed: articles join their own story at 0.43 or more (seeds: 0.51 or more), while the
     * closest wrong story in the same language and window scores at most 0.25.
     */
    public static final double DEFAULT_THRESHOLD = 0.35;
    /**
     * What an article must share with a story besides their strongest common term
     * ({@link Terms#cosineBeyondTopShared}). Coverage of one event shares many things (people, places,
     * numbers, what happened); a different event about the same company or person shares mostly the
     * name. Measured on the labelled feeds: articles score at least 0.38 against their own story; a
     * next-day story about the same company (a fine, after a blocked merger) scores 0.10 while its
     * plain cosine, 0.41, passes the threshold.
     */
    public static final double DEFAULT_SUPPORT = 0.25;
    /** A story takes new articles while its last article is at most this old. */
    public static final Duration DEFAULT_WINDOW = Duration.ofDays(7);

    private final double threshold;
    private final double support;
    private final long windowMillis;

    public StoryMatcher(double threshold, double support, Duration window) {
        this.threshold = threshold;
        this.support = support;
        this.windowMillis = window.toMillis();
    }

    /** Starts a search for the story of an article seen at feed time {@code at}. */
    public Search search(Map<String, Double> terms, String lang, long at) {
        return new Search(terms, lang, at);
    }

    /** Feed the candidates one by one, then ask for the {@link #best()}. */
    public final class Search {
        private final Map<String, Double> terms;
        private final double norm;
        private final String lang;
        private final long at;
        private StoryState best;
        private double bestScore;

        private Search(Map<String, Double> terms, String lang, long at) {
            this.terms = terms;
            this.norm = Terms.norm(terms);
            this.lang = lang;
            this.at = at;
        }

        public void consider(StoryState story) {
            if (at - story.lastSeen() > windowMillis || story.lang() != null && !story.lang().equals(lang)) {
                return;
            }
            Map<String, Double> storyTerms = story.terms();
            double score = Terms.cosine(terms, norm, storyTerms, story.termsNorm());
            if (score >= threshold && score > bestScore
                    && Terms.cosineBeyondTopShared(terms, norm, storyTerms, story.termsNorm()) >= support) {
                best = story;
                bestScore = score;
            }
        }

        /** The story to join, or null for a new story. */
        public StoryState best() {
            return best;
        }
    }
}
