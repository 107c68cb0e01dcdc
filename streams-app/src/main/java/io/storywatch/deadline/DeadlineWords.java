package io.storywatch.deadline;

import java.time.DayOfWeek;
import java.util.Map;
import java.util.Set;

import static java.util.Map.entry;

/**
 * The words the deadline grammar reads ({@link DeadlineExtractor}): calendar and clock words, and the
 * cues that make a time a deadline, grouped by the rule that uses them. A newsroom analyst can read
 * each list as a rule in words; none names a person, an outlet or a date of the data.
 */
final class DeadlineWords {
    private DeadlineWords() {
    }

    static final WordMap<DayOfWeek> WEEKDAYS = WordMap.of(Map.ofEntries(
            entry("monday", DayOfWeek.MONDAY), entry("tuesday", DayOfWeek.TUESDAY), entry("wednesday", DayOfWeek.WEDNESDAY),
            entry("thursday", DayOfWeek.THURSDAY), entry("friday", DayOfWeek.FRIDAY), entry("saturday", DayOfWeek.SATURDAY),
            entry("sunday", DayOfWeek.SUNDAY)));
    /** Abbreviations that are no English word count without their dot too ("Thu 15th", "Fri, Jul 18"). */
    static final Set<String> UNAMBIGUOUS_ABBREVIATIONS = Set.of("tue", "tues", "thu", "thur", "thurs", "fri");
    /** Abbreviations count only when written with their dot ("Fri."): "sun" and "sat" are words. */
    static final Map<String, DayOfWeek> WEEKDAY_ABBREVIATIONS = Map.ofEntries(
            entry("mon", DayOfWeek.MONDAY), entry("tue", DayOfWeek.TUESDAY), entry("tues", DayOfWeek.TUESDAY),
            entry("wed", DayOfWeek.WEDNESDAY), entry("thu", DayOfWeek.THURSDAY), entry("thur", DayOfWeek.THURSDAY),
            entry("thurs", DayOfWeek.THURSDAY), entry("fri", DayOfWeek.FRIDAY), entry("sat", DayOfWeek.SATURDAY),
            entry("sun", DayOfWeek.SUNDAY));
    static final WordMap<Integer> MONTHS = WordMap.of(Map.ofEntries(
            entry("january", 1), entry("jan", 1), entry("february", 2), entry("feb", 2), entry("march", 3), entry("mar", 3),
            entry("april", 4), entry("apr", 4), entry("may", 5), entry("june", 6), entry("jun", 6), entry("july", 7),
            entry("jul", 7), entry("august", 8), entry("aug", 8), entry("september", 9), entry("sep", 9), entry("sept", 9),
            entry("october", 10), entry("oct", 10), entry("november", 11), entry("nov", 11), entry("december", 12),
            entry("dec", 12)));
    static final Set<String> ZONES = Set.of(
            "et", "est", "edt", "pt", "pst", "pdt", "ct", "cst", "cdt", "mt", "mst", "mdt", "gmt", "utc", "bst", "cet",
            "cest", "ist");
    static final Map<String, String> ZONE_WORDS = Map.of(
            "eastern", "ET", "pacific", "PT", "central", "CT", "mountain", "MT");
    /** Parts of the day, also with "-ish" ("tomorrow afternoonish"): a deadline about then is due then. */
    static final Map<String, PartOfDay> PARTS = parts();
    static final Map<String, Precision> UNITS = Map.ofEntries(
            entry("minute", Precision.MINUTE), entry("minutes", Precision.MINUTE), entry("hour", Precision.HOUR),
            entry("hours", Precision.HOUR), entry("day", Precision.DAY), entry("days", Precision.DAY),
            entry("week", Precision.WEEK), entry("weeks", Precision.WEEK), entry("month", Precision.MONTH),
            entry("months", Precision.MONTH));
    static final WordMap<Integer> NUMBER_WORDS = WordMap.of(Map.ofEntries(
            entry("a", 1), entry("an", 1), entry("one", 1), entry("two", 2), entry("three", 3), entry("four", 4),
            entry("five", 5), entry("six", 6), entry("seven", 7), entry("eight", 8), entry("nine", 9), entry("ten", 10),
            entry("eleven", 11), entry("twelve", 12), entry("fourteen", 14), entry("fifteen", 15), entry("twenty", 20),
            entry("twenty-four", 24), entry("thirty", 30), entry("forty-five", 45), entry("forty-eight", 48),
            entry("sixty", 60), entry("seventy-two", 72), entry("ninety", 90), entry("thirteen", 13),
            entry("sixteen", 16), entry("seventeen", 17), entry("eighteen", 18), entry("nineteen", 19),
            entry("forty", 40), entry("fifty", 50)));
    /** A cue right before the expression (after fillers like "the", "on"): "until Friday". */
    static final Set<String> LEADING_CUES = Set.of(
            "until", "till", "til", "by", "before", "due", "expires", "expire", "expiring", "deadline", "ultimatum",
            "than", "through", "cutoff", "closes", "ends", "effect", "effective", "beyond");
    /** Cues that may stand further back when the sentence obliges someone: "must register before the season starts on Aug. 8". */
    static final Set<String> DISTANT_CUES = Set.of("until", "by", "before", "no");
    /** Words that make a sentence bind someone to a time. */
    static final WordMap<String> OBLIGATION = WordMap.of(Set.of(
            "must", "required", "requires", "require", "ordered", "orders", "told", "needs", "need", "deadline", "ultimatum"));
    /** A conditional threat makes the sentence's times deadlines: "will strike at 12:01 a.m. Monday unless ...". */
    static final WordMap<String> SENTENCE_CUES = WordMap.of(Set.of("unless", "barring"));
    /** A cue nearby before the expression: "set a hard deadline of 5 p.m. Friday". */
    static final Set<String> NEARBY_CUES = Set.of("deadline", "deadlines", "ultimatum", "cutoff", "due");
    /** A cue right after it: "the Friday deadline", "Friday's cutoff". */
    static final Set<String> TRAILING_CUES = Set.of("deadline", "deadlines", "ultimatum", "cutoff");
    /** Words between a cue and its expression: "until the end of", "by this Friday", "due on Monday". */
    static final Set<String> FILLERS = Set.of("the", "on", "at", "this", "of", "(", ",", "as", "from", "late", "early",
            "mid", "\"", "'", "“", "”",
            "‘", "’");
    /** Words that join parts of one expression: "5:01 PM ET on Friday", "Friday (27 February) evening". */
    static final Set<String> CONNECTORS = Set.of("on", "at", ",", "(", ")", "the", "of", "this", "@");
    /** "within a week" / "in 30 days" is a deadline only in a sentence that binds someone to it. */
    static final WordMap<String> SPAN_CONTEXT = WordMap.of(Set.of(
            "deadline", "ultimatum", "must", "given", "gave", "give", "told", "ordered", "order", "required", "require",
            "expire", "expires", "due", "comply", "respond", "reply", "pay", "submit", "submitted", "or", "unless"));
    /** "by next week", "until the following month": a period named from now right after a limit, due at its end. */
    static final Set<String> RELATIVE = Set.of("this", "current", "next", "coming", "upcoming", "following");
    /** Right before a clock time without am/pm or zone, these make it one: "by 15:30", "at 10:30". */
    static final Set<String> CLOCK_CUES = Set.of("by", "at", "until", "till", "before", "@");
    /** Cities whose name is used as a zone: "5 p.m. New York time". */
    static final Map<String, String> CITY_ZONES = Map.ofEntries(
            entry("new york", "America/New_York"), entry("new york city", "America/New_York"),
            entry("washington", "America/New_York"),
            entry("chicago", "America/Chicago"), entry("los angeles", "America/Los_Angeles"),
            entry("london", "Europe/London"), entry("paris", "Europe/Paris"), entry("brussels", "Europe/Brussels"),
            entry("berlin", "Europe/Berlin"), entry("frankfurt", "Europe/Berlin"), entry("geneva", "Europe/Zurich"),
            entry("moscow", "Europe/Moscow"), entry("kyiv", "Europe/Kyiv"), entry("dubai", "Asia/Dubai"),
            entry("delhi", "Asia/Kolkata"), entry("new delhi", "Asia/Kolkata"), entry("beijing", "Asia/Shanghai"),
            entry("hong kong", "Asia/Hong_Kong"), entry("singapore", "Asia/Singapore"), entry("tokyo", "Asia/Tokyo"),
            entry("seoul", "Asia/Seoul"), entry("sydney", "Australia/Sydney"));
    /**
     * Places whose name gives the zone of a "local time": the cities above, and countries and cities
     * of one zone that the news dates deadlines in. A country of several zones (the United States,
     * Canada, Brazil, Russia, Australia, Mexico, Indonesia) is none: its local time needs a city.
     */
    static final Map<String, String> PLACE_ZONES = placeZones();

