package io.storywatch.deadline;

import io.storywatch.text.NormalizedText;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.storywatch.deadline.DeadlineWords.*;

/**
 * Finds deadline mentions as real-news-dev's README defines them: temporal expressions governed by a
 * deadline cue ("until Friday evening", "a hard deadline of 5 p.m. Friday", "the Friday deadline",
 * "within 48 hours"), windows a party is given ("paused for 90 days", "another 75 days"), the start of a
 * threatened action ("will walk off the job at midnight"), and anaphors that refer to a deadline stated
 * elsewhere ("before the deadline"). A date with no cue (a meeting "on Tuesday", a dateline, an event
 * listing) is not a deadline. The sentence's tense marks a report after the fact ({@code past}) or one
 * that binds someone ahead ({@code ahead}), for the resolver. The words it reads are in
 * {@link DeadlineWords}.
 *
 * <p>The scan is one pass over the tokens; each expression attempt looks at a bounded number of
 * tokens, so the cost is linear in the text. At most {@link #MAX_MENTIONS} mentions are kept.
 */
public final class DeadlineExtractor {
    public static final int MAX_MENTIONS = 32;
    /** How far before an expression a cue like "deadline" or "ultimatum" may stand, in tokens. */
    private static final int CUE_WINDOW = 6;
    /** How far back "must" or "have to" binds a party to the time: "must hold elections in May". */
    private static final int OBLIGED_REACH = 6;
    /** How far back a window verb governs a duration "for" introduces ({@link #governedBefore}). */
    private static final int DURATION_REACH = 13;
    /** How far back a threatened action may stand from the verb that schedules it at a time: "a strike by 45,000 workers is set to begin at". */
    private static final int ACTION_REACH = 14;

    /** Each holiday name under its first word, longest first: {@link #holiday} tries only those of its token. */
    private static final Map<String, List<Map.Entry<String[], Holiday>>> HOLIDAY_NAMES = holidayNames();
    private static final Set<String> HOLIDAY_STARTS = HOLIDAY_NAMES.keySet();

    private static Map<String, List<Map.Entry<String[], Holiday>>> holidayNames() {
        Map<String, List<Map.Entry<String[], Holiday>>> names = new java.util.HashMap<>();
        for (Holiday h : Holiday.values()) {
            for (String[] name : h.names()) {
                names.computeIfAbsent(name[0], k -> new ArrayList<>()).add(Map.entry(name, h));
            }
        }
        names.values().forEach(list -> list.sort((a, b) -> b.getKey().length - a.getKey().length));
        return Map.copyOf(names);
    }

    /**
     * Words that can begin a component or a span; any other word is skipped at the cost of one lookup
     * (most tokens of an article), instead of trying every component on it.
     */
    private static final WordMap<String> STARTERS = WordMap.of(starters(true));
    /**
     * Words that can begin nothing but a holiday's name ("National Heroes' Day", "Good Friday", "Presidents'
     * Day"): most of their occurrences are other words, so they start a match only where the name is spelled.
     */
    private static final WordMap<String> HOLIDAY_ONLY = holidayOnly();

    private static WordMap<String> holidayOnly() {
        Set<String> words = new java.util.HashSet<>(HOLIDAY_STARTS);
        words.removeAll(starters(false));
        return WordMap.of(words);
    }

    private DeadlineExtractor() {
    }

    private static Set<String> starters(boolean holidays) {
        Set<String> words = new java.util.HashSet<>();
        words.addAll(WEEKDAYS.words());
        words.addAll(WEEKDAY_ABBREVIATIONS.keySet());
        words.addAll(MONTHS.words());
        words.addAll(PARTS.keySet());
        words.addAll(NUMBER_WORDS.words());
        words.addAll(ORDINALS.words());
        words.add("quarter"); // "quarter past 3"
        words.addAll(Set.of("q", "qtr")); // "by Q3", "the 3rd qtr"
        words.add("last"); // "the last Friday of October"
        words.add("beginning"); // "the beginning of next week"
        words.add("early"); // "early morning"
        words.add("mid"); // "mid day"
        words.addAll(Set.of("weekend", "week-end", "wkend"));
        words.add("tonite");
        words.add("start");
        words.addAll(END_ABBREVIATIONS.keySet());
        if (holidays) {
            words.addAll(HOLIDAY_STARTS);
        }
        words.addAll(Set.of("next", "this", "today", "tonight", "tomorrow", "noon", "midday", "mid-day", "midnight", "end",
                "close", "within", "in", "new", "date", "dates", "current", "coming", "upcoming", "following", "half"));
        words.addAll(VAGUE.keySet());
        words.addAll(ANAPHOR_HEADS);
        words.addAll(EXPIRY_VERBS);
        words.add("then");
        words.add("time"); // "before that time"
        words.addAll(STOPPAGES); // "before the impending stoppage"
        for (String word : NUMBER_WORDS.words()) {
            for (String unit : UNITS.keySet()) {
                words.add(word + "-" + unit); // "six-month"
            }
        }
        return Set.copyOf(words);
    }

    private static boolean canStart(Token token) {
        if (token.isNumber()) {
            return true;
        }
        if (!token.isWord()) {
            return false;
        }
        return STARTERS.contains(token);
    }

    public static List<DeadlineMention> extract(NormalizedText text) {
        return scan(text).mentions();
    }

    /**
     * One scan's result and its cost: {@code steps} counts every token the scanner looked at, so a test
     * can check that the work per token stays bounded (linear time) without timing anything.
     */
    public record Scan(List<DeadlineMention> mentions, int tokens, long steps) {
    }

    public static Scan scan(NormalizedText text) {
        CountingTokens tokens = new CountingTokens(Tokenizer.tokenize(text.text()));
        List<DeadlineMention> mentions = new ArrayList<>();
        int anaphorHead = -1; // the last anaphor's head token, while a time stated right after it may still void it
        List<Integer> unanchored = new ArrayList<>(); // windows with no day of their own, by mention index
        List<Integer> unanchoredAt = new ArrayList<>(); // and by token
        DayOfWeek eventDay = null; // the first weekday the article reports something done on
        int eventDayAt = -1;
        boolean dayStated = false; // whether a mention so far states a day
        int i = 0;
        while (i < tokens.size() && mentions.size() < MAX_MENTIONS) {
            if (!canStart(tokens.get(i)) || !startsHere(tokens, i)) {
                i++;
                continue;
            }
            Match match = span(tokens, i);
            if (match == null) {
                match = expression(tokens, i);
            }
            if (match == null) {
                int last = anaphor(tokens, i);
                if (last >= 0) {
                    int first = anaphorStart(tokens, i);
                    mentions.add(mention(text, tokens, first, last, new TimeExpression.Builder().build(), true));
                    anaphorHead = last;
                    i = last + 1;
                    continue;
                }
                i++;
                continue;
            }
            Cue cue = match.cued ? Cue.STATED : cue(tokens, match.first, match.last);
            if (cue == Cue.NONE && anaphorHead >= 0 && match.first - anaphorHead <= 2 && statesItsTime(tokens, anaphorHead, match.first)) {
                cue = Cue.STATED; // "move the exit date from this Friday to 30 June": the head cues the time it introduces
            }
            if (cue != Cue.NONE && tally(tokens, match.last)) {
                cue = Cue.NONE; // "45 ships were anchored by Wednesday, up from three": the time of a count
            }
            if (cue == Cue.ACTION_STARTS && namesAWeekend(tokens, match.first, match.last)) {
                cue = Cue.NONE; // "the app would go dark this weekend": an action's start over two days pins no time
            }
            if (cue != Cue.NONE && match.first > 0 && tokens.get(match.first - 1).is("since")) {
                cue = Cue.NONE; // "without a contract since January 1": a time reckoned from, in the past
            }
            if (cue != Cue.NONE && match.first > 0 && tokens.get(match.first - 1).is("through")
                    && sentenceHas(tokens, match.first, SUNSETS)) {
                cue = Cue.NONE; // "keeps the government funded through Nov. 21": a sunset that asks nothing of anyone
            }
            if (cue != Cue.NONE && !sentenceHas(tokens, match.first, FORECAST)) {
                TimeExpression expression = reportedAfter(tokens, match.first) ? match.expression.asPast()
                        : sentenceHas(tokens, match.first, BINDS_AHEAD) || sentenceHas(tokens, match.first, MOVE_CUES)
                                || scheduledNow(tokens, match.first)
                        ? match.expression.asAhead() // a deadline moved is moved forward: "extended to Tuesday"
                        : onTheDayReported(tokens, match.first, match.expression, eventDayAt >= 0 && !dayStated
                                && match.first - eventDayAt <= EVENT_REACH && !sentenceHas(tokens, match.first, SCHEDULES)
                                ? eventDay : null); // a deadline's day stated before dates its bare clock (ArticleDeadlines)
                if (cue == Cue.ACTION_STARTS && expression.hour() == null) {
                    expression = expression.asStart(); // "a shutdown starting Sunday" begins as Sunday does
                }
                if (anaphorHead >= 0 && statesItsTime(tokens, anaphorHead, match.first)) {
                    mentions.remove(mentions.size() - 1); // "a hard deadline of 5 p.m. Friday": the head was this time's cue
                }
                anaphorHead = -1;
                if (expression.spanAmount() != null && expression.weekday() == null && expression.day() == null
                        && !Boolean.TRUE.equals(expression.extension()) && !match.anaphor) {
                    unanchored.add(mentions.size());
                    unanchoredAt.add(match.first);
                }
                mentions.add(mention(text, tokens, match.first, match.last, expression, match.anaphor));
                dayStated |= expression.weekday() != null || expression.day() != null || expression.dayOffset() != null;
            } else if (eventDay == null && reportsAnEvent(tokens, match)) {
                eventDay = match.expression.weekday();
                eventDayAt = match.first;
            }
            i = match.last + 1;
            while (i < tokens.size() && TRAILING_CUES.contains(tokens.get(i).norm())) {
                i++; // "the Friday deadline": the cue belongs to this mention, it is not an anaphor of its own
            }
        }
        for (int w = 0; w < unanchored.size() && eventDay != null; w++) {
            if (eventDayAt < unanchoredAt.get(w) || eventDayAt < LEAD_TOKENS) { // "Trump on Monday signed an order ...
                DeadlineMention m = mentions.get(unanchored.get(w)); // ... delaying the ban for 75 days": from that Monday
                mentions.set(unanchored.get(w), new DeadlineMention(m.text(), m.start(), m.end(),
                        m.expression().grantedOn(eventDay), m.moves(), m.anaphor(), m.background(), m.sentenceEnd()));
            }
        }
        return new Scan(mentions, tokens.size(), tokens.reads);
    }

    /**
     * Common words that start a time only before certain words ("the last Friday of October", "the start of next
     * week", "early morning", "mid day", "a week", "in 30 days", "this Friday", a holiday's first word): elsewhere
     * ("last year", "the start of talks", "a deal", "in Paris", "this year", "National Guard") no match is tried.
     * Each test is what every component, span and anaphor needs of the word after such a start, so skipping the
     * start here changes no result; it saves trying each of them on the article's commonest words.
     */
    private static boolean startsHere(List<Token> t, int i) {
        Token tok = t.get(i);
        if (!tok.isWord()) {
            return true;
        }
        Token next = i + 1 < t.size() ? t.get(i + 1) : null;
        if (tok.is("a") || tok.is("an")) {
            return next != null && AFTER_AN_ARTICLE.contains(next); // "a week", "a quarter past", "a couple of days"
        }
        if (tok.is("in")) {
            return i + 2 < t.size() && (next.isNumber() || AFTER_IN.contains(next) // "in 30 days", "in the next two weeks"
                    || (next.is("a") || next.is("an")) && AFTER_AN_ARTICLE.contains(t.get(i + 2))); // "in a week", not "in a letter"
        }
        if (tok.is("this")) {
            return next != null && (weekday(next) != null || AFTER_THIS.contains(next)); // "this Friday", "this weekend"
        }
        if (HOLIDAY_ONLY.contains(tok)) {
            return holiday(t, i, new TimeExpression.Builder()) > 0;
        }
        if (tok.end() - tok.start() < 3 || tok.end() - tok.start() > 9) {
            return true;
        }
        if (tok.is("last")) {
            return next != null && (weekday(next) != null || next.is("day") || next.is("week") || weekendWord(t, i + 1, true) > 0);
        }
        if (tok.is("start") || tok.is("beginning")) {
            return next != null && next.is("of");
        }
        if (tok.is("early")) {
            return next != null && (next.is("morning") || next.is("in"));
        }
        if (tok.is("mid")) {
            return next != null && next.is("day");
        }
        return true;
    }

    /** What can follow "a" or "an" in a match that starts with it: a unit, "couple", "quarter", "more", a range's join. */
    private static final WordMap<String> AFTER_AN_ARTICLE = union(UNITS.keySet(), VAGUE.keySet(), MORE, RANGE_JOINS,
            Set.of("quarter", "qtr", "and", "fortnight", "fortnights", "business", "working"));
    /** What can follow "in" (besides a number) in a window: an amount, "the next", "less than", "half an hour". */
    private static final WordMap<String> AFTER_IN = union(without(NUMBER_WORDS.words(), "a", "an"), VAGUE.keySet(), APPROXIMATE,
            Set.of("the", "half", "three-quarters", "three-quarter"));
    /** What can follow "this" (besides a weekday) in a match: "this weekend", "this week", "this quarter", "this evening". */
    private static final WordMap<String> AFTER_THIS = union(PARTS.keySet(),
            Set.of("weekend", "week-end", "wkend", "week", "month", "quarter", "qtr"));

    /** How far into an article its lead runs: the event it reports is dated here, headline and first sentence. */
    private static final int LEAD_TOKENS = 60;

    /**
     * A bare weekday that is no deadline and dates something already done ("On Monday, the president
     * signed"): not in a sentence that binds someone ahead or schedules an action, nor one that names a
     * deadline ("late Saturday as the deadline passed" dates the deadline, not the event).
     */
    private static boolean reportsAnEvent(List<Token> t, Match match) {
        TimeExpression e = match.expression;
        if (e.weekday() == null || e.day() != null || e.spanAmount() != null || e.next() != null) {
            return false;
        }
        return !sentenceHas(t, match.first, EVENT_EXCLUDED); // one scan of the sentence for all five lists
    }

    /** What keeps a weekday from dating the event an article reports: binding, scheduling, deadline and expiry words. */
    private static final WordMap<String> EVENT_EXCLUDED = union(BINDS_AHEAD.words(), SCHEDULES.words(), NEARBY_CUES, PAST_CUES.words(),
            ANAPHOR_HEADS);

