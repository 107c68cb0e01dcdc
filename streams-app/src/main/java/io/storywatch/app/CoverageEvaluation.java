package io.storywatch.app;

import com.fasterxml.jackson.databind.JsonNode;
import io.storywatch.json.Json;

import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Scores what a labelled feed carries besides stories (real-news-dev's README is the specification):
 * copies ({@code wire_copy_of}, {@code duplicate_of}; {@code rewrite_of} may go either way), deadline
 * mentions (the enriched record's {@code mentions}, every status: span overlap, code point offsets; resolution right at the gold value's precision: the
 * same minute, a minute apart allowed, where it has a clock time, the same date where it has a
 * date; {@code resolved: null} counts as found or missed only), and story deadlines (is each gold
 * story's most often stated value among the deadlines the desk tracks for the story holding most of
 * its articles; what share of tracked deadlines match a value the coverage states).
 */
public record CoverageEvaluation(double copyPrecision, double copyRecall, double mentionPrecision, double mentionRecall,
                                 double resolutionRight, double principalTracked, double trackedMatchingStated,
                                 Map<String, int[]> missedByClass, List<String> failures) {
    private static final Duration SAME = Duration.ofMinutes(1);

    public double mentionF1() {
        return StoryEvaluation.f1(mentionPrecision, mentionRecall);
    }

    /** A gold or predicted deadline value: an instant (with its offset) or a date. */
    private record Value(OffsetDateTime instant, LocalDate date) {
        static Value gold(String resolved) {
            return resolved.contains("T") ? new Value(OffsetDateTime.parse(resolved), null) : new Value(null, LocalDate.parse(resolved));
        }

        /**
         * Whether a predicted due matches this gold value at its precision. A gold date is due as the day
         * ends, so the midnight that ends it (the next day's 00:00, a minute after 23:59) is that date too:
         * the dataset's README reads "midnight Friday" as the end of Friday and counts values a minute
         * apart as the same.
         */
        boolean matches(OffsetDateTime due) {
            if (instant != null) {
                return Duration.between(instant.toInstant(), due.toInstant()).abs().compareTo(SAME) <= 0;
            }
            return due.toLocalDate().equals(date)
                    || due.toLocalTime().equals(java.time.LocalTime.MIDNIGHT) && due.toLocalDate().equals(date.plusDays(1));
        }

        String key() {
            return instant != null ? instant.toInstant().toString() : date.toString();
        }
    }

    static CoverageEvaluation score(List<String> feedLines, List<String> enrichedLines, List<String> alertLines) {
        Map<String, JsonNode> gold = new LinkedHashMap<>();
        for (String line : feedLines) {
            JsonNode article = parse(line);
            if (article != null && article.hasNonNull("id") && article.hasNonNull("story")) {
                gold.put(article.get("id").asText(), article);
            }
        }
        Map<String, JsonNode> enriched = new HashMap<>();
        for (String line : enrichedLines) {
            JsonNode e = parse(line);
            enriched.putIfAbsent(e.get("articleId").asText(), e); // a replayed id is not a new article
        }
        List<String> failures = new ArrayList<>();

        // copies
        int predictedCopies = 0;
        int rightCopies = 0;
        int goldCopies = 0;
        int foundCopies = 0;
        for (JsonNode article : gold.values()) {
            String id = article.get("id").asText();
            boolean isCopy = article.hasNonNull("wire_copy_of") || article.hasNonNull("duplicate_of");
            boolean rewrite = article.hasNonNull("rewrite_of");
            JsonNode e = enriched.get(id);
            String verdict = e == null ? "" : e.path("verdict").asText();
            boolean saidCopy = (verdict.equals("DUPLICATE") || verdict.equals("NEAR_DUPLICATE"))
                    && !e.path("duplicateOf").asText().equals(id);
            predictedCopies += saidCopy ? 1 : 0;
            rightCopies += saidCopy && (isCopy || rewrite) ? 1 : 0;
            goldCopies += isCopy ? 1 : 0;
            foundCopies += isCopy && saidCopy ? 1 : 0;
            if (isCopy && !saidCopy) {
                failures.add("copy missed: " + id + " (a copy of " + article.path("wire_copy_of").asText(
                        article.path("duplicate_of").asText()) + ")");
            } else if (saidCopy && !isCopy && !rewrite) {
                failures.add("not a copy: " + id + " said to copy " + e.path("duplicateOf").asText());
            }
        }

        // deadline mentions
        int predicted = 0;
        int predictedRight = 0;
        int goldMentions = 0;
        int found = 0;
        int resolvable = 0;
        int resolvedRight = 0;
        Map<String, int[]> byClass = new TreeMap<>(); // class -> [gold, missed]
        for (JsonNode article : gold.values()) {
            String body = article.path("body").asText("");
            JsonNode e = enriched.get(article.get("id").asText());
            List<int[]> spans = new ArrayList<>();
            List<OffsetDateTime> dues = new ArrayList<>();
            List<String> texts = new ArrayList<>();
            if (e != null) {
                for (JsonNode d : e.has("mentions") ? e.path("mentions") : e.path("deadlines")) {
                    int start = codePoints(body, d.path("start").asInt());
                    int end = codePoints(body, d.path("end").asInt());
                    spans.add(new int[]{start, end});
                    dues.add(d.hasNonNull("due") ? OffsetDateTime.parse(d.path("due").asText()) : null);
                    texts.add(d.path("text").asText());
                }
            }
            JsonNode mentions = article.path("deadlines");
            boolean[] used = new boolean[spans.size()];
            for (JsonNode m : mentions) {
                goldMentions++;
                int start = m.path("start").asInt();
                int end = m.path("end").asInt();
                String kind = kind(m);
                int[] counts = byClass.computeIfAbsent(kind, k -> new int[2]);
                counts[0]++;
                int hit = -1;
                for (int i = 0; i < spans.size() && hit < 0; i++) {
                    if (spans.get(i)[0] < end && start < spans.get(i)[1]) {
                        hit = i;
                    }
                }
                for (int i = 0; i < spans.size(); i++) {
                    if (spans.get(i)[0] < end && start < spans.get(i)[1]) {
                        used[i] = true;
                    }
                }
                if (hit < 0) {
                    counts[1]++;
                    failures.add("mention missed: " + article.get("id").asText() + " \"" + m.path("text").asText()
                            + "\" (" + kind + ")");
                    continue;
                }
                found++;
                if (m.hasNonNull("resolved")) {
                    resolvable++;
                    if (dues.get(hit) != null && Value.gold(m.get("resolved").asText()).matches(dues.get(hit))) {
                        resolvedRight++;
                    } else {
                        failures.add("resolved wrong: " + article.get("id").asText() + " \"" + m.path("text").asText()
                                + "\" gold " + m.get("resolved").asText() + ", found " + dues.get(hit));
                    }
                }
            }
            for (int i = 0; i < used.length; i++) {
                predicted++;
                predictedRight += used[i] ? 1 : 0;
                if (!used[i]) {
                    failures.add("not a mention: " + article.get("id").asText() + " \"" + texts.get(i) + "\"");
                }
            }
        }

        // story deadlines
        Map<String, List<String>> articlesOfGold = new LinkedHashMap<>();
        gold.forEach((id, a) -> articlesOfGold.computeIfAbsent(a.get("story").asText(), k -> new ArrayList<>()).add(id));
        Map<String, Map<String, OffsetDateTime>> tracked = trackedDeadlines(alertLines);
        Map<String, List<String>> goldOfPredicted = new HashMap<>();
        gold.forEach((id, a) -> {
            JsonNode e = enriched.get(id);
            if (e != null && e.hasNonNull("storyId")) {
                goldOfPredicted.computeIfAbsent(e.get("storyId").asText(), k -> new ArrayList<>()).add(a.get("story").asText());
            }
        });
        int storiesWithDeadlines = 0;
        int principalFound = 0;
        for (Map.Entry<String, List<String>> story : articlesOfGold.entrySet()) {
            Map<String, Integer> stated = new TreeMap<>();
            Map<String, Value> values = new HashMap<>();
            for (String id : story.getValue()) {
                for (JsonNode m : gold.get(id).path("deadlines")) {
                    if (m.hasNonNull("resolved")) {
                        Value v = Value.gold(m.get("resolved").asText());
                        stated.merge(v.key(), 1, Integer::sum);
                        values.putIfAbsent(v.key(), v);
                    }
                }
            }
            if (stated.isEmpty()) {
                continue;
            }
            storiesWithDeadlines++;
            String principal = stated.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
                    .thenComparing(Map.Entry.comparingByKey(java.util.Comparator.reverseOrder()))).orElseThrow().getKey();
            String holder = mode(story.getValue().stream().map(enriched::get).filter(java.util.Objects::nonNull)
                    .map(e -> e.path("storyId").asText()).toList());
            Value want = values.get(principal);
            boolean ok = holder != null && tracked.getOrDefault(holder, Map.of()).values().stream().anyMatch(want::matches);
            principalFound += ok ? 1 : 0;
            if (!ok) {
                failures.add("principal deadline not tracked: " + story.getKey() + " (" + principal + ")");
            }
        }
        int trackedTotal = 0;
        int trackedStated = 0;
        for (Map.Entry<String, Map<String, OffsetDateTime>> story : tracked.entrySet()) {
            String goldStory = mode(goldOfPredicted.getOrDefault(story.getKey(), List.of()));
            List<Value> stated = new ArrayList<>();
            for (String id : goldStory == null ? List.<String>of() : articlesOfGold.get(goldStory)) {
                for (JsonNode m : gold.get(id).path("deadlines")) {
                    if (m.hasNonNull("resolved")) {
                        stated.add(Value.gold(m.get("resolved").asText()));
                    }
                }
            }
            for (OffsetDateTime due : story.getValue().values()) {
                trackedTotal++;
                if (stated.stream().anyMatch(v -> v.matches(due))) {
                    trackedStated++;
                } else {
                    failures.add("tracked, not stated: " + story.getKey() + " due " + due);
                }
            }
        }
        return new CoverageEvaluation(ratio(rightCopies, predictedCopies), ratio(foundCopies, goldCopies),
                ratio(predictedRight, predicted), ratio(found, goldMentions), ratio(resolvedRight, resolvable),
                ratio(principalFound, storiesWithDeadlines), ratio(trackedStated, trackedTotal), byClass, failures);
    }

    /** The final due of every deadline the desk tracked, per story (from its DETECTED and REVISED alerts). */
    private static Map<String, Map<String, OffsetDateTime>> trackedDeadlines(List<String> alertLines) {
        Map<String, Map<String, OffsetDateTime>> tracked = new LinkedHashMap<>();
        for (String line : alertLines) {
            JsonNode alert = parse(line);
            String type = alert.path("type").asText();
            if (type.equals("DEADLINE_DETECTED") || type.equals("DEADLINE_REVISED")) {
                tracked.computeIfAbsent(alert.path("storyId").asText(), k -> new LinkedHashMap<>())
                        .put(alert.at("/deadline/id").asText(), OffsetDateTime.parse(alert.at("/deadline/due").asText()));
            }
        }
        return tracked;
    }

    private static final java.util.regex.Pattern CLOCK = java.util.regex.Pattern.compile(
            "\\b\\d{1,2}(:\\d\\d)?\\s*(a\\.?m\\.?|p\\.?m\\.?)|midnight|noon|o'clock");
    private static final java.util.regex.Pattern WINDOW = java.util.regex.Pattern.compile(
            "\\b(\\d+|one|two|three|four|five|six|seven|eight|nine|ten|\\w+teen|twenty|thirty|sixty|ninety)[- ]"
                    + "(day|week|month|year|hour)s?\\b");
    private static final java.util.regex.Pattern NAMED_TIME = java.util.regex.Pattern.compile(
            "\\d|\\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|"
                    + "august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|"
                    + "tomorrow|tonight|weekend)\\b");

    /** A gold mention's class, for the report of what is missed (run on the gold's short spans only). */
    static String kind(JsonNode mention) {
        String text = mention.path("text").asText().toLowerCase(java.util.Locale.ROOT);
        if (!mention.hasNonNull("resolved")) {
            return "unresolvable (range, month only)";
        }
        if (CLOCK.matcher(text).find()) {
            return "clock time";
        }
        if (WINDOW.matcher(text).find()) {
            return "window or notice";
        }
        return NAMED_TIME.matcher(text).find() ? "date or weekday" : "anaphor";
    }

    private static String mode(List<String> values) {
        Map<String, Integer> counts = new TreeMap<>();
        values.forEach(v -> counts.merge(v, 1, Integer::sum));
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }

    /** A UTF-16 index into {@code body} as a code point offset (the gold's offsets). */
    private static int codePoints(String body, int utf16) {
        return body.codePointCount(0, Math.min(Math.max(0, utf16), body.length()));
    }

    private static double ratio(int part, int whole) {
        return whole == 0 ? 1 : (double) part / whole;
    }

    private static JsonNode parse(String line) {
        try {
            return line.isBlank() ? null : Json.MAPPER.readTree(line);
        } catch (IOException e) {
            return null;
        }
    }

    /** What failed: missed mentions by class, and (with {@code listFailures}) each failure. */
    public String details(boolean listFailures) {
        StringBuilder out = new StringBuilder("deadline mentions missed, by class of the gold mention:\n");
        missedByClass.forEach((kind, c) -> out.append(String.format("  %-34s %3d of %3d missed%n", kind, c[1], c[0])));
        if (listFailures) {
            failures.forEach(f -> out.append("  ").append(f).append('\n'));
        } else {
            out.append(String.format("failures: %d (--failures lists them)%n", failures.size()));
        }
        return out.toString();
    }

    /** The figures and every failure, for {@code evaluate --json}. */
    public Map<String, Object> toJson() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("copies", StoryEvaluation.fields("precision", copyPrecision, "recall", copyRecall));
        Map<String, Object> mentions = new LinkedHashMap<>();
        mentions.put("precision", mentionPrecision);
        mentions.put("recall", mentionRecall);
        mentions.put("f1", mentionF1());
        mentions.put("resolutionRight", resolutionRight);
        Map<String, Object> missed = new LinkedHashMap<>();
        missedByClass.forEach((kind, c) -> missed.put(kind, StoryEvaluation.fields("gold", c[0], "missed", c[1])));
        mentions.put("missedByClass", missed);
        out.put("deadlineMentions", mentions);
        out.put("storyDeadlines", StoryEvaluation.fields("principalTracked", principalTracked, "trackedMatchingStated", trackedMatchingStated));
        Map<String, List<String>> byType = new LinkedHashMap<>();
        for (String f : failures) {
            int colon = f.indexOf(": ");
            byType.computeIfAbsent(f.substring(0, colon), k -> new ArrayList<>()).add(f.substring(colon + 2));
        }
        out.put("failures", byType);
        return out;
    }

    /** The summary lines: copies, deadline mentions, story deadlines. */
    public String summary() {
        return String.format("copies: P=%.3f R=%.3f%n", copyPrecision, copyRecall)
                + String.format("deadline mentions: P=%.3f R=%.3f F1=%.3f; resolution right=%.3f%n", mentionPrecision,
                mentionRecall, mentionF1(), resolutionRight)
                + String.format("story deadlines: principal tracked=%.3f; tracked matching stated=%.3f%n", principalTracked,
                trackedMatchingStated);
    }
}
