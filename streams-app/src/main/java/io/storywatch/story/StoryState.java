package io.storywatch.story;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonIgnore;
import io.storywatch.deadline.ResolvedDeadline;
import io.storywatch.text.Terms;
import io.storywatch.wire.AnalyzedArticle;
import io.storywatch.wire.Verdict;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything the desk keeps about one story, in the stories store (key = story id). It changes only
 * through its own methods: an article joins, an outlet count is confirmed, a deadline is added. Jackson
 * reads and writes the fields themselves (the store's JSON keeps the field names).
 */
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE, setterVisibility = Visibility.NONE)
public final class StoryState {
    /** Articles listed per story; the count goes on. */
    static final int MAX_ARTICLES = 500;
    /** Alert ids listed per story. */
    static final int MAX_ALERT_IDS = 500;
    /** Terms kept in the story's vector. */
    static final int MAX_STORY_TERMS = 200;

    private String storyId;
    private String headline;
    /** The language of the story's first article; only articles in it join. */
    private String lang;
    private long firstSeen;
    private long lastSeen;
    private int articleCount;
    /** The story's articles in feed order, copies included, as the desk judged them. */
    private List<StoryArticle> articles = new ArrayList<>();
    /** Ids of the alerts raised about the story, in order. */
    private List<String> alertIds = new ArrayList<>();
    private List<String> outlets = new ArrayList<>();
    private Map<String, Double> terms = new LinkedHashMap<>();
    /** {@link Terms#norm} of {@link #terms}, computed on first use after a change; not stored. */
    @JsonIgnore
    private double termsNorm = Double.NaN;
    /** Latest publish time among the story's dated articles: the reference of its undated ones. */
    private Instant referenceTime;
    private boolean referenceDateOnly;
    /** Highest outlet count already announced by STORY_CONFIRMED. */
    private int confirmedOutlets = 1;
    /** Deadlines numbered so far: the next one is {@code storyId#(deadlineSeq + 1)}. */
    private int deadlineSeq;
    private List<TrackedDeadline> deadlines = new ArrayList<>();

    StoryState() {
        // for Jackson and the tests of this package
    }

    /** A new story, started by its first article at feed time {@code at}. */
    public static StoryState startFor(AnalyzedArticle article, long at) {
        StoryState story = new StoryState();
        story.storyId = "story-" + article.id();
        story.headline = article.title();
        story.lang = article.lang();
        story.firstSeen = at;
        story.join(article, at);
        return story;
    }

    /** Adds an article to the story: counts, outlets, terms and the reference time of undated articles. */
    public void join(AnalyzedArticle article, long at) {
        lastSeen = Math.max(lastSeen, at);
        articleCount++;
        if (article.outlet() != null && !outlets.contains(article.outlet())) {
            outlets.add(article.outlet());
        }
        if (headline == null) {
            headline = article.title();
        }
        terms = Terms.merge(terms, article.terms(), MAX_STORY_TERMS);
        termsNorm = Double.NaN;
        if (article.publishedAt() != null && (referenceTime == null || article.publishedAt().isAfter(referenceTime))) {
            referenceTime = article.publishedAt();
            referenceDateOnly = article.dateOnly();
        }
    }

    /** Lists an article of the story (a copy too) with the desk's verdict on it. */
    public void list(AnalyzedArticle article, Verdict verdict, String duplicateOf) {
        if (articles.size() < MAX_ARTICLES) {
            articles.add(new StoryArticle(article.id(), article.outlet(), article.title(), article.published(), verdict,
                    duplicateOf));
        }
    }

    /** Records an alert raised about the story. */
    public void recordAlert(String alertId) {
        if (alertIds.size() < MAX_ALERT_IDS) {
            alertIds.add(alertId);
        }
    }

    /**
     * True once per outlet count that is one of {@code announceAt} and above any count announced
     * before: the story is then confirmed by that many outlets.
     */
    public boolean confirmNewOutletCount(Collection<Integer> announceAt) {
        int count = outlets.size();
        if (count > confirmedOutlets && announceAt.contains(count)) {
            confirmedOutlets = count;
            return true;
        }
        return false;
    }