    private static Set<String> without(Set<String> words, String... left) {
        Set<String> rest = new java.util.HashSet<>(words);
        rest.removeAll(Set.of(left));
        return rest;
    }

    @SafeVarargs
    private static WordMap<String> union(Set<String>... sets) {
        Set<String> all = new java.util.HashSet<>();
        for (Set<String> set : sets) {
            all.addAll(set);
        }
        return WordMap.of(all);
    }

    private static DeadlineMention mention(NormalizedText text, List<Token> tokens, int first, int last,
                                           TimeExpression expression, boolean anaphor) {
        int start = tokens.get(first).start();
        int end = tokens.get(last).end();
        return new DeadlineMention(text.text().substring(start, end), text.originOf(start), text.originOf(end - 1) + 1,
                expression, sentenceHas(tokens, first, MOVE_CUES), anaphor, pastPerfect(tokens, first)
                || expression.spanAmount() != null && expression.day() == null && datedReport(tokens, first),
                last + 1 < tokens.size() && tokens.get(last + 1).endsSentence() ? Boolean.TRUE : null);
    }

    /**
     * A window in a sentence that opens with the date of a past act in the passive: "On May 17, 2023, the
     * deal was extended for 60 days" recounts an earlier extension, counted from a deadline the text does
     * not give; it is history, not the deadline as it stands.
     */
    private static boolean datedReport(List<Token> t, int i) {
        int from = i;
        while (from > 0 && from > i - 25 && !t.get(from - 1).endsSentence()) {
            from--;
        }
        int at = t.get(from).is("on") ? from + 1 : from;
        if (at >= i || !t.get(at).isWord() || !MONTHS.contains(t.get(at))) {
            return false;
        }
        TimeExpression.Builder date = new TimeExpression.Builder();
        if (date(t, at, date) < 0 || date.day == null) {
            return false;
        }
        for (int k = at + 1; k + 1 < i; k++) {
            if ((t.get(k).is("was") || t.get(k).is("were")) && t.get(k + 1).isWord() && t.get(k + 1).norm().endsWith("ed")) {
                return true;
            }
        }
        return false;
    }

    private static final String[] REPORTING_WORDS = REPORTING.toArray(String[]::new);

    /** A reporting verb ("said", "told"), tested without lowering words that are none. */
    private static boolean reporting(Token tok) {
        if (!tok.isWord()) {
            return false;
        }
        for (String word : REPORTING_WORDS) {
            if (tok.is(word)) {
                return true;
            }
        }
        return false;
    }

    /** "had requested", "had earlier met": an auxiliary "had" before a past participle in the sentence. */
    private static boolean pastPerfect(List<Token> t, int i) {
        int from = i;
        while (from > 0 && from > i - 20 && !t.get(from - 1).endsSentence()) {
            from--;
        }
        boolean reported = false; // "the White House said that the deal had been extended": reported speech, backshifted
        for (int k = from; k < t.size() && k <= i + 12; k++) {
            reported |= reporting(t.get(k));
            if (t.get(k).is("had") && !reported) {
                for (int p = k + 1; p < t.size() && p <= k + 2 && t.get(p).isWord(); p++) { // "had earlier told"
                    String word = t.get(p).norm();
                    if (word.endsWith("ed") && !word.equals("needed") || PARTICIPLES.contains(word)) {
                        return true;
                    }
                }
            }
            if (k >= i && t.get(k).endsSentence()) {
                break;
            }
        }
        return false;
    }

    /**
     * A noun phrase that refers to a deadline stated elsewhere, headed at {@code i}: "the deadline",
     * "before the deadline", "the expiration of the ultimatum", "before that date". Returns the index
     * of its last token, or -1.
     */
    private static int anaphor(List<Token> t, int i) {
        Token tok = t.get(i);
        if (!tok.isWord()) {
            return -1;
        }
        if (ANAPHOR_HEADS.contains(tok.norm())) {
            boolean determined = i > 0 && DETERMINERS.contains(t.get(phraseStart(t, i)).norm());
            if ((tok.is("expiration") || tok.is("expiry")) && !determined) {
                return -1; // "expiration dates" of products; "the expiration of the contract" refers
            }
            if (tok.capitalized() && i > 0 && NAME_CONTEXT.contains(t.get(i - 1).norm())) {
                return -1;
            }
            return i;
        }
        if ((tok.is("date") || tok.is("dates")) && i >= 2) {
            int k = phraseStart(t, i);
            if (k < i && k > 0 && DETERMINERS.contains(t.get(k).norm()) && LIMITS.contains(t.get(k - 1).norm())) {
                return i;
            }
            if (DATE_KINDS.contains(t.get(i - 1).norm())) {
                return i; // "the exit date", "the new compliance date", "the 'X date'"
            }
        }
        if (tok.is("then") && i >= 1 && LIMITS.contains(t.get(i - 1).norm()) && bindsOrThreatens(t, i)) {
            return i; // "unless an agreement is reached before then"
        }
        if (tok.is("time") && i >= 2 && t.get(i - 1).is("that") && (LIMITS.contains(t.get(i - 2).norm())
                || t.get(i - 2).is("at")) && bindsOrThreatens(t, i)) {
            return i; // "unless a deal is achieved before that time", "carriers must leave the port at that time"
        }
        if (EXPIRY_VERBS.contains(tok.norm()) && expiringAgreement(t, i) >= 0) {
            return i; // "will the union strike when the deal expires?"
        }
        if (STOPPAGES.contains(tok.norm()) && prospectiveStoppage(t, i)) {
            return i; // "just days to go until a planned strike", "before the impending stoppage"
        }
        return -1;
    }

    /**
     * A stoppage still to come, after a limit: "before the impending stoppage", "until a planned strike",
     * "ahead of the looming rail shutdown". It starts at the deadline the story states.
     */
    private static boolean prospectiveStoppage(List<Token> t, int head) {
        int k = head - 1;
        if (k >= 1 && t.get(k).isWord() && !PROSPECTIVE.contains(t.get(k).norm()) && PROSPECTIVE.contains(t.get(k - 1).norm())) {
            k--; // "the looming rail shutdown"
        }
        if (k < 2 || !PROSPECTIVE.contains(t.get(k).norm()) || !DETERMINERS.contains(t.get(k - 1).norm())) {
            return false;
        }
        int limit = k - 2;
        return LIMITS.contains(t.get(limit).norm()) && !t.get(limit).is("after") && !t.get(limit).is("past")
                || limit >= 1 && t.get(limit).is("of") && t.get(limit - 1).is("ahead");
    }

    /** Where the anaphor headed at {@code head} begins: its limit word ("before then"), its subject ("the contract expires"), or its noun phrase. */
    private static int anaphorStart(List<Token> t, int head) {
        Token tok = t.get(head);
        if (tok.is("then")) {
            return head - 1;
        }
        if (tok.is("time") && t.get(head - 1).is("that")) {
            return head - 2;
        }
        if (EXPIRY_VERBS.contains(tok.norm())) {
            return phraseStart(t, expiringAgreement(t, head));
        }
        return phraseStart(t, head);
    }

    /** The noun of an agreement that expires at {@code verb} ("the contract expires", "GM deal expires"), or -1. */
    private static int expiringAgreement(List<Token> t, int verb) {
        for (int k = verb - 1; k >= 0 && k >= verb - 2 && t.get(k).isWord() && !t.get(k).endsSentence(); k--) {
            if (AGREEMENTS.contains(t.get(k).norm())) {
                return k;
            }
        }
        return -1;
    }

    /** A sentence that binds someone or threatens a consequence: "unless", "must", "required", ... */
    private static boolean bindsOrThreatens(List<Token> t, int i) {
        return sentenceHas(t, i, SENTENCE_CUES) || sentenceHas(t, i, OBLIGATION);
    }

    /**
     * "a hard deadline of 5 p.m. Friday", "the deadline for health workers was Feb. 28": the head is the
     * cue of a time stated within seven tokens after it in its sentence, which is the mention; the head
     * is no anaphor of its own. Checked when that time is found, so no token is read twice for it.
     */
    private static boolean statesItsTime(List<Token> t, int head, int time) {
        if (time - head > 7) {
            return false;
        }
        for (int k = head + 1; k < time; k++) {
            if (t.get(k).endsSentence()) {
                return false;
            }
        }
        return true;
    }

    /** Where the noun phrase ending at {@code head} begins: back over up to three words to a determiner. */
    private static int phraseStart(List<Token> t, int head) {
        for (int k = head - 1; k >= 0 && k >= head - 3; k--) {
            Token tok = t.get(k);
            if (!tok.isWord() || tok.endsSentence()) {
                return head;
            }
            if (DETERMINERS.contains(tok.norm())) {
                return k;
            }
        }
        return head;
    }

    /** The token list, counting reads. */
    private static final class CountingTokens extends java.util.AbstractList<Token> implements java.util.RandomAccess {
        private final List<Token> tokens;
        private long reads;

        CountingTokens(List<Token> tokens) {
            this.tokens = tokens;
        }

        @Override
        public Token get(int index) {
            reads++;
            return tokens.get(index);
        }

        @Override
        public int size() {
            return tokens.size();
        }
    }

    /** @param anaphor a definite window ("the 60-day deadline") refers to one stated before: its end is that one's */
    private record Match(int first, int last, TimeExpression expression, boolean cued, boolean anaphor) {
        Match(int first, int last, TimeExpression expression, boolean cued) {
            this(first, last, expression, cued, false);
        }
    }

    /** How far after the article's event weekday a bare clock time in a report still falls on it. */
    private static final int EVENT_REACH = 80;

    /**
     * A clock time with no day in a sentence that reports an event on a weekday ("Roberts on Wednesday
     * night froze the order hours before the midnight deadline") falls on that weekday, the latest one
     * on or before the reference day; with none in its sentence, on {@code eventDay}, the weekday the
     * article reported something done on shortly before ("On Wednesday night he froze the order. It came
     * hours before the midnight deadline.").
     */
    private static TimeExpression onTheDayReported(List<Token> t, int first, TimeExpression e, DayOfWeek eventDay) {
        if (e.hour() == null || e.weekday() != null || e.day() != null || e.dayOffset() != null || e.holiday() != null
                || e.spanAmount() != null || e.endOf() != null) {
            return e;
        }
        for (int k = first - 1; k >= 0 && k >= first - 24 && !t.get(k).endsSentence(); k--) {
            DayOfWeek day = weekday(t.get(k));
            if (day != null) {
                return e.onWeekday(day);
            }
        }
        return eventDay != null ? e.onWeekday(eventDay) : e;
    }

    /** The sentence reports the deadline after the fact: "the Friday deadline passed", "UPS had until Friday". */
    private static boolean reportedAfter(List<Token> t, int i) {
        if (sentenceHas(t, i, PAST_CUES) || missedIdiom(t, i)) {
            return true;
        }
        for (int k = i - 1; k >= 1 && k >= i - 3; k--) {
            if (t.get(k).is("until") && t.get(k - 1).is("had")) {
                return !sentenceHas(t, i, FUTURE_IN_PAST); // "had until Friday before the Pentagon would act" is ahead
            }
        }
        return false;
    }

    /**
     * The idioms of a deadline missed, in the sentence around {@code i}: "came and went", "blew through",
     * "sailed past" (a past verb with "through" or "past" after it).
     */
    private static boolean missedIdiom(List<Token> t, int i) {
        int from = reachBack(t, i);
        for (int k = from; k + 2 < t.size() && k <= i + 12 && !t.get(k).endsSentence(); k++) {
            Token tok = t.get(k);
            if (tok.is("came") && t.get(k + 1).is("and") && t.get(k + 2).is("went")
                    || MISSED_VERBS.contains(tok) && (t.get(k + 1).is("through") || t.get(k + 1).is("past"))) {
                return true;
            }
        }
        return false;
    }

    /** Components joined by connectors, starting at {@code i}. */
    private static Match expression(List<Token> tokens, int i) {
        TimeExpression.Builder b = new TimeExpression.Builder();
        int first = -1;
        int last = -1;
        int j = i;
        int connectors = 0;
        while (j < tokens.size()) {
            int after = component(tokens, j, b);
            if (after < 0) {
                if (first >= 0 && connectors < 2 && (CONNECTORS.contains(tokens.get(j).norm())
                        || TRAILING_CUES.contains(tokens.get(j).norm()))) { // "a midnight deadline on Wednesday"
                    connectors++;
                    j++;
                    continue;
                }
                break;
            }
            if (first < 0) {
                first = j;
            }
            last = after - 1;
            connectors = 0;
            j = after;
        }
        if (first < 0 || !b.hasAnchor()) {
            return null;
        }
        int justAfter = tokens.get(first).is("midnight") ? justAfterMidnight(tokens, first) : -1;
        if (justAfter >= 0) {
            first = justAfter; // the words that make it 00:01 belong to the time
        }
        return new Match(first, last, b.build(), false);
    }

    /**
     * Where "just after", "shortly past", "moments after" begins right before the midnight at {@code midnight}, or
     * -1: the README's "just after midnight" is 00:01 of the day named. ("Just before midnight" is 23:59, a minute
     * from midnight itself, so midnight stands for it.)
     */
    private static int justAfterMidnight(List<Token> t, int midnight) {
        return midnight >= 2 && (t.get(midnight - 1).is("after") || t.get(midnight - 1).is("past"))
                && CLOSE_BY.contains(t.get(midnight - 2)) ? midnight - 2 : -1;
    }

