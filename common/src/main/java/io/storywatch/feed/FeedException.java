package io.storywatch.feed;

/** A feed file that cannot be read; the message names the file and line. */
public class FeedException extends RuntimeException {
    public FeedException(String message) {
        super(message);
    }

    public FeedException(String message, Throwable cause) {
        super(message, cause);
    }
}
