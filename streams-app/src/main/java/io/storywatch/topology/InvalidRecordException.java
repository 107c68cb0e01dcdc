package io.storywatch.topology;

/** A record that cannot be an article; {@link #reason()} is a short code for headers and metrics. */
public class InvalidRecordException extends RuntimeException {
    private final String reason;

    public InvalidRecordException(String reason, String message) {
        super(message);
        this.reason = reason;
    }

    public InvalidRecordException(String reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public String reason() {
        return reason;
    }
}
