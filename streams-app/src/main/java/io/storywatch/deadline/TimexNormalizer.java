package io.storywatch.deadline;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static java.util.Map.entry;

/**
 * Normalizes a DATE or TIME expression to a TimeML TIMEX3 value ("2013-03-22", "2013-W12", "2012-08",
 * "PRESENT_REF", "2013-03-22TAF") against a document creation date. Unlike the deadline resolver,
 * which only looks forward, this reads news the way it is written, mostly about the past: a bare
 * weekday is its latest occurrence on or before the creation date ("said on Thursday"), unless
 * "next"/"coming" says otherwise; a month or a date without a year is its nearest occurrence.
 * It is used to measure the tokenizer and calendar arithmetic on the TempEval-3 evaluation set.
 */
public final class TimexNormalizer {
    private static final Map<String, DayOfWeek> WEEKDAYS = Map.of(
            "monday", DayOfWeek.MONDAY, "tuesday", DayOfWeek.TUESDAY, "wednesday", DayOfWeek.WEDNESDAY,
            "thursday", DayOfWeek.THURSDAY, "friday", DayOfWeek.FRIDAY, "saturday", DayOfWeek.SATURDAY,
            "sunday", DayOfWeek.SUNDAY);
    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            entry("january", 1), entry("jan", 1), entry("february", 2), entry("feb", 2), entry("march", 3),
            entry("mar", 3), entry("april", 4), entry("apr", 4), entry("may", 5), entry("june", 6), entry("jun", 6),
            entry("july", 7), entry("jul", 7), entry("august", 8), entry("aug", 8), entry("september", 9),
            entry("sep", 9), entry("sept", 9), entry("october", 10), entry("oct", 10), entry("november", 11),
            entry("nov", 11), entry("december", 12), entry("dec", 12));
    private static final Map<String, String> SEASONS = Map.of(
            "spring", "SP", "summer", "SU", "fall", "FA", "autumn", "FA", "winter", "WI");
    private static final Map<String, String> PARTS = Map.of(
            "morning", "MO", "afternoon", "AF", "evening", "EV", "night", "NI", "tonight", "NI");
    private static final Set<String> PRESENT = Set.of("now", "currently", "present", "nowadays", "presently");
    private static final Set<String> PAST = Set.of("past", "recently", "previously", "formerly", "once");
    private static final Set<String> SKIP = Set.of("the", "early", "late", "mid", "about", "around", "of", "this",
            "fiscal", "calendar", "at", "time", ",", "'", "-", "am", "pm", "et", "est", "edt", "pt", "gmt", "utc", "bst",
            "cet", "last", "past", "previous");
    private static final Map<String, Integer> NUMBER_WORDS = Map.ofEntries(
            entry("a", 1), entry("one", 1), entry("two", 2), entry("three", 3), entry("four", 4), entry("five", 5),
            entry("six", 6), entry("seven", 7), entry("eight", 8), entry("nine", 9), entry("ten", 10),
            entry("eleven", 11), entry("twelve", 12), entry("twenty", 20), entry("thirty", 30), entry("fifty", 50),
            entry("hundred", 100));

    private TimexNormalizer() {
    }

    public static Optional<String> normalize(String phrase, LocalDate dct) {
        List<Token> all = Tokenizer.tokenize(phrase);
        List<String> words = new ArrayList<>();
        for (Token t : all) {
            if (t.kind() != Token.Kind.BREAK) {
                words.add(t.norm());
            }
        }
        String joined = String.join(" ", words);
        if (words.isEmpty()) {
            return Optional.empty();
        }
        if (words.stream().anyMatch(PRESENT::contains)) {
            return Optional.of("PRESENT_REF");
        }
        if (words.stream().anyMatch(PAST::contains) || joined.equals("at the time")) {
            return Optional.of("PAST_REF");
        }
        if (words.contains("future")) {
            return Optional.of("FUTURE_REF");
        }
        if (joined.equals("today")) {
            return Optional.of(dct.toString());
        }
        if (joined.equals("yesterday")) {
            return Optional.of(dct.minusDays(1).toString());
        }
        if (joined.equals("tomorrow")) {
            return Optional.of(dct.plusDays(1).toString());
        }
        if (words.contains("end") && (words.contains("year") || words.contains("month"))) {
            return Optional.of(words.contains("year") ? Integer.toString(dct.getYear()) : yearMonth(dct));
        }
        Optional<String> relative = relative(words, dct);
        if (relative.isPresent()) {
            return relative;
        }
        return calendar(all, words, dct);
    }

    /** "last year", "this week", "next month", "four years ago", "five years", "last summer". */
    private static Optional<String> relative(List<String> words, LocalDate dct) {
        int shift = words.contains("last") || words.contains("past") || words.contains("previous") ? -1
                : words.contains("next") || words.contains("coming") ? 1 : 0;
        boolean ago = words.contains("ago");
        Integer amount = null;
        for (String w : words) {
            if (NUMBER_WORDS.containsKey(w)) {
                amount = NUMBER_WORDS.get(w);
            } else if (!w.isEmpty() && w.length() <= 3 && w.chars().allMatch(c -> c >= '0' && c <= '9')) { // not "2.5"
                amount = Integer.parseInt(w);
            }
        }
        for (String w : words) {
            String unit = w.endsWith("s") ? w.substring(0, w.length() - 1) : w;
            if (ago && amount != null) {
                switch (unit) {
                    case "year": return Optional.of(Integer.toString(dct.getYear() - amount));
                    case "month": return Optional.of(yearMonth(dct.minusMonths(amount)));
                    case "week": return Optional.of(week(dct.minusWeeks(amount)));
                    case "day": return Optional.of(dct.minusDays(amount).toString());
                    default: break;
                }
            }
            if (amount != null && shift == 0 && !ago && words.size() <= 3) {
                switch (unit) {
                    case "year": return Optional.of("P" + amount + "Y");
                    case "month": return Optional.of("P" + amount + "M");
                    case "week": return Optional.of("P" + amount + "W");
                    case "day": return Optional.of("P" + amount + "D");
                    default: break;
                }
            }
            if (amount == null && (shift != 0 || words.contains("this"))) {
                switch (unit) {
                    case "year": return Optional.of(Integer.toString(dct.getYear() + shift));
                    case "month": return Optional.of(yearMonth(dct.plusMonths(shift)));
                    case "week": return Optional.of(week(dct.plusWeeks(shift)));
                    case "quarter": {
                        LocalDate q = dct.plusMonths(3L * shift);
                        return Optional.of(q.getYear() + "-Q" + q.get(IsoFields.QUARTER_OF_YEAR));
                    }
                    default: break;
                }
                if (SEASONS.containsKey(unit)) {
                    int year = dct.getYear() + (shift < 0 ? -1 : shift > 0 ? 1 : 0);
                    return Optional.of(year + "-" + SEASONS.get(unit));
                }
            }
        }
        return Optional.empty();
    }

    /** Years, decades, centuries, months, dates, weekdays, parts of day and clock times. */
    private static Optional<String> calendar(List<Token> tokens, List<String> words, LocalDate dct) {
        Integer year = null;
        Integer month = null;
        Integer day = null;
        DayOfWeek weekday = null;
        String part = null;
        String clock = null;
        boolean next = words.contains("next") || words.contains("coming");
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            String w = t.norm();
            String after = i + 1 < tokens.size() ? tokens.get(i + 1).norm() : "";
            if (t.isNumber() && t.minutes() >= 0) {
                clock = String.format("%02d:%02d", t.intValue(), t.minutes());
            } else if (t.isNumber() && (after.equals("am") || after.equals("pm"))) {
                int hour = t.intValue() % 12 + (after.equals("pm") ? 12 : 0);
                clock = String.format("%02d", hour);
            } else if (t.isNumber() && w.length() == 4) {
                year = t.intValue();
            } else if (t.isNumber() && (after.equals("s") || w.endsWith("s"))) {
                return Optional.of(w.substring(0, Math.min(3, w.length()))); // the 1990s
            } else if (t.isNumber() && (after.equals("century") || after.equals("th") && i + 2 < tokens.size()
                    && tokens.get(i + 2).is("century"))) {
                return Optional.of(String.format("%02d", t.intValue() - 1));
            } else if (t.isNumber() && month != null && t.intValue() >= 1 && t.intValue() <= 31) {
                day = t.intValue();
            } else if (t.isNumber() && after.length() > 0 && MONTHS.containsKey(after) && t.intValue() <= 31) {
                day = t.intValue();
            } else if (MONTHS.containsKey(w) && (t.capitalized() || w.length() > 3)) {
                month = MONTHS.get(w);
            } else if (WEEKDAYS.containsKey(w)) {
                weekday = WEEKDAYS.get(w);
            } else if (PARTS.containsKey(w)) {
                part = PARTS.get(w);
            } else if (w.equals("century") && i > 0) {
                continue;
            } else if (!SKIP.contains(w) && !w.equals("next") && !w.equals("coming") && !w.equals("on")) {
                if (!t.isNumber() && t.kind() == Token.Kind.WORD && !w.equals("th")) {
                    return Optional.empty(); // a word this grammar does not know: no guess
                }
            }
        }
        LocalDate date = null;
        if (month != null && day != null) {
            date = year != null ? safeDate(year, month, day) : nearest(month, day, dct);
        } else if (weekday != null) {
            date = next ? dct.with(TemporalAdjusters.next(weekday)) : dct.with(TemporalAdjusters.previousOrSame(weekday));
        }
        if (date != null) {
            String suffix = clock != null ? "T" + clock : part != null ? "T" + part : "";
            return Optional.of(date + suffix);
        }
        boolean last = words.contains("last") || words.contains("past") || words.contains("previous");
        if (month != null && year == null && (last || next)) {
            // "last June": the latest June before this month; "next June": the first one after it
            int y = dct.getYear();
            if (last && month >= dct.getMonthValue()) {
                y--;
            } else if (next && month <= dct.getMonthValue()) {
                y++;
            }
            return Optional.of(String.format("%d-%02d", y, month));
        }
        if (month != null) {
            int y = year != null ? year : nearestYearOfMonth(month, dct);
            return Optional.of(String.format("%d-%02d", y, month));
        }
        if (year != null) {
            return Optional.of(Integer.toString(year));
        }
        if (clock != null || part != null) {
            return Optional.of(dct + "T" + (clock != null ? clock : part));
        }
        return Optional.empty();
    }

    private static LocalDate nearest(int month, int day, LocalDate dct) {
        LocalDate best = null;
        for (int y = dct.getYear() - 1; y <= dct.getYear() + 1; y++) {
            LocalDate candidate = safeDate(y, month, day);
            if (candidate != null && (best == null || Math.abs(candidate.toEpochDay() - dct.toEpochDay())
                    < Math.abs(best.toEpochDay() - dct.toEpochDay()))) {
                best = candidate;
            }
        }
        return best;
    }

    private static int nearestYearOfMonth(int month, LocalDate dct) {
        int best = dct.getYear();
        long bestDistance = Long.MAX_VALUE;
        for (int y = dct.getYear() - 1; y <= dct.getYear() + 1; y++) {
            long distance = Math.abs(LocalDate.of(y, month, 15).toEpochDay() - dct.toEpochDay());
            if (distance < bestDistance) {
                best = y;
                bestDistance = distance;
            }
        }
        return best;
    }

    private static LocalDate safeDate(int year, int month, int day) {
        try {
            return LocalDate.of(year, Month.of(month), day);
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    private static String yearMonth(LocalDate date) {
        return String.format("%d-%02d", date.getYear(), date.getMonthValue());
    }

    private static String week(LocalDate date) {
        return String.format("%d-W%02d", date.get(IsoFields.WEEK_BASED_YEAR), date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }
}
