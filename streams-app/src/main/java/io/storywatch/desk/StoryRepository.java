package io.storywatch.desk;

import io.storywatch.json.JsonSerde;
import io.storywatch.story.StoryIndex;
import io.storywatch.story.StoryState;
import io.storywatch.wire.AnalyzedArticle;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;
import org.apache.kafka.streams.state.WindowStore;
import org.apache.kafka.streams.state.WindowStoreIterator;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The desk's stories: the stories themselves (the most recent kept decoded), the term index that
 * finds candidate stories for an article, and which story each remembered article went to.
 */
public final class StoryRepository {
    public static final String STORIES_STORE = "storywatch-stories";
    public static final String STORY_INDEX_STORE = "storywatch-story-index";
    public static final String ARTICLE_STORIES_STORE = "storywatch-article-stories";
    /** Decoded stories kept in memory (write-through; the store stays the truth across restarts). */
    static final int STORY_CACHE = 20_000;
    /**
     * Decoded postings kept in memory (at most 32 entries each); news vocabulary is Zipfian, so most key
     * terms of an article hit. A miss reads the data blocks of a term the index holds (profiled): with
     * 100,000 articles in the desk benchmark's window, 80,000 terms instead of 20,000 cut the candidate
     * search by a fifth, for 26 MiB more heap; with a million, the desk took 828 µs an article instead of
     * 1,058 (one run each, within their error) and its heap after GC was 718 MiB instead of 563.
     */
    static final int POSTINGS_CACHE = 80_000;

    /**
     * The index sweep looks at this many terms for each term the index gained since the sweep before (and
     * at least {@link #SWEEP_MIN}): it goes round the index in less time than new terms take to grow it by
     * half. New terms, not listings, set the pace: news vocabulary is Zipfian, so most listings are of terms
     * the index holds, and a sweep paced by listings read the index over and over (a fifth of the desk's
     * time, profiled with a million articles in the window).
     */
    static final int SWEEP_PER_NEW_TERM = 2;
    static final int SWEEP_MIN = 1_000;

    /** An entry of the story index: a story id and when it was listed (the end of that feed hour). */
    public record Posting(String id, long at) {
    }

    /** The stories listed under one term, oldest first. */
    public record Postings(List<Posting> entries) {
        /**
         * Whether listing {@code id} at {@code at} would leave these postings as they are: it is the
         * newest already, listed in the same feed hour, and none is older than {@code horizon}.
         */
        boolean listsNewest(String id, long at, long horizon) {
            if (entries.isEmpty()) {
                return false;
            }
            Posting newest = entries.get(entries.size() - 1);
            return newest.id().equals(id) && newest.at() == at && entries.get(0).at() >= horizon;
        }

        static Postings add(Postings current, String id, long at, int cap) {
            List<Posting> entries = new ArrayList<>(current == null ? List.of() : current.entries());
            entries.removeIf(p -> p.id().equals(id));
            entries.add(new Posting(id, at));
            while (entries.size() > cap) {
                entries.remove(0);
            }
            return new Postings(entries);
        }
    }

    private final WriteThroughCache<StoryState> stories;
    private final WriteThroughCache<Postings> index;
    private final WindowStore<String, String> articleStories;
    private final long retentionMillis;
    /** Where the next index sweep starts (null: at the first term), and the terms the index gained since the last. */
    private String sweepFrom;
    private long newTermsSinceSweep;

    public StoryRepository(KeyValueStore<String, StoryState> stories, KeyValueStore<String, Postings> index,
                           WindowStore<String, String> articleStories, Duration retention) {
        this.stories = new WriteThroughCache<>(stories, STORY_CACHE, false);
        this.index = new WriteThroughCache<>(index, POSTINGS_CACHE, true);
        this.articleStories = articleStories;
        this.retentionMillis = retention.toMillis();
    }

