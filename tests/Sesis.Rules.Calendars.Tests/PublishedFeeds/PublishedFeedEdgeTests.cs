using NodaTime;

namespace Sesis.Rules.Calendars.Tests.PublishedFeeds;

// Small feeds, each about one way a district's feed can be written: what every event becomes, the exact reason
// the report gives, and the exact error with its line.
public sealed class PublishedFeedEdgeTests
{
    private const string Header = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nX-WR-CALNAME:Test District\r\n";

    private static readonly string FirstDay = AllDay("First Day of School", "20250904");
    private static readonly string LastDay = AllDay("Last Day of School", "20260626");
    private static readonly SchoolYear Year2025 = new("2025-26", new LocalDate(2025, 9, 4), new LocalDate(2026, 6, 26));

    private static string Feed(params string[] events) => Header + string.Concat(events) + "END:VCALENDAR\r\n";

    private static string AllDay(string summary, string start, string? end = null, params string[] more) =>
        Event(summary, $"DTSTART;VALUE=DATE:{start}", end is null ? null : $"DTEND;VALUE=DATE:{end}", more);

    private static string Event(string? summary, string? start, string? end, params string[] more) =>
        "BEGIN:VEVENT\r\n" + (start is null ? "" : start + "\r\n") + (end is null ? "" : end + "\r\n")
        + string.Concat(more.Select(static m => m + "\r\n")) + (summary is null ? "" : $"SUMMARY:{summary}\r\n") + "END:VEVENT\r\n";

    private static int LineOf(string feed, string content)
    {
        var line = Array.IndexOf(feed.Split("\r\n"), content) + 1;
        Assert.True(line > 0, content);
        return line;
    }

    private static string[] Errors(PublishedFeedResult result) => [.. result.Errors.Select(static e => e.ToString())];

    private static FeedEvent Titled(PublishedFeedResult result, string title) => Assert.Single(result.Events, e => e.Title == title);

    private static DateInterval Days(int year, int month, int day, int count) => new(new LocalDate(year, month, day), new LocalDate(year, month, day).PlusDays(count - 1));

    [Fact]
    public void Null_text_is_refused_by_name() =>
        Assert.Equal("text", Assert.Throws<ArgumentNullException>(static () => PublishedFeed.Read(null!)).ParamName);

    [Fact]
    public void A_blank_name_is_an_error_on_its_line_unless_the_host_names_the_calendar()
    {
        var feed = Feed(FirstDay, LastDay).Replace("X-WR-CALNAME:Test District", "X-WR-CALNAME: ", StringComparison.Ordinal);
        Assert.Equal(["line 3: The feed has no name (X-WR-CALNAME): give one in PublishedFeedOptions.Name."], Errors(PublishedFeed.Read(feed)));
        Assert.Equal("District 9", PublishedFeed.Read(feed, new PublishedFeedOptions { Name = "District 9" }).GetCalendarOrThrow().Name);
    }

    [Fact]
    public void The_weekend_the_host_gives_is_the_calendars_and_is_checked()
    {
        var feed = Feed(FirstDay, LastDay);
        Assert.Equal([IsoDayOfWeek.Friday], PublishedFeed.Read(feed, new PublishedFeedOptions { Weekend = [IsoDayOfWeek.Friday] }).GetCalendarOrThrow().Weekend.ToArray());
        var every = new PublishedFeedOptions { Weekend = [.. Enumerable.Range(1, 7).Select(static d => (IsoDayOfWeek)d)] };
        Assert.Equal(["The weekend names every day of the week, so school is never open."], Errors(PublishedFeed.Read(feed, every)));
    }

    [Fact]
    public void An_event_inside_another_component_is_an_error_on_its_line()
    {
        var feed = Feed("BEGIN:VTIMEZONE\r\nTZID:America/New_York\r\nBEGIN:VEVENT\r\nEND:VEVENT\r\nEND:VTIMEZONE\r\n", FirstDay, LastDay);
        Assert.Equal(["line 6: A VEVENT cannot be inside another component."], Errors(PublishedFeed.Read(feed)));
    }

