package io.storywatch.topology;

/** Why a record went to the dead-letter topic: the code in its {@value DeadLetterHandler#REASON_HEADER} header and metric tag. */
public enum DeadLetterReason {
    NOT_JSON("not-json"),
    WRONG_TYPE("wrong-type"),
    MISSING_BODY("missing-body"),
    MISSING_ID("missing-id"),
    EMPTY_VALUE("empty-value"),
    OVERSIZED("oversized"),
    /** Anything else that failed while the record was processed. */
    PROCESSING_ERROR("processing-error");

    private final String code;

    DeadLetterReason(String code) {
        this.code = code;
    }

    /** The short code on the wire. */
    public String code() {
        return code;
    }
}
