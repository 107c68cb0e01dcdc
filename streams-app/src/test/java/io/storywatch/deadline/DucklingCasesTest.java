package io.storywatch.deadline;

import com.fasterxml.jackson.databind.JsonNode;
import io.storywatch.json.Json;
import io.storywatch.text.TextNormalizer;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Duckling's English time corpus as deadline cases (../shared/data/duckling-time-en, not copied
 * here): each expression put in a deadline sentence published at the case's reference time, read in
 * the reference's own offset (Duckling's fixed-offset "now"), the resolved deadline compared with the
 * expected value at the case's grain as that folder's README says. Found: a deadline comes out at
 * all; right: it matches. A ratchet: the floors are the shares reached when this test was written
 * (found 0.383, right 0.212 of 519; targets 0.95 and 0.90), raised as the grammar grows (0.391 and 0.220
 * with anaphors and windows; 0.588 and 0.403 with holidays, clock forms, numeric dates and "the 15th";
 * 0.620 and 0.435 with vague amounts; 0.743 and 0.626 with clock times in words and parts of the day,
 * minutes past and to, ordinal days, more holidays, EOD/EOM/EOY and quarters of an hour; 0.746 and 0.628
 * with late/early between a cue and its time; 0.809 and 0.730 with more holidays, the nth weekday of a month, a
 * weekday of next week, the beginning of next week or month, and clock times with no am or pm read in business
 * hours; 0.824 and 0.770 with
 * early morning, lunchtime, "this evening", "9 tomorrow", "three twenty", "half three", "mid day", "Tuesday 19th"
 * and day-first numeric dates where the first number is no month; 0.861 and 0.813 with weekends, "3 Fridays from
 * now", "the third day of October", "the last day of October", days after a holiday, "the Ides of March", "by
 * the following week" and an hour with its zone), never lowered. The dataset's README leaves its contested cases out of the headline: that figure is
 * printed too.
 */
class DucklingCasesTest {
    private static final Path CASES = Path.of("..", "..", "shared", "data", "duckling-time-en", "cases.jsonl");
    private static final double FOUND_FLOOR = 0.861;
    private static final double RIGHT_FLOOR = 0.813;
    private static final DeadlineResolver RESOLVER = new DeadlineResolver();

    @Test
    void theCorpusExpressionsAsDeadlines() throws IOException {
        Assumptions.assumeTrue(Files.isRegularFile(CASES), "the Duckling cases are in ../shared/data (absent: skipped)");
        int total = 0;
        int found = 0;
        int right = 0;
        int uncontested = 0;
        int uncontestedFound = 0;
        int uncontestedRight = 0;
        for (String line : Files.readAllLines(CASES)) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode c = Json.MAPPER.readTree(line);
            total++;
            OffsetDateTime ref = OffsetDateTime.parse(c.get("ref").asText());
            Optional<ResolvedDeadline> due = resolve(sentence(c), ref);
            boolean contested = c.hasNonNull("contested");
            uncontested += contested ? 0 : 1;
            if (due.isEmpty()) {
                continue;
            }
            boolean isRight = matches(c, due.get().due());
            found++;
            right += isRight ? 1 : 0;
            uncontestedFound += contested ? 0 : 1;
            uncontestedRight += !contested && isRight ? 1 : 0;
        }
        double foundShare = (double) found / total;
        double rightShare = (double) right / total;
        System.out.printf("duckling cases (zone: each reference's own offset; case as written): %d, found %.3f, "
                + "right %.3f (targets 0.95 and 0.90); headline, contested cases left out: %d, found %.3f, right %.3f%n",
                total, foundShare, rightShare, uncontested, (double) uncontestedFound / uncontested,
                (double) uncontestedRight / uncontested);
        assertTrue(foundShare >= FOUND_FLOOR, "found fell to " + foundShare);
        assertTrue(rightShare >= RIGHT_FLOOR, "right fell to " + rightShare);
    }

    /** The case's expression in a deadline sentence, as the README's {@code embed} says. */
    static String sentence(JsonNode c) {
        String phrase = c.get("phrase").asText();
        return switch (c.get("embed").asText()) {
            case "own" -> "The members must ratify the agreement " + phrase + ", or the strike will begin.";
            case "own-until" -> "The members have " + phrase + " to ratify the agreement, or the strike will begin.";
            case "within-the" -> "The members must ratify the agreement within the " + phrase + ", or the strike will begin.";
            default -> "The members must ratify the agreement by " + phrase + ", or the strike will begin.";
        };
    }

    private static Optional<ResolvedDeadline> resolve(String sentence, OffsetDateTime ref) {
        List<DeadlineMention> mentions = DeadlineExtractor.extract(TextNormalizer.normalize(sentence));
        Reference reference = new Reference(ref.toInstant(), false, ZoneOffset.from(ref));
        for (DeadlineMention mention : mentions) {
            Optional<ResolvedDeadline> resolved = RESOLVER.resolve(mention, reference);
            if (resolved.isPresent()) {
                return resolved;
            }
        }
        return Optional.empty();
    }

    /** The README's {@code match} rules. */
    static boolean matches(JsonNode c, OffsetDateTime due) {
        OffsetDateTime value = OffsetDateTime.parse(c.get("value").asText());
        OffsetDateTime end = c.hasNonNull("interval_end") ? OffsetDateTime.parse(c.get("interval_end").asText()) : null;
        LocalDate start = value.toLocalDate();
        LocalDate day = due.toLocalDate();
        return switch (c.get("match").asText()) {
            case "minute" -> Duration.between(value.toInstant(), due.toInstant()).abs().compareTo(Duration.ofMinutes(1)) < 0;
            case "day" -> day.equals(start);
            case "week" -> day.equals(start) || !day.isBefore(start.plusDays(4)) && !day.isAfter(start.plusDays(6))
                    || day.equals(start.plusDays(7)) && due.toLocalTime().equals(java.time.LocalTime.MIDNIGHT);
            case "month" -> day.equals(start) || endOf(day, start.plusMonths(1), due);
            case "quarter" -> day.equals(start) || endOf(day, start.plusMonths(3), due);
            case "interval" -> end != null && !due.toInstant().isBefore(value.toInstant()) && !due.toInstant().isAfter(end.toInstant());
            case "interval-end" -> end != null && (Duration.between(end.toInstant(), due.toInstant()).abs()
                    .compareTo(Duration.ofMinutes(1)) < 0
                    || end.toLocalTime().equals(java.time.LocalTime.MIDNIGHT) && day.equals(end.toLocalDate().minusDays(1)));
            default -> false;
        };
    }

    /** The period's last day, or 00:00 of the next one. */
    private static boolean endOf(LocalDate day, LocalDate next, OffsetDateTime due) {
        return day.equals(next.minusDays(1)) || day.equals(next) && due.toLocalTime().equals(java.time.LocalTime.MIDNIGHT);
    }
}
