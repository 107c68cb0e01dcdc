package io.storywatch.feed;

import io.storywatch.article.Article;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SeedParserTest {
    private static final Path SEEDS = Path.of("..", "seeds");

    @Test
    void frontMatterGivesTitleUrlOutletAuthorAndPublishTime() throws IOException {
        Article a = parseSeed("000_ba3a3d8fc4b1f030.txt");
        assertEquals("Anthropic won’t budge as Pentagon escalates AI dispute", a.title());
        assertEquals("techcrunch.com", a.outlet());
        assertEquals("Rebecca Bellan", a.author());
        assertEquals("2026-02-24T21:18:45.000Z", a.published());
        assertTrue(a.body().startsWith("Anthropic has until Friday evening"), "body starts after the front matter");
    }

    @Test
    void leadingDateMarkerGivesTheDateAndTheFileForOutlet() throws IOException {
        Article a = parseSeed("001_9c0ad20c70d1b311.txt");
        assertEquals("2026-02-26", a.published());
        assertEquals("001_9c0ad20c70d1b311", a.outlet());
        assertTrue(a.body().startsWith("The Pentagon is headed for a showdown"));
        assertTrue(a.title().startsWith("The Pentagon is headed for a showdown with Anthropic"));
    }

    @Test
    void bareTextHasNoDateAndTakesItsHeadlineFromTheFirstRealLine() throws IOException {
        Article a = parseSeed("003_10e8e004f84a81de.txt");
        assertNull(a.published());
        assertEquals("Pentagon Pressures Anthropic to Loosen AI Safeguards Amid Contract Dispute", a.title(),
                "'top of page' is page debris, not the headline");
        assertEquals("003_10e8e004f84a81de", a.outlet());
    }

    @Test
    void idsAreStableAndDifferPerArticle() throws IOException {
        assertEquals(parseSeed("002_6844b50b0a20304e.txt").id(), parseSeed("002_6844b50b0a20304e.txt").id());
        assertTrue(!parseSeed("002_6844b50b0a20304e.txt").id().equals(parseSeed("003_10e8e004f84a81de.txt").id()));
    }

    @Test
    void brokenFrontMatterNamesTheFileAndLine() {
        FeedException e = assertThrows(FeedException.class,
                () -> SeedParser.parse("broken.txt", "---\ntitle: \"never closed\nurl: x\n"));
        assertTrue(e.getMessage().startsWith("broken.txt:1:"), e.getMessage());
        FeedException yaml = assertThrows(FeedException.class,
                () -> SeedParser.parse("bad.txt", "---\ntitle: ok\n  : [unbalanced\n---\nbody\n"));
        assertTrue(yaml.getMessage().matches("(?s)bad\\.txt:\\d+: front matter is not valid YAML.*"), yaml.getMessage());
    }

    @Test
    void anEmptyBodyIsRefused() {
        FeedException e = assertThrows(FeedException.class, () -> SeedParser.parse("empty.txt", " date 2026-02-26 \n  \n"));
        assertTrue(e.getMessage().contains("empty.txt") && e.getMessage().contains("no body"), e.getMessage());
    }

    private static Article parseSeed(String name) throws IOException {
        return SeedParser.parse(name, Files.readString(SEEDS.resolve(name)));
    }
}
