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

    /** A long page: a wire report with its background paragraphs. */
    public static final String LONG_PAGE = """
            Rail operator and drivers' union agree to resume talks after a week of walkouts
            The national rail operator and the drivers' union agreed on Thursday to resume talks next week.
            The union had staged four one-day walkouts since the start of the month over pay and rosters.
            Commuters in the capital faced crowded platforms as only one train in three ran on strike days.
            The operator's chief executive said the company wanted a settlement before the summer timetable.
            Union leaders said members would vote on any offer within ten days of receiving it in writing.
            The dispute began last autumn when the operator proposed longer shifts on its freight routes.
            Talks broke down in February after the two sides failed to agree on overtime rates for weekends.
            The transport minister urged both sides to return to the table and said the government would not intervene.
            Freight customers have warned that the walkouts are delaying deliveries of grain and building materials.
            A mediator appointed by the labour ministry will chair the first session, officials said.
            The operator said it would publish a full timetable for the coming weeks on its website on Friday.
            Passenger groups welcomed the news but said they wanted compensation for season ticket holders.
            The union's executive is due to meet on Monday to set out its demands ahead of the talks.
            Analysts said a deal could cost the operator more than its entire profit from last year.
            """;
    /** Another site's excerpt of that page: its own headline and furniture, then four of its paragraphs. */
    public static final String EXCERPT = """
            Menu Home News Business Sport
            Rail talks to resume
            The national rail operator and the drivers' union agreed on Thursday to resume talks next week.
            The union had staged four one-day walkouts since the start of the month over pay and rosters.
            Commuters in the capital faced crowded platforms as only one train in three ran on strike days.
            The operator's chief executive said the company wanted a settlement before the summer timetable.
            Union leaders said members would vote on any offer within ten days of receiving it in writing.
            """;
    /** A short item that quotes one line of the page: contained in it, but too short to call a copy. */
    public static final String SHORT_QUOTE = """
            Rail talks
            The national rail operator and the drivers' union agreed on Thursday to resume talks next week.
            """;

    private CopyTexts() {
    }
}
