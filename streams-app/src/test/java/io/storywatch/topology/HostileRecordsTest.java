package io.storywatch.topology;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.storywatch.json.Json;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * 10,000 generated records through the real topology: random bytes, truncated and deeply nested JSON,
 * wrong types, huge strings, NUL and control characters, invalid UTF-8, multi-megabyte bodies, dates
 * far in the past and future, absurd deadlines, thousands of cue words, and ordinary articles. Every
 * record is accounted for: one verdict on the enriched topic, or one dead letter with a known reason.
 */
class HostileRecordsTest {
    private static final int RECORDS = 10_000;

    @TempDir
    Path stateDir;

    @Test
    void everyRecordIsProcessedOrDeadLetteredAndNothingStopsTheApp() {
        Random random = new Random(9999);
        long t = Instant.parse("2026-03-02T10:00:00Z").toEpochMilli();
        try (TopologyFixture run = new TopologyFixture(stateDir, Map.of(), new SimpleMeterRegistry())) {
            for (int i = 0; i < RECORDS; i++) {
                run.pipe("k" + i, hostile(random, i), t + i);
            }
            run.tick(t + RECORDS, t + RECORDS + Duration.ofHours(1).toMillis());
            List<TestRecord<byte[], byte[]>> dead = run.deadLetters.readRecordsToList();
            int processed = run.enriched.readValuesToList().size();
            System.out.printf("hostile records: %d in, %d processed, %d dead-lettered%n", RECORDS, processed, dead.size());
            assertEquals(RECORDS, processed + dead.size(), "records in = processed + dead-lettered");
            for (TestRecord<byte[], byte[]> letter : dead) {
                var reason = letter.headers().lastHeader(DeadLetterHandler.REASON_HEADER);
                assertTrue(reason != null && java.util.Arrays.stream(DeadLetterReason.values()).map(DeadLetterReason::code)
                                .anyMatch(new String(reason.value(), StandardCharsets.UTF_8)::equals),
                        "a dead letter without a known reason");
            }
            assertTrue(processed > RECORDS / 4, "ordinary articles still get through: " + processed);
            assertTrue(dead.size() > RECORDS / 4, "hostile records are rejected: " + dead.size());
        }
    }

    private static byte[] hostile(Random random, int i) {
        String id = "h" + i;
        return switch (random.nextInt(14)) {
            case 0 -> bytes(random, random.nextInt(200));
            case 1 -> {
                byte[] json = article(id, "Talks resume; the union has until Friday to answer.", "2026-03-01T00:00:00Z");
                yield java.util.Arrays.copyOf(json, random.nextInt(json.length));
            }
            case 2 -> ("{\"id\":\"" + id + "\",\"body\":" + "[".repeat(1 + random.nextInt(1000)) + "\"x\""
                    + "]".repeat(1 + random.nextInt(1000)) + "}").getBytes(StandardCharsets.UTF_8);
            case 3 -> List.of("{\"id\":5,\"body\":[\"x\"]}", "{\"id\":\"" + id + "\",\"body\":{\"a\":1}}", "{\"body\":true}",
                    "{\"id\":\"" + id + "\",\"body\":\"ok\",\"published\":12}", "{}", "null", "[]", "\"text\"", "42")
                    .get(random.nextInt(9)).getBytes(StandardCharsets.UTF_8);
            case 4 -> article(id, "word ".repeat(20_000 + random.nextInt(400_000)), null); // 100 KB to 2 MB
            case 5 -> article(id, "until Friday\u0000\u0001\u0007\u001b[31m evening\u0000 " + "\u0000".repeat(random.nextInt(5000)), null);
            case 6 -> {
                byte[] json = article(id, "deadline Friday XX body", "2026-03-01");
                String text = new String(json, StandardCharsets.UTF_8);
                int at = text.indexOf("XX");
                byte[] out = json.clone();
                out[at] = (byte) 0xC3; // an invalid UTF-8 sequence inside the string
                out[at + 1] = (byte) 0x28;
                yield out;
            }
            case 7 -> article(id, "The ceasefire ends at midnight Sunday.",
                    List.of("0001-01-01T00:00:00Z", "9999-12-31T23:59:59Z", "+100000-01-01T00:00:00Z", "not a date",
                            "2026-02-30", "1969-12-31").get(random.nextInt(6)));
            case 8 -> article(id, List.of("The company has until the year 9999 to comply.",
                    "Lawmakers have until Friday, December 31, 9999 to act.", "The deadline is 99:99 p.m. on Feb. 30.",
                    "They must respond within 999999999999 days.", "Comments are due 31 February.").get(random.nextInt(5)),
                    "2026-03-01T12:00:00Z");
            case 9 -> article(id, "until by deadline Friday before the end of ".repeat(1 + random.nextInt(3000)), null);
            case 10 -> article(id, "\uD83D\uDE80 ünïcödé \u202Eright-to-left\u202C \\u0000 \"quoted\" until Friday", null);
            default -> article(id, "Officials in " + word(random) + " said talks on " + word(random)
                    + " would resume; negotiators have until Friday to reach a deal on " + word(random) + ".",
                    "2026-03-0" + (1 + random.nextInt(9)) + "T12:00:00Z");
        };
    }

    private static byte[] article(String id, String body, String published) {
        return Json.write(new io.storywatch.article.Article(id, null, "fuzz.example", "Fuzz", null, published, body, null));
    }

    private static byte[] bytes(Random random, int length) {
        byte[] out = new byte[length];
        random.nextBytes(out);
        return out;
    }

    private static String word(Random random) {
        return List.of("steel", "ports", "tariffs", "wages", "fisheries", "pipelines", "chips").get(random.nextInt(7));
    }
}
