package io.storywatch.topology;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.storywatch.app.StoryQueries;
import io.storywatch.desk.StoryRepository;
import io.storywatch.story.StoryState;
import io.storywatch.wire.Alert;
import io.storywatch.wire.Verdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The story queries' answers on the stores of a TopologyTestDriver that ran the seeds. */
class StoryQueriesTest {
    private static final Path SEEDS = Path.of("..", "seeds");
    private static final OffsetDateTime FINAL_DUE = OffsetDateTime.parse("2026-02-27T17:01-05:00");

    @TempDir
    Path stateDir;

    private StoryQueries queries(TopologyFixture topology) {
        return new StoryQueries(topology.driver.<String, StoryState>getKeyValueStore(StoryRepository.STORIES_STORE));
    }

    @Test
    void theSeedStoryWithItsOutletsArticlesAndDeadlineHistory() {
        try (TopologyFixture topology = new TopologyFixture(stateDir, Map.of(), new SimpleMeterRegistry())) {
            topology.feed(SEEDS, Duration.ofDays(1)); // the deadline is still ahead at the end
            List<Alert> alerts = topology.alerts.readValuesToList();
            StoryQueries queries = queries(topology);

            List<StoryQueries.StorySummary> stories = queries.stories(null, false, 50);
            assertEquals(1, stories.size());
            StoryQueries.StorySummary story = stories.get(0);
            assertEquals(5, story.outlets().size());
            assertEquals(5, story.articleCount());
            assertEquals(FINAL_DUE, story.deadline().due());
            assertEquals("5:01 PM ET on Friday", story.deadline().text());
            assertTrue(story.deadline().sources().stream().map(StoryQueries.SourceView::text).toList()
                    .containsAll(List.of("Friday evening", "5:01 PM ET on Friday", "5 p.m. Friday")));

            StoryQueries.StoryDetail detail = queries.story(story.id()).orElseThrow();
            assertEquals(5, detail.articles().size());
            assertEquals(List.of(Verdict.NEW_STORY, Verdict.SAME_STORY, Verdict.SAME_STORY, Verdict.SAME_STORY,
                    Verdict.SAME_STORY), detail.articles().stream().map(a -> a.verdict()).toList());
            List<StoryQueries.HistoryEntry> history = detail.deadlines().get(0).history();
            assertEquals(List.of("detected", "refined"), history.stream().map(StoryQueries.HistoryEntry::event).toList());
            assertEquals(Instant.parse("2026-02-28T02:00:00Z"), history.get(0).due().toInstant(), "Friday evening, 21:00");
            assertEquals(FINAL_DUE, history.get(1).due());
            assertEquals(alerts.stream().map(Alert::alertId).toList(), detail.alertIds());

            long deskNow = Instant.parse("2026-02-27T05:00:00Z").toEpochMilli();
            List<StoryQueries.DeadlineRow> live = queries.deadlines(deskNow);
            assertEquals(1, live.size());
            assertEquals(FINAL_DUE, live.get(0).due());
            assertEquals(Duration.ofHours(17).plusMinutes(1).toSeconds(), live.get(0).remainingSeconds());
        }
    }

    @Test
    void filtersByWordsAndLiveDeadlinesAndAPassedDeadlineIsHistory() {
        try (TopologyFixture topology = new TopologyFixture(stateDir, Map.of(), new SimpleMeterRegistry())) {
            topology.feed(SEEDS, Duration.ofDays(7));
            StoryQueries queries = queries(topology);
            assertEquals(1, queries.stories("Pentagon", false, 50).size());
            assertEquals(0, queries.stories("harvest wheat", false, 50).size());
            assertEquals(0, queries.stories(null, true, 50).size(), "the deadline has passed");
            assertEquals(List.of(), queries.deadlines(0));
            String id = queries.stories(null, false, 1).get(0).id();
            List<StoryQueries.HistoryEntry> history = queries.story(id).orElseThrow().deadlines().get(0).history();
            assertEquals(List.of("detected", "refined", "passed"), history.stream().map(StoryQueries.HistoryEntry::event).toList());
            assertEquals(Instant.parse("2026-02-27T22:01:00Z"), history.get(2).at());
            assertTrue(queries.story("story-none").isEmpty());
        }
    }

    @Test
    void aWatchListMarksTheAlertsOfTheStoriesItMatches() {
        Map<String, String> settings = Map.of("storywatch.watch.defense", "Pentagon, Department of Defense",
                "storywatch.watch.ports", "dockworkers, port strike");
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        try (TopologyFixture topology = new TopologyFixture(stateDir, settings, registry)) {
            List<Alert> alerts = topology.feed(SEEDS, Duration.ofDays(7)).alerts.readValuesToList();
            assertEquals(9, alerts.size());
            assertTrue(alerts.stream().allMatch(a -> a.watches().equals(List.of("defense"))), alerts.toString());
            assertEquals(9.0, registry.get("storywatch.watch.alerts").tag("watch", "defense").counter().count());
            assertEquals(0.0, registry.get("storywatch.watch.alerts").tag("watch", "ports").counter().count());
        }
    }
}
