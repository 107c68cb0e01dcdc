package io.storywatch.deadline;

import com.ibm.icu.util.HebrewCalendar;
import com.ibm.icu.util.TimeZone;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.chrono.HijrahDate;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Holidays a deadline can name ("until Thanksgiving", "by Easter Monday", "before Passover"), as days
 * of a given year, with the names they are written under (as the tokenizer reads them: lower case,
 * "'s" dropped). Holidays of the Hebrew calendar come from ICU4J's (arithmetic, so exact), those of the
 * Islamic calendar from the JDK's Umm al-Qura calendar (Saudi Arabia's table, 1882-2174; where a month
 * begins with a sighting of the moon, the day observed can differ by one). The Chinese calendar is not
 * read: ICU4J's reckons new moons to within minutes, which puts new years whose new moon falls near
 * midnight in China a day off (2027, 2030), and a wrong day is worse than none; so "by the Lunar New
 * Year" is no date, and certainly no January 1. Nor are holidays of Hindu or Buddhist lunisolar
 * calendars (Diwali, Holi, Vesak): no calendar here computes them.
 */
public enum Holiday {
    NEW_YEARS_DAY("new year day", "new years day"),
    NEW_YEARS_EVE("new year eve", "new years eve"),
    CHRISTMAS_EVE("christmas eve", "xmas eve"),
    CHRISTMAS("christmas day", "christmas", "xmas day", "xmas"),
    THANKSGIVING("thanksgiving day", "thanksgiving"),
    BLACK_FRIDAY("black friday"),
    INDEPENDENCE_DAY("independence day"),
    LABOR_DAY("labor day", "labour day"),
    MEMORIAL_DAY("memorial day", "decoration day"),
    HALLOWEEN("halloween"),
    VALENTINES_DAY("valentine day", "valentines day"),
    ST_PATRICKS_DAY("st patrick day", "saint patrick day", "st patricks day", "saint patricks day", "st paddy day",
            "saint paddy day"),
    MLK_DAY("martin luther king jr day", "martin luther king day", "martin luther kings day", "mlk day"),
    PRESIDENTS_DAY("presidents day", "president day", "daisy gatson bates day"),
    MOTHERS_DAY("mother day", "mothers day"),
    FATHERS_DAY("father day", "fathers day"),
    COLUMBUS_DAY("columbus day"),
    VETERANS_DAY("veterans day", "veteran day"),
    EARTH_DAY("earth day"),
    GROUNDHOG_DAY("groundhog day"),
    BOSS_DAY("boss day", "bosses day"),
    EASTER("easter sunday", "easter"),
    EASTER_MONDAY("easter monday", "easter mon"),
    GOOD_FRIDAY("good friday"),
    SHROVE_TUESDAY("shrove tuesday", "pancake day", "mardi gras"),
    PENTECOST("pentecost", "whit sunday", "whitsunday", "white sunday"),
    WHIT_MONDAY("whit monday", "pentecost monday", "monday of the holy spirit"),
    TRINITY_SUNDAY("trinity sunday"),
    ASCENSION_DAY("ascension day", "ascension thursday"),
    PALM_SUNDAY("palm sunday", "branch sunday"),
    MAUNDY_THURSDAY("maundy thursday", "holy thursday", "covenant thursday", "covenant thu", "thursday of mysteries",
            "thu of mysteries"),
    ASH_WEDNESDAY("ash wednesday"),
    MOTHERING_SUNDAY("mothering sunday"),
    BOXING_DAY("boxing day"),
    TAX_DAY("tax day"),
    CANADA_DAY("canada day", "dominion day"),
    CIVIC_HOLIDAY("civic holiday", "british columbia day", "bc day", "new brunswick day", "saskatchewan day", "natal day",
            "terry fox day"), // Canada's first Monday of August, under its provinces' names
    GUY_FAWKES_DAY("guy fawkes day", "guy fawkes night", "bonfire night"),
    ANZAC_DAY("anzac day"),
    JUNETEENTH("juneteenth"),
    ST_GEORGES_DAY("st george day", "st georges day", "saint george day", "saint georges day"),
    BASTILLE_DAY("bastille day"),
    LINCOLNS_BIRTHDAY("lincoln birthday", "lincolns birthday", "abraham lincoln birthday", "abraham lincolns birthday"),
    WASHINGTONS_BIRTHDAY("washington birthday", "washingtons birthday", "george washington day"),
    MAY_DAY("law day", "lei day", "loyalty day"), // "may day" is also "they may day-trade": not read,
    WORLD_VEGAN_DAY("world vegan day"),
    SIBLINGS_DAY("siblings day", "sibling day", "national siblings day", "national sibling day"),
    VIMY_RIDGE_DAY("vimy ridge day"),
    ORANGEMENS_DAY("orangemen day", "orangemens day", "glorious twelfth"),
    GARIFUNA_SETTLEMENT_DAY("garifuna settlement day"),
    RIZAL_DAY("rizal day"),
    INDIAN_ARRIVAL_DAY("indian arrival day"),
    DAY_OF_RECONCILIATION("day of reconciliation", "day of the vow", "day of the covenant"),
    KRUGER_DAY("kruger day"),
    SHIVAJI_JAYANTI("shivaji jayanti"),
    IDES_OF_MARCH("ides of march"), // a named day, not a holiday
    KINGS_DAY("king day", "kings day", "koningsdag"), // the Netherlands' 27 April, a day earlier when that is a Sunday
    NATIONAL_HEROES_DAY("national heroes day", "national hero day"), // the Philippines' last Monday of August
    DISCOVERY_DAY("discovery day"), // Newfoundland and Labrador's: the Monday nearest 24 June
    EARTH_HOUR("earth hour"), // the last Saturday of March (its hour, 20:30 local, is not read)

