package io.storywatch.feed;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.storywatch.article.Article;
import io.storywatch.json.Json;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.PriorityQueue;
import java.util.SplittableRandom;

/**
 * A deterministic synthetic news feed for benchmarks and fault tests: stories that start at random
 * times, each covered by an original article, wire reprints of it on other sites (new headline,
 * trimmed ending, site furniture added), other outlets' rewrites, and for developing stories
 * follow-ups over the next days. About a third of the stories carry a deadline, stated relative to
 * each article's publish time, and some follow-ups move it. Bodies are 3–8 KB.
 *
 * <p>The text is made of English function words and invented content words (a shared vocabulary with
 * a skewed frequency, plus each story's own names, places, numbers and key terms), so that stories
 * share ordinary words but are told apart by their own, as real ones are. Articles come out in
 * publish order; the same seed gives the same feed byte for byte. Generation keeps only the stories
 * still being covered in memory, and runs far faster than any consumer of it (see the test).
 */
public final class SyntheticFeed implements Iterator<SyntheticFeed.Item> {
    /** One article with its gold labels. */
    public record Item(Article article, String story, String wireCopyOf) {
        /** The article as a JSON Lines line with the gold labels {@code story} and {@code wire_copy_of}. */
        public String jsonLine() {
            ObjectNode node = Json.MAPPER.valueToTree(article);
            node.put("story", story);
            if (wireCopyOf != null) {
                node.put("wire_copy_of", wireCopyOf);
            }
            return node.toString();
        }

        /** Publish time as epoch millis, or null for an undated article. */
        public Long publishedAt() {
            return article.published() == null ? null : Instant.parse(article.published()).toEpochMilli();
        }
    }

    public static final Instant DEFAULT_START = Instant.parse("2026-03-02T06:00:00Z");
    /** Mean time between the starts of two stories: about 240 stories and 1,700 articles a feed day. */
    private static final Duration MEAN_STORY_GAP = Duration.ofMinutes(6);
    private static final ZoneId NEWSROOM_ZONE = ZoneId.of("America/New_York");
    private static final double UNDATED_SHARE = 0.02;

    private static final String[] FUNCTION_WORDS = ("the the the of of and and to to a a in in that is for on with as "
            + "was at by it from said has have are were will its their this which but not after had who more been "
            + "also they than about would over new two could when into some other since while before during "
            + "under between against most many first last year week officials people").split(" ");
    private static final String[] ONSETS = {"b", "br", "c", "ch", "d", "dr", "f", "g", "gr", "h", "j", "k", "l",
            "m", "n", "p", "pr", "r", "s", "sh", "st", "t", "tr", "v", "w", "z"};
    private static final String[] VOWELS = {"a", "e", "i", "o", "u", "ai", "ou", "ea", "io"};
    private static final String[] CODAS = {"", "", "n", "r", "s", "l", "t", "m", "nd", "st", "ck"};
    private static final String[] WIRES = {"wire-one", "wire-two", "wire-three"};
    private static final String[] FURNITURE = {"Advertisement", "Also Read | %s", "Subscribe to our newsletter",
            "Read more: %s", "Follow us for the latest updates"};
    private static final String[] ORG_KINDS = {"Corp", "Ministry", "Union", "Authority", "Group", "Council"};
    /** Shared content vocabulary, the same for every seed. */
    private static final String[] SHARED = sharedVocabulary(4000);
    private static final int OUTLETS = 60;

    private final long seed;
    private final int limit;
    /** The languages stories are told in (each story in one, every article of it declaring it). */
    private final List<String> languages;
    private final String[] outlets;
    private final PriorityQueue<Planned> queue = new PriorityQueue<>(
            Comparator.comparingLong(Planned::at).thenComparingInt(p -> p.story.index).thenComparingInt(Planned::ordinal));
    private long nextStoryAt;
    private int nextStoryIndex;
    private final SplittableRandom arrivals;
    private int emitted;

    /**
     * @param seed     the same seed gives the same feed
     * @param articles how many articles the feed holds
     * @param start    publish time of the first story
     */
    public SyntheticFeed(long seed, int articles, Instant start) {
        this(seed, articles, start, List.of("en"));
    }

