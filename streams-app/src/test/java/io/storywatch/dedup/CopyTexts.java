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

    /** An agency story as one site's page shows it: furniture and a caption around its first paragraphs. */
    public static final String AGENCY_PAGE = """
            Sign in to read more stories from our regional desk every morning
            Dockers at the northern terminal walk out over night-shift rosters
            A photograph shows cranes standing idle at the northern terminal on a grey morning last winter.
            Dockworkers at the northern container terminal walked off the job on Wednesday after talks on night-shift rosters collapsed.
            The port authority said ships bound for the terminal would be diverted to the southern quays until further notice.
            "We gave them every chance to put a fair offer on the table," the union's regional secretary said.
            Freight forwarders warned that the diversion could add three days to deliveries of perishable goods.
            Our newsletter brings you the best of local business coverage straight to your inbox each week.
            Readers can send tips to the newsroom through the secure form at the foot of this page.
            """;
    /**
     * Another site's page of that story: its own furniture, a sentence copy-edited, the quote cut, a line of
     * its own; two narrative sentences word for word.
     */
    public static final String AGENCY_COPY = """
            Support independent journalism today and help us keep our reporting free for everyone
            Port strike: dockers walk out
            Our reporters have covered the harbour and its workers for more than forty years now.
            Dockworkers at the northern container terminal walked off the job on Wednesday after talks on night-shift rosters collapsed.
            The port authority said ships bound for the terminal would be diverted to the southern quays until further notice.
            Freight forwarders said the diversion could add three days to deliveries of perishable goods and fresh produce.
            Local shops near the port reported fewer customers on the first morning of the stoppage.
            Comments on this article are moderated and may take some time to appear below.
            """;
    /**
     * Another outlet's own report of the walkout: it quotes the same two lines word for word and
     * paraphrases the rest.
     */
    public static final String QUOTING_REPORT = """
            Subscribe now for unlimited access to all our maritime and logistics news
            Northern terminal at a standstill as union pulls workers
            "Dockworkers at the northern container terminal walked off the job on Wednesday after talks on night-shift rosters collapsed," the union said in a statement.
            "The port authority said ships bound for the terminal would be diverted to the southern quays until further notice," it added.
            Hauliers queued outside the gates for most of the morning as the terminal fell silent.
            The employers' association called the walkout reckless and said it would seek talks.
            """;
}