    /** Tries each kind of component at {@code j}; returns the index after it, or -1. Fills empty slots only. */
    private static int component(List<Token> t, int j, TimeExpression.Builder b) {
        Token tok = t.get(j);
        if (!tok.isWord() && !tok.isNumber()) {
            return -1;
        }
        if (b.holiday == null && b.day == null && b.weekday == null && weekday(tok) != null) {
            int after = holiday(t, j, b); // "Thursday of Mysteries", "Monday of the Holy Spirit": a holiday, no weekday
            if (after > 0) {
                return after;
            }
        }
        if (b.weekday == null && b.day == null && b.dayOffset == null && b.holiday == null) {
            int after = weekend(t, j, b); // not "Labor Day weekend": that is the holiday
            if (after > 0) {
                return after;
            }
        }
        if (b.holiday == null && b.day == null && b.dayOffset == null && j + 3 < t.size()) {
            int after = daysFromAHoliday(t, j, b);
            if (after > 0) {
                return after;
            }
        }
        if (b.weekday == null && b.day == null && b.dayOffset == null && j + 3 < t.size()) {
            int after = weekdaysFromNow(t, j, b);
            if (after > 0) {
                return after;
            }
        }
        if (b.weekday == null && b.day == null && b.endOf == null && j + 1 < t.size() && (tok.is("last") || ordinal(tok))
                && (weekday(t.get(j + 1)) != null || t.get(j + 1).is("week"))) {
            int after = weekOfMonth(t, j, b);
            if (after > 0) {
                return after;
            }
        }
        if (b.weekday == null && (tok.is("next") || tok.is("this")) && j + 1 < t.size() && weekday(t.get(j + 1)) != null) {
            b.weekday = weekday(t.get(j + 1));
            b.next = tok.is("next") ? Boolean.TRUE : null;
            return j + 2;
        }
        if (b.weekday == null && (weekday(tok) != null || abbreviatedInADate(t, j, b))) {
            b.weekday = weekday(tok) != null ? weekday(tok) : WEEKDAY_ABBREVIATIONS.get(tok.norm());
            int after = nextWeek(t, j + 1);
            if (after > 0 && b.dayOffset == null) {
                b.dayOffset = 7; // "Wednesday of next week", "Friday after next": that weekday of the week after this one
                return after;
            }
            return j + 1;
        }
        if (b.endOf == null && b.day == null && b.month == null && b.weekday == null) {
            int after = quarter(t, j, b);
            if (after > 0) {
                return after;
            }
        }
        if (b.day == null) {
            int after = date(t, j, b);
            if (after > 0) {
                return after;
            }
        }
        if (b.hour == null) {
            int after = time(t, j, b);
            if (after > 0) {
                return after;
            }
            after = minutesFrom(t, j, b);
            if (after > 0) {
                return after;
            }
        }
        if (b.partOfDay == null) {
            int after = partOfDay(t, j, b);
            if (after > 0) {
                return after;
            }
        }
        if (b.dayOffset == null && b.weekday == null && b.day == null) {
            if (tok.is("today")) {
                b.dayOffset = 0;
                return j + 1;
            }
            if (tok.is("tonight") || tok.is("tonite")) {
                b.dayOffset = 0;
                b.partOfDay = b.partOfDay == null ? PartOfDay.NIGHT : b.partOfDay;
                return j + 1;
            }
            if (tok.is("tomorrow")) {
                b.dayOffset = j > 1 && t.get(j - 1).is("after") && t.get(j - 2).is("day") ? 2 : 1; // "the day after tomorrow"
                return j + 1;
            }
        }
        if (b.endOf == null && b.day == null && RELATIVE.contains(tok.norm()) && j + 1 < t.size()
                && (t.get(j + 1).is("week") || t.get(j + 1).is("month")) && j > 0 && (LIMITS.contains(t.get(j - 1).norm())
                || j > 1 && (t.get(j - 1).is("the") || APPROXIMATE.contains(t.get(j - 1).norm()))
                && LIMITS.contains(t.get(j - 2).norm()))) { // "by the following week", "by around next week"
            b.endOf = t.get(j + 1).is("week") ? Precision.WEEK : Precision.MONTH; // "by next week": its end
            b.next = tok.is("this") || tok.is("current") ? null : Boolean.TRUE;
            return j + 2;
        }
        if (b.endOf == null && b.day == null && END_ABBREVIATIONS.containsKey(tok.norm())) {
            b.endOf = END_ABBREVIATIONS.get(tok.norm()); // "by EOD", "the EOM", "EOY"
            if (tok.is("eoy")) {
                b.month = 12;
            } else if (tok.is("cob") && b.hour == null) {
                b.hour = 17; // close of business, as written out
            }
            return j + 1;
        }
        if (b.endOf == null && tok.is("end") && j + 2 < t.size() && t.get(j + 1).is("of")) {
            return endOf(t, j + 2, b);
        }
        if (b.weekday == null && b.day == null && (tok.is("beginning") || tok.is("start")) && j + 2 < t.size()
                && t.get(j + 1).is("of")) {
            return beginningOf(t, j + 2, b);
        }
        if (b.endOf == null && b.hour == null && tok.is("close") && j + 2 < t.size() && t.get(j + 1).is("of")
                && t.get(j + 2).is("business")) {
            b.endOf = Precision.DAY; // close of business: 17:00 of the day named, else today
            b.hour = 17;
            return j + 3;
        }
        if (b.holiday == null && b.day == null) {
            int after = holiday(t, j, b);
            if (after > 0) {
                return after;
            }
        }
        if (b.month == null && b.day == null && b.weekday == null && monthAlone(t, j)) {
            b.month = MONTHS.get(tok); // "by June", "in May": a limit the text does not pin to a day
            return year(t, j + 1, b);
        }
        return -1;
    }

    /**
     * A part of the day: "evening", "lunchtime", "early morning", "early in the morning", "in the early hours [of the
     * morning]", "in the morning" (after a day), "this evening" (today's). Returns the index after it, or -1.
     */
    private static int partOfDay(List<Token> t, int j, TimeExpression.Builder b) {
        Token tok = t.get(j);
        if (PARTS.containsKey(tok.norm())) {
            b.partOfDay = PARTS.get(tok.norm());
            if (!b.hasAnchor() && j > 1 && t.get(j - 1).is("the") && LIMITS.contains(t.get(j - 2).norm())
                    && (j + 1 >= t.size() || !t.get(j + 1).isWord()) && !dayBefore(t, j - 3)) {
                today(b); // "by the afternoon,", "until the evening.": today's (not "Friday by the afternoon",
                // "by the evening of May 3" or "by the morning commute")
            }
            return j + 1;
        }
        if (tok.is("this") && j + 1 < t.size() && PARTS.containsKey(t.get(j + 1).norm())) {
            b.partOfDay = PARTS.get(t.get(j + 1).norm());
            boolean clockFollows = j + 2 < t.size() && (CLOCK_CUES.contains(t.get(j + 2).norm()) || t.get(j + 2).isNumber());
            if (!clockFollows) {
                today(b); // "by this evening"; "this morning at 3" is the clock's next occurrence, as before
            }
            return j + 2;
        }
        int k = tok.is("in") && j + 2 < t.size() && t.get(j + 1).is("the") && b.hasAnchor() ? j + 2 : j;
        if (k > j && PARTS.containsKey(t.get(k).norm())) {
            b.partOfDay = PARTS.get(t.get(k).norm()); // "February the 15th in the morning"
            return k + 1;
        }
        if (!t.get(k).is("early") || k + 1 >= t.size()) {
            return -1;
        }
        if (t.get(k + 1).is("morning")) {
            b.partOfDay = PartOfDay.EARLY_MORNING;
            return k + 2;
        }
        if (k + 3 < t.size() && t.get(k + 1).is("in") && t.get(k + 2).is("the") && t.get(k + 3).is("morning")) {
            b.partOfDay = PartOfDay.EARLY_MORNING;
            return k + 4;
        }
        if (k > j && t.get(k + 1).is("hours")) { // "in the early hours", "... of the morning"
            b.partOfDay = PartOfDay.EARLY_MORNING;
            int after = k + 2;
            return after + 2 < t.size() && t.get(after).is("of") && t.get(after + 1).is("the")
                    && t.get(after + 2).is("morning") ? after + 3 : after;
        }
        return -1;
    }

    /**
     * A capitalised weekday abbreviation that is also a word ("Sat", "Sun", "Wed") with no dot, read as the
     * weekday where it can only be one: inside a time expression already begun ("1:30 PM on Sat"), or before a
     * comma and a date ("Sat, Sep 21").
     */
    private static boolean abbreviatedInADate(List<Token> t, int j, TimeExpression.Builder b) {
        Token tok = t.get(j);
        if (!tok.isWord() || !tok.capitalized() || !WEEKDAY_ABBREVIATIONS.containsKey(tok.norm()) || b.day != null) {
            return false;
        }
        return b.hasAnchor() || j + 2 < t.size() && t.get(j + 1).is(",") && date(t, j + 2, new TimeExpression.Builder()) > 0;
    }

    /** The token at {@code k} names a day or a date ("Friday", "March 3", "tomorrow"). */
    private static boolean dayBefore(List<Token> t, int k) {
        if (k < 0) {
            return false;
        }
        Token tok = t.get(k);
        return weekday(tok) != null || isDay(tok) || tok.isWord() && MONTHS.contains(tok) || tok.is("tomorrow") || tok.is("today");
    }

    /**
     * A weekend, due on its Saturday: "this weekend", "the weekend", "next weekend" (next week's), "the last weekend
     * of October" (written "weekend", "week-end", "week end" after this/next/the, or "wkend"). Returns the index after
     * it, or -1.
     */
    private static int weekend(List<Token> t, int j, TimeExpression.Builder b) {
        Token tok = t.get(j);
        boolean last = tok.is("last");
        boolean next = tok.is("next") || tok.is("coming") || tok.is("following");
        int k = last || next || tok.is("this") || tok.is("the") ? j + 1 : j;
        int after = weekendWord(t, k, k > j);
        int before = k > j ? j - 1 : j > 0 && t.get(j - 1).is("the") ? j - 2 : j - 1;
        if (after < 0 || before >= 0 && (t.get(before).is("past") || t.get(before).is("over"))) {
            return -1; // "over the past weekend", "talks over the weekend": a time things happen in, not a limit
        }
        b.weekday = DayOfWeek.SATURDAY;
        if (last) {
            if (after + 1 >= t.size() || !(t.get(after).is("of") || t.get(after).is("in")) || !monthName(t.get(after + 1))) {
                return -1; // "last weekend": one already past
            }
            b.month = MONTHS.get(t.get(after + 1));
            b.weekOfMonth = -1; // its last Saturday
            return year(t, after + 2, b);
        }
        if (next) {
            b.dayOffset = 7;
        }
        return after;
    }

    /** ", up from", ", down from" right after a time: it dates a count ("by Wednesday, up from three"), not a limit. */
    private static boolean tally(List<Token> t, int last) {
        return last + 3 < t.size() && t.get(last + 1).is(",") && (t.get(last + 2).is("up") || t.get(last + 2).is("down"))
                && t.get(last + 3).is("from");
    }

    private static boolean namesAWeekend(List<Token> t, int first, int last) {
        for (int k = first; k <= last; k++) {
            if (weekendWord(t, k, true) > 0) {
                return true;
            }
        }
        return false;
    }

    /** "weekend", "week-end", "wkend", or "week end" after a determiner; the index after it, or -1. */
    private static int weekendWord(List<Token> t, int k, boolean determined) {
        if (k >= t.size()) {
            return -1;
        }
        if (t.get(k).is("weekend") || t.get(k).is("week-end") || t.get(k).is("wkend")) {
            return k + 1;
        }
        return determined && k + 1 < t.size() && t.get(k).is("week") && t.get(k + 1).is("end") ? k + 2 : -1;
    }

    /** After a weekday: "next week", "of next week", "after next" (not "after next week's vote"); the index after it, or -1. */
    private static int nextWeek(List<Token> t, int k) {
        if (k < t.size() && t.get(k).is("of")) {
            k++;
        }
        if (k + 1 < t.size() && t.get(k).is("next") && t.get(k + 1).is("week")) {
            return k + 2;
        }
        if (k + 1 < t.size() && t.get(k).is("after") && t.get(k + 1).is("next")
                && (k + 2 >= t.size() || !t.get(k + 2).isWord() || !UNITS.containsKey(t.get(k + 2).norm())
                && !t.get(k + 2).capitalized() && t.get(k + 2).norm().length() <= 3)) {
            return k + 2;
        }
        return -1;
    }

    /** "three days after Easter", "a week before Thanksgiving": a holiday and days counted from it. Returns the index after it, or -1. */
    private static int daysFromAHoliday(List<Token> t, int j, TimeExpression.Builder b) {
        Token unit = t.get(j + 1);
        int perUnit = unit.is("day") || unit.is("days") ? 1 : unit.is("week") || unit.is("weeks") ? 7 : 0;
        boolean after = t.get(j + 2).is("after");
        if (perUnit == 0 || !after && !t.get(j + 2).is("before")) { // the cheap tests first: this runs at most tokens
            return -1;
        }
        int n = amountValue(t.get(j));
        if (n < 1 || n > 60) {
            return -1;
        }
        int end = holiday(t, j + 3, b);
        if (end < 0) {
            return -1;
        }
        b.dayOffset = (after ? 1 : -1) * n * perUnit;
        return end;
    }

    /** "3 Fridays from now", "two Sundays from now": the nth such weekday after today. Returns the index after it, or -1. */
    private static int weekdaysFromNow(List<Token> t, int j, TimeExpression.Builder b) {
        if (!t.get(j + 2).is("from") || !t.get(j + 3).is("now")) { // the cheap test first: this runs at most tokens
            return -1;
        }
        Token tok = t.get(j);
        int n = tok.isNumber() && tok.minutes() < 0 && tok.norm().length() <= 2 ? tok.intValue()
                : tok.isWord() && !tok.is("a") && !tok.is("an") ? NUMBER_WORDS.getOrDefault(tok, -1) : -1;
        Token days = t.get(j + 1);
        String plural = days.isWord() ? days.norm() : "";
        DayOfWeek day = plural.length() > 6 && plural.endsWith("s") ? WEEKDAYS.get(plural.substring(0, plural.length() - 1)) : null;
        if (n < 1 || n > 10 || day == null) {
            return -1;
        }
        b.weekday = day;
        b.next = Boolean.TRUE;
        b.dayOffset = 7 * (n - 1);
        return j + 4;
    }

    /** "third", "3rd": an ordinal word or a number with its ordinal suffix. */
    private static boolean ordinal(Token tok) {
        return tok.isWord() ? ORDINALS.contains(tok) : isDay(tok) && tok.end() - tok.start() > tok.norm().length();
    }

    /**
     * "the first Tuesday of October", "last Friday in March 2014", "the 2nd Monday of June": which such weekday of
     * the month (the token at {@code j} is the ordinal, a weekday follows it). Returns the index after it, or -1.
     */
    private static int weekOfMonth(List<Token> t, int j, TimeExpression.Builder b) {
        Token tok = t.get(j);
        int nth = tok.is("last") ? -1
                : tok.isWord() ? ORDINALS.getOrDefault(tok, 0)
                : isDay(tok) && tok.end() - tok.start() > tok.norm().length() ? tok.intValue() : 0;
        if (nth == 0 || nth > 5 || j + 3 >= t.size() || !(t.get(j + 2).is("of") || t.get(j + 2).is("in"))
                || !monthName(t.get(j + 3))) {
            return -1;
        }
        if (t.get(j + 1).is("week")) {
            b.endOf = Precision.WEEK; // "the first week of October": a week, pinned to no day, left unresolved
        } else {
            b.weekday = weekday(t.get(j + 1));
        }
        b.month = MONTHS.get(t.get(j + 3));
        b.weekOfMonth = nth;
        return year(t, j + 4, b);
    }

