package io.storywatch.alert;

import io.storywatch.feed.Ids;
import io.storywatch.story.DeadlineEvent;
import io.storywatch.story.Revision;
import io.storywatch.story.StoryState;
import io.storywatch.story.TrackedDeadline;
import io.storywatch.wire.Alert;
import io.storywatch.wire.AlertType;

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
        String message = String.format("NEW_STORY %s (%s)", quote(story.headline()), outlet);
        return alert(AlertType.NEW_STORY, story, articleId, at, null, message, story.storyId());
    }

    public static Alert confirmed(StoryState story, String articleId, long at) {
        int count = story.outlets().size();
        String message = String.format("STORY_CONFIRMED %s now covered by %d outlets: %s", quote(story.headline()), count,
                String.join(", ", story.outlets()));
        return alert(AlertType.STORY_CONFIRMED, story, articleId, at, null, message, Integer.toString(count));
    }

    public static Alert deadline(StoryState story, DeadlineEvent event) {
        TrackedDeadline d = event.deadline();
        String due = describe(d.due(), d.precision().name());
        String headline = quote(story.headline());
        if (event instanceof DeadlineEvent.Detected detected) {
            return alert(AlertType.DEADLINE_DETECTED, story, detected.articleId(), event.at(), info(d, null),
                    String.format("DEADLINE_DETECTED %s due %s: \"%s\"", headline, due, d.text()), d.id());
        }
        if (event instanceof DeadlineEvent.Revised revised) {
            Revision revision = revised.revision();
            String how = revision.kind().name().toLowerCase(Locale.ROOT);
            return alert(AlertType.DEADLINE_REVISED, story, revised.articleId(), event.at(), info(d, revision.from()),
                    String.format("DEADLINE_REVISED %s %s to %s (was %s): \"%s\"", headline, how, due,
                            describe(revision.from(), revision.fromPrecision().name()), d.text()),
                    d.id() + "|" + d.due().toInstant() + "|" + d.precision());
        }
        if (event instanceof DeadlineEvent.Approaching approaching) {
            return alert(AlertType.DEADLINE_APPROACHING, story, null, event.at(), info(d, null),
                    String.format("DEADLINE_APPROACHING %s due in %s: %s", headline, human(approaching.threshold()), due),
                    d.id() + "|" + d.due().toInstant() + "|" + approaching.threshold().toMillis());
        }
        DeadlineEvent.Passed passed = (DeadlineEvent.Passed) event; // the last of the four kinds
        return alert(AlertType.DEADLINE_PASSED, story, null, passed.at(), info(d, null),
                String.format("DEADLINE_PASSED %s deadline %s has passed", headline, due), d.id() + "|" + d.due().toInstant());
    }

    /** The deadline as the story holds it after the event. */
    private static Alert.DeadlineInfo info(TrackedDeadline d, OffsetDateTime previousDue) {
        return new Alert.DeadlineInfo(d.id(), d.due(), d.precision(), d.text(), List.copyOf(d.sources()), previousDue);
    }

    private static Alert alert(AlertType type, StoryState story, String articleId, long at, Alert.DeadlineInfo deadline,
                               String message, String idPart) {
        String id = Ids.of(type.name(), story.storyId(), idPart);
        return new Alert(id, type, story.storyId(), Instant.ofEpochMilli(at), story.headline(), List.copyOf(story.outlets()),
                articleId, deadline, message, null);
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
