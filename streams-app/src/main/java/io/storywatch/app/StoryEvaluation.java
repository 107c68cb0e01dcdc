package io.storywatch.app;

import com.fasterxml.jackson.databind.JsonNode;
import io.storywatch.json.Json;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Scores the desk's stories against a feed's gold labels: each JSON Lines article may carry
 * {@code story} (its gold story) and {@code wire_copy_of} (the article it reprints).
 * Pairwise and BCubed precision/recall/F1 over stories, the gold stories merged into one predicted
 * story or split across several (by name), and near-duplicate precision/recall.
 */
public final class StoryEvaluation {
    public final int articles;
    public final double pairwisePrecision;
    public final double pairwiseRecall;
    public final double bcubedPrecision;
    public final double bcubedRecall;
    /** Predicted stories holding more than one gold story: the gold names, per predicted story. */
    public final List<Set<String>> merged;
    /** Gold stories spread over more than one predicted story, with how many. */
    public final Map<String, Integer> split;
    public final double nearDuplicatePrecision;
    public final double nearDuplicateRecall;
    /** Copies, deadline mentions and story deadlines; null when scored from verdicts alone. */
    public final CoverageEvaluation coverage;

    private StoryEvaluation(int articles, double pp, double pr, double bp, double br, List<Set<String>> merged,
                            Map<String, Integer> split, double np, double nr, CoverageEvaluation coverage) {
        this.articles = articles;
        this.pairwisePrecision = pp;
        this.pairwiseRecall = pr;
        this.bcubedPrecision = bp;
        this.bcubedRecall = br;
        this.merged = merged;
        this.split = split;
        this.nearDuplicatePrecision = np;
        this.nearDuplicateRecall = nr;
        this.coverage = coverage;
    }

    public static double f1(double precision, double recall) {
        return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }

