package io.storywatch.wire;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.storywatch.deadline.Precision;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * An alert on {@code news.alerts} (key = story id).
 *
 * @param alertId deterministic: the same input gives the same id, so consumers can drop repeats
 * @param at      feed time of the event
 * @param message one readable line
 * @param watches the watch lists ({@code storywatch.watch.NAME}) the story matches; left out when none
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Alert(String alertId, AlertType type, String storyId, Instant at, String headline, List<String> outlets,
                    String articleId, DeadlineInfo deadline, String message,
                    @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> watches) implements DeskOutput {

    /** The same alert, marked with the watch lists its story matches. */
    public Alert withWatches(List<String> names) {
        return new Alert(alertId, type, storyId, at, headline, outlets, articleId, deadline, message, List.copyOf(names));
    }

    /** The deadline an alert is about, as the story holds it after the event. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record DeadlineInfo(String id, OffsetDateTime due, Precision precision, String text, List<Source> sources,
                               OffsetDateTime previousDue) {
    }
}
