package io.storywatch.topology;

/** A record that cannot be an article; {@link #reason()} says why, for headers and metrics. */
public class InvalidRecordException extends RuntimeException {
    private final DeadLetterReason reason;

    public InvalidRecordException(DeadLetterReason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public InvalidRecordException(DeadLetterReason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public DeadLetterReason reason() {
        return reason;
    }
}
