package io.storywatch.story;

import io.storywatch.deadline.DeadlineMention;
import io.storywatch.deadline.DeadlineResolver;
import io.storywatch.deadline.Reference;
import io.storywatch.deadline.ResolvedDeadline;
import io.storywatch.wire.AnalyzedArticle;
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
 * @param moves for each resolved deadline, whether its sentence says the deadline moved
 */
public record ArticleDeadlines(Instant reference, ReferenceSource source, List<ResolvedDeadline> deadlines,
                               List<Boolean> moves) {
    private static final DeadlineResolver RESOLVER = new DeadlineResolver();

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
        for (DeadlineMention mention : article.mentions()) {
            RESOLVER.resolve(mention, reference).ifPresent(resolved -> {
                deadlines.add(resolved);
                moves.add(mention.moves());
            });
        }
        return new ArticleDeadlines(reference.instant(), source, deadlines, moves);
    }
}
