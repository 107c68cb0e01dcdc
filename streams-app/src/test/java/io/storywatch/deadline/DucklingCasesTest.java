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
 * here): each expression put in that folder README's deadline sentence ("The union said members must
 * ratify the agreement by ...") published at the case's reference time, read in the reference's own
 * offset (Duckling's fixed-offset "now"). Found, as that README scores it: a deadline mention overlaps
 * the phrase; resolved: a deadline comes out; right: it matches the expected value at the case's grain.
 * The README leaves its contested cases out of the headline: that figure is printed too.
 *
 * <p>A ratchet: each floor is the share reached when it was set, raised as the grammar grows, never
 * lowered. Resolved and right were 0.383 and 0.212 of 519 when this test was written (targets 0.95 and
 * 0.90); 0.391 and 0.220 with anaphors and windows; 0.588 and 0.403 with holidays, clock forms, numeric
 * dates and "the 15th"; 0.620 and 0.435 with vague amounts; 0.743 and 0.626 with clock times in words and
 * parts of the day, minutes past and to, ordinal days, more holidays, EOD/EOM/EOY and quarters of an hour;
 * 0.746 and 0.628 with late/early between a cue and its time; 0.809 and 0.730 with more holidays, the nth
 * weekday of a month, a weekday of next week, the beginning of next week or month, and clock times with no
 * am or pm read in business hours; 0.824 and 0.770 with early morning, lunchtime, "this evening", "9
 * tomorrow", "three twenty", "half three", "mid day", "Tuesday 19th" and day-first numeric dates; 0.861 and
 * 0.813 with weekends, "3 Fridays from now", "the third day of October", days after a holiday, "the Ides of
 * March", "by the following week" and an hour with its zone; 0.863 and 0.818 with quarters and months in
 * figures (found, left unresolved as month-only limits are), "in 7 days at 5pm" and "the beginning of January"
 * read as the next one; 0.892 and 0.838 with four-digit clock times ("1700 GMT"), "by the afternoon", "this evening
 * at 12" (midnight), "next year" after a date or holiday and "Sat" inside a date; 0.902 and 0.848 with "by march
 * first" (lowercase after a limit), "by the first", "3ish pm" and "afternoonish"; 0.909 and 0.854 with National
 * Heroes' Day, Discovery Day and Earth Hour. Found, scored as the README says,
 * was 0.881 when it was added; 0.902 with quarters and months in figures; 0.936 with those and "the first week of
 * October" (found, left unresolved); 0.946 with the forms just named; 0.954 with the three holidays.
 *
 * <p>The deadline rules leave a month or a quarter alone unresolved (the real-news specification's "by June"), so
 * those cases can never be right as deadlines. The time grammar does read them, and {@link DeadlineResolver#period}
 * gives the period: the last figure scores a case by that period where no deadline comes out (0.868 when added,
 * 0.879 with the forms above, 0.884 with the holidays).
 */
class DucklingCasesTest {
    private static final Path CASES = Path.of("..", "..", "shared", "data", "duckling-time-en", "cases.jsonl");
    private static final double MENTIONED_FLOOR = 0.953;
    private static final double FOUND_FLOOR = 0.909;
    private static final double RIGHT_FLOOR = 0.853;
    private static final double READ_FLOOR = 0.884;
    private static final DeadlineResolver RESOLVER = new DeadlineResolver();

    @Test
    void theCorpusExpressionsAsDeadlines() throws IOException {
        Assumptions.assumeTrue(Files.isRegularFile(CASES), "the Duckling cases are in ../shared/data (absent: skipped)");
        int[] all = new int[5]; // cases, mentioned (the README's "found"), resolved, right, read right
        int[] uncontested = new int[5];
        for (String line : Files.readAllLines(CASES)) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode c = Json.MAPPER.readTree(line);
            OffsetDateTime ref = OffsetDateTime.parse(c.get("ref").asText());
            String sentence = sentence(c);
            int from = sentence.indexOf(c.get("phrase").asText());
            int to = from + c.get("phrase").asText().length();
            List<DeadlineMention> mentions = DeadlineExtractor.extract(TextNormalizer.normalize(sentence));
            boolean mentioned = mentions.stream().anyMatch(m -> m.start() < to && m.end() > from);
            Optional<ResolvedDeadline> due = resolve(mentions, ref);
            Optional<ResolvedDeadline> read = due.isPresent() ? due : period(mentions, ref);
            int[] outcome = {1, mentioned ? 1 : 0, due.isPresent() ? 1 : 0, due.isPresent() && matches(c, due.get().due()) ? 1 : 0,
                    read.isPresent() && matches(c, read.get().due()) ? 1 : 0};
            for (int k = 0; k < outcome.length; k++) {
                all[k] += outcome[k];
                uncontested[k] += c.hasNonNull("contested") ? 0 : outcome[k];
            }
        }
        double foundShare = (double) all[2] / all[0];
        double rightShare = (double) all[3] / all[0];
        System.out.printf("duckling cases (zone: each reference's own offset; case as written): %d, found (a mention "
                        + "overlaps the phrase, as the dataset's README scores it) %.3f, resolved %.3f, right %.3f "
                        + "(targets 0.95 and 0.90); headline, contested cases left out: %d, found %.3f, resolved %.3f, "
                        + "right %.3f; reading month and quarter limits (no deadline) as their periods: right %.3f, "
                        + "headline %.3f%n", all[0], (double) all[1] / all[0], foundShare, rightShare, uncontested[0],
                (double) uncontested[1] / uncontested[0], (double) uncontested[2] / uncontested[0],
                (double) uncontested[3] / uncontested[0], (double) all[4] / all[0], (double) uncontested[4] / uncontested[0]);
        assertTrue((double) all[1] / all[0] >= MENTIONED_FLOOR, "found (mentioned) fell to " + (double) all[1] / all[0]);
        assertTrue(foundShare >= FOUND_FLOOR, "resolved fell to " + foundShare);
        assertTrue(rightShare >= RIGHT_FLOOR, "right fell to " + rightShare);
        assertTrue((double) all[4] / all[0] >= READ_FLOOR, "right, periods read, fell to " + (double) all[4] / all[0]);
    }

    /** The period a month or quarter limit names, which the deadline rules leave unresolved. */
    private static Optional<ResolvedDeadline> period(List<DeadlineMention> mentions, OffsetDateTime ref) {
        Reference reference = new Reference(ref.toInstant(), false, ZoneOffset.from(ref));
        return mentions.stream().map(m -> RESOLVER.period(m, reference)).flatMap(Optional::stream).findFirst();
    }

    /** The case's expression in the dataset README's deadline sentence, as its {@code embed} says. */
    static String sentence(JsonNode c) {
        String phrase = c.get("phrase").asText();
        String said = "The union said members ";
        return switch (c.get("embed").asText()) {
            case "own" -> said + "must ratify the agreement " + phrase + ", or the strike will begin.";
            case "own-until" -> said + "have " + phrase + " to ratify the agreement, or the strike will begin.";
            case "within-the" -> said + "must ratify the agreement within the " + phrase + ", or the strike will begin.";
            default -> said + "must ratify the agreement by " + phrase + ", or the strike will begin.";
        };
    }

    private static Optional<ResolvedDeadline> resolve(List<DeadlineMention> mentions, OffsetDateTime ref) {
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