    /**
     * A quarter of the year after a word that makes it a limit, as {@link #monthAlone} reads a month: "by the
     * third quarter", "before the 3rd qtr of 2026", "by next quarter", "by Q3". Like a month alone it pins no day
     * (the README's month- or year-only limits), so it is found and left unresolved. Not "first-quarter
     * profits" (one word) nor "three quarters of members" (no lead). Returns the index after it, or -1.
     */
    private static int quarter(List<Token> t, int j, TimeExpression.Builder b) {
        Token tok = t.get(j);
        int after;
        int quarter = 0;
        boolean next = false;
        if (tok.is("q") && tok.capitalized() && j + 1 < t.size() && t.get(j + 1).isNumber()
                && t.get(j + 1).start() == tok.end() && t.get(j + 1).norm().length() == 1) {
            quarter = t.get(j + 1).intValue(); // "Q3"
            after = j + 2;
        } else if (j + 1 < t.size() && (t.get(j + 1).is("quarter") || t.get(j + 1).is("qtr"))) {
            if (RELATIVE.contains(tok.norm()) && !tok.is("following")) {
                next = !tok.is("this") && !tok.is("current"); // "next quarter", "this quarter"
                quarter = -1;
            } else {
                quarter = tok.isWord() ? ORDINALS.getOrDefault(tok, 0)
                        : isDay(tok) && tok.end() - tok.start() > tok.norm().length() ? tok.intValue() : 0; // "3rd"
            }
            after = j + 2;
        } else {
            return -1;
        }
        if (quarter == 0 || quarter > 4 || !ledAsALimit(t, j)) {
            return -1;
        }
        if (after + 1 < t.size() && t.get(after).is("of") && isYear(t.get(after + 1))) {
            after++; // "the third quarter of 2026"
        }
        b.endOf = Precision.QUARTER;
        b.month = quarter > 0 ? 3 * quarter - 2 : null; // the quarter's first month, where the text names which
        b.next = next ? Boolean.TRUE : null;
        return year(t, after, b);
    }

    /** A lead that makes what follows {@code j} a limit: "by", "until", "before" (then "the" may stand between), "in" where a modal binds someone. */
    private static boolean ledAsALimit(List<Token> t, int j) {
        int lead = j > 0 && t.get(j - 1).is("the") ? j - 2 : j - 1;
        if (lead < 0 || !MONTH_LEADS.contains(t.get(lead).norm())) {
            return false;
        }
        return !t.get(lead).is("in") || before(t, lead + 1, 12, MODALS);
    }

    /**
     * A month's name with no day, after a word that makes it a time ("by June", "until late January"); not
     * "May said". "In May" is a limit only where a modal before it binds someone ("must hold elections in
     * May"); "passed in September" and "then in March agreed" date events.
     */
    private static boolean monthAlone(List<Token> t, int j) {
        Token tok = t.get(j);
        if (!tok.isWord() || !tok.capitalized() || !MONTHS.contains(tok) || tok.norm().length() <= 3 && !tok.is("may")
                || j == 0) {
            return false;
        }
        int lead = j > 1 && (t.get(j - 1).is("next") || t.get(j - 1).is("this")) ? j - 2 : j - 1; // "by next March"
        if (!MONTH_LEADS.contains(t.get(lead).norm())) {
            return false;
        }
        return !t.get(lead).is("in") || before(t, lead + 1, 12, MODALS);
    }

    /** A holiday's name ("Thanksgiving", "Christmas Eve", "St. Patrick's Day", "Easter Monday"), the longest that fits, and its year. */
    private static int holiday(List<Token> t, int j, TimeExpression.Builder b) {
        List<Map.Entry<String[], Holiday>> names = t.get(j).isWord() ? HOLIDAY_NAMES.get(t.get(j).norm()) : null;
        if (names == null) {
            return -1;
        }
        for (Map.Entry<String[], Holiday> name : names) {
            int end = spells(t, j, name.getKey());
            if (end > 0 && !otherCalendarsNewYear(t, j, name.getValue())) {
                b.holiday = name.getValue();
                return year(t, end, b); // "Thanksgiving 2026"
            }
        }
        return -1;
    }

    /** "the Lunar New Year", "Chinese New Year's Day": another calendar's new year, not January 1. */
    private static boolean otherCalendarsNewYear(List<Token> t, int j, Holiday holiday) {
        return (holiday == Holiday.NEW_YEARS_DAY || holiday == Holiday.NEW_YEARS_EVE) && j > 0
                && OTHER_CALENDARS.contains(t.get(j - 1).norm());
    }

    /**
     * The index after {@code name} where the words from {@code j} on spell it (a dot after an abbreviation,
     * an apostrophe, is no word), else -1.
     */
    private static int spells(List<Token> t, int j, String[] name) {
        int k = j;
        for (String word : name) {
            while (k > j && k < t.size() && (t.get(k).is(".") || t.get(k).is("'") || t.get(k).is("’"))) {
                k++;
            }
            if (k >= t.size() || !t.get(k).isWord() || !t.get(k).is(word)) {
                return -1;
            }
            k++;
        }
        return k;
    }

    private static DayOfWeek weekday(Token tok) {
        if (!tok.isWord()) {
            return null;
        }
        DayOfWeek day = WEEKDAYS.get(tok);
        if (day == null && (tok.end() - tok.start() > tok.norm().length() || UNAMBIGUOUS_ABBREVIATIONS.contains(tok.norm()))) {
            day = WEEKDAY_ABBREVIATIONS.get(tok.norm()); // written with its dot, or one that is no English word ("Thu")
        }
        return day;
    }

    /** "Feb. 27", "February 27, 2026", "27 February", "27 Feb 2026", "2026-02-27", "March first", "the third of March". */
    private static int date(List<Token> t, int j, TimeExpression.Builder b) {
        Token tok = t.get(j);
        if ((monthName(tok) || tok.is("march") && j > 0 && CLOSING_LIMITS.contains(t.get(j - 1).norm()))
                && j + 1 < t.size() && ORDINALS.contains(t.get(j + 1))) { // "by march first" (not "will march first")
            b.month = MONTHS.get(tok); // "March first", "March third 2015"
            b.day = ORDINALS.get(t.get(j + 1));
            return year(t, j + 2, b);
        }
        if ((tok.is("last") || tok.isWord() && ORDINALS.contains(tok)
                || isDay(tok) && tok.end() - tok.start() > tok.norm().length()) && j + 3 < t.size()
                && t.get(j + 1).is("day") && (t.get(j + 2).is("of") || t.get(j + 2).is("in"))) {
            int after = dayOfMonth(t, j, b); // "the third day of October", "the last day of October 2015"
            if (after > 0) {
                return after;
            }
        }
        if (tok.isWord() && ORDINALS.contains(tok) && j + 2 < t.size() && t.get(j + 1).is("of")
                && t.get(j + 2).isWord() && MONTHS.contains(t.get(j + 2))) { // "of march" is the month
            b.day = ORDINALS.get(tok); // "the first of March"
            b.month = MONTHS.get(t.get(j + 2));
            return year(t, j + 3, b);
        }
        if (tok.isWord() && MONTHS.contains(tok) && j + 1 < t.size() && isDay(t.get(j + 1))) {
            b.month = MONTHS.get(tok);
            b.day = t.get(j + 1).intValue();
            return year(t, j + 2, b);
        }
        if (isDay(tok) && j + 1 < t.size() && t.get(j + 1).isWord() && MONTHS.contains(t.get(j + 1))) {
            b.day = tok.intValue();
            b.month = MONTHS.get(t.get(j + 1));
            return year(t, j + 2, b);
        }
        if (isDay(tok) && j + 2 < t.size() && t.get(j + 1).is("/") && isDay(t.get(j + 2))
                && (tok.intValue() <= 12 || t.get(j + 2).intValue() <= 12)) {
            boolean monthFirst = tok.intValue() <= 12; // "2/15", "3/3/2015": month first, as US outlets write it;
            b.month = monthFirst ? tok.intValue() : t.get(j + 2).intValue(); // "15/2": no month 15, so day first
            b.day = monthFirst ? t.get(j + 2).intValue() : tok.intValue();
            if (j + 4 < t.size() && t.get(j + 3).is("/") && t.get(j + 4).isNumber()) {
                int year = t.get(j + 4).intValue();
                int digits = t.get(j + 4).norm().length();
                if (digits == 4 && isYear(t.get(j + 4)) || digits == 2) {
                    b.year = digits == 2 ? 2000 + year : year;
                    return j + 5;
                }
            }
            return j + 3;
        }
        int ofMonth = isDay(tok) && j + 1 < t.size() && t.get(j + 1).is("of") ? relativeMonth(t, j + 2) : -1;
        if (ofMonth > 0) { // "the 20th of next month", "20 of this month"
            b.day = tok.intValue();
            b.next = t.get(ofMonth - 2).is("this") || t.get(ofMonth - 2).is("current") ? null : Boolean.TRUE;
            return ofMonth;
        }
        if (isDay(tok) && j + 2 < t.size() && t.get(j + 1).is("of") && t.get(j + 2).isWord()
                && MONTHS.contains(t.get(j + 2))) {
            b.day = tok.intValue(); // "15 of February", "the 1st of March"
            b.month = MONTHS.get(t.get(j + 2));
            return year(t, j + 3, b);
        }
        if (tok.isWord() && ORDINALS.contains(tok) && j >= 2 && t.get(j - 1).is("the")
                && CLOSING_LIMITS.contains(t.get(j - 2).norm()) && !t.get(j - 2).is("before")
                && (j + 1 >= t.size() || t.get(j + 1).endsSentence() || t.get(j + 1).is(","))
                && (j >= 3 && t.get(j - 3).is("due") || sentenceHas(t, j, OBLIGATION))) {
            b.day = ORDINALS.get(tok); // "due by the first.": that day of the month, as "by the 1st" is (not "the
            return j + 1;              // second vote came a week before the first.", nor "won by the first.")
        }
        if (isDay(tok) && tok.end() - tok.start() > tok.norm().length() && j > 0
                && (t.get(j - 1).is("the") || b.weekday != null && weekday(t.get(j - 1)) != null)) {
            b.day = tok.intValue(); // "the 15th": that day of this month, else of the next; "Tuesday 19th": the next on a Tuesday
            return j + 1;
        }
        if (tok.isNumber() && tok.norm().length() == 4 && j + 4 < t.size() && t.get(j + 1).is("-")
                && t.get(j + 2).isNumber() && t.get(j + 3).is("-") && isDay(t.get(j + 4))) {
            int month = t.get(j + 2).intValue();
            if (month >= 1 && month <= 12) {
                b.year = tok.intValue();
                b.month = month;
                b.day = t.get(j + 4).intValue();
                return j + 5;
            }
        }
        return monthOfYear(t, j, b);
    }

    /**
     * A month and year in figures, with no day: "2026-10", "2026/10" (a four-digit year, then a two-digit month)
     * or "10/2026". Like "October 2026" it pins no day: found, left unresolved. Not "2025-26" (no month 26).
     * Returns the index after it, or -1.
     */
    private static int monthOfYear(List<Token> t, int j, TimeExpression.Builder b) {
        Token tok = t.get(j);
        if (j + 2 >= t.size() || !tok.isNumber() || !(t.get(j + 1).is("-") || t.get(j + 1).is("/"))
                || !t.get(j + 2).isNumber() || t.get(j + 2).minutes() >= 0) {
            return -1;
        }
        Token other = t.get(j + 2);
        boolean yearFirst = isYear(tok) && other.norm().length() == 2;
        boolean monthFirst = isDay(tok) && isYear(other);
        int month = yearFirst ? other.intValue() : monthFirst ? tok.intValue() : 0;
        boolean dayAfter = j + 4 < t.size() && (t.get(j + 3).is("-") || t.get(j + 3).is("/")) && t.get(j + 4).isNumber();
        if (month < 1 || month > 12 || dayAfter) {
            return -1;
        }
        b.year = (yearFirst ? tok : other).intValue();
        b.month = month;
        return j + 3;
    }

    /**
     * "the third day of October", "the 20th day of next month", "the last day of October 2015" (the token at
     * {@code j} is the ordinal, "day of" follows). Returns the index after it, or -1.
     */
    private static int dayOfMonth(List<Token> t, int j, TimeExpression.Builder b) {
        Token tok = t.get(j);
        Token month = t.get(j + 3);
        if (tok.is("last")) {
            if (!monthName(month) || b.endOf != null) {
                return -1;
            }
            b.endOf = Precision.MONTH; // its last day
            b.month = MONTHS.get(month);
            return year(t, j + 4, b);
        }
        int day = tok.isWord() ? ORDINALS.get(tok) : tok.intValue();
        int relative = relativeMonth(t, j + 3);
        if (relative > 0) {
            b.day = day;
            b.next = t.get(relative - 2).is("this") || t.get(relative - 2).is("current") ? null : Boolean.TRUE;
            return relative;
        }
        if (!monthName(month)) {
            return -1;
        }
        b.day = day;
        b.month = MONTHS.get(month);
        return year(t, j + 4, b);
    }

    /** An optional year after a date: ", 2026" or " 2026". */
    private static int year(List<Token> t, int j, TimeExpression.Builder b) {
        int k = j < t.size() && t.get(j).is(",") ? j + 1 : j;
        if (k < t.size() && isYear(t.get(k))) {
            b.year = t.get(k).intValue();
            return k + 1;
        }
        int of = k < t.size() && t.get(k).is("of") ? k + 1 : k; // "June 30 next year", "Thanksgiving of next year"
        if (of + 1 < t.size() && t.get(of + 1).is("year") && (t.get(of).is("next") || t.get(of).is("this"))) {
            b.yearOffset = t.get(of).is("next") ? 1 : 0;
            return of + 2;
        }
        return j;
    }

    private static boolean isDay(Token tok) {
        if (!tok.isNumber() || tok.minutes() >= 0 || tok.norm().length() > 2) {
            return false;
        }
        int value = tok.intValue();
        return value >= 1 && value <= 31;
    }