    [Fact]
    public void With_the_school_year_given_first_and_last_day_events_are_listed_as_deciding_nothing()
    {
        var given = new SchoolYear("Year", new LocalDate(2025, 9, 8), new LocalDate(2026, 6, 25));
        var result = PublishedFeed.Read(Feed(FirstDay, LastDay), new PublishedFeedOptions { SchoolYear = given });

        Assert.Equal([given], result.GetCalendarOrThrow().SchoolYears.ToArray());
        Assert.Equal(
            ["first day of school; the school year is given by the host", "last day of school; the school year is given by the host"],
            result.Events.Select(static e => e.Reason));
    }

    [Fact]
    public void An_event_without_a_title_is_reported_untitled_and_a_description_rule_never_matches_a_missing_description()
    {
        // "." matches any description: events without one (here the first and last days) must not match it.
        var rules = new PublishedFeedOptions { Rules = [new FeedRule(FeedMeaning.Closure, null, "."), .. FeedRules.Default] };
        var feed = Feed(FirstDay, LastDay, Event(null, "DTSTART;VALUE=DATE:20251201", null, "DESCRIPTION:Water main repair"), Event(null, "DTSTART;VALUE=DATE:20251202", null));
        var result = PublishedFeed.Read(feed, rules);

        Assert.Equal([new CalendarEntry("(untitled)", CalendarEntryType.Closure, new LocalDate(2025, 12, 1), new LocalDate(2025, 12, 1))], result.GetCalendarOrThrow().Entries.ToArray());
        Assert.Equal(
            [("", FeedEventOutcome.Entry), ("", FeedEventOutcome.Ignored)],
            result.Events.Skip(2).Select(static e => (e.Title, e.Outcome)));
        Assert.Equal("ignored: no rule matched", result.Events[3].Reason);
    }

    [Fact]
    public void A_DTEND_that_is_not_a_date_is_an_error_on_its_line()
    {
        var feed = Feed(FirstDay, LastDay, AllDay("Schools closed", "20251201", "2025-12-02"));
        Assert.Equal(
            [$"line {LineOf(feed, "DTEND;VALUE=DATE:2025-12-02")}: DTEND '2025-12-02' is not a date (YYYYMMDD) or a date-time (YYYYMMDDTHHMMSS)."],
            Errors(PublishedFeed.Read(feed)));
    }

    [Fact]
    public void Only_Outlooks_flagged_midnight_to_midnight_events_are_all_day()
    {
        var feed = Feed(
            FirstDay,
            LastDay,
            Event("Schools closed, not flagged", "DTSTART:20251201T000000", "DTEND:20251202T000000"),
            Event("Schools closed, ending at 15:00", "DTSTART:20251202T000000", "DTEND:20251202T150000", "X-MICROSOFT-CDO-ALLDAYEVENT:TRUE"),
            Event("Schools closed, starting at 09:00", "DTSTART:20251203T090000", "DTEND:20251204T000000", "X-MICROSOFT-CDO-ALLDAYEVENT:TRUE"),
            Event("Schools closed, no end", "DTSTART:20251204T000000", null, "X-MICROSOFT-CDO-ALLDAYEVENT:true"));
        var result = PublishedFeed.Read(feed);

        Assert.Equal(
            [
                (FeedEventOutcome.Timed, "skipped: timed (starts 00:00), not an all-day event"),
                (FeedEventOutcome.Timed, "skipped: timed (starts 00:00), not an all-day event"),
                (FeedEventOutcome.Timed, "skipped: timed (starts 09:00), not an all-day event"),
                (FeedEventOutcome.Entry, "closure for every kind of school"),
            ],
            result.Events.Skip(2).Select(static e => (e.Outcome, e.Reason)));
        Assert.All(result.Events.Skip(2).Take(3), static e => Assert.True(e.IsSkipped));
        Assert.Equal([new CalendarEntry("Schools closed, no end", CalendarEntryType.Closure, new LocalDate(2025, 12, 4), new LocalDate(2025, 12, 4))], result.GetCalendarOrThrow().Entries.ToArray());
    }

