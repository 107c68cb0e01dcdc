package io.storywatch.desk;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The newest postings of the copies index's most recently used keys, in memory, so that looking up a
 * key written or read lately skips the store: each such lookup was a RocksDB seek (profiled: a sixth
 * of the stream thread), and copies of an article arrive soon after it.
 *
 * <p>An entry is complete: it holds the newest postings the store has under its key, up to
 * {@code perKey}, so answers are the store's. It is made when a lookup reads the key from the store,
 * or when a key the store certainly does not hold is written (its only posting is the new one); a key
 * written while uncached and perhaps already in the store is left uncached. The desk is the only
 * writer; a restarted or migrated desk starts empty.
 */
final class RecentPostings {
    /** An article listed under a key at feed time {@code at}. */
    record Posting(String articleId, long at) {
    }

    private final int perKey;
    /** Key → its newest postings, newest first (for one time, the one written last first, as the store has them). */
    private final Map<String, List<Posting>> recent;

    RecentPostings(int keys, int perKey) {
        this.perKey = perKey;
        this.recent = new LinkedHashMap<>(keys, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, List<Posting>> eldest) {
                return size() > keys;
            }
        };
    }

    /**
     * Adds the ids of the newest postings under {@code key} at or after {@code horizon} to {@code into};
     * false, adding nothing, when the key is not held here.
     */
    boolean addTo(String key, long horizon, Collection<String> into) {
        List<Posting> postings = recent.get(key);
        if (postings == null) {
            return false;
        }
        for (Posting p : postings) {
            if (p.at() < horizon) {
                break; // newest first: the rest are older still
            }
            into.add(p.articleId());
        }
        return true;
    }

    /** The store's newest postings under {@code key} from some horizon on, newest first, as a lookup read them. */
    void read(String key, List<Posting> newestFirst) {
        recent.put(key, new ArrayList<>(newestFirst.subList(0, Math.min(perKey, newestFirst.size()))));
    }

    /**
     * A posting written to the store; {@code certainlyNew} when the store held nothing under the key
     * before it.
     */
    void written(String key, String articleId, long at, boolean certainlyNew) {
        List<Posting> postings = recent.get(key);
        if (postings == null) {
            if (certainlyNew) {
                List<Posting> only = new ArrayList<>(1);
                only.add(new Posting(articleId, at));
                recent.put(key, only);
            }
            return;
        }
        int i = 0;
        while (i < postings.size() && postings.get(i).at() > at) {
            i++;
        }
        if (i < perKey) {
            postings.add(i, new Posting(articleId, at));
            if (postings.size() > perKey) {
                postings.remove(postings.size() - 1);
            }
        }
    }

    /** Keys held (for tests). */
    int size() {
        return recent.size();
    }
}
