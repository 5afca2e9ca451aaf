using NodaTime;

namespace Sesis.Rules.Calendars.Tests;

public sealed class PlainListFormatTests
{
    internal const string Sample = """
        # Example district, 2025-26
        calendar Example District
        school-year 2025-09-04..2026-06-26 2025-26

        closure 2025-11-27..2025-11-28 Thanksgiving recess
        closure 2026-06-05 Clerical Day | Elementary, Middle, K12, District75
        remote-learning 2026-01-27 Snow day
        early-dismissal 2025-11-20 Parent-teacher conferences | elementary
        """;

    [Fact]
    public void A_plain_list_reads_into_gray_days()
    {
        var calendar = PlainListFormat.Read(Sample).GetCalendarOrThrow();

        Assert.Equal("Example District", calendar.Name);
        Assert.True(calendar.IsGrayDay(new LocalDate(2025, 11, 28), SchoolKind.High));
        Assert.True(calendar.IsGrayDay(new LocalDate(2026, 6, 5), SchoolKind.District75));
        Assert.False(calendar.IsGrayDay(new LocalDate(2026, 6, 5), SchoolKind.High));
        Assert.False(calendar.IsGrayDay(new LocalDate(2026, 1, 27), SchoolKind.High));
        Assert.False(calendar.IsGrayDay(new LocalDate(2025, 11, 20), SchoolKind.Elementary));
        Assert.Equal(
            "early-dismissal 2025-11-20 Parent-teacher conferences | Elementary",
            PlainListFormat.Write(calendar).Split('\n').Single(static l => l.StartsWith("early", StringComparison.Ordinal)));
    }

    [Fact]
    public void The_built_in_calendar_written_as_a_plain_list_reads_back_the_same()
    {
        var nyc = SchoolCalendars.NewYorkCity2025To2026;
        var text = PlainListFormat.Write(nyc);
        var back = PlainListFormat.Read(text).GetCalendarOrThrow();

        Assert.Equal(nyc.Entries.ToArray(), back.Entries.ToArray());
        Assert.Equal(nyc.SchoolYears.ToArray(), back.SchoolYears.ToArray());
        Assert.Equal(nyc.Weekend.ToArray(), back.Weekend.ToArray());
        Assert.Contains("closure 2026-06-05 Clerical Day | Elementary, Middle, K12, District75\n", text, StringComparison.Ordinal);
        Assert.Contains("closure 2025-12-24..2026-01-02 Winter recess\n", text, StringComparison.Ordinal);
        foreach (var day in new DateInterval(new LocalDate(2025, 7, 1), new LocalDate(2026, 8, 31)))
        {
            Assert.All(Enum.GetValues<SchoolKind>(), kind => Assert.Equal(nyc.IsGrayDay(day, kind), back.IsGrayDay(day, kind)));
        }
    }

    public static TheoryData<string, string, int?, string> BrokenLists() => new()
    {
        { "unknown keyword", Sample.Replace("remote-learning", "remote", StringComparison.Ordinal), 7, "'remote' is not a keyword" },
        { "bad date", Sample.Replace("2025-11-28 Thanksgiving", "2025-11-31 Thanksgiving", StringComparison.Ordinal), 5, "'2025-11-31' is not a date" },
        { "reversed", Sample.Replace("2025-11-27..2025-11-28", "2025-11-28..2025-11-27", StringComparison.Ordinal), 5, "ends before it starts" },
        { "no name", Sample.Replace(" Snow day", "", StringComparison.Ordinal), 7, "needs a name" },
        { "unknown kind", Sample.Replace("| elementary", "| primary", StringComparison.Ordinal), 8, "'primary' is not a kind of school" },
        { "empty kinds", Sample.Replace("| elementary", "|", StringComparison.Ordinal), 8, "After '|' name the kinds" },
        { "named twice", Sample + "\ncalendar Again", 9, "named twice" },
        { "year without last day", Sample.Replace("2025-09-04..2026-06-26", "2025-09-04", StringComparison.Ordinal), 3, "needs the first and the last day" },
        { "overlap", Sample.Replace("2026-01-27 Snow", "2025-11-28 Snow", StringComparison.Ordinal), 7, "overlaps the entry" },
        { "outside the year", Sample.Replace("2026-06-05 Clerical", "2026-06-29 Clerical", StringComparison.Ordinal), 6, "starts outside every school year" },
        { "bad weekend", Sample + "\nweekend Saturday Funday", 9, "'Funday' is not a day of the week" },
        { "every day weekend", Sample + "\nweekend Mon Tue Wed Thu Fri Sat Sun", 9, "never open" },
        { "no calendar line", Sample.Replace("calendar Example District", "", StringComparison.Ordinal), null, "no 'calendar' line" },
        { "no school year", "calendar X", null, "no 'school-year' line" },
    };