    /**
     * A multilingual feed: each story is told in one of {@code languages}, chosen by the story's number
     * (the words stay the same invented ones; the articles declare the story's language). With
     * {@code ["en"]} this is the English feed, byte for byte.
     */
    public SyntheticFeed(long seed, int articles, Instant start, List<String> languages) {
        if (languages.isEmpty()) {
            throw new IllegalArgumentException("a feed needs at least one language");
        }
        this.seed = seed;
        this.limit = articles;
        this.languages = List.copyOf(languages);
        this.arrivals = new SplittableRandom(seed);
        this.nextStoryAt = start.toEpochMilli();
        SplittableRandom names = new SplittableRandom(seed ^ 0x5DEECE66DL);
        outlets = new String[OUTLETS];
        for (int i = 0; i < OUTLETS; i++) {
            outlets[i] = word(names, 2) + (i % 3 == 0 ? "news" : "") + (i % 4 == 0 ? ".co.uk" : ".com");
        }
    }

    public SyntheticFeed(long seed, int articles) {
        this(seed, articles, DEFAULT_START);
    }

    @Override
    public boolean hasNext() {
        return emitted < limit;
    }

    @Override
    public Item next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        while (queue.isEmpty() || queue.peek().at >= nextStoryAt) {
            planStory();
        }
        Planned planned = queue.poll();
        emitted++;
        return planned.story.write(planned);
    }

    /** Every article of the feed, in publish order. */
    public static List<Item> generate(long seed, int articles) {
        return generate(seed, articles, List.of("en"));
    }

    /** Every article of a multilingual feed ({@link #SyntheticFeed(long, int, Instant, List)}), in publish order. */
    public static List<Item> generate(long seed, int articles, List<String> languages) {
        List<Item> items = new ArrayList<>(articles);
        new SyntheticFeed(seed, articles, DEFAULT_START, languages).forEachRemaining(items::add);
        return items;
    }

    private enum Kind { ORIGINAL, WIRE_COPY, REWRITE, FOLLOW_UP }

    private record Planned(long at, Story story, int ordinal, Kind kind, String outlet, int day) {
    }

    private void planStory() {
        Story story = new Story(nextStoryIndex++, nextStoryAt);
        for (Planned p : story.plan()) {
            queue.add(p);
        }
        nextStoryAt += (long) (-Math.log(1 - arrivals.nextDouble()) * MEAN_STORY_GAP.toMillis());
    }

    /** One story: its words, its coverage plan, and what its later articles need of the earlier ones. */
    private final class Story {
        final int index;
        final long start;
        final SplittableRandom random;
        final String id;
        final String lang;
        final String[] people;
        final String org;
        final String place;
        final String[] terms;
        final String[] numbers;
        /** Where the deadline stands after each day of coverage (null: none yet). */
        final List<ZonedDateTime> deadlineByDay = new ArrayList<>();
        String originalId;
        String originalBody;
        int pending;

        Story(int index, long start) {
            this.index = index;
            this.start = start;
            this.random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + index);
            this.id = "story-" + index;
            this.lang = languages.get(Math.floorMod(mix(seed, index), languages.size()));
            people = new String[]{person(), person(), person()};
            org = capitalize(word(random, 2)) + " " + ORG_KINDS[random.nextInt(ORG_KINDS.length)];
            place = capitalize(word(random, 2 + random.nextInt(2)));
            terms = new String[8];
            for (int i = 0; i < terms.length; i++) {
                terms[i] = word(random, 2 + random.nextInt(2));
            }
            numbers = new String[]{"$" + (1 + random.nextInt(90)) + "." + random.nextInt(10) + " billion",
                    (2 + random.nextInt(97)) + " percent"};
        }

        private String person() {
            return capitalize(word(random, 2)) + " " + capitalize(word(random, 2 + random.nextInt(2)));
        }

        List<Planned> plan() {
            List<Planned> plan = new ArrayList<>();
            boolean byWire = random.nextDouble() < 0.5;
            String first = byWire ? WIRES[random.nextInt(WIRES.length)] : outlet();
            plan.add(new Planned(start, this, 0, Kind.ORIGINAL, first, 0));
            int ordinal = 1;
            if (byWire) {
                int copies = 1 + random.nextInt(5);
                for (int i = 0; i < copies; i++) {
                    plan.add(new Planned(start + minutes(5, 90), this, ordinal++, Kind.WIRE_COPY, outlet(), 0));
                }
            }
            int rewrites = random.nextInt(5);
            for (int i = 0; i < rewrites; i++) {
                plan.add(new Planned(start + minutes(30, 480), this, ordinal++, Kind.REWRITE, outlet(), 0));
            }
            int followUps = random.nextDouble() < 0.4 ? 1 + random.nextInt(4) : 0;
            for (int day = 1; day <= followUps; day++) {
                long at = start + Duration.ofDays(day).toMillis() + minutes(0, 360);
                plan.add(new Planned(at, this, ordinal++, Kind.FOLLOW_UP, outlet(), day));
                if (random.nextBoolean()) {
                    plan.add(new Planned(at + minutes(20, 240), this, ordinal++, Kind.REWRITE, outlet(), day));
                }
            }
            ZonedDateTime due = random.nextDouble() < 0.35
                    ? Instant.ofEpochMilli(start).atZone(NEWSROOM_ZONE).plusDays(2 + random.nextInt(4))
                    .withHour(9 + random.nextInt(10)).withMinute(random.nextInt(4) == 0 ? 30 : 0).withSecond(0).withNano(0)
                    : null;
            for (int day = 0; day <= followUps; day++) {
                if (due != null && day > 0 && random.nextDouble() < 0.3) {
                    due = due.plusDays(1 + random.nextInt(3)).withHour(9 + random.nextInt(10));
                }
                deadlineByDay.add(due);
            }
            pending = plan.size();
            return plan;
        }

        Item write(Planned p) {
            String articleId = "syn-" + seed + "-" + index + "-" + p.ordinal;
            SplittableRandom r = new SplittableRandom(random.nextLong() ^ p.ordinal);
            boolean undated = p.kind != Kind.ORIGINAL && r.nextDouble() < UNDATED_SHARE;
            String title;
            String body;
            String copyOf = null;
            if (p.kind == Kind.WIRE_COPY) {
                title = headline(r);
                body = reprint(r);
                copyOf = originalId;
            } else {
                title = headline(r);
                body = body(r, p);
                if (p.kind == Kind.ORIGINAL) {
                    originalId = articleId;
                    originalBody = body;
                }
            }
            if (--pending == 0) {
                originalBody = null; // the story's coverage is over: keep nothing of it
            }
            Article article = new Article(articleId, "https://" + p.outlet + "/" + slug(title), p.outlet, title,
                    people[2], undated ? null : Instant.ofEpochMilli(p.at).toString(), body, lang);
            return new Item(article, id, copyOf);
        }

        private String body(SplittableRandom r, Planned p) {
            int target = 3000 + r.nextInt(5000);
            StringBuilder text = new StringBuilder(target + 600);
            ZonedDateTime due = deadlineByDay.get(p.day);
            ZonedDateTime published = Instant.ofEpochMilli(p.at).atZone(NEWSROOM_ZONE);
            int paragraph = 0;
            while (text.length() < target) {
                if (paragraph > 0) {
                    text.append("\n\n");
                }
                int sentences = 2 + r.nextInt(3);
                for (int s = 0; s < sentences; s++) {
                    if (s > 0) {
                        text.append(' ');
                    }
                    if (paragraph == 1 && s == 0 && due != null && due.isAfter(published)) {
                        deadline(r, text, due, published, p.day > 0 && !due.equals(deadlineByDay.get(p.day - 1)));
                    } else {
                        sentence(r, text);
                    }
                }
                paragraph++;
            }
            return text.toString();
        }

        /** The original's text under another headline, its ending trimmed, site furniture added. */
        private String reprint(SplittableRandom r) {
            String[] paragraphs = originalBody.split("\n\n");
            int keep = Math.max(2, paragraphs.length - r.nextInt(3));
            StringBuilder text = new StringBuilder(originalBody.length() + 200);
            for (int i = 0; i < keep && i < paragraphs.length; i++) {
                if (i > 0) {
                    text.append("\n\n");
                }
                text.append(paragraphs[i]);
                if (i == 1 && r.nextBoolean()) {
                    text.append("\n\n").append(String.format(FURNITURE[r.nextInt(FURNITURE.length)], headline(r)));
                }
            }
            if (r.nextBoolean()) {
                text.append("\n\n");
                sentence(r, text);
            }
            return text.toString();
        }

        private void deadline(SplittableRandom r, StringBuilder text, ZonedDateTime due, ZonedDateTime published, boolean moved) {
            String when = clock(due.getHour(), due.getMinute());
            long days = Duration.between(published.toLocalDate().atStartOfDay(), due.toLocalDate().atStartOfDay()).toDays();
            String day = days == 0 ? "today" : days < 7 ? "on " + due.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH)
                    : "on " + due.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + due.getDayOfMonth();
            if (moved) {
                text.append("The deadline was extended to ").append(when).append(' ').append(day).append(", ")
                        .append(people[0]).append(" said.");
                return;
            }
            switch (r.nextInt(3)) {
                case 0 -> text.append(org).append(" has until ").append(when).append(' ').append(day)
                        .append(" to respond to the demands.");
                case 1 -> text.append(people[0]).append(" said the ").append(terms[0]).append(" must be settled by ")
                        .append(when).append(' ').append(day).append('.');
                default -> text.append("Officials set a deadline of ").append(when).append(' ').append(day)
                        .append(" for an answer from ").append(org).append('.');
            }
        }

        private void sentence(SplittableRandom r, StringBuilder text) {
            int words = 14 + r.nextInt(13);
            int start = text.length();
            for (int w = 0; w < words; w++) {
                if (w > 0) {
                    text.append(w == words / 2 && r.nextInt(3) == 0 ? ", " : " ");
                }
                double roll = r.nextDouble();
                if (roll < 0.45) {
                    text.append(FUNCTION_WORDS[r.nextInt(FUNCTION_WORDS.length)]);
                } else if (roll < 0.75) {
                    text.append(SHARED[(int) (SHARED.length * Math.pow(r.nextDouble(), 2.5))]);
                } else {
                    text.append(storyWord(r));
                }
            }
            text.setCharAt(start, Character.toUpperCase(text.charAt(start)));
            text.append('.');
        }

        private String storyWord(SplittableRandom r) {
            int pick = r.nextInt(16);
            if (pick < 3) {
                return people[pick];
            }
            return switch (pick) {
                case 3 -> org;
                case 4 -> place;
                case 5 -> numbers[r.nextInt(numbers.length)];
                default -> terms[r.nextInt(terms.length)];
            };
        }

        private String headline(SplittableRandom r) {
            return capitalize(terms[r.nextInt(3)]) + " " + SHARED[r.nextInt(200)] + " as " + org + " "
                    + terms[3 + r.nextInt(3)] + " in " + place;
        }

        private String outlet() {
            return outlets[random.nextInt(outlets.length)];
        }

        private long minutes(int from, int to) {
            return Duration.ofMinutes(from + random.nextInt(to - from + 1)).toMillis();
        }
    }

    private static String clock(int hour, int minute) {
        if (hour == 12 && minute == 0) {
            return "noon";
        }
        String h = Integer.toString(hour % 12 == 0 ? 12 : hour % 12);
        return (minute == 0 ? h : h + String.format(":%02d", minute)) + (hour < 12 ? " a.m." : " p.m.");
    }

    /** A story's language: from its number and the seed, apart from the story's own random stream. */
    private static int mix(long seed, int index) {
        long x = seed * 0xBF58476D1CE4E5B9L + index * 0x94D049BB133111EBL;
        x ^= x >>> 31;
        return (int) (x ^ x >>> 17);
    }

    private static String[] sharedVocabulary(int size) {
        SplittableRandom random = new SplittableRandom(20260302L);
        String[] words = new String[size];
        for (int i = 0; i < size; i++) {
            words[i] = word(random, 1 + random.nextInt(3));
        }
        return words;
    }

    private static String word(SplittableRandom random, int syllables) {
        StringBuilder word = new StringBuilder(12);
        for (int s = 0; s < syllables; s++) {
            word.append(ONSETS[random.nextInt(ONSETS.length)]).append(VOWELS[random.nextInt(VOWELS.length)])
                    .append(CODAS[random.nextInt(CODAS.length)]);
        }
        return word.toString();
    }

    private static String capitalize(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    private static String slug(String title) {
        return title.toLowerCase(Locale.ROOT).replace(' ', '-').replace("$", "");
    }
}