    /** The builders of the three stores, for a retention of {@code retention}. */
    public static Set<StoreBuilder<?>> stores(Duration retention) {
        return Set.of(
                Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(STORIES_STORE), Serdes.String(),
                        JsonSerde.of(StoryState.class)),
                Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(STORY_INDEX_STORE), Serdes.String(),
                        JsonSerde.of(Postings.class)),
                Stores.windowStoreBuilder(Stores.persistentWindowStore(ARTICLE_STORIES_STORE,
                        retention.plus(Copies.STORE_SLACK), Duration.ofMillis(1), false), Serdes.String(), Serdes.String()));
    }

    public StoryState get(String storyId) {
        return storyId == null ? null : stories.get(storyId);
    }

    /** The story that article {@code articleId} went to, if it is remembered at or after {@code horizon}. */
    public String storyOf(String articleId, long horizon) {
        try (WindowStoreIterator<String> found = articleStories.backwardFetch(articleId, Math.max(0, horizon), Long.MAX_VALUE)) {
            return found.hasNext() ? found.next().value : null;
        }
    }

    /** The stories to score for an article: those sharing the most of its key terms ({@link StoryIndex}). */
    public List<StoryState> candidates(AnalyzedArticle article) {
        List<List<String>> postings = new ArrayList<>();
        for (String term : StoryIndex.keyTerms(article.terms())) {
            Postings p = index.get(term);
            if (p != null) {
                postings.add(p.entries().stream().map(Posting::id).toList());
            }
        }
        List<StoryState> candidates = new ArrayList<>();
        for (String storyId : StoryIndex.candidates(postings)) {
            StoryState candidate = stories.get(storyId);
            if (candidate != null) {
                candidates.add(candidate);
            }
        }
        return candidates;
    }

    /**
     * Saves the story an article joined or started at feed time {@code at}: the story, which story the
     * article went to, and the story under the article's key terms.
     */
    public void save(StoryState story, AnalyzedArticle article, long at) {
        save(story);
        articleStories.put(article.id(), story.storyId(), at);
        long horizon = at - retentionMillis;
        long listedAt = listingTime(at);
        for (String term : StoryIndex.keyTerms(article.terms())) {
            // old postings go when a term is written again, and a term nobody writes again goes in a sweep
            Postings current = index.get(term);
            if (current == null) {
                newTermsSinceSweep++;
            } else if (current.listsNewest(story.storyId(), listedAt, horizon)) {
                continue;
            }
            Postings postings = Postings.add(current, story.storyId(), listedAt, StoryIndex.POSTINGS);
            index.put(term, new Postings(postings.entries().stream().filter(p -> p.at() >= horizon).toList()));
        }
    }

    /**
     * When a story listed at feed time {@code at} is listed: at the end of that feed hour. A story listed
     * again within the hour under a term no other story took since leaves the term's postings as they
     * are, so nothing is written: a fifth to a third of the listings of the seeds, a synthetic feed and the
     * real-coverage feed. Written every time, the story index's puts (16 terms an article, each its whole
     * postings) were a sixth of the desk's time with 100,000 articles in the desk benchmark's window
     * (profiled). A posting outlives the horizon by at most an hour, as the horizon moves once a feed hour.
     */
    static long listingTime(long at) {
        return Math.floorDiv(at, FeedTime.SWEEP_EVERY) * FeedTime.SWEEP_EVERY + FeedTime.SWEEP_EVERY;
    }

    /**
     * Deletes the index terms that list only stories gone and not since {@code horizon}: each call looks
     * at the next terms in key order ({@link #SWEEP_PER_NEW_TERM} for each term the index gained since the
     * last call), so the index holds the vocabulary of the retention, not of every article ever seen. The terms
     * deleted named no story a lookup could return. Returns the number deleted.
     */
    public int sweepIndex(long horizon) {
        long budget = Math.max(SWEEP_MIN, SWEEP_PER_NEW_TERM * newTermsSinceSweep);
        newTermsSinceSweep = 0;
        List<String> forgotten = new ArrayList<>();
        try (KeyValueIterator<String, Postings> terms = index.from(sweepFrom)) {
            for (long seen = 0; seen < budget && terms.hasNext(); seen++) {
                KeyValue<String, Postings> term = terms.next();
                if (namesNoStoryHeld(term.value, horizon)) {
                    forgotten.add(term.key);
                }
            }
            sweepFrom = terms.hasNext() ? terms.peekNextKey() : null;
        }
        forgotten.forEach(index::delete);
        return forgotten.size();
    }

    private boolean namesNoStoryHeld(Postings postings, long horizon) {
        for (Posting p : postings.entries()) {
            if (p.at() >= horizon || stories.get(p.id()) != null) {
                return false;
            }
        }
        return true;
    }

    /** The terms the index holds (for tests: it reads the whole index). */
    int indexedTerms() {
        int n = 0;
        try (KeyValueIterator<String, Postings> terms = index.from(null)) {
            for (; terms.hasNext(); terms.next()) {
                n++;
            }
        }
        return n;
    }

    /** Saves a story that changed without an article (the deadline watch). */
    public void save(StoryState story) {
        stories.put(story.storyId(), story);
    }

    public void delete(String storyId) {
        stories.delete(storyId);
    }

    /** Forgets the decoded stories and postings: after a failure mid-update the store is the truth again. */
    public void invalidate() {
        stories.invalidate();
        index.invalidate();
    }

    /** Every story, from the store (at start-up). */
    public KeyValueIterator<String, StoryState> all() {
        return stories.all();
    }
}