    private static Map<String, PartOfDay> parts() {
        Map<String, PartOfDay> parts = Map.of(
                "morning", PartOfDay.MORNING, "afternoon", PartOfDay.AFTERNOON, "evening", PartOfDay.EVENING,
                "night", PartOfDay.NIGHT, "lunch", PartOfDay.LUNCH, "lunchtime", PartOfDay.LUNCH);
        Map<String, PartOfDay> out = new java.util.HashMap<>(parts);
        parts.forEach((word, part) -> out.put(word + "ish", part));
        return Map.copyOf(out);
    }

    private static Map<String, Integer> ordinals() {
        String[] units = {"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"};
        String[] teens = {"tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
                "seventeenth", "eighteenth", "nineteenth"};
        Map<String, Integer> out = new java.util.HashMap<>();
        for (int i = 0; i < units.length; i++) {
            out.put(units[i], i + 1);
            out.put("twenty-" + units[i], 21 + i);
        }
        for (int i = 0; i < teens.length; i++) {
            out.put(teens[i], 10 + i);
        }
        out.put("twentieth", 20);
        out.put("thirtieth", 30);
        out.put("thirty-first", 31);
        return Map.copyOf(out);
    }

    private static Map<String, String> placeZones() {
        Map<String, String> zones = new java.util.HashMap<>(CITY_ZONES);
        String[][] places = {
                {"Europe/London", "britain", "england", "scotland", "wales", "united kingdom", "uk"},
                {"Europe/Dublin", "ireland", "dublin"}, {"Europe/Lisbon", "portugal", "lisbon"},
                {"Europe/Paris", "france"}, {"Europe/Berlin", "germany"}, {"Europe/Madrid", "spain", "madrid"},
                {"Europe/Rome", "italy", "rome"}, {"Europe/Amsterdam", "netherlands", "amsterdam", "the hague"},
                {"Europe/Brussels", "belgium"}, {"Europe/Zurich", "switzerland", "bern", "zurich"},
                {"Europe/Vienna", "austria", "vienna"}, {"Europe/Warsaw", "poland", "warsaw"},
                {"Europe/Prague", "prague"}, {"Europe/Budapest", "hungary", "budapest"},
                {"Europe/Bucharest", "romania", "bucharest"}, {"Europe/Athens", "greece", "athens"},
                {"Europe/Stockholm", "sweden", "stockholm"}, {"Europe/Oslo", "norway", "oslo"},
                {"Europe/Copenhagen", "denmark", "copenhagen"}, {"Europe/Helsinki", "finland", "helsinki"},
                {"Europe/Belgrade", "serbia", "belgrade"}, {"Europe/Kyiv", "ukraine", "kiev"},
                {"Europe/Minsk", "belarus", "minsk"}, {"Europe/Istanbul", "turkey", "türkiye", "istanbul", "ankara"},
                {"Asia/Beirut", "lebanon", "beirut"}, {"Asia/Jerusalem", "israel", "jerusalem", "tel aviv"},
                {"Asia/Gaza", "gaza"}, {"Asia/Damascus", "syria", "damascus"}, {"Asia/Amman", "jordan", "amman"},
                {"Asia/Baghdad", "iraq", "baghdad"}, {"Asia/Tehran", "iran", "tehran"},
                {"Asia/Riyadh", "saudi arabia", "riyadh"}, {"Asia/Qatar", "qatar", "doha"},
                {"Asia/Dubai", "united arab emirates", "uae", "abu dhabi"}, {"Asia/Aden", "yemen", "sanaa"},
                {"Africa/Cairo", "egypt", "cairo"}, {"Africa/Khartoum", "sudan", "khartoum"},
                {"Africa/Addis_Ababa", "ethiopia", "addis ababa"}, {"Africa/Nairobi", "kenya", "nairobi"},
                {"Africa/Lagos", "nigeria", "lagos", "abuja"}, {"Africa/Niamey", "niger", "niamey"},
                {"Africa/Bamako", "mali", "bamako"}, {"Africa/Ouagadougou", "burkina faso", "ouagadougou"},
                {"Africa/Dakar", "senegal", "dakar"}, {"Africa/Accra", "ghana", "accra"},
                {"Africa/Johannesburg", "south africa", "johannesburg", "pretoria", "cape town"},
                {"Asia/Karachi", "pakistan", "islamabad", "karachi"}, {"Asia/Kabul", "afghanistan", "kabul"},
                {"Asia/Kolkata", "india", "mumbai"}, {"Asia/Dhaka", "bangladesh", "dhaka"},
                {"Asia/Shanghai", "china", "shanghai"}, {"Asia/Taipei", "taiwan", "taipei"},
                {"Asia/Tokyo", "japan"}, {"Asia/Seoul", "south korea"}, {"Asia/Pyongyang", "north korea", "pyongyang"},
                {"Asia/Manila", "philippines", "manila"}, {"Asia/Bangkok", "thailand", "bangkok"},
                {"Asia/Ho_Chi_Minh", "vietnam", "hanoi"}, {"Asia/Kuala_Lumpur", "malaysia", "kuala lumpur"},
                {"Pacific/Auckland", "new zealand", "auckland", "wellington"},
                {"America/Caracas", "venezuela", "caracas"}, {"America/Bogota", "colombia", "bogota"},
                {"America/Lima", "peru", "lima"}, {"America/Argentina/Buenos_Aires", "argentina", "buenos aires"},
                {"America/Havana", "cuba", "havana"}, {"America/Panama", "panama"},
                {"America/Toronto", "toronto", "ottawa", "montreal"}, {"America/Vancouver", "vancouver"},
                {"America/Mexico_City", "mexico city"}, {"America/Sao_Paulo", "sao paulo", "brasilia", "rio de janeiro"},
        };
        for (String[] place : places) {
            for (int i = 1; i < place.length; i++) {
                zones.put(place[i], place[0]);
            }
        }
        return Map.copyOf(zones);
    }