    [Fact]
    public void Recurring_events_are_skipped_naming_what_makes_them_recur()
    {
        var feed = Feed(
            FirstDay,
            LastDay,
            AllDay("Schools closed A", "20251201", null, "RDATE;VALUE=DATE:20251208"),
            AllDay("Schools closed B", "20251202", null, "RRULE:FREQ=WEEKLY", "RDATE;VALUE=DATE:20251209"),
            AllDay("Schools closed C", "20251203", null, "RDATE;VALUE=DATE:20251210", "RECURRENCE-ID;VALUE=DATE:20251203"),
            AllDay("Schools closed D", "20251204", null, "RECURRENCE-ID;VALUE=DATE:20251204"),
            AllDay("Schools closed E", "20251205", null, "RRULE:FREQ=WEEKLY"));
        var result = PublishedFeed.Read(feed);

        Assert.Empty(result.GetCalendarOrThrow().Entries);
        Assert.All(result.Events.Skip(2), static e => Assert.Equal(FeedEventOutcome.Recurring, e.Outcome));
        Assert.Equal(
            [
                "skipped: recurring (RDATE)",
                "skipped: recurring (RRULE)",
                "skipped: recurring (RDATE)",
                "skipped: one occurrence of a recurring event (RECURRENCE-ID)",
                "skipped: recurring (RRULE)",
            ],
            result.Events.Skip(2).Select(static e => e.Reason));
    }

    [Fact]
    public void A_skipped_event_is_reported_with_the_days_it_is_written_for()
    {
        var feed = Feed(
            FirstDay,
            LastDay,
            AllDay("Schools closed", "20251201", "20251204", "STATUS:CANCELLED"),
            Event("Staff retreat", "DTSTART:20251201T170000", "DTEND:20251202T090000"),
            Event("Staff meeting", "DTSTART:20251203T170000", "DTEND:20251203T180000"),
            AllDay("Schools closed", "20251205", "20251205", "STATUS:cancelled"));
        var result = PublishedFeed.Read(feed);

        Assert.True(result.Success, result.ToString());
        Assert.Equal(
            [
                (Days(2025, 12, 1, 3), FeedEventOutcome.Cancelled, "skipped: cancelled (STATUS:CANCELLED)"),
                (Days(2025, 12, 1, 2), FeedEventOutcome.Timed, "skipped: timed (starts 17:00), not an all-day event"),
                (Days(2025, 12, 3, 1), FeedEventOutcome.Timed, "skipped: timed (starts 17:00), not an all-day event"),
                (Days(2025, 12, 5, 1), FeedEventOutcome.Cancelled, "skipped: cancelled (STATUS:CANCELLED)"),
            ],
            result.Events.Skip(2).Select(static e => (e.Dates, e.Outcome, e.Reason)));
    }

    [Fact]
    public void An_all_day_event_ending_where_it_starts_is_an_error_on_its_DTEND()
    {
        var feed = Feed(FirstDay, LastDay, AllDay("Schools closed", "20251208", "20251208"));
        Assert.Equal(
            [$"line {LineOf(feed, "DTEND;VALUE=DATE:20251208")}: The event 'Schools closed' ends (2025-12-08, exclusive) before it starts (2025-12-08)."],
            Errors(PublishedFeed.Read(feed)));
    }

    [Theory]
    [InlineData("P0D")]
    [InlineData("P367D")]
    [InlineData("X3D")]
    [InlineData("3D")]
    [InlineData("PD")]
    [InlineData("P")]
    [InlineData("")]
    public void A_duration_that_is_not_whole_days_or_weeks_up_to_a_year_is_an_error_on_its_line(string duration)
    {
        var feed = Feed(FirstDay, LastDay, AllDay("Picture Day", "20251201", null, $"DURATION:{duration}"));
        Assert.Equal(
            [$"line {LineOf(feed, $"DURATION:{duration}")}: DURATION '{duration}' is not a whole number of days or weeks (such as P3D or P1W) for an all-day event."],
            Errors(PublishedFeed.Read(feed)));
    }