    /** "[the] next month", "this month", "the current month" at {@code k}: the index after it, or -1. */
    private static int relativeMonth(List<Token> t, int k) {
        if (k < t.size() && t.get(k).is("the")) {
            k++;
        }
        return k + 1 < t.size() && RELATIVE.contains(t.get(k).norm()) && t.get(k + 1).is("month") ? k + 2 : -1;
    }

    /** A month's full name (or "Sept"-style abbreviation); "may" and "march", verbs as often, only capitalized. */
    private static boolean monthName(Token tok) {
        return tok.isWord() && MONTHS.contains(tok)
                && (tok.capitalized() || !tok.is("may") && !tok.is("march"));
    }

    private static boolean isYear(Token tok) {
        return tok.isNumber() && tok.norm().length() == 4 && tok.intValue() >= 1900 && tok.intValue() <= 2200;
    }

    /** "5 p.m.", "5:01 PM ET", "noon", "midnight", "17:00 GMT". */
    private static int time(List<Token> t, int j, TimeExpression.Builder b) {
        Token tok = t.get(j);
        int after = -1;
        if (tok.is("noon") || tok.is("midday") || tok.is("mid-day")) {
            b.hour = 12;
            b.minute = 0;
            after = j + 1;
        } else if (tok.is("mid") && j + 1 < t.size() && t.get(j + 1).is("day")) {
            b.hour = 12; // "mid day"
            b.minute = 0;
            after = j + 2;
        } else if (tok.is("midnight")) {
            boolean justAfter = justAfterMidnight(t, j) >= 0;
            b.hour = justAfter ? 0 : 24; // "just after midnight on Oct. 1" is a minute into Oct. 1, not its end
            b.minute = justAfter ? 1 : 0;
            after = j + 1;
        } else if ((tok.is("12") || tok.is("12:00") || tok.is("twelve")) && j + 1 < t.size()
                && (t.get(j + 1).is("noon") || t.get(j + 1).is("midday") || t.get(j + 1).is("midnight"))) {
            b.hour = t.get(j + 1).is("midnight") ? 24 : 12; // "until 12 noon", "twelve midnight": the word says which twelve
            b.minute = 0;
            after = j + 2;
        } else if ((tok.isNumber() && tok.norm().length() <= 5 || hourWord(tok) > 0) && j + 1 < t.size()) {
            int hour = tok.isNumber() ? tok.intValue() : hourWord(tok);
            int minute = tok.isNumber() ? tok.minutes() : -1;
            Token next = t.get(j + 1);
            boolean attached = next.start() == tok.end(); // "3p", "3:15p", "11:59pmEST"
            String glued = attached && next.isWord() && next.norm().length() > 2
                    && ZONES.contains(next.norm().substring(2)) ? next.norm().substring(0, 2) : null;
            boolean spaced = spacedMeridiem(t, j + 1) != null; // "3:30 p m"
            boolean pm = next.is("pm") || attached && next.is("p") || "pm".equals(glued) || spaced && next.is("p");
            boolean am = next.is("am") || attached && next.is("a") || "am".equals(glued) || spaced && next.is("a");
            if (glued != null && (am || pm)) {
                b.zone = next.norm().substring(2).toUpperCase(java.util.Locale.ROOT);
            }
            boolean oclock = next.is("o'clock") || next.is("oclock");
            if ((am || pm) && hour >= 1 && hour <= 12 && minute < 60) {
                b.hour = pm ? (hour % 12) + 12 : hour % 12;
                b.minute = minute >= 0 ? minute : null;
                after = spaced ? j + 3 : j + 2;
            } else if (oclock && minute < 0 && hour >= 1 && hour <= 12) {
                after = j + 2;
                Token half = after < t.size() ? t.get(after) : next;
                if (half.is("am") || half.is("pm")) { // "3 o'clock pm"
                    b.hour = half.is("pm") ? (hour % 12) + 12 : hour % 12;
                    after++;
                } else if (b.partOfDay != null) {
                    onPart(hour, -1, new PartAt(b.partOfDay, after), b); // "tonight at 8 o'clock"
                } else {
                    b.hour = hour == 12 ? 12 : hour <= 7 ? hour + 12 : hour; // business hours: "5 o'clock" is 17:00
                }
            } else if (tok.isNumber() && minute < 0 && tok.norm().length() <= 2 && hour <= 23 && isZone(t, j + 1)
                    && !ZONE_WORDS.containsKey(next.norm())) {
                b.hour = hour; // "8 GMT": an hour with its zone is a clock time
                after = j + 1;
            } else if (tok.isNumber() && minute >= 0 && minute < 60 && hour <= 23
                    && (isZone(t, j + 1) || j > 0 && CLOCK_CUES.contains(t.get(j - 1).norm()))) {
                b.hour = hour; // "17:00 GMT", "by 15:30": a 24-hour clock
                b.minute = minute;
                after = j + 1;
                PartAt part = hour >= 1 && hour <= 12 ? partAfter(t, after, b) : null;
                if (part != null) {
                    after = onPart(hour, minute, part, b); // "3:15 in the afternoon"
                } else if (hour >= 1 && hour <= 7 && tok.norm().charAt(0) != '0') {
                    b.hour = hour + 12; // "by 3:30", no am or pm: business hours, as "5 o'clock" ("03:30" is the 24-hour clock)
                }
            } else if (tok.isNumber() && minute < 0 && twentyFourHourClock(t, j)) {
                b.hour = hour / 100; // "1700 GMT", "by 0830", "by 1030,": hours and minutes run together
                b.minute = hour % 100;
                after = j + 1;
                if (t.get(after).is("hours") || t.get(after).is("hrs")) {
                    after++;
                }
            } else if (minute < 0 && (hour >= 1 && hour <= 12 || tok.isNumber() && tok.norm().length() >= 3)) {
                after = clockInWords(t, j, hour, b);
            }
        }
        if (after < 0) {
            return -1;
        }
        int city = cityZone(t, after, b);
        if (city > 0) {
            return city;
        }
        if (after < t.size() && isZone(t, after)) {
            Token zone = t.get(after);
            b.zone = ZONE_WORDS.getOrDefault(zone.norm(), zone.norm().toUpperCase(java.util.Locale.ROOT));
            after++;
            if (ZONE_WORDS.containsKey(zone.norm()) && after < t.size() && t.get(after).is("time")) {
                after++;
            }
        }
        return after;
    }

    /**
     * Four digits that are a 24-hour clock time, hours and minutes run together, and not a year or a count:
     * a zone or "hours" follows ("1700 GMT", "0600 hours"), or it is written with a leading zero ("by 0830"),
     * or its minutes are not on the hour and it stands alone after a clock cue ("by 1030,", "at around
     * 1745."). "by 1500" alone stays a number: it reads as a count as often as a time.
     */
    private static boolean twentyFourHourClock(List<Token> t, int j) {
        Token tok = t.get(j);
        int value = tok.intValue();
        if (tok.norm().length() != 4 || !tok.norm().chars().allMatch(c -> c >= '0' && c <= '9') || isYear(tok)
                || value / 100 > 23 || value % 100 > 59 || j + 1 >= t.size()) {
            return false;
        }
        Token next = t.get(j + 1);
        if (isZone(t, j + 1) && !ZONE_WORDS.containsKey(next.norm()) || next.is("hours") || next.is("hrs")
                || tok.norm().charAt(0) == '0' && j > 0 && CLOCK_CUES.contains(t.get(j - 1).norm())) {
            return true;
        }
        int cue = j > 0 && APPROXIMATE.contains(t.get(j - 1).norm()) ? j - 2 : j - 1;
        return value % 100 != 0 && !next.isWord() && !next.isNumber() && cue >= 0 && CLOCK_CUES.contains(t.get(cue).norm());
    }

    /**
     * An hour with no minutes written, made a clock time by what follows it: "seven thirty p.m.", "330 p.m."
     * (minutes in words or run into the hour), "8 in the evening", "3 in the morning", "8 this evening",
     * "10 tonight", or by a part of the day stated before it ("this morning at 3"). Returns the index after
     * it, or -1.
     */
    private static int clockInWords(List<Token> t, int j, int hour, TimeExpression.Builder b) {
        Token tok = t.get(j);
        int k = j + 1;
        int minute = -1;
        if (tok.isNumber() && tok.norm().length() >= 3 && tok.norm().length() <= 4) {
            int value = tok.intValue(); // "330 p.m.", "1030 am"
            hour = value / 100;
            minute = value % 100;
            if (hour < 1 || hour > 12 || minute >= 60) {
                return -1;
            }
        } else if (hourWord(tok) > 0 && k < t.size() && minuteWord(t.get(k)) > 0) {
            minute = minuteWord(t.get(k)); // "seven thirty", "nine fifty nine"
            k++;
            if (minute % 10 == 0 && minute >= 20 && k < t.size() && hourWord(t.get(k)) > 0 && hourWord(t.get(k)) <= 9) {
                minute += hourWord(t.get(k));
                k++;
            }
        } else if (tok.isNumber() && tok.norm().length() > 2) {
            return -1;
        }
        if (k < t.size() && (t.get(k).is("am") || t.get(k).is("pm")) && minute >= 0) {
            b.hour = t.get(k).is("pm") ? hour % 12 + 12 : hour % 12;
            b.minute = minute;
            return k + 1;
        }
        Boolean pm = spacedMeridiem(t, k);
        if (pm != null && minute >= 0) { // "nine fifty nine a m"
            b.hour = pm ? hour % 12 + 12 : hour % 12;
            b.minute = minute;
            return k + 2;
        }
        if (k < t.size() && t.get(k).is("tomorrow") && b.dayOffset == null && b.weekday == null && b.day == null) {
            b.dayOffset = 1; // "9 tomorrow", "9 tomorrow morning"
            PartAt part = partAfter(t, k + 1, b);
            if (part == null && k + 1 < t.size() && PARTS.containsKey(t.get(k + 1).norm())) {
                part = new PartAt(PARTS.get(t.get(k + 1).norm()), k + 2);
            }
            return part != null ? onPart(hour, minute, part, b) : businessHours(hour, minute, k + 1, b);
        }
        PartAt at = partAfter(t, k, b);
        if (at == null && b.partOfDay != null && j > 0 && CLOCK_CUES.contains(t.get(j - 1).norm())) {
            at = new PartAt(b.partOfDay, k); // "this morning at 3": the part of the day stated before
        }
        if (at == null && minute >= 0 && hourWord(tok) > 0 && j > 0 && CLOCK_CUES.contains(t.get(j - 1).norm())) {
            return businessHours(hour, minute, k, b); // "by three twenty"
        }
        return at == null ? -1 : onPart(hour, minute, at, b);
    }

    /** An hour of a 12-hour clock with no am or pm, read in business hours: 1-7 is p.m. ("5 o'clock" is 17:00). */
    private static int businessHours(int hour, int minute, int after, TimeExpression.Builder b) {
        b.hour = hour == 12 ? 12 : hour <= 7 ? hour + 12 : hour;
        b.minute = minute >= 0 ? minute : null;
        return after;
    }

    /** "a m" or "p m" written as two letters at {@code k}: true for pm, false for am, else null. */
    private static Boolean spacedMeridiem(List<Token> t, int k) {
        if (k + 1 >= t.size() || !t.get(k + 1).is("m") || !(t.get(k).is("a") || t.get(k).is("p"))) {
            return null;
        }
        return t.get(k).is("p");
    }

    /** A part of the day stated next to a clock time, and the index after it. */
    private record PartAt(PartOfDay part, int end) {
    }

    /** A part of the day right after a clock time: "in the morning", "in the AM", "this evening", "tonight"; or null. */
    private static PartAt partAfter(List<Token> t, int k, TimeExpression.Builder b) {
        if (k + 2 < t.size() && t.get(k).is("in") && t.get(k + 1).is("the")) {
            Token word = t.get(k + 2);
            PartOfDay part = word.is("am") ? PartOfDay.MORNING : word.is("pm") ? PartOfDay.AFTERNOON : PARTS.get(word.norm());
            return part == null ? null : new PartAt(part, k + 3); // "3 in the morning", "8 in the evening", "3 in the AM"
        }
        if (k + 1 < t.size() && (t.get(k).is("this") || t.get(k).is("in")) && PARTS.containsKey(t.get(k + 1).norm())) {
            if (t.get(k).is("this")) {
                today(b);
            }
            return new PartAt(PARTS.get(t.get(k + 1).norm()), k + 2); // "8 this evening", "3:20 in afternoon"
        }
        if (k < t.size() && (t.get(k).is("tonight") || t.get(k).is("tonite"))) {
            today(b);
            return new PartAt(PartOfDay.NIGHT, k + 1); // "10 tonight"
        }
        return null;
    }

    private static void today(TimeExpression.Builder b) {
        if (b.dayOffset == null && b.weekday == null && b.day == null) {
            b.dayOffset = 0;
        }
    }

    /** An hour of a 12-hour clock read in a part of the day: "8" in the evening is 20:00, "2" at night 02:00 the next day. */
    private static int onPart(int hour, int minute, PartAt at, TimeExpression.Builder b) {
        PartOfDay part = at.part();
        boolean twelve = hour == 12 && (part == PartOfDay.NIGHT || part == PartOfDay.EVENING); // "this evening at 12"
        boolean small = part == PartOfDay.NIGHT && hour < 5 || twelve && minute > 0; // "tonight at 2": the small hours after today
        boolean morning = part == PartOfDay.MORNING || part == PartOfDay.EARLY_MORNING || small;
        b.hour = twelve && minute <= 0 ? 24 : morning ? hour % 12 : hour % 12 + 12; // 12 at night is midnight, its end
        if (small && Integer.valueOf(0).equals(b.dayOffset)) {
            b.dayOffset = 1;
        }
        b.minute = minute >= 0 ? minute : null;
        return at.end();
    }