    /** Words that say a deadline moved: the mention revises the story's deadline rather than adding one. */
    static final WordMap<String> MOVE_CUES = WordMap.of(Set.of(
            "extended", "extends", "extend", "extension", "postponed", "postpones", "delayed", "delays", "pushed",
            "moved", "revised", "suspended", "suspends", "suspend", "delay", "delaying", "postpone", "postponing",
            "extending", "pause", "pauses", "paused", "pausing"));
    /** Irregular past participles after "had": "had set a deadline", "had given them", "had met". */
    static final Set<String> PARTICIPLES = Set.of(
            "set", "met", "given", "sent", "made", "told", "won", "begun", "gone", "taken", "held", "said", "laid");
    static final WordMap<String> GRANT_VERBS = WordMap.of(Set.of("give", "gives", "gave", "given", "has", "have", "giving"));
    /** Words that report a deadline after the fact: its weekday or date lies before the reference day. */
    /** Calendars whose new year is not January 1: "the Lunar New Year", "Chinese New Year". */
    static final Set<String> OTHER_CALENDARS = Set.of("lunar", "chinese", "vietnamese", "korean", "tibetan", "jewish",
            "hebrew", "islamic", "hijri", "muslim", "persian", "iranian", "hindu", "sikh", "tamil", "thai", "sinhala");
    static final WordMap<String> PAST_CUES = WordMap.of(Set.of(
            "passed", "expired", "elapsed", "lapsed", "missed", "ended"));
    /** Before "through" or "past", verbs that report a deadline missed: "blew through the Sunday deadline". */
    static final WordMap<String> MISSED_VERBS = WordMap.of(Set.of("blew", "blown", "sailed", "slipped", "swept"));
    /** "would", "could": a past-tense report of what is still to come. */
    static final WordMap<String> FUTURE_IN_PAST = WordMap.of(Set.of("would", "could"));
    /** Words that bind someone ahead: the sentence's bare weekday is this week's, never yesterday's. */
    static final WordMap<String> BINDS_AHEAD = WordMap.of(Set.of(
            "must", "will", "shall", "until", "till", "needs", "unless"));
    /** After "is" or "are" and before "to", words that schedule what follows: "the truce is due to expire Monday". */
    static final WordMap<String> SCHEDULED = WordMap.of(Set.of("due", "set", "scheduled", "slated", "poised", "expected"));
    /** Words that make a following duration a window a party has: "paused for 90 days", "another 75 days". */
    static final WordMap<String> WINDOW_GOVERNORS = WordMap.of(Set.of(
            "pause", "pauses", "paused", "pausing", "delay", "delays", "delayed", "delaying", "postpone", "postpones",
            "postponed", "postponing", "extend", "extends", "extended", "extending", "extension", "additional",
            "another", "further", "extra", "grant", "grants", "granted", "reprieve", "within", "suspend", "suspends",
            "suspended", "suspending", "suspension", "hold", "refrain", "refrains", "refrained", "refraining", "beyond"));
    /** With "off" or "down" after them, a window verb: "backed off the tariffs for 90 days". */
    static final Set<String> BACKS = Set.of("back", "backs", "backed", "backing");
    /** Nouns a hyphenated duration can qualify as a window: "a 90-day pause", "a 72-hour strike notice". */
    static final Set<String> WINDOW_NOUNS = Set.of(
            "deadline", "deadlines", "ultimatum", "cutoff", "pause", "extension", "delay", "notice", "reprieve",
            "window", "grace", "phase-out", "countdown", "suspension", "timeframe", "timeline");
    /** Right before an amount, these make the window an extension of the deadline already set. */
    static final Set<String> EXTENDING = Set.of("another", "additional", "further", "extra", "more");
    /** Between an amount and its unit: "two more months", "75 additional days". */
    static final Set<String> MORE = Set.of("more", "additional", "extra", "further");
    /**
     * An action a party threatens or schedules and can still avert: its start is a deadline ("members
     * will walk off the job at midnight", "work will cease at 12:01 a.m. Thursday") when the sentence
     * looks ahead ({@link #LOOKS_AHEAD}); "the strike began at 12:01 a.m." reports it.
     */
    static final Set<String> THREATENED = Set.of(
            "strike", "strikes", "walk", "walkout", "lockout", "locking", "picket", "shutdown", "halt",
            "cease", "ban", "default", "stoppage", "shut", "shuttered", "offline", "dark", "tariff", "tariffs", "stop", "close", "closed");
    /** Prepositions that may open a sentence before its time: "At midnight tonight, ...", "Starting Monday, ...". */
    static final Set<String> FRONTING = Set.of("at", "on", "from", "starting", "beginning", "as", "of");
    /** Quote marks that may open a quoted sentence before its time. */
    static final Set<String> OPENING_QUOTES = Set.of("\"", "“", "‘", "'");
    /** Quote marks of either side. */
    static final Set<String> QUOTES = Set.of("\"", "“", "”", "‘", "’", "'");
    /** Verbs of operations winding down on a schedule: after a time that opens the sentence, no threat of their own. */
    static final Set<String> OPERATIONS_STOP = Set.of("halt", "cease", "stop", "close", "closed");
    /** Limits before a date that can stand for nothing else: "by march first", "due by the first.". */
    static final Set<String> CLOSING_LIMITS = Set.of("by", "until", "till", "before");
    /** Verbs of a limit coming closer: "as the April 5 date loomed", "as the June 1 date nears". */
    static final Set<String> APPROACHES = Set.of("looms", "loomed", "looming", "nears", "neared", "nearing",
            "approaches", "approached", "approaching");
    /** Marks that set off a phrase in apposition. */
    static final Set<String> APPOSITION = Set.of("—", "–", "-", "(", ",", ":");
    /** Nouns for the end of an agreement: "the end of the contract", "the expiry of the deal". */
    static final Set<String> ENDINGS = Set.of("end", "expiry", "expiration", "lapse");
    /** Stoppages a party threatens, as nouns: "the planned strike", "an impending lockout". */
    static final Set<String> STOPPAGES = Set.of("strike", "walkout", "lockout", "stoppage", "shutdown");
    /** Adjectives that put an action still ahead: "the impending stoppage", "a planned strike". */
    static final Set<String> PROSPECTIVE = Set.of("impending", "planned", "looming", "threatened", "scheduled", "imminent");
    /** Before a month's name alone, these make it a time: "in May", "by June", "until late January". */
    static final Set<String> MONTH_LEADS = Set.of("in", "by", "until", "till", "before", "late", "early", "mid", "mid-");
    /** Before "end", these make it the verb "ends" is: "will end on January 27", "is set to end at midnight". */
    static final Set<String> MODAL_END = Set.of("will", "would", "to", "shall");
    /** Before "to", these oblige: "have to leave", "needs to pay". */
    static final Set<String> HAVE_TO = Set.of("have", "has", "need", "needs", "required", "obliged", "obligated");
    /** Events whose time is when they are held, not a limit ("must meet on Monday", "hold a vote tonight"). */
    static final Set<String> MEETINGS = Set.of(
            "vote", "votes", "voting", "hearing", "hearings", "meeting", "meetings", "meet", "talks", "session",
            "summit", "appear", "testify", "rule", "ruling", "sign", "signing");
    /** Votes by another name: "an election before Christmas" dates the election. */
    static final Set<String> ELECTIONS = Set.of("election", "elections", "referendum", "poll", "polls", "ballot");
    /** Before a duration, these make it a window already stated ("the 60 days agreed"), an anaphor. */
    static final Set<String> DEFINITE = Set.of("the", "that", "those", "this", "these");
    /** Verbs that report speech: a time before them dates the report. */
    static final Set<String> REPORTING = Set.of("said", "says", "told", "announced", "warned", "reported", "noted", "added");
    /** Between two amounts of one unit, these make a range: "60 or 90 days", "10 to 12 days", "10-12 days". */
    static final Set<String> RANGE_JOINS = Set.of("or", "to", "-");
    /** After "by", a means, not a limit: "told by telephone on Saturday". */
    static final Set<String> MEANS = Set.of("telephone", "phone", "letter", "email", "e-mail", "mail", "video", "fax",
            "text", "post", "courier", "hand");
    /** Days of the month as ordinal words: "March first", "the third of March". */
    static final WordMap<Integer> ORDINALS = WordMap.of(ordinals());
    /** Between minutes and a clock time: "a quarter past 3", "20 minutes to 2pm", "ten after noon", "15 minutes from 1pm". */
    static final Set<String> MINUTE_JOINS = Set.of("past", "after", "from", "to", "till", "before");
    /** Business shorthand for the end of a period: "by EOD", "COB", "the EOM", "EOY" (the year's end). */
    static final Map<String, Precision> END_ABBREVIATIONS = Map.of(
            "eod", Precision.DAY, "cob", Precision.DAY, "eom", Precision.MONTH, "eoy", Precision.MONTH);
    /** Past acts of making a deadline known: a weekday after their object dates the act. */
    static final Set<String> ISSUED = Set.of("issued", "delivered", "sent", "posted", "announced", "made", "unveiled");
    /** What stops or is forbidden after a time: "after July 17 the deal will be terminated", "won't be monitored after". */
    static final WordMap<String> CUTOFFS = WordMap.of(Set.of(
            "terminated", "terminate", "won't", "cannot", "can't", "longer", "banned", "illegal", "unlawful",
            "prohibited", "barred", "forbidden", "cease", "ceases"));
    /** Between "within"/"in" and an amount: "in less than 36 hours", "within about a week". */
    static final Set<String> APPROXIMATE = Set.of("less", "than", "under", "about", "just", "only", "roughly", "around", "approximately",
            "nearly", "some");
    /** Modals that bind someone to what follows: "must hold elections in May". */
    static final WordMap<String> MODALS = WordMap.of(Set.of("must", "will", "shall"));
    /** Before "effect", these make it the start of a measure: "take effect", "go into effect". */
    static final Set<String> EFFECT_STARTS = Set.of("take", "takes", "taking", "into");
    /** Before "out" and "up": "run out (of money)", "dry up". */
    static final Set<String> RUN = Set.of("run", "runs", "running");
    static final Set<String> DRY = Set.of("dry", "dries", "drying");
    static final Set<String> LOOKS_AHEAD = Set.of(
            "will", "would", "could", "set", "poised", "planned", "scheduled", "expected", "likely", "threatens",
            "threatened", "possibility", "likelihood", "starting", "start", "starts", "begin", "begins", "beginning", "unless",
            "slated", "planning", "prepare", "prepares", "avert", "averts", "avoid", "avoids", "prevent", "prevents", "stave",
            "possible", "potential", "impending", "looming", "imminent", "face", "faces", "facing");
    /** The words of {@link #LOOKS_AHEAD} that put the sentence's own time ahead ("would" reports a past decision's effect). */
    static final WordMap<String> SCHEDULES = WordMap.of(LOOKS_AHEAD.stream().filter(w -> !FUTURE_IN_PAST.contains(w))
            .collect(java.util.stream.Collectors.toUnmodifiableSet()));
    /** Words right after a duration that make it a window: "24 hours left", "75 days from now", "48 hours until". */
    /** Before "after midnight": a minute past it ("just after midnight", "shortly after", "moments after"). */
    static final WordMap<String> CLOSE_BY = WordMap.of(Set.of("just", "shortly", "right", "moments", "seconds",
            "immediately", "soon"));
    static final Set<String> WINDOW_TAILS = Set.of("left", "remaining", "until", "notice", "hence");
    /** Vague amounts, read as Duckling's authors read them: "a couple of hours" 2, "a few days" 3. */
    static final Map<String, Integer> VAGUE = Map.of("couple", 2, "pair", 2, "few", 3);
    /** Heads of a noun phrase that refers to a deadline without stating its time: "the deadline", "the X-date". */
    static final Set<String> ANAPHOR_HEADS = Set.of("deadline", "x-date", "expiration", "expiry");
    /** Right before "date", these make it a deadline's date: "the exit date", "the compliance date", "the X date". */
    static final Set<String> DATE_KINDS = Set.of(
            "exit", "expiry", "expiration", "enforcement", "compliance", "withdrawal", "lockout", "strike", "cutoff",
            "deadline", "due", "x", "x-date", "target", "termination");
    /** An agreement that expires refers to its expiry: "when the contract expires", "after the deal lapses". */
    static final Set<String> AGREEMENTS = Set.of(
            "contract", "contracts", "deal", "agreement", "pact", "accord", "truce", "ceasefire", "lease", "ultimatum",
            "deadline", "initiative");
    /** ("lapse" is a noun as often: "the contract lapse".) */
    static final Set<String> EXPIRY_VERBS = Set.of("expires", "expire", "lapses");
    /** Words that open such a noun phrase: "the", "that", "a looming", "its". */
    static final Set<String> DETERMINERS = Set.of(
            "the", "a", "an", "that", "this", "those", "these", "its", "their", "another", "new", "original");
    /** Before these, "Deadline" is a publication's name ("told Deadline"), not a deadline. */
    static final Set<String> NAME_CONTEXT = Set.of("told", "tells", "to", "via", "per", "according");
    /** "date" refers to a deadline after a limit: "before that date", "by the specified date". */
    static final Set<String> LIMITS = Set.of("before", "by", "until", "till", "beyond", "past", "after");
    /** Verbs that put "effect" in the past: "took effect", "went into effect", "entered into effect". */
    static final Set<String> PAST_EFFECT = Set.of("took", "went", "came", "entered", "gone");
    /** A window of funding asks nothing of anyone: "extended government funding for 45 days" is a sunset. */
    static final WordMap<String> SUNSETS = WordMap.of(Set.of("funding", "funded"));
    /** Words that say the sentence is a weather forecast: its times are not deadlines. */
    static final WordMap<String> FORECAST = WordMap.of(Set.of(
            "degrees", "temperatures", "temperature", "rain", "showers", "snow", "forecast", "sunny", "cloudy", "highs",
            "lows", "humidity", "winds"));
}