    [Theory]
    [MemberData(nameof(BrokenLists))]
    public void A_malformed_list_gives_an_error_naming_the_line_and_what_is_wrong(string why, string text, int? line, string message)
    {
        var result = PlainListFormat.Read(text);
        Assert.False(result.Success, why);
        Assert.Contains(result.Errors, e => e.Line == line && e.Message.Contains(message, StringComparison.Ordinal));
    }

    [Fact]
    public void Every_error_of_a_file_is_reported_not_only_the_first()
    {
        var result = PlainListFormat.Read(Sample.Replace("2025-11-28 Thanksgiving", "2025-11-31 Thanksgiving", StringComparison.Ordinal).Replace("| elementary", "| primary", StringComparison.Ordinal));
        Assert.Equal([5, 8], result.Errors.Select(static e => e.Line));
        Assert.Throws<InvalidOperationException>(result.GetCalendarOrThrow);
    }

    [Fact]
    public void A_name_the_format_cannot_hold_is_refused_when_writing()
    {
        var calendar = SchoolCalendar.Create("X", [new SchoolYear("2025-26", new LocalDate(2025, 9, 4), new LocalDate(2026, 6, 26))],
            [CalendarEntry.Closure("A | B", new LocalDate(2025, 11, 27))]).GetCalendarOrThrow();
        Assert.Throws<ArgumentException>(() => PlainListFormat.Write(calendar));
    }

    [Fact]
    public void The_last_date_there_is_reads_without_overflowing()
    {
        var calendar = PlainListFormat.Read("calendar Far\nschool-year 9999-12-01..9999-12-31 Last\nclosure 9999-12-31 The end").GetCalendarOrThrow();
        Assert.True(calendar.IsGrayDay(LocalDate.MaxIsoValue, SchoolKind.High));
        Assert.False(calendar.IsGrayDay(new LocalDate(9999, 12, 30), SchoolKind.High)); // a Thursday
        Assert.Throws<ArgumentException>(() => IcsFormat.Write(calendar, Instant.FromUtc(2025, 1, 1, 0, 0)));
        Assert.Contains("last date there is", IcsFormat.Read(IcsFormatTests.Sample.Replace("20260127", "99991231", StringComparison.Ordinal)).Errors.Single().Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_calendar_without_a_weekend_survives_a_round_trip_as_weekend_none()
    {
        var calendar = SchoolCalendar.Create("Open every day", [new SchoolYear("2025-26", new LocalDate(2025, 9, 4), new LocalDate(2026, 6, 26))], [], []).GetCalendarOrThrow();
        var text = PlainListFormat.Write(calendar);
        Assert.Contains("weekend none\n", text, StringComparison.Ordinal);
        var back = PlainListFormat.Read(text).GetCalendarOrThrow();
        Assert.Empty(back.Weekend);
        Assert.False(back.IsGrayDay(new LocalDate(2025, 9, 6), SchoolKind.High)); // a Saturday
    }

    [Fact]
    public void A_weekend_of_every_day_is_refused_by_the_calendar_rule_naming_the_line()
    {
        var error = Assert.Single(PlainListFormat.Read("calendar X\nweekend Mon Tue Wed Thu Fri Sat Sun\nschool-year 2025-09-04..2026-06-26 2025-26\n").Errors);
        Assert.Equal(new CalendarLoadError(2, "The weekend names every day of the week, so school is never open."), error);
    }
}