    // The Hebrew calendar (ICU's month numbers: Tishri 0, Kislev 2, Adar 6, Nisan 7, Sivan 9); its day
    // begins the evening before, and the day named is the one after that evening
    ROSH_HASHANAH(Lunar.HEBREW, HebrewCalendar.TISHRI, 1, "rosh hashanah", "rosh hashana", "rosh hoshana"),
    YOM_KIPPUR(Lunar.HEBREW, HebrewCalendar.TISHRI, 10, "yom kippur"),
    SUKKOT(Lunar.HEBREW, HebrewCalendar.TISHRI, 15, "sukkot", "succot", "sukkoth"),
    HANUKKAH(Lunar.HEBREW, HebrewCalendar.KISLEV, 25, "hanukkah", "chanukah", "hanukah", "chanukkah"),
    PURIM(Lunar.HEBREW, HebrewCalendar.ADAR, 14, "purim"),
    SHUSHAN_PURIM(Lunar.HEBREW, HebrewCalendar.ADAR, 15, "shushan purim"),
    PASSOVER(Lunar.HEBREW, HebrewCalendar.NISAN, 15, "passover", "pesach"),
    SHAVUOT(Lunar.HEBREW, HebrewCalendar.SIVAN, 6, "shavuot", "shavuos"),
    // The Islamic calendar; a bare "Eid" could be either feast and is not read
    ISLAMIC_NEW_YEAR(Lunar.ISLAMIC, 1, 1, "islamic new year", "hijri new year"),
    ASHURA(Lunar.ISLAMIC, 1, 10, "ashura"),
    MAWLID(Lunar.ISLAMIC, 3, 12, "mawlid", "mawlid an-nabi", "mawlid al-nabi"),
    RAMADAN(Lunar.ISLAMIC, 9, 1, "ramadan", "ramazan"), // a month, named as the event it begins: "before Ramadan"
    EID_AL_FITR(Lunar.ISLAMIC, 10, 1, "eid al-fitr", "eid ul-fitr", "eid el-fitr", "eid-al-fitr", "eid-ul-fitr", "eid al fitr", "eid ul fitr",
            "eid alfitr"),
    EID_AL_ADHA(Lunar.ISLAMIC, 12, 10, "eid al-adha", "eid ul-adha", "eid el-adha", "eid-al-adha", "eid-ul-adha", "eid al adha", "eid ul adha",
            "eid aladha");

    /** The calendars whose holidays move against the Gregorian year. */
    private enum Lunar { HEBREW, ISLAMIC }

    /** The names; the extractor takes the longest that fits at a token. */
    private final List<String[]> names;
    /** For a holiday of another calendar: that calendar, and the month and day in it; else null and 0. */
    private final Lunar calendar;
    private final int month;
    private final int day;

    Holiday(String... names) {
        this(null, 0, 0, names);
    }

    Holiday(Lunar calendar, int month, int day, String... names) {
        this.names = java.util.Arrays.stream(names).map(n -> n.split(" ")).toList();
        this.calendar = calendar;
        this.month = month;
        this.day = day;
    }

    /** The names, each as its words. */
    List<String[]> names() {
        return names;
    }

