package io.storywatch.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/** The first few of many in an order, without sorting them all. */
public final class Best {
    private Best() {
    }

    /**
     * The {@code limit} first of {@code all} in the order {@code bestFirst}, in that order: a bounded heap
     * keeps the best {@code limit} seen so far, its worst on top, so each other element costs one comparison
     * with it. Where most elements are passed over, this is far cheaper than a full sort (profiled for an
     * article's terms and for a story's candidates).
     */
    public static <T> List<T> first(Iterable<T> all, int limit, Comparator<? super T> bestFirst) {
        PriorityQueue<T> best = new PriorityQueue<>(limit + 1, bestFirst.reversed());
        for (T element : all) {
            if (best.size() < limit) {
                best.add(element);
            } else if (bestFirst.compare(element, best.peek()) < 0) {
                best.poll();
                best.add(element);
            }
        }
        List<T> first = new ArrayList<>(best);
        first.sort(bestFirst);
        return first;
    }
}
