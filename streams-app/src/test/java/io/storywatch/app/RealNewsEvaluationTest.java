package io.storywatch.app;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code storywatch evaluate} on the real coverage of ../shared/data/real-news-dev (read from there,
 * not copied; skipped, saying so, where it is absent). A ratchet: each floor is the level the code
 * reached when it was last raised; a change that brings a figure below it fails. Raise them as the
 * figures rise, never lower them. The targets are those of the real-coverage work.
 */
class RealNewsEvaluationTest {
    private static final Path FEED = Path.of("..", "..", "shared", "data", "real-news-dev", "feed.jsonl");

    @Test
    void theRealCoverageFiguresDoNotFallBelowWhatTheCodeHasReached() {
        Assumptions.assumeTrue(Files.isRegularFile(FEED), "real-news-dev is in ../shared/data (absent: skipped)");
        StoryEvaluation e = StoryEvaluation.of(FEED, new Properties());
        String report = e.report();
        System.out.print("real-news-dev (targets: mentions F1 and resolution >= 0.90, principal tracked >= 0.95, "
                + "tracked matching stated >= 0.90, copies P and R >= 0.95, BCubed F1 >= 0.95 with no confusable merged)\n"
                + report);
        CoverageEvaluation c = e.coverage;
        // reached at 53126c7 (to five places): BCubed F1 0.89052; copies 1.000 / 0.600 with sentence alignment;
        // raised when the grammar took anaphors, windows, threatened actions and article-level resolution:
        // mentions P 0.909 R 0.744 F1 0.818, resolution 0.855, principal 0.913, tracked matching stated 0.667
        // (three places, floors just below)
        // stories 0.929 with merged 6 once a new deadline after a passed one starts its own story;
        // raised at 82e8bc5 (window anchors, threatened starts, past perfect as background, anaphor dates):
        // mentions P 0.916 R 0.834 F1 0.873, resolution 0.907, tracked matching stated 0.691;
        // raised at the commit after 'A time that opens a sentence whose agreement then expires' (windows
        // past their object, months alone, obligation, closures, "beyond"; and the evaluator matching a
        // gold date by the midnight that ends it): BCubed F1 0.934, mentions P 0.921 R 0.881 F1 0.901,
        // resolution 0.932, principal 0.957, tracked matching stated 0.731; raised again after limits in more
        // words, ranges, passed deadlines told again and issued ultimatums: mentions P 0.930 R 0.893 F1 0.911,
        // tracked matching stated 0.810; raised when a pause moves a deadline, a window told again days later is
        // the story's deadline and weekends were read: BCubed F1 0.954 with merged 4, resolution 0.939, tracked
        // matching stated 0.842; copies R 0.700 with containment; tracked 0.857 when a window told again takes
        // a finer deadline the story refined it to; 0.873 when a day whose clock is stated in another zone is
        // tracked at that clock; mentions P 0.934 F1 0.913 and tracked 0.889 when a cue after a vote or an
        // election that binds no one dates the event; P 0.936 F1 0.914, tracked 0.906 when a time followed by
        // ", up from" dates a count; BCubed F1 0.969 with merged 2, tracked 0.925 when the past perfect after a
        // reporting verb is reported speech and a day-dated article counts as written at its day's end;
        // resolution 0.944 when a definite window takes the story's deadline it tells again; copies R 0.800
        // when two narrative sentences word for word tell two excerpts of one agency text; mentions P 0.945
        // F1 0.918 when a bare plural "deadlines" is no anaphor; mentions P 0.946 R 0.904 F1 0.925, resolution
        // 0.947 when a time that opens its sentence starts the action it schedules, a time set off after an
        // agreement's end names it, and an anaphor that ends its sentence takes no time from the next one;
        // R 0.910 F1 0.928 when a stoppage still ahead after a limit ("until a planned strike") is an anaphor;
        // R 0.914 F1 0.930 when "may" looks ahead, running low is running out and an anaphor passes over the past perfect;
        // R 0.916 F1 0.931 when "as the April 5 date loomed" states a limit; resolution 0.950 when a window after
        // "will" counts from the day of writing, not from a weekday before it; mentions P 0.947 R 0.922 F1 0.934
        // when "just after midnight" is 00:01, scare quotes do not count as words before a cue and "those dates"
        // after a limit refers
        assertTrue(StoryEvaluation.f1(e.bcubedPrecision, e.bcubedRecall) >= 0.968, report);
        assertTrue(e.mergedGoldStories() <= 2, report);
        assertTrue(c.copyPrecision() >= 1.0 && c.copyRecall() >= 0.80, report);
        assertTrue(c.mentionPrecision() >= 0.946 && c.mentionRecall() >= 0.921 && c.mentionF1() >= 0.933, report);
        assertTrue(c.resolutionRight() >= 0.949, report);
        assertTrue(c.principalTracked() >= 0.956 && c.trackedMatchingStated() >= 0.924, report);
    }
}
