package io.storywatch.alert;

import io.storywatch.feed.Ids;
import io.storywatch.story.DeadlineEvent;
import io.storywatch.story.StoryState;
import io.storywatch.story.TrackedDeadline;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** Builds alerts: deterministic ids from what the alert is about, and a one-line message. */
public final class AlertFactory {
    private static final DateTimeFormatter DUE = DateTimeFormatter.ofPattern("EEE d MMM yyyy HH:mm xxx", Locale.ENGLISH);

    private AlertFactory() {
    }

    public static Alert newStory(StoryState story, String articleId, String outlet, long at) {
        String message = String.format("NEW_STORY %s (%s)", quote(story.headline), outlet);
        return alert(AlertType.NEW_STORY, story, articleId, at, null, message, story.storyId);
    }

    public static Alert confirmed(StoryState story, String articleId, long at) {
        int count = story.outlets.size();
        String message = String.format("STORY_CONFIRMED %s now covered by %d outlets: %s", quote(story.headline), count,
                String.join(", ", story.outlets));
        return alert(AlertType.STORY_CONFIRMED, story, articleId, at, null, message, Integer.toString(count));
    }

    public static Alert deadline(StoryState story, DeadlineEvent event) {
        TrackedDeadline d = event.deadline();
        Alert.DeadlineInfo info = new Alert.DeadlineInfo(d.id, d.due, d.precision, d.text, List.copyOf(d.sources),
                event.previousDue());
        String due = describe(d.due, d.precision.name());
        String headline = quote(story.headline);
        String message;
        String idPart;
        switch (event.type()) {
            case DEADLINE_DETECTED -> {
                message = String.format("DEADLINE_DETECTED %s due %s: \"%s\"", headline, due, d.text);
                idPart = d.id;
            }
            case DEADLINE_REVISED -> {
                String how = event.revision().kind().name().toLowerCase(Locale.ROOT);
                message = String.format("DEADLINE_REVISED %s %s to %s (was %s): \"%s\"", headline, how, due,
                        describe(event.previousDue(), event.revision().fromPrecision().name()), d.text);
                idPart = d.id + "|" + d.due.toInstant() + "|" + d.precision;
            }
            case DEADLINE_APPROACHING -> {
                message = String.format("DEADLINE_APPROACHING %s due in %s: %s", headline, human(event.threshold()), due);
                idPart = d.id + "|" + d.due.toInstant() + "|" + event.threshold().toMillis();
            }
            case DEADLINE_PASSED -> {
                message = String.format("DEADLINE_PASSED %s deadline %s has passed", headline, due);
                idPart = d.id + "|" + d.due.toInstant();
            }
            default -> throw new IllegalArgumentException("not a deadline event: " + event.type());
        }
        return alert(event.type(), story, event.articleId(), event.at(), info, message, idPart);
    }

    private static Alert alert(AlertType type, StoryState story, String articleId, long at, Alert.DeadlineInfo deadline,
                               String message, String idPart) {
        String id = Ids.of(type.name(), story.storyId, idPart);
        return new Alert(id, type, story.storyId, Instant.ofEpochMilli(at), story.headline, List.copyOf(story.outlets),
                articleId, deadline, message);
    }

    private static String describe(OffsetDateTime due, String precision) {
        return DUE.format(due) + " (" + precision.toLowerCase(Locale.ROOT).replace('_', ' ') + ")";
    }

    private static String human(Duration d) {
        if (d.toMinutes() % 60 != 0) {
            return d.toMinutes() + " min";
        }
        return d.toHours() >= 48 && d.toHours() % 24 == 0 ? d.toDays() + " days" : d.toHours() + " h";
    }

    private static String quote(String headline) {
        return "\"" + (headline == null ? "(untitled)" : headline) + "\"";
    }
}