    [Fact]
    public void A_duration_in_days_or_weeks_gives_the_days_up_to_the_last_date_there_is()
    {
        var feed = Feed(
            FirstDay,
            LastDay,
            AllDay("Picture Day", "20251201", null, "DURATION:P366D"),
            AllDay("Picture Day", "20251201", null, "DURATION:p1w"),
            AllDay("Picture Day", "99991230", null, "DURATION:P1D"));
        var result = PublishedFeed.Read(feed);

        Assert.True(result.Success, result.ToString());
        Assert.Equal(
            [Days(2025, 12, 1, 366), Days(2025, 12, 1, 7), Days(9999, 12, 30, 1)],
            result.Events.Skip(2).Select(static e => e.Dates));
    }

    [Fact]
    public void A_school_year_within_one_calendar_year_is_named_by_that_year()
    {
        var summer = PublishedFeed.Read(Feed(AllDay("First Day of School", "20260706"), AllDay("Last Day of School", "20260814")));
        Assert.Equal([new SchoolYear("2026", new LocalDate(2026, 7, 6), new LocalDate(2026, 8, 14))], summer.GetCalendarOrThrow().SchoolYears.ToArray());
        Assert.Equal(["first day of school 2026", "last day of school 2026"], summer.Events.Select(static e => e.Reason));

        // A one-day session: the first and the last day on one date pair up, whatever their order in the file.
        var oneDay = PublishedFeed.Read(Feed(AllDay("Last Day of School", "20260706"), AllDay("First Day of School", "20260706")));
        Assert.Equal([new SchoolYear("2026", new LocalDate(2026, 7, 6), new LocalDate(2026, 7, 6))], oneDay.GetCalendarOrThrow().SchoolYears.ToArray());
    }

    [Fact]
    public void A_first_day_left_over_is_the_error_and_unpaired_marks_keep_a_plain_reason()
    {
        var feed = Feed(FirstDay, LastDay, AllDay("First Day of School", "20260910"));
        var result = PublishedFeed.Read(feed);

        Assert.Equal(
            [$"line {result.Events[2].Line}: 'First Day of School' (2026-09-10) does not pair up: a school year is a first day, then a last day. Remove the extra event, add the missing one, or give the school year in PublishedFeedOptions.SchoolYear."],
            Errors(result));
        Assert.Equal(["first day of school 2025-26", "last day of school 2025-26", "first day of school"], result.Events.Select(static e => e.Reason));
    }

    [Fact]
    public void Two_last_days_name_the_first_of_them()
    {
        var feed = Feed(AllDay("Last Day of School", "20250626"), LastDay);
        var result = PublishedFeed.Read(feed);

        Assert.Equal(
            ["line 4: 'Last Day of School' (2025-06-26) does not pair up: a school year is a first day, then a last day. Remove the extra event, add the missing one, or give the school year in PublishedFeedOptions.SchoolYear."],
            Errors(result));
        Assert.Equal(["last day of school", "last day of school"], result.Events.Select(static e => e.Reason));
    }

    [Fact]
    public void School_years_that_overlap_name_the_first_day_event_of_the_later_year()
    {
        // A last-day event written over several days reaches past the next session's first day.
        var feed = Feed(FirstDay, AllDay("Last Day of School", "20260626", "20260701"), AllDay("First Day of School", "20260629"), AllDay("Last Day of School", "20260814"));
        var result = PublishedFeed.Read(feed);

        var error = Assert.Single(result.Errors);
        Assert.Equal(result.Events[2].Line, error.Line);
        Assert.Equal("The school year 2026 [2026-06-29, 2026-08-14] overlaps the school year 2025-26 [2025-09-04, 2026-06-30].", error.Message);
    }