    /** "a quarter past 3pm", "half past three pm", "20 minutes to 2pm", "15 to noon": minutes before or after a clock time. */
    private static int minutesFrom(List<Token> t, int j, TimeExpression.Builder b) {
        int k = j;
        int minutes;
        if (t.get(k).is("a") && k + 1 < t.size() && t.get(k + 1).is("quarter")) {
            k++;
        }
        if (t.get(k).is("quarter")) {
            minutes = 15;
        } else if (t.get(k).is("half")) {
            minutes = 30;
            Token hour = k + 1 < t.size() ? t.get(k + 1) : null;
            int h = hour == null ? -1 : hourWord(hour) > 0 ? hourWord(hour)
                    : hour.isNumber() && hour.minutes() < 0 && hour.norm().length() <= 2 ? hour.intValue() : -1;
            if (h >= 1 && h <= 12 && j > 0 && CLOCK_CUES.contains(t.get(j - 1).norm())
                    && (k + 2 >= t.size() || !MINUTE_JOINS.contains(t.get(k + 2).norm()) && !UNITS.containsKey(t.get(k + 2).norm()))) {
                return businessHours(h, 30, k + 2, b); // "by half three": half past three, as British English says it
            }
        } else {
            minutes = t.get(k).isNumber() && t.get(k).minutes() < 0 ? t.get(k).intValue() : minuteWord(t.get(k));
            if (minutes < 0 && t.get(k).isWord() && k + 1 < t.size() && (t.get(k + 1).is("minute") || t.get(k + 1).is("minutes"))) {
                minutes = NUMBER_WORDS.getOrDefault(t.get(k), -1); // "one minute after 11:59 p.m."
            }
            if (minutes < 1 || minutes > 59) {
                return -1;
            }
        }
        k++;
        if (k < t.size() && (t.get(k).is("minutes") || t.get(k).is("minute"))) {
            k++;
        }
        if (k + 1 >= t.size() || !MINUTE_JOINS.contains(t.get(k).norm())) {
            return -1;
        }
        boolean before = t.get(k).is("to") || t.get(k).is("till") || t.get(k).is("before");
        TimeExpression.Builder clock = new TimeExpression.Builder();
        clock.partOfDay = b.partOfDay;
        int after = time(t, k + 1, clock);
        if (after < 0 && hourWord(t.get(k + 1)) > 0 && t.get(k).is("past")) {
            clock.hour = hourWord(t.get(k + 1)); // "half past three": the hour alone
            after = k + 2;
            int end = clockInWords(t, k + 1, clock.hour, clock);
            after = end > 0 ? end : after;
        }
        if (after < 0 || clock.hour == null || clock.hour == 24) {
            return -1;
        }
        int total = clock.hour * 60 + (clock.minute == null ? 0 : clock.minute) + (before ? -minutes : minutes);
        if (total < 0 || total > 24 * 60) {
            return -1;
        }
        // "one minute after 11:59 p.m.": midnight at the end of the day named, as "midnight" is
        b.hour = total / 60;
        b.minute = total % 60;
        b.zone = clock.zone;
        return after;
    }

    /** "thirty", "fifteen", "fifty": minutes written as a word (10 to 59). */
    private static int minuteWord(Token tok) {
        int value = tok.isWord() ? NUMBER_WORDS.getOrDefault(tok, -1) : -1;
        return value >= 10 && value <= 59 ? value : -1;
    }

    /** "three pm", "ten o'clock": a number word of an hour, 1 to 12 ("a" and "an" are none). */
    private static int hourWord(Token tok) {
        if (!tok.isWord() || tok.is("a") || tok.is("an")) {
            return -1;
        }
        int value = NUMBER_WORDS.getOrDefault(tok, -1);
        return value >= 1 && value <= 12 ? value : -1;
    }

    /** "New York time", "London time", "local time" after a clock time; returns the index after it, or -1. */
    private static int cityZone(List<Token> t, int at, TimeExpression.Builder b) {
        int j = at < t.size() && t.get(at).is(",") ? at + 1 : at; // "5:00 p.m., New York City time, on March 21"
        for (int words = 1; words <= 3; words++) {
            if (j + words >= t.size() || !t.get(j + words).is("time")) {
                continue;
            }
            StringBuilder name = new StringBuilder();
            for (int w = 0; w < words; w++) {
                if (!t.get(j + w).isWord()) {
                    return -1;
                }
                name.append(w == 0 ? "" : " ").append(t.get(j + w).norm());
            }
            if (words == 1 && name.toString().equals("local")) {
                b.zone = placeZone(t, j); // the zone of the place named last before it; none named: the feed's
                return j + 2;
            }
            String zone = CITY_ZONES.get(name.toString());
            if (zone != null && t.get(j).capitalized()) {
                b.zone = zone;
                return j + words + 1;
            }
        }
        return -1;
    }

    /** How far back "local time" looks for the place it is local to. */
    private static final int PLACE_REACH = 400;

    /**
     * "4 a.m. local time": the zone of the nearest place before it (a city or a country of one zone,
     * {@link DeadlineWords#PLACE_ZONES}), written with a capital; null where none is named.
     */
    private static String placeZone(List<Token> t, int local) {
        for (int k = local - 1; k >= 0 && k >= local - PLACE_REACH; k--) {
            Token tok = t.get(k);
            if (!tok.isWord() || !tok.capitalized()) {
                continue;
            }
            if (k > 0 && t.get(k - 1).isWord() && t.get(k - 1).capitalized()) {
                String two = PLACE_ZONES.get(t.get(k - 1).norm() + " " + tok.norm());
                if (two != null) {
                    return two;
                }
            }
            String one = PLACE_ZONES.get(tok.norm());
            if (one != null) {
                return one;
            }
        }
        return null;
    }

    private static boolean isZone(List<Token> t, int j) {
        if (j >= t.size() || !t.get(j).isWord()) {
            return false;
        }
        Token tok = t.get(j);
        return ZONES.contains(tok.norm()) || (ZONE_WORDS.containsKey(tok.norm()) && tok.capitalized());
    }

    /** After "end of": "[the|this|next] day|week|month|year", "today", a weekday or a month name. */
    private static int endOf(List<Token> t, int j, TimeExpression.Builder b) {
        int k = j;
        if (t.get(k).is("the") && k + 1 < t.size()) {
            k++;
        }
        boolean next = false;
        if (t.get(k).is("this") || t.get(k).is("current")) {
            k++;
        } else if (t.get(k).is("next") || t.get(k).is("coming") || t.get(k).is("following")) {
            next = true; // "the end of the following week"
            k++;
        }
        if (k >= t.size()) {
            return -1;
        }
        String word = t.get(k).norm();
        if (weekday(t.get(k)) != null && b.weekday == null) { // "by the end of Wednesday"
            b.endOf = Precision.DAY;
            b.weekday = weekday(t.get(k));
            return k + 1;
        }
        if (t.get(k).is("business") && k + 1 < t.size() && t.get(k + 1).is("day")) {
            b.endOf = Precision.DAY;
            b.hour = 17;
            return k + 2;
        }
        switch (word) {
            case "day", "today" -> b.endOf = Precision.DAY;
            case "week" -> b.endOf = Precision.WEEK;
            case "month" -> b.endOf = Precision.MONTH;
            case "year" -> {
                b.endOf = Precision.MONTH;
                b.month = 12;
            }
            default -> {
                if (!MONTHS.contains(word) || !t.get(k).capitalized()) {
                    return -1;
                }
                b.endOf = Precision.MONTH;
                b.month = MONTHS.get(word);
                return year(t, k + 1, b);
            }
        }
        if (next) {
            b.next = Boolean.TRUE;
        }
        return k + 1;
    }

    /**
     * After "beginning of" or "start of": "[the] next|coming|following week" (its Monday), "[the] next month"
     * (its first day), "[the|this|next] year" (the next 1 January), "[the|this] week" (the next Monday, as
     * "Monday of this week" is), "[the|this] month" (its first day, else next month's), a month's name (its
     * first day). Returns the index after it, or -1.
     */
    private static int beginningOf(List<Token> t, int j, TimeExpression.Builder b) {
        int k = j < t.size() && t.get(j).is("the") ? j + 1 : j;
        if (k + 1 < t.size() && (t.get(k).is("next") || t.get(k).is("coming") || t.get(k).is("following"))) {
            if (t.get(k + 1).is("week")) {
                b.weekday = DayOfWeek.MONDAY;
                b.dayOffset = 7;
                return k + 2;
            }
            if (t.get(k + 1).is("month")) {
                b.day = 1;
                b.next = Boolean.TRUE;
                return k + 2;
            }
            if (!t.get(k + 1).is("year")) {
                return -1;
            }
        }
        boolean qualified = k < t.size() && (t.get(k).is("this") || t.get(k).is("current") || t.get(k).is("next")
                || t.get(k).is("coming") || t.get(k).is("following")); // "next" here is before "year" only
        int unit = qualified ? k + 1 : k;
        // not "the beginning of the year's second half": the year's, not the year
        boolean plain = unit < t.size() && !t.get(unit).possessive();
        if (plain && t.get(unit).is("year")) {
            b.month = 1; // "by the beginning of the year": the next one; the one behind is no limit
            b.day = 1;
            b.next = Boolean.TRUE;
            return unit + 1;
        }
        if (plain && t.get(unit).is("week")) {
            b.weekday = DayOfWeek.MONDAY;
            return unit + 1;
        }
        if (plain && t.get(unit).is("month")) {
            b.day = 1;
            return unit + 1;
        }
        if (k < t.size() && monthName(t.get(k)) && t.get(k).capitalized()) {
            b.month = MONTHS.get(t.get(k));
            b.day = 1;
            b.next = Boolean.TRUE; // its next first day: never a start already behind ("the end of January" looks ahead too)
            return year(t, k + 1, b);
        }
        return -1;
    }

    /** A window, counted from the weekday its sentence reports the grant on, where it names one before it. */
    private static Match span(List<Token> t, int i) {
        Match m = window(t, i);
        if (m == null || m.anaphor || m.expression.day() != null || Boolean.TRUE.equals(m.expression.extension())) {
            return m; // "another 75 days" counts from the deadline it extends, not from the day of the grant
        }
        for (int k = i - 1; k >= 0 && k >= i - 25 && !t.get(k).endsSentence(); k--) {
            if (t.get(k).is("will") || t.get(k).is("shall")) {
                break; // "the tariffs announced on Saturday will be paused for 30 days": granted now, not on Saturday
            }
            TimeExpression.Builder on = opensSentence(t, k) && t.get(k).isWord() && MONTHS.contains(t.get(k))
                    ? new TimeExpression.Builder() : null;
            if (on != null && date(t, k, on) > 0 && on.day != null) {
                on.spanAmount = m.expression.spanAmount(); // "On May 17, 2023, the deal was extended for 60 days": from May 17
                on.spanUnit = m.expression.spanUnit();
                on.businessDays = m.expression.businessDays();
                return new Match(m.first, m.last, on.build(), m.cued, false);
            }
            DayOfWeek day = weekday(t.get(k));
            if (day != null) {
                boolean cued = k > 0 && (LEADING_CUES.contains(t.get(k - 1).norm()) || k > 1 && LEADING_CUES.contains(t.get(k - 2).norm()));
                if (cued) {
                    return m; // "by Tuesday ... within 24 hours": that weekday is a deadline, not the grant
                }
                TimeExpression e = m.expression;
                TimeExpression.Builder b = new TimeExpression.Builder();
                b.spanAmount = e.spanAmount();
                b.spanUnit = e.spanUnit();
                b.businessDays = e.businessDays();
                b.extension = e.extension();
                b.weekday = day; // "on Monday signed an order to delay the ban by 75 days": from that Monday
                b.past = Boolean.TRUE;
                if (k + 2 < i && t.get(k + 1).is("last") && t.get(k + 2).is("week")) {
                    b.dayOffset = -7; // "on Sunday last week gave them seven days": the Sunday a week before
                }
                return new Match(m.first, m.last, b.build(), m.cued, false);
            }
        }
        return atClockTime(t, m);
    }

    /** A window of days or weeks, then "at" a clock time: "in 7 days at 5pm" ends at 5pm of its last day. */
    private static Match atClockTime(List<Token> t, Match m) {
        TimeExpression e = m.expression;
        if (e.hour() != null || e.spanUnit() == Precision.MINUTE || e.spanUnit() == Precision.HOUR
                || m.last + 2 >= t.size() || !t.get(m.last + 1).is("at")) {
            return m;
        }
        TimeExpression.Builder clock = new TimeExpression.Builder();
        int after = time(t, m.last + 2, clock);
        if (after < 0 || clock.hour == null || clock.hour == 24) {
            return m;
        }
        return new Match(m.first, after - 1, e.atClock(clock.hour, clock.minute, clock.zone), m.cued, m.anaphor);
    }

    /** "within 48 hours", "in 30 days" (in a deadline sentence), "gave them 10 days to". */
    private static Match window(List<Token> t, int i) {
        Token tok = t.get(i);
        boolean within = tok.is("within");
        if ((within || tok.is("in")) && i + 2 < t.size()) {
            int k = i + 1;
            if (t.get(k).is("the") && k + 1 < t.size() && t.get(k + 1).is("next")) {
                k += 2;
            }
            while (k + 2 < t.size() && APPROXIMATE.contains(t.get(k).norm())) {
                k++; // "in less than 36 hours", "within about a week"
            }
            Match m = amount(t, k, i); // a span binds only in a sentence that says so ("meet again within a week" does not)
            if (m != null && sentenceHas(t, i, SPAN_CONTEXT)) {
                return m;
            }
            return null;
        }
        int unit = i + 3 < t.size() && RANGE_JOINS.contains(t.get(i + 1).norm()) && amountValue(t.get(i + 2)) > 0
                ? i + 3 : i + 1; // "give them 10 or 12 days to"
        int to = unit < t.size() && (t.get(unit).is("business") || t.get(unit).is("working")) ? unit + 2 : unit + 1;
        if (to + 1 < t.size() && isQuote(t.get(to))) {
            to++; // 'give Russia "10 or 12 days" to make progress'
        }
        if (amountValue(tok) > 0 && to < t.size() && t.get(to).is("to")
                && (grantedBefore(t, i) || i > 0 && isQuote(t.get(i - 1)) && grantedBefore(t, i - 1))) {
            return amount(t, i, i); // "has 10 business days to respond"
        }
        Match hyphenated = hyphenatedSpan(t, i);
        return hyphenated != null ? hyphenated : governedSpan(t, i);
    }

