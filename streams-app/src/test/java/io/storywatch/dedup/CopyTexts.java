package io.storywatch.dedup;

/** Texts written for the copy tests: an article, another site's copy-edited reprint of it, and another outlet's own report. */
public final class CopyTexts {
    /** An article. */
    public static final String ORIGINAL = """
            Harbour council delays the ferry tender by six weeks
            The harbour council voted on Tuesday to delay the ferry tender by six weeks after two bidders withdrew.
            Councillors said the delay would give the remaining bidders time to revise their offers for the route.
            The operator of the current service has warned that its vessels need repairs before the winter season.
            A spokesperson for the council said the new timetable would be published on the council website.
            Residents of the islands have complained for years about cancelled sailings and crowded boats.
            The council expects to name the winning bidder before the end of the year, officials said.
            """;
    /** Another site's copy: other headline and furniture, a word changed here and there, the last paragraph cut. */
    public static final String REPRINT = """
            Subscribe to our newsletter for the latest island news
            Ferry tender pushed back six weeks
            The harbour council voted on Tuesday to postpone the ferry tender by six weeks after two bidders withdrew.
            Councillors said the delay would give the remaining bidders more time to revise their offers for the route.
            The operator of the current service has warned that its ageing vessels need repairs before the winter season.
            A council spokesperson said the new timetable would be published on the council website.
            Residents of the islands have complained for years about cancelled sailings and crowded boats.
            """;
    /** Another outlet's own report of the same vote, quoting one line of the council's statement. */
    public static final String OTHER_REPORT = """
            Islanders angry as ferry contract slips again
            Two companies pulled out of the race for the island ferry contract, leaving only three in the running.
            Councillors said the delay would give the remaining bidders time to revise their offers for the route.
            Opposition members called the vote a failure and demanded an inquiry into how the tender was run.
            The harbour master warned that older ships were already struggling with the autumn storms.
            """;

    private CopyTexts() {
    }
}