    [Fact]
    public void The_longest_entry_starting_on_a_day_is_made_and_those_inside_it_are_listed()
    {
        var feed = Feed(
            FirstDay,
            LastDay,
            AllDay("Christmas Eve, schools closed", "20251224"),
            AllDay("Winter Recess", "20251224", "20260103"),
            AllDay("New Year's Day, schools closed", "20260102"));
        var result = PublishedFeed.Read(feed);
        var winter = Titled(result, "Winter Recess");

        Assert.Equal([new CalendarEntry("Winter Recess", CalendarEntryType.Closure, new LocalDate(2025, 12, 24), new LocalDate(2026, 1, 2))], result.GetCalendarOrThrow().Entries.ToArray());
        Assert.Equal("closure for every kind of school", winter.Reason);
        var inside = $"skipped: inside 'Winter Recess' (line {winter.Line}), which already makes these days a closure";
        Assert.Equal((FeedEventOutcome.InsideEntry, inside), (Titled(result, "Christmas Eve, schools closed").Outcome, Titled(result, "Christmas Eve, schools closed").Reason));
        Assert.Equal((FeedEventOutcome.InsideEntry, inside), (Titled(result, "New Year's Day, schools closed").Outcome, Titled(result, "New Year's Day, schools closed").Reason));
    }

    [Fact]
    public void An_entry_starting_on_the_last_day_of_another_extends_it()
    {
        var feed = Feed(FirstDay, LastDay, AllDay("Winter Recess", "20251224", "20260103"), AllDay("Midwinter Recess", "20260102", "20260106"));
        var result = PublishedFeed.Read(feed);
        var winter = Titled(result, "Winter Recess");
        var midwinter = Titled(result, "Midwinter Recess");

        Assert.Equal([new CalendarEntry("Winter Recess", CalendarEntryType.Closure, new LocalDate(2025, 12, 24), new LocalDate(2026, 1, 5))], result.GetCalendarOrThrow().Entries.ToArray());
        Assert.Equal($"closure for every kind of school, extended to 2026-01-05 by line {midwinter.Line}", winter.Reason);
        Assert.Equal($"skipped: overlaps 'Winter Recess' (line {winter.Line}), which is extended to cover these days", midwinter.Reason);
        Assert.Null(midwinter.Entry);
    }

    [Fact]
    public void An_entry_reaching_past_either_end_of_the_school_year_is_clipped_to_it()
    {
        var feed = Feed(FirstDay, LastDay, AllDay("Schools closed", "20250825", "20250905"), AllDay("Summer recess", "20260626", "20260705"), AllDay("Schools closed", "20250801"));
        var result = PublishedFeed.Read(feed);

        Assert.Equal(
            [
                new CalendarEntry("Schools closed", CalendarEntryType.Closure, new LocalDate(2025, 9, 4), new LocalDate(2025, 9, 4)),
                new CalendarEntry("Summer recess", CalendarEntryType.Closure, new LocalDate(2026, 6, 26), new LocalDate(2026, 6, 26)),
            ],
            result.GetCalendarOrThrow().Entries.ToArray());
        Assert.Equal(
            [
                "closure for every kind of school, clipped to the school year 2025-26",
                "closure for every kind of school, clipped to the school year 2025-26",
                "skipped: closure outside every school year",
            ],
            result.Events.Skip(2).Select(static e => e.Reason));
    }