    /**
     * A duration that the clause makes a window a party has: "paused for 90 days", "another 75 days",
     * "extended for two more months", "24 hours left", "50 days from July 14" (counted from that date).
     */
    private static Match governedSpan(List<Token> t, int i) {
        int k = t.get(i).is("next") && i + 1 < t.size() ? i + 1 : i; // "for the next 75 days"
        if (amountValue(t.get(k)) <= 0) {
            return null;
        }
        Match m = amount(t, k, i);
        if (m == null) {
            return null;
        }
        int after = m.last + 1;
        // "paused for 1 month after talks": "after" opens a clause
        boolean duration = k > 0 && t.get(k - 1).is("for") || k > i && i > 1 && t.get(i - 1).is("the") && t.get(i - 2).is("for")
                || periodOf(t, k);
        if (after < t.size() && (t.get(after).is("ago") || t.get(after).is("later") || t.get(after).is("earlier")
                || !duration && t.get(after).is("after"))) {
            return null; // "45 days ago", "two days later", "three days earlier", "30 days after the vote": reckoned from an event
        }
        int noun = after + 1 < t.size() && plural(t.get(after), t.get(m.last)) ? after + 1 : after; // "10 days' notice"
        boolean tail = after < t.size() && (WINDOW_TAILS.contains(t.get(noun).norm()) || windowNounAfter(t, noun - 1)
                || t.get(after).is("from") && after + 1 < t.size() && (t.get(after + 1).is("now") || t.get(after + 1).is("today")
                || t.get(after + 1).is("right") && after + 2 < t.size() && t.get(after + 2).is("now")
                || date(t, after + 1, new TimeExpression.Builder()) > 0));
        if (!tail && !governedBefore(t, i, duration ? DURATION_REACH : 9) || sentenceHas(t, i, SUNSETS)) {
            return null;
        }
        int until = after < t.size() && t.get(after).is(",") ? after + 1 : after;
        if (until + 1 < t.size() && (t.get(until).is("until") || t.get(until).is("till") || t.get(until).is("through"))) {
            TimeExpression.Builder end = new TimeExpression.Builder();
            int last = date(t, until + 1, end);
            if (last > 0) { // "extended the deal for 60 days, until May 18": the window's end is the date it states
                return new Match(i, last - 1, end.build(), true);
            }
        }
        if (after + 1 < t.size() && t.get(after).is("from")) {
            TimeExpression.Builder anchor = new TimeExpression.Builder();
            int end = date(t, after + 1, anchor);
            if (end > 0) { // "50 days from July 14": the window counts from the date the text states
                TimeExpression e = m.expression;
                anchor.spanAmount = e.spanAmount();
                anchor.spanUnit = e.spanUnit();
                anchor.businessDays = e.businessDays();
                return new Match(i, end - 1, anchor.build(), true);
            }
        }
        // "beyond the 60 days agreed": that window ("for the next 60 days" is a new one)
        boolean definite = k == i && i > 0 && DEFINITE.contains(t.get(i - 1).norm());
        return definite ? new Match(m.first, m.last, m.expression, m.cued, true) : m;
    }

    /**
     * A window word up to {@code reach} tokens back in the clause: "paused implementing tariffs on Mexico and
     * Canada for a month". A duration "for" introduces may stand further from its verb, past the object it
     * acts on: "delay enforcement of the ban on the video app for 75 days".
     */
    private static boolean governedBefore(List<Token> t, int i, int reach) {
        if (before(t, i, reach, WINDOW_GOVERNORS)) {
            return true;
        }
        for (int k = i - 1; k > 0 && k >= i - reach && !t.get(k).endsSentence(); k--) {
            if ((t.get(k).is("off") || t.get(k).is("down")) && BACKS.contains(t.get(k - 1).norm())) {
                return true; // "backed off his tariffs on most nations for 90 days": a measure held back for a time
            }
        }
        return false;
    }

    /** "for a period of 75 days": the amount at {@code k} is a duration, as after a bare "for". */
    private static boolean periodOf(List<Token> t, int k) {
        return k >= 4 && t.get(k - 1).is("of") && (t.get(k - 2).is("period") || t.get(k - 2).is("term"))
                && (t.get(k - 3).is("a") || t.get(k - 3).is("the")) && t.get(k - 4).is("for");
    }

    /** Whether one of {@code words} stands up to {@code reach} tokens before {@code i} in its sentence. */
    private static boolean before(List<Token> t, int i, int reach, WordMap<?> words) {
        for (int k = i - 1; k >= 0 && k >= i - reach && !t.get(k).endsSentence(); k--) {
            if (words.contains(t.get(k))) {
                return true;
            }
        }
        return false;
    }

    /** "a 30-day deadline", "a 48-hour ultimatum", "a six-month cutoff": a span written as an adjective of a cue. */
    private static Match hyphenatedSpan(List<Token> t, int i) {
        Token tok = t.get(i);
        int value;
        Precision unit;
        int last;
        if (tok.isNumber() && i + 2 < t.size() && t.get(i + 1).is("-") && UNITS.containsKey(t.get(i + 2).norm())) {
            value = amountValue(tok);
            unit = UNITS.get(t.get(i + 2).norm());
            last = i + 2;
        } else if (tok.isWord() && tok.norm().indexOf('-') > 0) {
            int dash = tok.norm().lastIndexOf('-');
            value = NUMBER_WORDS.getOrDefault(tok.norm().substring(0, dash), -1);
            unit = UNITS.get(tok.norm().substring(dash + 1));
            last = i;
        } else {
            return null;
        }
        if (value <= 0 || unit == null || last + 1 >= t.size() || !windowNounAfter(t, last)) {
            return null;
        }
        TimeExpression.Builder b = new TimeExpression.Builder();
        b.spanAmount = value;
        b.spanUnit = unit;
        boolean definite = i > 0 && (t.get(i - 1).is("the") || t.get(i - 1).is("that") || t.get(i - 1).is("this"));
        return new Match(i, last, b.build(), true, definite);
    }

    /** A plural's apostrophe written right after it: "days'" in "10 days' notice". */
    private static boolean plural(Token apostrophe, Token word) {
        return (apostrophe.is("'") || apostrophe.is("’")) && apostrophe.start() == word.end() && word.norm().endsWith("s");
    }

    /** "a 30-day deadline", "a 90-day pause", "a 72-hour strike notice": a window noun right after, or one word on. */
    private static boolean windowNounAfter(List<Token> t, int last) {
        for (int k = last + 1; k < t.size() && k <= last + 2 && t.get(k).isWord(); k++) {
            if (WINDOW_NOUNS.contains(t.get(k).norm())) {
                return true;
            }
        }
        return false;
    }

    private static Match amount(List<Token> t, int k, int first) {
        if (k + 1 >= t.size()) {
            return null;
        }
        int value = amountValue(t.get(k));
        Match decimal = decimalSpan(t, k, first);
        if (decimal != null) {
            return decimal;
        }
        if (t.get(k).is("half") && k + 2 < t.size() && (t.get(k + 1).is("an") || t.get(k + 1).is("a"))
                && t.get(k + 2).is("hour")) {
            return span(first, k + 2, 30, Precision.MINUTE); // "in half an hour"
        }
        int vague = t.get(k).isWord() ? VAGUE.getOrDefault(t.get(k).norm(), -1) : -1;
        if ((t.get(k).is("a") || t.get(k).is("an")) && VAGUE.containsKey(t.get(k + 1).norm())) {
            vague = VAGUE.get(t.get(k + 1).norm());
            k++;
        }
        if (vague > 0) { // "a couple of hours", "a few days", "few hours"
            value = vague;
            if (k + 2 < t.size() && t.get(k + 1).is("of")) {
                k++;
            }
            if (k + 1 >= t.size()) {
                return null;
            }
        }
        int quarters = quarterHours(t, k);
        if (quarters > 0) { // "a quarter of an hour", "three-quarters of an hour", "1/2 hour"
            int last = t.get(k).isNumber() ? k + 3 : k + (t.get(k).is("a") ? 4 : 3);
            return span(first, last, 15 * quarters, Precision.MINUTE);
        }
        if (value > 0 && k + 4 < t.size() && t.get(k + 1).is("and") && (t.get(k + 2).is("a") || t.get(k + 2).is("an"))
                && t.get(k + 3).is("half") && UNITS.get(t.get(k + 4).norm()) == Precision.HOUR) {
            return span(first, k + 4, value * 60 + 30, Precision.MINUTE); // "two and a half hours"
        }
        if (value > 0 && vague < 0 && k + 3 < t.size() && RANGE_JOINS.contains(t.get(k + 1).norm())
                && amountValue(t.get(k + 2)) > value && UNITS.containsKey(t.get(k + 3).norm())) {
            TimeExpression.Builder b = new TimeExpression.Builder(); // "60 or 90 days": found, left unresolved
            b.spanAmount = amountValue(t.get(k + 2));
            b.spanUnit = UNITS.get(t.get(k + 3).norm());
            b.range = Boolean.TRUE;
            return new Match(first, k + 3, b.build(), true);
        }
        if (value > 0 && (t.get(k + 1).is("fortnight") || t.get(k + 1).is("fortnights"))) {
            return span(first, k + 1, 2 * value, Precision.WEEK); // "a fortnight hence"
        }
        int more = MORE.contains(t.get(k + 1).norm()) && k + 2 < t.size() ? 1 : 0; // "two more months"
        boolean business = (t.get(k + 1 + more).is("business") || t.get(k + 1 + more).is("working")) && k + 2 + more < t.size();
        int unitAt = (business ? k + 2 : k + 1) + more;
        Precision unit = UNITS.get(t.get(unitAt).norm());
        if (value <= 0 || unit == null || business && unit != Precision.DAY) {
            return null;
        }
        TimeExpression.Builder b = new TimeExpression.Builder();
        b.spanAmount = value;
        b.spanUnit = unit;
        b.businessDays = business ? Boolean.TRUE : null;
        b.extension = more == 1 || extendsASetDeadline(t, k) ? Boolean.TRUE : null;
        return new Match(first, unitAt, b.build(), true);
    }

    /**
     * "in 2.5 hours", "within 1.5 days": an amount with a decimal part, counted in the next smaller unit where that
     * makes it whole (150 minutes, 36 hours); else null.
     */
    private static Match decimalSpan(List<Token> t, int k, int first) {
        int dot = k + 1 < t.size() && t.get(k).isNumber() ? t.get(k).norm().indexOf('.') : -1;
        if (dot <= 0) {
            return null;
        }
        String number = t.get(k).norm();
        Precision unit = UNITS.get(t.get(k + 1).norm());
        String fraction = number.substring(dot + 1);
        if (unit == null || dot > 3 || fraction.isEmpty() || fraction.length() > 3) {
            return null;
        }
        int whole = Integer.parseInt(number.substring(0, dot));
        int per = switch (unit) {
            case HOUR -> 60;
            case DAY -> 24;
            case WEEK -> 7 * 24;
            default -> -1; // a month's days vary; a minute's seconds are no deadline
        };
        int scale = fraction.length() == 1 ? 10 : fraction.length() == 2 ? 100 : 1000;
        int part = Integer.parseInt(fraction);
        if (per < 0 || part * per % scale != 0) {
            return null;
        }
        return span(first, k + 1, whole * per + part * per / scale, unit == Precision.HOUR ? Precision.MINUTE : Precision.HOUR);
    }

    /** Quarters of an hour at {@code k}: "a quarter of an hour" 1, "three-quarters of an hour" 3, "1/2 hour" 2; else -1. */
    private static int quarterHours(List<Token> t, int k) {
        if (k + 3 < t.size() && t.get(k).isNumber() && t.get(k + 1).is("/") && t.get(k + 2).isNumber()
                && t.get(k + 3).is("hour")) {
            int n = t.get(k).intValue();
            int d = t.get(k + 2).intValue();
            return d == 4 && n >= 1 && n <= 3 ? n : d == 2 && n == 1 ? 2 : -1;
        }
        int q = t.get(k).is("a") && k + 1 < t.size() && t.get(k + 1).is("quarter") ? 1
                : t.get(k).is("three-quarters") || t.get(k).is("three-quarter") ? 3 : -1;
        int of = t.get(k).is("a") ? k + 2 : k + 1;
        return q > 0 && of + 2 < t.size() && t.get(of).is("of") && (t.get(of + 1).is("an") || t.get(of + 1).is("a"))
                && t.get(of + 2).is("hour") ? q : -1;
    }

    private static Match span(int first, int last, int amount, Precision unit) {
        TimeExpression.Builder b = new TimeExpression.Builder();
        b.spanAmount = amount;
        b.spanUnit = unit;
        return new Match(first, last, b.build(), true);
    }

    /** "another 75 days", "for an additional 75 days", "extended for two months", "extended by 60 days". */
    private static boolean extendsASetDeadline(List<Token> t, int amount) {
        int k = amount - 1;
        if (k >= 0 && (t.get(k).is("a") || t.get(k).is("an"))) {
            k--;
        }
        if (k >= 0 && EXTENDING.contains(t.get(k).norm())) {
            return true;
        }
        return k >= 1 && (t.get(k).is("for") || t.get(k).is("by")) && t.get(k - 1).is("extended");
    }

    private static int amountValue(Token tok) {
        if (tok.isNumber() && tok.minutes() < 0) {
            int v = tok.intValue();
            return v > 0 && v <= 1000 ? v : -1;
        }
        return tok.isWord() ? NUMBER_WORDS.getOrDefault(tok, -1) : -1;
    }

    private static boolean isQuote(Token tok) {
        return !tok.isWord() && !tok.isNumber() && QUOTES.contains(tok.norm());
    }

    private static boolean grantedBefore(List<Token> t, int i) {
        return before(t, i, 4, GRANT_VERBS);
    }

    /** Where the part of the sentence that {@link #sentenceHas} reads before {@code i} begins: 12 tokens back at most. */
    private static int reachBack(List<Token> t, int i) {
        int from = i;
        while (from > 0 && from > i - 12 && !t.get(from - 1).endsSentence()) {
            from--;
        }
        return from;
    }

