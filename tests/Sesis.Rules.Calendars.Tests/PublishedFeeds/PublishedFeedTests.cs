using NodaTime;

namespace Sesis.Rules.Calendars.Tests.PublishedFeeds;

public sealed class PublishedFeedTests
{
    // A feed written to look like a district's published calendar (Google Calendar export): a VTIMEZONE block,
    // exclusive DTENDs, multi-day recesses, a closure over a weekend, holidays inside recesses, timed, recurring and
    // cancelled events, all-day events that close nothing, folded lines, escaped commas and semicolons, UTF-8.
    internal static readonly string Nyc = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "PublishedFeeds", "nyc-2025-26-published.ics"));

    private static readonly DateInterval Around = new(new LocalDate(2025, 7, 1), new LocalDate(2026, 8, 31));

    [Fact]
    public void The_published_nyc_feed_gives_exactly_the_gray_days_of_the_built_in_calendar_for_an_elementary_school()
    {
        var result = PublishedFeed.Read(Nyc);

        Assert.True(result.Success, result.ToString());
        AssertSameGrayDays(SchoolCalendars.NewYorkCity2025To2026, result.Calendar, SchoolKind.Elementary);
        Assert.Equal("NYC Public Schools 2025-2026", result.Calendar.Name);
        Assert.Equal([new SchoolYear("2025-26", new LocalDate(2025, 9, 4), new LocalDate(2026, 6, 26))], result.Calendar.SchoolYears.ToArray());
    }

    [Fact]
    public void The_report_lists_every_event_with_what_it_became_and_each_skipped_and_ignored_one_with_why()
    {
        var result = PublishedFeed.Read(Nyc);
        var lines = Nyc.ReplaceLineEndings("\n").Split('\n');

        Assert.Equal(31, result.Events.Length);
        Assert.All(result.Events, e => Assert.Equal("BEGIN:VEVENT", lines[e.Line - 1]));
        Assert.Equal(result.Events.OrderBy(static e => e.Line).ToArray(), result.Events.ToArray());
        Assert.Equal(
            [
                ("Labor Day, schools closed", FeedEventOutcome.OutsideSchoolYear),
                ("Parent-Teacher Conferences (evening)", FeedEventOutcome.Timed),
                ("New Year’s Day, schools closed", FeedEventOutcome.InsideEntry),
                ("Regents Administration", FeedEventOutcome.Ignored),
                ("Spring Semester begins", FeedEventOutcome.Ignored),
                ("Lunar New Year, schools closed", FeedEventOutcome.InsideEntry),
                ("Professional Development Day, no school for students", FeedEventOutcome.Cancelled),
                ("Picture Day", FeedEventOutcome.Ignored),
                ("Chess Club", FeedEventOutcome.Recurring),
                ("Chess Club (moved to the library)", FeedEventOutcome.Recurring),
                ("Independence Day, schools closed", FeedEventOutcome.Recurring),
            ],
            result.Events.Where(static e => e.Outcome is not (FeedEventOutcome.Entry or FeedEventOutcome.FirstDay or FeedEventOutcome.LastDay)).Select(static e => (e.Title, e.Outcome)));

        var winter = Assert.Single(result.Events, static e => e.Title.StartsWith("Winter Recess", StringComparison.Ordinal));
        Assert.Equal(new CalendarEntry("Winter Recess, schools closed", CalendarEntryType.Closure, new LocalDate(2025, 12, 24), new LocalDate(2026, 1, 2)), winter.Entry);
        Assert.Equal(FeedMeaning.Closure, winter.Rule?.Meaning);
        Assert.Equal(
            $"line {winter.Line}: 2025-12-24..2026-01-02 'Winter Recess, schools closed': closure for every kind of school",
            winter.ToString());

        var newYear = Assert.Single(result.Events, static e => e.Outcome == FeedEventOutcome.InsideEntry && e.Title.StartsWith("New Year", StringComparison.Ordinal));
        Assert.Equal($"skipped: inside 'Winter Recess, schools closed' (line {winter.Line}), which already makes these days a closure", newYear.Reason);
        Assert.True(newYear.IsSkipped);
        Assert.Null(newYear.Entry);

        var conferences = Assert.Single(result.Events, static e => e.Title.StartsWith("Parent-Teacher Conferences for", StringComparison.Ordinal));
        Assert.Equal(CalendarEntryType.EarlyDismissal, conferences.Entry?.Type);
        Assert.Equal("skipped: timed (starts 17:00), not an all-day event", Assert.Single(result.Events, static e => e.Outcome == FeedEventOutcome.Timed).Reason);
        Assert.Equal("first day of school 2025-26", result.Events.Single(static e => e.Outcome == FeedEventOutcome.FirstDay).Reason);
        Assert.Equal("ignored: no rule matched", result.Events.First(static e => e.Outcome == FeedEventOutcome.Ignored).Reason);
        Assert.False(result.Events.First(static e => e.Outcome == FeedEventOutcome.Ignored).IsSkipped);
    }

    [Fact]
    public void A_rule_the_host_adds_makes_an_event_a_closure()
    {
        // NYC's Election Day is a Chancellor's Conference Day: staff work, students stay home. A feed may say only that.
        var feed = Nyc.Replace("SUMMARY:Election Day\\, students do not attend school", "SUMMARY:Chancellor's Conference Day", StringComparison.Ordinal);
        var election = new LocalDate(2025, 11, 4);

        var byDefault = PublishedFeed.Read(feed);
        Assert.False(byDefault.GetCalendarOrThrow().IsGrayDay(election, SchoolKind.Elementary));
        Assert.Equal(FeedEventOutcome.Ignored, byDefault.Events.Single(static e => e.Title == "Chancellor's Conference Day").Outcome);

        var rule = new FeedRule(FeedMeaning.Closure, "chancellor's conference day");
        var withRule = PublishedFeed.Read(feed, new PublishedFeedOptions { Rules = [rule, .. FeedRules.Default] });
        AssertSameGrayDays(SchoolCalendars.NewYorkCity2025To2026, withRule.GetCalendarOrThrow(), SchoolKind.Elementary);
        var conference = withRule.Events.Single(static e => e.Title == "Chancellor's Conference Day");
        Assert.Equal(FeedEventOutcome.Entry, conference.Outcome);
        Assert.Same(rule, conference.Rule);
    }

    [Fact]
    public void A_rule_can_restrict_a_closure_to_some_kinds_of_school()
    {
        // Clerical Day closes elementary, middle, K-12 and District 75 schools; high schools are open.
        var clerical = new FeedRule(FeedMeaning.Closure, @"\bclerical day\b", schoolKinds: [SchoolKind.Elementary, SchoolKind.Middle, SchoolKind.K12, SchoolKind.District75]);
        var result = PublishedFeed.Read(Nyc, new PublishedFeedOptions { Rules = [clerical, .. FeedRules.Default] });

        var calendar = result.GetCalendarOrThrow();
        foreach (var kind in Enum.GetValues<SchoolKind>())
        {
            AssertSameGrayDays(SchoolCalendars.NewYorkCity2025To2026, calendar, kind);
        }

        var day = new LocalDate(2026, 6, 5);
        Assert.False(calendar.IsGrayDay(day, SchoolKind.High));
        Assert.True(calendar.IsGrayDay(day, SchoolKind.Elementary));
        Assert.Contains("closure for Elementary, Middle, K12, District75 only", result.Events.Single(e => e.Dates.Start == day).Reason, StringComparison.Ordinal);

        // By default the closure is for every school, high schools included.
        Assert.True(PublishedFeed.Read(Nyc).GetCalendarOrThrow().IsGrayDay(day, SchoolKind.High));
    }

    [Fact]
    public void Rules_can_look_at_descriptions_and_replace_the_defaults()
    {
        var feed = Nyc.Replace("SUMMARY:Picture Day", "DESCRIPTION:Buildings closed for a water main repair\r\nSUMMARY:Picture Day", StringComparison.Ordinal);
        var rules = new PublishedFeedOptions { Rules = [new FeedRule(FeedMeaning.Closure, null, "water main"), .. FeedRules.Default] };

        Assert.True(PublishedFeed.Read(feed, rules).GetCalendarOrThrow().IsGrayDay(new LocalDate(2026, 4, 15), SchoolKind.Middle));
        Assert.False(PublishedFeed.Read(feed).GetCalendarOrThrow().IsGrayDay(new LocalDate(2026, 4, 15), SchoolKind.Middle));

        // Rules only for the first and last days: every closure is then ignored.
        var only = new PublishedFeedOptions { Rules = [.. FeedRules.Default.Where(static r => r.Meaning is FeedMeaning.FirstDay or FeedMeaning.LastDay)] };
        var bare = PublishedFeed.Read(Nyc, only);
        Assert.Empty(bare.GetCalendarOrThrow().Entries);
        Assert.Equal(24, bare.Events.Count(static e => e.Outcome == FeedEventOutcome.Ignored));
    }

    [Fact]
    public void The_school_year_can_be_given_by_the_host_when_the_feed_has_no_first_and_last_day()
    {
        var feed = Nyc.Replace("SUMMARY:First Day of School", "SUMMARY:Welcome back", StringComparison.Ordinal)
            .Replace("SUMMARY:Last Day of School", "SUMMARY:See you in September", StringComparison.Ordinal);

        var refused = PublishedFeed.Read(feed);
        Assert.False(refused.Success);
        Assert.Contains("no first-day or last-day event", Assert.Single(refused.Errors).Message, StringComparison.Ordinal);
        Assert.Equal(31, refused.Events.Length); // the report is there even when the calendar is not

        var year = new SchoolYear("2025-26", new LocalDate(2025, 9, 4), new LocalDate(2026, 6, 26));
        var given = PublishedFeed.Read(feed, new PublishedFeedOptions { SchoolYear = year, Name = "District 2", Weekend = [IsoDayOfWeek.Saturday, IsoDayOfWeek.Sunday] });
        AssertSameGrayDays(SchoolCalendars.NewYorkCity2025To2026, given.GetCalendarOrThrow(), SchoolKind.Elementary);
        Assert.Equal("District 2", given.Calendar!.Name);
    }

    [Fact]
    public void A_feed_with_two_first_days_and_one_last_day_names_the_line_that_does_not_pair_up()
    {
        var feed = Nyc.Replace("SUMMARY:Spring Semester begins", "SUMMARY:First day of school for Pre-K", StringComparison.Ordinal);
        var result = PublishedFeed.Read(feed);
        var error = Assert.Single(result.Errors);
        var line = result.Events.Single(static e => e.Title == "First day of school for Pre-K").Line;
        Assert.Equal(line, error.Line);
        Assert.Contains("does not pair up", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Outlook_all_day_events_written_midnight_to_midnight_are_all_day()
    {
        var feed = Nyc.Replace(
            "DTSTART;VALUE=DATE:20251111\r\nDTEND;VALUE=DATE:20251112\r\n",
            "DTSTART;TZID=\"(UTC-05:00) Eastern Time (US & Canada)\":20251111T000000\r\nDTEND;TZID=\"(UTC-05:00) Eastern Time (US & Canada)\":20251112T000000\r\nX-MICROSOFT-CDO-ALLDAYEVENT:TRUE\r\n",
            StringComparison.Ordinal);
        Assert.NotEqual(Nyc, feed);

        var result = PublishedFeed.Read(feed);
        AssertSameGrayDays(SchoolCalendars.NewYorkCity2025To2026, result.GetCalendarOrThrow(), SchoolKind.Elementary);
        Assert.Equal(new DateInterval(new LocalDate(2025, 11, 11), new LocalDate(2025, 11, 11)), result.Events.Single(static e => e.Title.StartsWith("Veterans", StringComparison.Ordinal)).Dates);
    }

    [Fact]
    public void A_closure_that_overlaps_another_extends_it_and_is_listed()
    {
        // "Winter Recess" 12/24..1/2 and a second event for 12/31..1/2 plus Saturday 1/3: the same days, one entry.
        var feed = Nyc.Replace("DTSTART;VALUE=DATE:20260101\r\nDTEND;VALUE=DATE:20260102", "DTSTART;VALUE=DATE:20251231\r\nDTEND;VALUE=DATE:20260104", StringComparison.Ordinal);
        Assert.NotEqual(Nyc, feed);

        var result = PublishedFeed.Read(feed);
        AssertSameGrayDays(SchoolCalendars.NewYorkCity2025To2026, result.GetCalendarOrThrow(), SchoolKind.Elementary);
        var winter = result.Events.Single(static e => e.Title.StartsWith("Winter Recess", StringComparison.Ordinal));
        var newYear = result.Events.Single(static e => e.Title.StartsWith("New Year", StringComparison.Ordinal));
        Assert.Equal(new LocalDate(2026, 1, 3), winter.Entry!.LastDay);
        Assert.EndsWith($", extended to 2026-01-03 by line {newYear.Line}", winter.Reason, StringComparison.Ordinal);
        Assert.Equal(FeedEventOutcome.InsideEntry, newYear.Outcome);
        Assert.Equal($"skipped: overlaps 'Winter Recess, schools closed' (line {winter.Line}), which is extended to cover these days", newYear.Reason);
    }

    [Fact]
    public void An_event_at_the_last_date_there_is_gives_an_error_not_an_overflow()
    {
        foreach (var end in new[] { "", "DURATION:P1W\r\n" })
        {
            var feed = Nyc.Replace("END:VCALENDAR", $"BEGIN:VEVENT\r\nDTSTART;VALUE=DATE:99991231\r\n{end}SUMMARY:Schools closed\r\nEND:VEVENT\r\nEND:VCALENDAR", StringComparison.Ordinal);
            var result = PublishedFeed.Read(feed);
            Assert.Contains(result.Errors, static e => e.Message == "The event starting 9999-12-31 ends after the last date there is.");
        }

        Assert.Throws<ArgumentException>(() => new PublishedFeedOptions { Weekend = default(System.Collections.Immutable.ImmutableArray<IsoDayOfWeek>) });
    }

    [Fact]
    public void A_duration_in_days_or_weeks_gives_the_range()
    {
        var feed = Nyc.Replace("DTSTART;VALUE=DATE:20260216\r\nDTEND;VALUE=DATE:20260221\r\n", "DTSTART;VALUE=DATE:20260216\r\nDURATION:P5D\r\n", StringComparison.Ordinal);
        Assert.NotEqual(Nyc, feed);
        AssertSameGrayDays(SchoolCalendars.NewYorkCity2025To2026, PublishedFeed.Read(feed).GetCalendarOrThrow(), SchoolKind.Elementary);
    }

    [Theory]
    [InlineData("LF line endings")]
    [InlineData("CR line endings")]
    [InlineData("a byte order mark")]
    [InlineData("every line folded")]
    public void Line_endings_a_byte_order_mark_and_folding_change_nothing(string variant)
    {
        var feed = variant switch
        {
            "LF line endings" => Nyc.Replace("\r\n", "\n", StringComparison.Ordinal),
            "CR line endings" => Nyc.Replace("\r\n", "\r", StringComparison.Ordinal),
            "a byte order mark" => "\uFEFF" + Nyc,
            _ => string.Join("\r\n", Nyc.Split("\r\n").Select(static l => l.Length > 4 && !l.StartsWith(' ') ? l[..4] + "\r\n\t" + l[4..] : l)),
        };

        var result = PublishedFeed.Read(feed);
        AssertSameGrayDays(SchoolCalendars.NewYorkCity2025To2026, result.GetCalendarOrThrow(), SchoolKind.Elementary);
        Assert.Equal(
            PublishedFeed.Read(Nyc).Events.Select(static e => (e.Title, e.Outcome, e.Reason.Replace("line ", "", StringComparison.Ordinal).Length > 0)),
            result.Events.Select(static e => (e.Title, e.Outcome, e.Reason.Replace("line ", "", StringComparison.Ordinal).Length > 0)));
    }

    [Fact]
    public void A_long_feed_of_ten_years_of_events_is_read()
    {
        // 3,650 extra all-day events, one a day for ten years: far outside the school year, each listed as such.
        var extra = string.Concat(Enumerable.Range(0, 3650).Select(static i =>
            $"BEGIN:VEVENT\r\nDTSTART;VALUE=DATE:{new LocalDate(2030, 1, 1).PlusDays(i):uuuuMMdd}\r\nSUMMARY:Day {i}\\, schools closed\r\nEND:VEVENT\r\n"));
        var feed = Nyc.Replace("END:VCALENDAR", extra + "END:VCALENDAR", StringComparison.Ordinal);

        var result = PublishedFeed.Read(feed);
        AssertSameGrayDays(SchoolCalendars.NewYorkCity2025To2026, result.GetCalendarOrThrow(), SchoolKind.Elementary);
        Assert.Equal(3650, result.Events.Count(static e => e.Outcome == FeedEventOutcome.OutsideSchoolYear && e.Title.StartsWith("Day ", StringComparison.Ordinal)));
    }

    public static TheoryData<string, string, int?, string> MalformedFeeds() => new()
    {
        { "a bad date", Nyc.Replace("DTSTART;VALUE=DATE:20251111", "DTSTART;VALUE=DATE:2025-11-11", StringComparison.Ordinal), LineOf("DTSTART;VALUE=DATE:20251111"), "DTSTART '2025-11-11' is not a date" },
        { "month 13", Nyc.Replace("DTSTART;VALUE=DATE:20251111", "DTSTART;VALUE=DATE:20251311", StringComparison.Ordinal), LineOf("DTSTART;VALUE=DATE:20251111"), "is not a date" },
        { "a line without a colon", Nyc.Replace("TRANSP:TRANSPARENT\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20251111", "TRANSPARENT\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20251111", StringComparison.Ordinal), LineOf("DTSTART;VALUE=DATE:20251111") - 3, "is not an iCalendar content line" },
        { "an unclosed quote", Nyc.Replace("DTSTART;TZID=America/New_York:20251120T170000", "DTSTART;TZID=\"America/New_York:20251120T170000", StringComparison.Ordinal), LineOf("DTSTART;TZID=America/New_York:20251120T170000"), "is not an iCalendar content line" },
        { "an unclosed event", Nyc.Replace("TRANSP:TRANSPARENT\r\nEND:VEVENT\r\nEND:VCALENDAR", "TRANSP:TRANSPARENT\r\nEND:VCALENDAR", StringComparison.Ordinal), Nyc.Split("\r\n").Length - 2, "END:VCALENDAR closes BEGIN:VEVENT" },
        { "a missing END:VCALENDAR", Nyc.Replace("END:VCALENDAR\r\n", "", StringComparison.Ordinal), 1, "BEGIN:VCALENDAR is never closed" },
        { "an end before the start", Nyc.Replace("DTEND;VALUE=DATE:20251112", "DTEND;VALUE=DATE:20251110", StringComparison.Ordinal), LineOf("DTEND;VALUE=DATE:20251112"), "ends (2025-11-10, exclusive) before it starts (2025-11-11)" },
        { "a date-time end of a date", Nyc.Replace("DTEND;VALUE=DATE:20251112", "DTEND:20251112T000000", StringComparison.Ordinal), LineOf("DTEND;VALUE=DATE:20251112"), "has a time where DTSTART is a date" },
        { "a duration in hours", Nyc.Replace("DTEND;VALUE=DATE:20251112", "DURATION:PT8H", StringComparison.Ordinal), LineOf("DTEND;VALUE=DATE:20251112"), "DURATION 'PT8H' is not a whole number of days or weeks" },
        { "no DTSTART", Nyc.Replace("DTSTART;VALUE=DATE:20251111\r\n", "", StringComparison.Ordinal), LineOf("DTSTART;VALUE=DATE:20251111") - 1, "has no DTSTART" },
        { "no name", Nyc.Replace("X-WR-CALNAME:NYC Public Schools 2025-2026\r\n", "", StringComparison.Ordinal), null, "The feed has no name" },
        { "not iCalendar", "Date,Event\n2025-11-11,Veterans Day\n", 1, "is not an iCalendar content line" },
        { "empty", "", null, "The file is empty" },
        { "only a byte order mark", "\uFEFF", null, "The file is empty" },
        { "an event outside the calendar", Nyc + "BEGIN:VEVENT\r\nEND:VEVENT\r\n", Nyc.Split("\r\n").Length, "BEGIN:VEVENT is after END:VCALENDAR" },
        { "a second calendar", Nyc + Nyc, Nyc.Split("\r\n").Length, "second VCALENDAR" },
        { "two meanings on a day", Nyc.Replace("SUMMARY:Picture Day", "SUMMARY:Remote learning day", StringComparison.Ordinal).Replace("DTSTART;VALUE=DATE:20260415", "DTSTART;VALUE=DATE:20260403", StringComparison.Ordinal).Replace("DTEND;VALUE=DATE:20260416", "DTEND;VALUE=DATE:20260404", StringComparison.Ordinal), LineOf("DTSTART;VALUE=DATE:20260415") - 1, "overlaps the entry 'Closure 2026-04-02..2026-04-10 Spring Recess, schools closed'" },
    };

    [Theory]
    [MemberData(nameof(MalformedFeeds))]
    public void A_malformed_feed_gives_a_message_naming_the_line_never_an_exception(string why, string text, int? line, string message)
    {
        var result = PublishedFeed.Read(text);
        Assert.False(result.Success, why);
        Assert.Null(result.Calendar);
        Assert.Contains(result.Errors, e => e.Line == line && e.Message.Contains(message, StringComparison.Ordinal));
        Assert.Throws<InvalidOperationException>(() => result.GetCalendarOrThrow());
    }

    [Fact]
    public void The_host_tells_the_dialect_from_a_published_feed()
    {
        Assert.False(IcsFormat.IsDialect(Nyc));
        Assert.True(IcsFormat.IsDialect(IcsFormatTests.Sample));
        Assert.True(IcsFormat.IsDialect(IcsFormat.Write(SchoolCalendars.NewYorkCity2025To2026, Instant.FromUtc(2025, 8, 1, 0, 0))));
        Assert.False(IcsFormat.IsDialect("not a calendar"));

        // Read as the dialect, the feed is refused at its first event, as before.
        Assert.Contains(IcsFormat.Read(Nyc).Errors, static e => e.Message.Contains("has no CATEGORIES saying what it is", StringComparison.Ordinal));
    }

    private static int LineOf(string content) => Array.IndexOf(Nyc.Split("\r\n"), content) + 1;

    private static void AssertSameGrayDays(SchoolCalendar expected, SchoolCalendar actual, SchoolKind kind)
    {
        Assert.Equal(expected.Coverage, actual.Coverage);
        var differing = Around.Where(d => expected.IsGrayDay(d, kind) != actual.IsGrayDay(d, kind)).Select(CalendarText.Format).ToList();
        Assert.True(differing.Count == 0, $"Gray days differ for {kind} on {string.Join(", ", differing)}.");
    }
}
