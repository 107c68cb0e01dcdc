package io.storywatch.desk;

/**
 * Keys of the desk's reorder buffer: {@code <timestamp, 19 digits>|<article id>|<offset>}. The store
 * sorts keys as bytes, so a range scan yields articles by timestamp, then by id; the offset keeps two
 * copies of one article apart (each must get its own verdict).
 */
final class ReorderKeys {
    static final String LOWEST = "";

    private ReorderKeys() {
    }

    static String key(long timestamp, String articleId, long offset) {
        return String.format("%019d|%s|%d", Math.max(0, timestamp), articleId, offset);
    }

    /** An upper bound for range scans that includes every key with a timestamp up to {@code timestamp}. */
    static String upperBound(long timestamp) {
        return String.format("%019d}", Math.max(0, timestamp)); // '}' sorts after '|'
    }

    static long timestamp(String key) {
        return Long.parseLong(key.substring(0, 19));
    }
}