    /** Tracks a further deadline of the story under the next deadline id. */
    TrackedDeadline addDeadline(io.storywatch.deadline.ResolvedDeadline first, String articleId, long at) {
        TrackedDeadline added = new TrackedDeadline(storyId + "#" + (++deadlineSeq), first, articleId, at);
        deadlines.add(added);
        return added;
    }

    /** The next feed time at which the deadline watch has something to do, or Long.MAX_VALUE. */
    public long nextWatchTime(List<Long> thresholdsMillis) {
        long next = Long.MAX_VALUE;
        for (TrackedDeadline d : deadlines) {
            if (!d.passed()) {
                next = Math.min(next, d.nextWatchTime(thresholdsMillis));
            }
        }
        return next;
    }

    /**
     * The story's words as {@link Terms} spells them (lower case, stems): its terms and its headline's
     * words. What a watch list or a query's words are matched against.
     */
    public java.util.Set<String> foldedWords() {
        java.util.Set<String> words = new java.util.HashSet<>(terms.keySet());
        if (headline != null) {
            words.addAll(Terms.stems(headline));
        }
        return words;
    }

    /**
     * Whether an article that states {@code ahead} starts a development of its own rather than joining
     * this story: the story's principal deadline (the one most sources state) has passed by {@code at},
     * and the article states, in a sentence that moves a deadline ({@code moves}: "extended",
     * "delayed", "suspended", ...), one still ahead that is none of the story's, without restating the
     * principal one ("a 75-day extension" after the ban's deadline passed; the strike suspended until
     * January after it began). Aftermath coverage, with no deadline ahead or a date of its own that
     * moves nothing (a summit on Thursday), stays.
     */
    public boolean isDevelopedBy(List<ResolvedDeadline> ahead, List<Boolean> moves, long at, Duration tolerance) {
        TrackedDeadline principal = principal();
        if (!principalPassedBy(at) || ahead.isEmpty()
                || ahead.stream().anyMatch(a -> principal.current().sameDeadlineAs(a, tolerance))) {
            return false;
        }
        for (int i = 0; i < ahead.size(); i++) {
            ResolvedDeadline a = ahead.get(i);
            if (moves.get(i) && deadlines.stream().noneMatch(d -> d.current().sameDeadlineAs(a, tolerance))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the story's principal deadline (the one most sources state) has passed by {@code at}. */
    public boolean principalPassedBy(long at) {
        TrackedDeadline principal = principal();
        return principal != null && principal.dueMillis() <= at;
    }

    private TrackedDeadline principal() {
        return deadlines.stream().max(Comparator.comparingInt(d -> d.sources().size())).orElse(null);
    }

    public boolean hasLiveDeadline() {
        return deadlines.stream().anyMatch(d -> !d.passed());
    }

    public String storyId() {
        return storyId;
    }

    public String headline() {
        return headline;
    }

    public String lang() {
        return lang;
    }

    public long firstSeen() {
        return firstSeen;
    }

    public long lastSeen() {
        return lastSeen;
    }

    public int articleCount() {
        return articleCount;
    }

    public List<StoryArticle> articles() {
        return Collections.unmodifiableList(articles);
    }

    public List<String> alertIds() {
        return Collections.unmodifiableList(alertIds);
    }

    public List<String> outlets() {
        return Collections.unmodifiableList(outlets);
    }

    public Map<String, Double> terms() {
        return Collections.unmodifiableMap(terms);
    }

    /** The length of the story's term vector, for cosine similarity; kept until the terms change. */
    public double termsNorm() {
        if (Double.isNaN(termsNorm)) {
            termsNorm = Terms.norm(terms);
        }
        return termsNorm;
    }

    public Instant referenceTime() {
        return referenceTime;
    }

    public boolean referenceDateOnly() {
        return referenceDateOnly;
    }

    /** The story's deadlines, live and passed, in the order they were first detected. */
    public List<TrackedDeadline> deadlines() {
        return Collections.unmodifiableList(deadlines);
    }
}
