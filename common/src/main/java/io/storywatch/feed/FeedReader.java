package io.storywatch.feed;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.storywatch.article.Article;
import io.storywatch.json.Json;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Reads a feed: a folder of seed files ({@code *.txt}, {@code *.md}) and JSON Lines files
 * ({@code *.jsonl}, {@code *.ndjson}), or one such file. Entries come back in file order.
 *
 * <p>Strict mode (the producer) refuses the whole feed at the first entry it cannot parse, naming the
 * file and line, so nothing half-parsed is published. Lenient mode (the backtest) keeps a JSON Lines
 * line that does not parse as it is, so that it takes the dead-letter path it would take from the topic.
 */
public final class FeedReader {
    private FeedReader() {
    }

    public static List<FeedEntry> read(Path input, boolean strict) {
        List<FeedEntry> entries = new ArrayList<>();
        for (Path file : files(input)) {
            String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
            if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
                readJsonLines(file, strict, entries);
            } else {
                Article article = SeedParser.parse(file.getFileName().toString(), decode(file));
                entries.add(new FeedEntry(file.getFileName().toString(), article, Json.write(article), null));
            }
        }
        return entries;
    }

    private static List<Path> files(Path input) {
        if (!Files.exists(input)) {
            throw new FeedException(input + ": no such file or folder");
        }
        if (!Files.isDirectory(input)) {
            return List.of(input);
        }
        try (Stream<Path> listing = Files.list(input)) {
            return listing.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().matches("(?i).*\\.(txt|md|jsonl|ndjson)"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new FeedException(input + ": cannot list the folder: " + e.getMessage(), e);
        }
    }

    private static void readJsonLines(Path file, boolean strict, List<FeedEntry> entries) {
        String[] lines = decode(file).split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].endsWith("\r") ? lines[i].substring(0, lines[i].length() - 1) : lines[i];
            if (line.isBlank()) {
                continue;
            }
            String origin = file.getFileName() + ":" + (i + 1);
            byte[] raw = line.getBytes(StandardCharsets.UTF_8);
            Article article = null;
            String problem = null;
            try {
                article = Json.MAPPER.readValue(raw, Article.class);
                if (article.body() == null || article.body().isBlank()) {
                    problem = "the article has no body";
                }
            } catch (JsonProcessingException e) {
                problem = "not a JSON article: " + e.getOriginalMessage();
            } catch (IOException e) {
                problem = "not a JSON article: " + e.getMessage();
            }
            if (problem != null && strict) {
                throw new FeedException(origin + ": " + problem);
            }
            if (problem == null && (article.id() == null || article.id().isBlank())) {
                article = article.withId(Ids.of(article.url() != null ? article.url() : article.body()));
                raw = strict ? Json.write(article) : raw;
            }
            entries.add(new FeedEntry(origin, problem == null ? article : null, raw, problem));
        }
    }

    private static String decode(Path file) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new FeedException(file + ": not UTF-8 text", e);
        } catch (IOException e) {
            throw new FeedException(file + ": cannot read: " + e.getMessage(), e);
        }
    }
}