    /**
     * The holiday in the Gregorian {@code year} (a holiday of the Islamic calendar, which can fall twice
     * in one: the first), or null where its calendar does not reach that year.
     */
    public LocalDate in(int year) {
        if (calendar != null) {
            LocalDate first = year > LocalDate.MIN.getYear() ? onOrAfter(LocalDate.of(year, 1, 1)) : null;
            return first != null && first.getYear() == year ? first : null;
        }
        return switch (this) {
            case NEW_YEARS_DAY -> LocalDate.of(year, 1, 1);
            case NEW_YEARS_EVE -> LocalDate.of(year, 12, 31);
            case CHRISTMAS_EVE -> LocalDate.of(year, 12, 24);
            case CHRISTMAS -> LocalDate.of(year, 12, 25);
            case INDEPENDENCE_DAY -> LocalDate.of(year, 7, 4);
            case THANKSGIVING -> nth(year, Month.NOVEMBER, 4, DayOfWeek.THURSDAY);
            case BLACK_FRIDAY -> nth(year, Month.NOVEMBER, 4, DayOfWeek.THURSDAY).plusDays(1);
            case LABOR_DAY -> nth(year, Month.SEPTEMBER, 1, DayOfWeek.MONDAY);
            case MEMORIAL_DAY -> LocalDate.of(year, Month.MAY, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY));
            case HALLOWEEN -> LocalDate.of(year, 10, 31);
            case VALENTINES_DAY -> LocalDate.of(year, 2, 14);
            case ST_PATRICKS_DAY -> LocalDate.of(year, 3, 17);
            case MLK_DAY -> nth(year, Month.JANUARY, 3, DayOfWeek.MONDAY);
            case PRESIDENTS_DAY -> nth(year, Month.FEBRUARY, 3, DayOfWeek.MONDAY);
            case MOTHERS_DAY -> nth(year, Month.MAY, 2, DayOfWeek.SUNDAY);
            case FATHERS_DAY -> nth(year, Month.JUNE, 3, DayOfWeek.SUNDAY);
            case COLUMBUS_DAY -> nth(year, Month.OCTOBER, 2, DayOfWeek.MONDAY);
            case VETERANS_DAY -> LocalDate.of(year, 11, 11);
            case EARTH_DAY -> LocalDate.of(year, 4, 22);
            case GROUNDHOG_DAY -> LocalDate.of(year, 2, 2);
            case BOSS_DAY -> LocalDate.of(year, 10, 16);
            case EASTER -> easter(year);
            case EASTER_MONDAY -> easter(year).plusDays(1);
            case GOOD_FRIDAY -> easter(year).minusDays(2);
            case SHROVE_TUESDAY -> easter(year).minusDays(47);
            case PENTECOST -> easter(year).plusDays(49);
            case WHIT_MONDAY -> easter(year).plusDays(50);
            case TRINITY_SUNDAY -> easter(year).plusDays(56);
            case ASCENSION_DAY -> easter(year).plusDays(39);
            case PALM_SUNDAY -> easter(year).minusDays(7);
            case MAUNDY_THURSDAY -> easter(year).minusDays(3);
            case ASH_WEDNESDAY -> easter(year).minusDays(46);
            case MOTHERING_SUNDAY -> easter(year).minusDays(21); // the fourth Sunday of Lent (UK)
            case BOXING_DAY -> LocalDate.of(year, 12, 26);
            case TAX_DAY -> LocalDate.of(year, 4, 15); // the US filing deadline as the law states it
            case CANADA_DAY -> LocalDate.of(year, 7, 1);
            case CIVIC_HOLIDAY -> nth(year, Month.AUGUST, 1, DayOfWeek.MONDAY);
            case GUY_FAWKES_DAY -> LocalDate.of(year, 11, 5);
            case ANZAC_DAY -> LocalDate.of(year, 4, 25);
            case JUNETEENTH -> LocalDate.of(year, 6, 19);
            case ST_GEORGES_DAY -> LocalDate.of(year, 4, 23);
            case BASTILLE_DAY -> LocalDate.of(year, 7, 14);
            case LINCOLNS_BIRTHDAY -> LocalDate.of(year, 2, 12);
            case WASHINGTONS_BIRTHDAY -> nth(year, Month.FEBRUARY, 3, DayOfWeek.MONDAY); // the federal holiday
            case MAY_DAY -> LocalDate.of(year, 5, 1);
            case WORLD_VEGAN_DAY -> LocalDate.of(year, 11, 1);
            case SIBLINGS_DAY -> LocalDate.of(year, 4, 10);
            case VIMY_RIDGE_DAY -> LocalDate.of(year, 4, 9);
            case ORANGEMENS_DAY -> LocalDate.of(year, 7, 12);
            case GARIFUNA_SETTLEMENT_DAY -> LocalDate.of(year, 11, 19);
            case RIZAL_DAY -> LocalDate.of(year, 12, 30);
            case INDIAN_ARRIVAL_DAY -> LocalDate.of(year, 5, 30);
            case DAY_OF_RECONCILIATION -> LocalDate.of(year, 12, 16);
            case KRUGER_DAY -> LocalDate.of(year, 10, 10);
            case SHIVAJI_JAYANTI -> LocalDate.of(year, 2, 19);
            case IDES_OF_MARCH -> LocalDate.of(year, 3, 15);
            case KINGS_DAY -> LocalDate.of(year, 4, 27).getDayOfWeek() == DayOfWeek.SUNDAY
                    ? LocalDate.of(year, 4, 26) : LocalDate.of(year, 4, 27);
            case NATIONAL_HEROES_DAY -> LocalDate.of(year, Month.AUGUST, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY));
            case DISCOVERY_DAY -> nearestMonday(LocalDate.of(year, 6, 24));
            case EARTH_HOUR -> LocalDate.of(year, Month.MARCH, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.SATURDAY));
            default -> throw new IllegalStateException(this + " is a holiday of another calendar");
        };
    }

    /** The Monday nearest {@code day}: up to three days before it or after it. */
    private static LocalDate nearestMonday(LocalDate day) {
        int back = (day.getDayOfWeek().getValue() - DayOfWeek.MONDAY.getValue() + 7) % 7;
        return back <= 3 ? day.minusDays(back) : day.plusDays(7 - back);
    }

    private static LocalDate nth(int year, Month month, int n, DayOfWeek day) {
        return LocalDate.of(year, month, 1).with(TemporalAdjusters.dayOfWeekInMonth(n, day));
    }

    /** Western Easter Sunday (the anonymous Gregorian computus). */
    static LocalDate easter(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }

    /** The holiday's next occurrence on or after {@code from}, or null where its calendar ends first. */
    public LocalDate onOrAfter(LocalDate from) {
        if (calendar == null) {
            LocalDate thisYear = in(from.getYear());
            return thisYear.isBefore(from) ? in(from.getYear() + 1) : thisYear;
        }
        int year = calendarYear(from);
        for (int y = year - 2; y <= year + 2; y++) {
            LocalDate date = inCalendarYear(y);
            if (date != null && !date.isBefore(from)) {
                return date;
            }
        }
        return null;
    }

    /** The holiday's last occurrence on or before {@code from}, or null where its calendar begins later. */
    public LocalDate onOrBefore(LocalDate from) {
        if (calendar == null) {
            LocalDate thisYear = in(from.getYear());
            return thisYear.isAfter(from) ? in(from.getYear() - 1) : thisYear;
        }
        int year = calendarYear(from);
        for (int y = year + 2; y >= year - 2; y--) {
            LocalDate date = inCalendarYear(y);
            if (date != null && !date.isAfter(from)) {
                return date;
            }
        }
        return null;
    }

    /** Days computed from another calendar, by holiday and that calendar's year: bounded, as the years text names are. */
    private static final Map<Long, LocalDate> COMPUTED = new ConcurrentHashMap<>();
    private static final int COMPUTED_BOUND = 4096;
    /** The day a calendar year's holiday is not in range: the map holds no nulls. */
    private static final LocalDate NONE = LocalDate.MIN;

    /** The year of the holiday's calendar that {@code date} falls in, give or take one. */
    private int calendarYear(LocalDate date) {
        return switch (calendar) {
            case HEBREW -> date.getYear() + 3761; // its year begins in September or October
            case ISLAMIC -> {
                try {
                    yield HijrahDate.from(date).get(ChronoField.YEAR);
                } catch (DateTimeException outOfRange) { // beyond the table: near enough for the years searched
                    yield (int) ((date.getYear() - 622) * 1.0307) + 1;
                }
            }
        };
    }

    private LocalDate inCalendarYear(int year) {
        long key = ((long) ordinal() << 32) | (year & 0xffffffffL);
        LocalDate known = COMPUTED.get(key);
        if (known == null) {
            known = compute(year);
            if (COMPUTED.size() >= COMPUTED_BOUND) {
                COMPUTED.clear();
            }
            COMPUTED.put(key, known == null ? NONE : known);
        }
        return known == NONE ? null : known;
    }

    private LocalDate compute(int year) {
        if (year < 1 || year > 100_000) {
            return null;
        }
        return switch (calendar) {
            case HEBREW -> {
                HebrewCalendar c = new HebrewCalendar(TimeZone.GMT_ZONE);
                c.clear();
                c.set(com.ibm.icu.util.Calendar.EXTENDED_YEAR, year);
                c.set(com.ibm.icu.util.Calendar.MONTH, month);
                c.set(com.ibm.icu.util.Calendar.DAY_OF_MONTH, day);
                yield LocalDate.ofEpochDay(Math.floorDiv(c.getTimeInMillis(), 86_400_000L));
            }
            case ISLAMIC -> {
                try {
                    yield LocalDate.from(HijrahDate.of(year, month, day));
                } catch (DateTimeException outOfRange) {
                    yield null;
                }
            }
        };
    }
}