    /** Backtests {@code feed} and scores it. */
    public static StoryEvaluation of(Path feed, java.util.Properties settings) {
        try (Backtest backtest = new Backtest(settings)) {
            backtest.feed(feed, java.time.Duration.ofHours(1));
            List<String> lines = Files.readAllLines(feed);
            StoryEvaluation stories = score(lines, backtest.enriched());
            return stories.with(CoverageEvaluation.score(lines, backtest.enriched(), backtest.alerts()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static StoryEvaluation score(List<String> feedLines, List<String> enrichedLines) {
        Map<String, String> gold = new LinkedHashMap<>();
        Map<String, String> wireCopyOf = new HashMap<>();
        for (String line : feedLines) {
            JsonNode article = parse(line);
            if (article == null || !article.hasNonNull("id") || !article.hasNonNull("story")) {
                continue;
            }
            gold.put(article.get("id").asText(), article.get("story").asText());
            if (article.hasNonNull("wire_copy_of")) {
                wireCopyOf.put(article.get("id").asText(), article.get("wire_copy_of").asText());
            }
        }
        Map<String, String> predicted = new HashMap<>();
        Map<String, String> predictedCopyOf = new HashMap<>();
        for (String line : enrichedLines) {
            JsonNode e = parse(line);
            String id = e.get("articleId").asText();
            if (!gold.containsKey(id) || predicted.containsKey(id)) {
                continue; // a second pass over the same id (replay) is not a new article
            }
            predicted.put(id, e.path("storyId").asText("none-" + id));
            String verdict = e.path("verdict").asText();
            if ((verdict.equals("NEAR_DUPLICATE") || verdict.equals("DUPLICATE")) && !e.path("duplicateOf").asText().equals(id)) {
                predictedCopyOf.put(id, e.get("duplicateOf").asText());
            }
        }
        gold.keySet().forEach(id -> predicted.putIfAbsent(id, "none-" + id)); // dead-lettered: alone

        List<String> ids = new ArrayList<>(gold.keySet());
        long truePairs = 0;
        long predictedPairs = 0;
        long goldPairs = 0;
        for (int i = 0; i < ids.size(); i++) {
            for (int j = i + 1; j < ids.size(); j++) {
                boolean samePredicted = predicted.get(ids.get(i)).equals(predicted.get(ids.get(j)));
                boolean sameGold = gold.get(ids.get(i)).equals(gold.get(ids.get(j)));
                predictedPairs += samePredicted ? 1 : 0;
                goldPairs += sameGold ? 1 : 0;
                truePairs += samePredicted && sameGold ? 1 : 0;
            }
        }
        Map<String, List<String>> byPredicted = group(ids, predicted);
        Map<String, List<String>> byGold = group(ids, gold);
        double bp = 0;
        double br = 0;
        for (String id : ids) {
            List<String> p = byPredicted.get(predicted.get(id));
            List<String> g = byGold.get(gold.get(id));
            long both = p.stream().filter(x -> gold.get(x).equals(gold.get(id))).count();
            bp += (double) both / p.size();
            br += (double) both / g.size();
        }
        List<Set<String>> merged = new ArrayList<>();
        for (List<String> members : byPredicted.values()) {
            Set<String> labels = new TreeSet<>();
            members.forEach(m -> labels.add(gold.get(m)));
            if (labels.size() > 1) {
                merged.add(labels);
            }
        }
        Map<String, Integer> split = new TreeMap<>();
        byGold.forEach((label, members) -> {
            Set<String> stories = new HashSet<>();
            members.forEach(m -> stories.add(predicted.get(m)));
            if (stories.size() > 1) {
                split.put(label, stories.size());
            }
        });
        long nearTrue = predictedCopyOf.keySet().stream().filter(wireCopyOf::containsKey).count();
        double np = predictedCopyOf.isEmpty() ? 1 : (double) nearTrue / predictedCopyOf.size();
        double nr = wireCopyOf.isEmpty() ? 1 : (double) nearTrue / wireCopyOf.size();
        return new StoryEvaluation(ids.size(), predictedPairs == 0 ? 1 : (double) truePairs / predictedPairs,
                goldPairs == 0 ? 1 : (double) truePairs / goldPairs, bp / ids.size(), br / ids.size(), merged, split, np, nr,
                null);
    }

    StoryEvaluation with(CoverageEvaluation scored) {
        return new StoryEvaluation(articles, pairwisePrecision, pairwiseRecall, bcubedPrecision, bcubedRecall, merged,
                split, nearDuplicatePrecision, nearDuplicateRecall, scored);
    }

    /** How many gold stories share a predicted story with another gold story. */
    public int mergedGoldStories() {
        Set<String> labels = new TreeSet<>();
        merged.forEach(labels::addAll);
        return labels.size();
    }

    private static Map<String, List<String>> group(List<String> ids, Map<String, String> label) {
        Map<String, List<String>> groups = new LinkedHashMap<>();
        ids.forEach(id -> groups.computeIfAbsent(label.get(id), k -> new ArrayList<>()).add(id));
        return groups;
    }

    private static JsonNode parse(String line) {
        try {
            return line.isBlank() ? null : Json.MAPPER.readTree(line);
        } catch (IOException e) {
            return null;
        }
    }

    /** The figures (and, with coverage labels, every failure by type) as one JSON document, for machines. */
    public String json() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("articles", articles);
        Map<String, Object> stories = new LinkedHashMap<>();
        stories.put("pairwise", fields("precision", pairwisePrecision, "recall", pairwiseRecall,
                "f1", f1(pairwisePrecision, pairwiseRecall)));
        stories.put("bcubed", fields("precision", bcubedPrecision, "recall", bcubedRecall, "f1", f1(bcubedPrecision, bcubedRecall)));
        stories.put("mergedGoldStories", mergedGoldStories());
        stories.put("merged", merged);
        stories.put("split", split);
        out.put("stories", stories);
        out.put("nearDuplicates", fields("precision", nearDuplicatePrecision, "recall", nearDuplicateRecall));
        if (coverage != null) {
            out.putAll(coverage.toJson());
        }
        try {
            return Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(out) + System.lineSeparator();
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A JSON object's fields in the order given: name, value, name, value, ... */
    static Map<String, Object> fields(Object... nameValues) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (int i = 0; i < nameValues.length; i += 2) {
            out.put((String) nameValues[i], nameValues[i + 1]);
        }
        return out;
    }

    /** The report the evaluate command prints. */
    public String report() {
        return report(false);
    }

    /** The report; it ends with the four summary lines (stories, copies, deadline mentions, story deadlines). */
    public String report(boolean listFailures) {
        StringBuilder out = new StringBuilder();
        out.append(String.format("articles: %d%n", articles));
        out.append(String.format("pairwise: precision %.3f  recall %.3f  F1 %.3f%n", pairwisePrecision, pairwiseRecall,
                f1(pairwisePrecision, pairwiseRecall)));
        out.append(String.format("BCubed:   precision %.3f  recall %.3f  F1 %.3f%n", bcubedPrecision, bcubedRecall,
                f1(bcubedPrecision, bcubedRecall)));
        out.append(String.format("near-duplicates: precision %.3f  recall %.3f%n", nearDuplicatePrecision, nearDuplicateRecall));
        out.append(merged.isEmpty() ? "merged: none\n" : "merged: " + merged + "\n");
        out.append(split.isEmpty() ? "split: none\n" : "split: " + split + "\n");
        if (coverage != null) {
            out.append(coverage.details(listFailures));
        }
        out.append(String.format("stories: BCubed P=%.3f R=%.3f F1=%.3f; merged gold stories: %d%n", bcubedPrecision,
                bcubedRecall, f1(bcubedPrecision, bcubedRecall), mergedGoldStories()));
        if (coverage != null) {
            out.append(coverage.summary());
        }
        return out.toString();
    }
}
