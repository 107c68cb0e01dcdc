package io.storywatch.story;

import com.fasterxml.jackson.annotation.JsonIgnore;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Everything the desk keeps about one story, in the stories store (key = story id). */
public final class StoryState {
    /** Article ids listed per story; the count goes on. */
    static final int MAX_ARTICLE_IDS = 500;
    /** Terms kept in the story's vector. */
    static final int MAX_STORY_TERMS = 200;

    public String storyId;
    public String headline;
    /** The language of the story's first article; only articles in it join. */
    public String lang;
    public long firstSeen;
    public long lastSeen;
    public int articleCount;
    public List<String> articleIds = new ArrayList<>();
    public List<String> outlets = new ArrayList<>();
    public Map<String, Double> terms = new LinkedHashMap<>();
    /** Latest publish time among the story's dated articles: the reference of its undated ones. */
    public Instant referenceTime;
    public boolean referenceDateOnly;
    /** Highest outlet count already announced by STORY_CONFIRMED. */
    public int confirmedOutlets = 1;
    public int deadlineSeq;
    public List<TrackedDeadline> deadlines = new ArrayList<>();

    public StoryState() {
    }

    public static StoryState startFor(AnalyzedArticle article, long at) {
        StoryState story = new StoryState();
        story.storyId = "story-" + article.id();
        story.headline = article.title();
        story.lang = article.lang();
        story.firstSeen = at;
        story.join(article, at);
        return story;
    }

    public void join(AnalyzedArticle article, long at) {
        lastSeen = Math.max(lastSeen, at);
        articleCount++;
        if (articleIds.size() < MAX_ARTICLE_IDS) {
            articleIds.add(article.id());
        }
        if (article.outlet() != null && !outlets.contains(article.outlet())) {
            outlets.add(article.outlet());
        }
        if (headline == null) {
            headline = article.title();
        }
        terms = io.storywatch.text.Terms.merge(terms, article.terms(), MAX_STORY_TERMS);
        if (article.publishedAt() != null && (referenceTime == null || article.publishedAt().isAfter(referenceTime))) {
            referenceTime = article.publishedAt();
            referenceDateOnly = article.dateOnly();
        }
    }

    /** The next feed time at which the deadline watch has something to do, or Long.MAX_VALUE. */
    @JsonIgnore
    public long nextWatchTime(List<Long> thresholdsMillis) {
        long next = Long.MAX_VALUE;
        for (TrackedDeadline d : deadlines) {
            if (d.passed) {
                continue;
            }
            next = Math.min(next, d.dueMillis());
            for (long threshold : thresholdsMillis) {
                if (!d.firedThresholds.contains(threshold)) {
                    next = Math.min(next, d.dueMillis() - threshold);
                }
            }
        }
        return next;
    }

    @JsonIgnore
    public boolean hasLiveDeadline() {
        return deadlines.stream().anyMatch(d -> !d.passed);
    }
}