    private static boolean sentenceHas(List<Token> t, int i, WordMap<?> words) {
        if (before(t, i, 12, words)) {
            return true;
        }
        for (int k = i + 1; k < t.size() && k <= i + 12 && !t.get(k).endsSentence(); k++) {
            if (words.contains(t.get(k))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the sentence schedules its time in the present tense ("is due to", "are set to", "is scheduled to")
     * or makes it hang on a deal as "unless" does ("without a deal", "if no agreement"): "the truce is due to
     * expire Monday", written on a Tuesday, is next Monday, not yesterday.
     */
    private static boolean scheduledNow(List<Token> t, int i) {
        int from = reachBack(t, i);
        for (int k = from; k + 1 < t.size() && k <= i + 12 && !t.get(k).endsSentence(); k++) {
            if (k > from && SCHEDULED.contains(t.get(k)) && t.get(k + 1).is("to") && (t.get(k - 1).is("is") || t.get(k - 1).is("are"))
                    || withoutADeal(t.get(k), t, k)) { // "absent a deal, the strike starts on Monday": still ahead
                return true;
            }
        }
        return false;
    }

    /** A word that moves a deadline up to six tokens before {@code to}: "extension to", "extend the last date to". */
    private static boolean movedBefore(List<Token> t, int to) {
        return before(t, to, 6, MOVE_CUES);
    }

    /** "took effect on Sunday", "went into effect": a measure that already applies is no deadline. */
    private static boolean tookEffect(List<Token> t, int cue) {
        if (!t.get(cue).is("effect")) {
            return false;
        }
        for (int k = cue - 1; k >= 0 && k >= cue - 3; k--) {
            if (PAST_EFFECT.contains(t.get(k).norm())) {
                return true;
            }
        }
        return false;
    }

    /**
     * "leave on 1 June without a deal", "a no-deal exit this Friday", "rises to 25% on March 1 if no deal
     * is reached", "absent an agreement": what happens at a time unless a deal is made makes the time a
     * deadline for the deal, as "unless" does.
     */
    private static boolean withoutADeal(Token tok, List<Token> t, int p) {
        if (tok.is("no-deal")) {
            return true;
        }
        int from = p + 1;
        if (tok.is("if") && from < t.size() && t.get(from).is("no")) {
            from++; // "if no deal is reached"
        } else if (!tok.is("without") && !tok.is("absent")) {
            return false;
        }
        for (int k = from; k < t.size() && k <= from + 2; k++) {
            if (AGREEMENTS.contains(t.get(k).norm())) {
                return true;
            }
        }
        return false;
    }

    /** "may" and "might" look ahead as "could" does ("the U.S. may default on June 5"); "May" is the month. */
    private static boolean mayModal(Token tok, String word) {
        return word.equals("might") || word.equals("may") && !tok.capitalized();
    }

    /** "could run out of money", "funds will dry up", "could run too low": running out is a threatened action too. */
    private static boolean runsOut(Token tok, List<Token> t, int p) {
        if (tok.is("low")) { // "run low", "run too low", "running dangerously low"
            int verb = p >= 2 && t.get(p - 1).isWord() && !RUN.contains(t.get(p - 1).norm()) ? p - 2 : p - 1;
            return verb >= 0 && RUN.contains(t.get(verb).norm());
        }
        boolean out = tok.is("out");
        if (p == 0 || !out && !tok.is("up")) {
            return false;
        }
        return (out ? RUN : DRY).contains(t.get(p - 1).norm());
    }

    /** "July 1, 2026 through June 30, 2027": "through" right after a date ends a period, not a limit. */
    private static boolean periodEnd(List<Token> t, int cue) {
        if (!t.get(cue).is("through") || cue == 0) {
            return false;
        }
        Token before = t.get(cue - 1);
        return isYear(before) || isDay(before) || weekday(before) != null
                || before.isWord() && MONTHS.contains(before) && before.capitalized();
    }

    /** "ordered by De Moraes", "told by telephone": "by" before a name or a means, not a limit. */
    private static boolean agent(Token tok, List<Token> t, int p) {
        if (!tok.is("by") || p + 1 >= t.size()) {
            return false;
        }
        Token next = t.get(p + 1);
        return next.isWord() && (MEANS.contains(next.norm()) || next.capitalized() && !canStart(next));
    }

    /**
     * "issued an ultimatum to federal employees Saturday": the weekday a few words after an ultimatum
     * that was issued dates the act, not the limit ("set a deadline of Friday" and "an ultimatum expiring
     * Saturday" still state one).
     */
    private static boolean issued(List<Token> t, int cue) {
        for (int k = cue - 1; k >= 0 && k >= cue - 3; k--) {
            if (ISSUED.contains(t.get(k).norm())) {
                return true;
            }
        }
        return false;
    }

    /** Whether the token at {@code k} opens its sentence, after an optional "On". */
    private static boolean opensSentence(List<Token> t, int k) {
        int before = k > 0 && t.get(k - 1).is("on") ? k - 1 : k;
        return before == 0 || t.get(before - 1).endsSentence();
    }

    /** How far into its sentence an expiry may follow the time that opens it. */
    private static final int EXPIRY_REACH = 25;

    /**
     * A time that opens its sentence, whose subject is an agreement that then expires: "On July 31, the
     * contract covering 340,000 workers is set to expire", "Today the grain deal expires".
     */
    private static boolean opensAnExpiry(List<Token> t, int first, int last) {
        if (!opensSentence(t, first)) {
            return false;
        }
        boolean agreement = false;
        for (int p = last + 1; p < t.size() && p <= last + EXPIRY_REACH && !t.get(p).endsSentence(); p++) {
            String word = t.get(p).norm();
            if (agreement && EXPIRY_VERBS.contains(word)) {
                return true;
            }
            if (REPORTING.contains(word)) {
                return false; // "On March 31, the mayor said the lease expires": the day it was said
            }
            agreement |= AGREEMENTS.contains(word);
        }
        return false;
    }

    /**
     * A time that opens its sentence, whose subject then is scheduled to act: "At midnight tonight, the
     * picket lines will go up", "Tonight we will strike". The time is when the threatened action starts;
     * a reporting verb first makes it the day of the report ("On Monday, the union said it will strike").
     * Operations that stop on a schedule ("At 6 pm, operations will halt") make it a limit only where the
     * sentence also binds someone ("At 1 pm, operations will stop and vessels will be required to sail").
     */
    private static boolean opensAThreat(List<Token> t, int first, int last) {
        int b = first;
        for (int n = 0; n < 2 && b > 0 && FRONTING.contains(t.get(b - 1).norm()); n++) {
            b--;
        }
        if (b > 0 && OPENING_QUOTES.contains(t.get(b - 1).norm())) {
            b--;
        }
        if (b > 0 && !t.get(b - 1).endsSentence()) {
            return false;
        }
        boolean scheduled = false;
        boolean obliged = false;
        boolean threat = false;
        int action = -1;
        for (int p = last + 1; p < t.size() && p <= last + ACTION_REACH && !t.get(p).endsSentence(); p++) {
            Token tok = t.get(p);
            String word = tok.norm();
            if (tok.isNumber() || tok.is("noon") || tok.is("midnight")) {
                return false; // a time of its own ("On Monday, operations will cease at 1pm") is the action's
            }
            obliged |= OBLIGATION.contains(word);
            if (scheduled && action >= 0) {
                if (p > action + 3 && (threat || obliged)) {
                    return true;
                }
                continue;
            }
            if (REPORTING.contains(word) || PAST_CUES.contains(word)) {
                return false;
            }
            scheduled |= SCHEDULES.contains(word);
            if (actionWord(tok, t, p)) {
                action = p;
                threat = !OPERATIONS_STOP.contains(word);
            }
        }
        return scheduled && action >= 0 && (threat || obliged);
    }

    /**
     * "before the clock strikes midnight": the idiom puts a limit on the time it names.
     */
    private static boolean clockStrikes(List<Token> t, int k) {
        return k >= 3 && (t.get(k).is("strikes") || t.get(k).is("hits")) && t.get(k - 1).is("clock")
                && t.get(k - 2).is("the") && DISTANT_CUES.contains(t.get(k - 3).norm());
    }

    /**
     * "the end of the contract — midnight on July 31 — approaching": a time set off right after the end
     * of an agreement names that end.
     */
    private static boolean namesAnAgreementsEnd(List<Token> t, int k) {
        if (k < 4 || !APPOSITION.contains(t.get(k).norm()) || !AGREEMENTS.contains(t.get(k - 1).norm())) {
            return false;
        }
        int of = DETERMINERS.contains(t.get(k - 2).norm()) ? k - 3 : k - 2;
        return of > 0 && t.get(of).is("of") && ENDINGS.contains(t.get(of - 1).norm());
    }

    /**
     * "a general election before Christmas", "a vote by Friday": the cue dates the event the noun before it
     * names (a vote, an election, a hearing), which is no deadline unless the sentence binds someone to it.
     */
    private static boolean datesAnEvent(List<Token> t, int cue) {
        return cue > 0 && (MEETINGS.contains(t.get(cue - 1).norm()) || ELECTIONS.contains(t.get(cue - 1).norm()))
                && !sentenceHas(t, cue, OBLIGATION);
    }

    /** A threatened action at {@code p}: a strike, a shutdown, running out of money, a measure taking effect. */
    private static boolean actionWord(Token tok, List<Token> t, int p) {
        return THREATENED.contains(tok.norm()) && !closeTo(tok, t, p) || runsOut(tok, t, p) || takesEffect(tok, t, p);
    }

    /** "close to Hezbollah", "close to a deal": the adjective, not a closure. */
    private static boolean closeTo(Token tok, List<Token> t, int p) {
        return tok.is("close") && p + 1 < t.size() && t.get(p + 1).is("to");
    }

    /** "take effect", "go into effect": a measure that starts then ("the tariff is set to go into effect on Tuesday"). */
    private static boolean takesEffect(Token tok, List<Token> t, int p) {
        return tok.is("effect") && p > 0 && EFFECT_STARTS.contains(t.get(p - 1).norm());
    }

    /** What makes a time a deadline: nothing, a cue, or only that a threatened action starts then. */
    private enum Cue { NONE, STATED, ACTION_STARTS }

    /** Quotation marks the cue scan passes without counting them as words; more count, so its work stays bounded. */
    private static final int MAX_QUOTES = 6;

    private static Cue cue(List<Token> t, int first, int last) {
        if (first > 1 && t.get(first - 1).is("of") && t.get(first - 2).is("as") && sentenceHas(t, first, CUTOFFS)) {
            return Cue.STATED; // "As of Sunday, new users will no longer be able to download the app"
        }
        int k = first - 1;
        int fillers = 0;
        while (k >= 0 && fillers < 3 && FILLERS.contains(t.get(k).norm())) {
            k--;
            fillers++;
        }
        if (k >= 0 && LEADING_CUES.contains(t.get(k).norm()) && datesAnEvent(t, k)) {
            return Cue.NONE; // "plans for a general election before Christmas": when the vote is held, not a limit
        }
        if (k >= 0 && LEADING_CUES.contains(t.get(k).norm()) && !tookEffect(t, k) && !periodEnd(t, k)) {
            return Cue.STATED;
        }
        if (clockStrikes(t, k) || namesAnAgreementsEnd(t, first - 1)) {
            return Cue.STATED;
        }
        if (k > 0 && t.get(k).is("end") && MODAL_END.contains(t.get(k - 1).norm())) {
            return Cue.STATED; // "the 60-day window will end on January 27", as "ends on" does
        }
        if (k > 0 && t.get(k).is("past") && !DETERMINERS.contains(t.get(k - 1).norm()) && !t.get(k - 1).is("last")
                && !t.get(k - 1).is("over")) {
            return Cue.STATED; // "carry the app past Sunday" ("the past Sunday", "over the past week" are not limits)
        }
        if (k >= 0 && t.get(k).is("after") && before(t, k, 12, CUTOFFS)) {
            return Cue.STATED; // "the agreement will be terminated after July 17", "won't be monitored after Sept. 30"
        }
        if (k >= 0 && t.get(k).is("to") && movedBefore(t, k)) {
            return Cue.STATED; // "an extension to January 31", "agreed to extend the last date for the exit to October 31"
        }
        // one pass back and one forward over the sentence around the time (12 tokens each way) for the rest
        boolean sentenceCue = false;
        boolean obliged = false;
        boolean distant = false;
        boolean nearby = false;
        boolean past = false;
        boolean action = false;
        boolean threatened = false;
        boolean governing = false;
        boolean timeBetween = false;
        boolean bound = false;
        boolean meeting = false;
        int quotes = 0; // quotation marks passed: "‘could’ run out ‘as soon as’ June 1" stands as near as without them
        for (int p = first - 1; p >= 0 && p >= first - ACTION_REACH - quotes; p--) {
            Token tok = t.get(p); // each token read once
            if (tok.endsSentence()) {
                break;
            }
            if (quotes < MAX_QUOTES && isQuote(tok)) {
                quotes++;
                continue;
            }
            int words = first - p - quotes; // how far back, in words
            String word = tok.norm();
            if (words <= 2 * CUE_WINDOW) {
                sentenceCue |= SENTENCE_CUES.contains(word) || withoutADeal(tok, t, p);
                obliged |= OBLIGATION.contains(word);
                distant |= DISTANT_CUES.contains(word) && !agent(tok, t, p);
                nearby |= words <= CUE_WINDOW && NEARBY_CUES.contains(word) && !(words > 2 && issued(t, p));
                past |= PAST_CUES.contains(word);
            }
            // the start of a threatened action: a looking-ahead word before the action word ("members will walk
            // off the job at midnight"), or one that governs the time after it ("the strike is set to begin at midnight")
            if (words <= OBLIGED_REACH) { // "have to agree to hold a vote tonight": the vote's time, not a limit
                meeting |= MEETINGS.contains(word);
                bound |= !meeting && (word.equals("must") || word.equals("to") && p > 0
                        && HAVE_TO.contains(t.get(p - 1).norm())); // "will have to leave on 1 June"
            }
            boolean ahead = LOOKS_AHEAD.contains(word) || mayModal(tok, word);
            governing |= words <= 3 && ahead;
            if (words <= 10) {
                threatened |= action && ahead;
            }
            boolean actionWord = actionWord(tok, t, p);
            threatened |= governing && actionWord;
            action |= actionWord && words <= 10 && !timeBetween; // "a shutdown starting Sunday after a vote
            timeBetween |= weekday(tok) != null;                     // Saturday": the shutdown's time is Sunday
        }
        boolean trailing = false;
        for (int p = first + 1; p < t.size() && p <= first + 2 * CUE_WINDOW; p++) {
            Token tok = t.get(p);
            if (tok.endsSentence()) {
                break;
            }
            String word = tok.norm();
            sentenceCue |= SENTENCE_CUES.contains(word) || withoutADeal(tok, t, p);
            obliged |= OBLIGATION.contains(word);
            past |= PAST_CUES.contains(word);
            trailing |= p <= last + 2 && TRAILING_CUES.contains(word) // "the Friday deadline", "a midnight deadline on Wednesday"
                    || p == last + 2 && t.get(last + 1).is("date") && APPROACHES.contains(word); // "as the April 5 date loomed"
        }
        return sentenceCue || obliged && distant || nearby || trailing || bound || opensAnExpiry(t, first, last) ? Cue.STATED
                : threatened && !past || opensAThreat(t, first, last) ? Cue.ACTION_STARTS : Cue.NONE;
    }
}
