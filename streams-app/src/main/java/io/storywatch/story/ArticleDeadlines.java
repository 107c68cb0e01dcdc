package io.storywatch.story;

import io.storywatch.deadline.DeadlineMention;
import io.storywatch.deadline.DeadlineResolver;
import io.storywatch.deadline.Reference;
import io.storywatch.deadline.ResolvedDeadline;
import io.storywatch.wire.AnalyzedArticle;
import io.storywatch.wire.EnrichedArticle.MentionStatus;
import io.storywatch.wire.EnrichedArticle.ReferenceSource;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * An article's deadline mentions resolved against its reference time: its own publish time; for an
 * undated article, its story's (the latest publish time among the story's dated articles); else the
 * feed time it reached the desk.
 *
 * <p>{@code deadlines} are the stated deadlines still ahead: what the story's tracker sees.
 * {@code mentions} are all of them in text order, each with its status: past ones, ones whose time
 * the text does not pin (a range, a month), and anaphors, which take the value of the nearest
 * deadline the article states (before them, else after them), else the story's next live deadline.
 *
 * @param moves for each resolved deadline, whether its sentence says the deadline moved
 */
public record ArticleDeadlines(Instant reference, ReferenceSource source, List<ResolvedDeadline> deadlines,
                               List<Boolean> moves, List<Found> mentions) {
    private static final DeadlineResolver RESOLVER = new DeadlineResolver();

    /** One mention with the value it resolved to (null where none). */
    public record Found(DeadlineMention mention, ResolvedDeadline value, MentionStatus status) {
    }

    /** @param story the article's story, or null when it has none (a copy of a forgotten article) */
    public static ArticleDeadlines resolve(AnalyzedArticle article, StoryState story, long at, ZoneId zone) {
        Reference reference;
        ReferenceSource source;
        if (article.publishedAt() != null) {
            reference = new Reference(article.publishedAt(), article.dateOnly(), zone);
            source = ReferenceSource.PUBLISHED;
        } else if (story != null && story.referenceTime() != null) {
            reference = new Reference(story.referenceTime(), story.referenceDateOnly(), zone);
            source = ReferenceSource.STORY;
        } else {
            reference = new Reference(Instant.ofEpochMilli(at), false, zone);
            source = ReferenceSource.INGEST;
        }
        List<ResolvedDeadline> deadlines = new ArrayList<>();
        List<Boolean> moves = new ArrayList<>();
        List<Found> found = new ArrayList<>();
        for (DeadlineMention mention : article.mentions()) {
            if (mention.anaphor()) {
                found.add(new Found(mention, null, MentionStatus.ANAPHOR));
                continue;
            }
            ResolvedDeadline value = RESOLVER.value(mention, reference).orElse(null);
            if (value == null) {
                found.add(new Found(mention, null, MentionStatus.OPEN));
            } else if (DeadlineResolver.isPast(value, reference)) {
                found.add(new Found(mention, value, MentionStatus.PAST));
            } else {
                found.add(new Found(mention, value, MentionStatus.AHEAD));
                deadlines.add(value);
                moves.add(mention.moves());
            }
        }
        return new ArticleDeadlines(reference.instant(), source, deadlines, moves, referredTo(found, story));
    }

    /** Gives each anaphor the value of the deadline it refers to, where one is known. */
    private static List<Found> referredTo(List<Found> found, StoryState story) {
        List<Found> out = new ArrayList<>(found.size());
        for (int i = 0; i < found.size(); i++) {
            Found f = found.get(i);
            if (f.status() != MentionStatus.ANAPHOR) {
                out.add(f);
                continue;
            }
            ResolvedDeadline value = nearestStated(found, i);
            if (value == null && story != null) {
                value = story.deadlines().stream().filter(d -> !d.passed()).map(TrackedDeadline::current)
                        .min(java.util.Comparator.comparing(ResolvedDeadline::dueInstant)).orElse(null);
            }
            out.add(new Found(f.mention(), value == null ? null : value.citedAs(f.mention()), MentionStatus.ANAPHOR));
        }
        return out;
    }

    private static ResolvedDeadline nearestStated(List<Found> found, int at) {
        for (int k = at - 1; k >= 0; k--) {
            if (found.get(k).status() != MentionStatus.ANAPHOR && found.get(k).value() != null) {
                return found.get(k).value();
            }
        }
        for (int k = at + 1; k < found.size(); k++) {
            if (found.get(k).status() != MentionStatus.ANAPHOR && found.get(k).value() != null) {
                return found.get(k).value();
            }
        }
        return null;
    }
}