    [Fact]
    public void Entries_for_some_kinds_are_inside_or_extend_only_entries_for_the_same_kinds()
    {
        var big = new FeedRule(FeedMeaning.Closure, @"\bbig\b", schoolKinds: [SchoolKind.Elementary, SchoolKind.Middle]);
        var small = new FeedRule(FeedMeaning.Closure, @"\bsmall\b", schoolKinds: [SchoolKind.Elementary]);
        var mixed = new FeedRule(FeedMeaning.Closure, @"\bmixed\b", schoolKinds: [SchoolKind.Elementary, SchoolKind.High]);
        var every = new FeedRule(FeedMeaning.Closure, @"\bevery\b");
        var options = new PublishedFeedOptions { Rules = [big, small, mixed, every, .. FeedRules.Default] };
        var bigEvent = AllDay("big", "20251117", "20251122");

        // Inside for fewer kinds; overlapping for the same kinds extends, keeping the kinds.
        var result = PublishedFeed.Read(Feed(FirstDay, LastDay, bigEvent, AllDay("small", "20251118"), AllDay("big again", "20251120", "20251126")), options);
        Assert.Equal([new CalendarEntry("big", CalendarEntryType.Closure, new LocalDate(2025, 11, 17), new LocalDate(2025, 11, 25), [SchoolKind.Elementary, SchoolKind.Middle])], result.GetCalendarOrThrow().Entries.ToArray());
        Assert.Equal(FeedEventOutcome.InsideEntry, Titled(result, "small").Outcome);
        Assert.Equal("closure for Elementary, Middle only, extended to 2025-11-25 by line " + Titled(result, "big again").Line, Titled(result, "big").Reason);

        // A kind the made entry is not for, or every kind, is neither inside it nor the same: the calendar refuses the overlap.
        foreach (var other in new[] { AllDay("mixed", "20251119"), AllDay("every", "20251119"), AllDay("mixed", "20251120", "20251126") })
        {
            var refused = PublishedFeed.Read(Feed(FirstDay, LastDay, bigEvent, other), options);
            var error = Assert.Single(refused.Errors);
            Assert.Equal(refused.Events[3].Line, error.Line);
            Assert.Contains("overlaps the entry 'Closure 2025-11-17..2025-11-21 big (Elementary, Middle only)'", error.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Every_kind_of_outcome_has_its_reason_and_a_one_day_event_prints_one_date()
    {
        var feed = Feed(FirstDay, LastDay, AllDay("Schools open", "20251201"), AllDay("Remote learning day", "20251202"), AllDay("Early dismissal", "20251203"));
        var result = PublishedFeed.Read(feed);

        Assert.Equal(
            [
                (FeedEventOutcome.NotAnEntry, "not a calendar entry (a rule says so)"),
                (FeedEventOutcome.Entry, "remote-learning day for every kind of school"),
                (FeedEventOutcome.Entry, "early dismissal for every kind of school"),
            ],
            result.Events.Skip(2).Select(static e => (e.Outcome, e.Reason)));
        Assert.Null(result.Events[2].Entry);
        var remote = result.Events[3];
        Assert.Equal($"line {remote.Line}: 2025-12-02 'Remote learning day': remote-learning day for every kind of school", remote.ToString());
        Assert.False(remote.IsSkipped);
    }

    [Fact]
    public void A_result_describes_its_calendar_or_its_errors()
    {
        var read = PublishedFeed.Read(Feed(FirstDay, LastDay));
        Assert.Equal("Test District: 2025-26 [2025-09-04, 2026-06-26], 0 entries (from 2 events)", read.ToString());
        Assert.Equal([Year2025], read.GetCalendarOrThrow().SchoolYears.ToArray());

        var feed = Feed(FirstDay, LastDay, AllDay("Schools closed", "20251208", "20251208")).Replace("X-WR-CALNAME:Test District", "X-WR-CALNAME:", StringComparison.Ordinal);
        var refused = PublishedFeed.Read(feed);
        var listed = $"line 3: The feed has no name (X-WR-CALNAME): give one in PublishedFeedOptions.Name. line {LineOf(feed, "DTEND;VALUE=DATE:20251208")}: The event 'Schools closed' ends (2025-12-08, exclusive) before it starts (2025-12-08).";
        Assert.Equal("Errors: " + listed, refused.ToString());
        Assert.Equal("The calendar feed could not be read: " + listed, Assert.Throws<InvalidOperationException>(refused.GetCalendarOrThrow).Message);
    }

    [Fact]
    public void Options_refuse_a_rule_list_holding_null_and_an_uninitialized_weekend_with_a_message()
    {
        var rules = Assert.Throws<ArgumentException>(static () => new PublishedFeedOptions { Rules = [FeedRules.Default[0], null!] });
        Assert.Equal("The rules must be an initialized array without null. (Parameter 'value')", rules.Message);
        var weekend = Assert.Throws<ArgumentException>(static () => new PublishedFeedOptions { Weekend = default(System.Collections.Immutable.ImmutableArray<IsoDayOfWeek>) });
        Assert.Equal("The weekend must be an initialized array (empty for none). (Parameter 'value')", weekend.Message);
    }
}
