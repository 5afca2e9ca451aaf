using NodaTime;

namespace Sesis.Rules.Calendars.Tests;

// Every refusal of the dialect reader as a district developer sees it: the whole list of errors, each with its
// line and its exact words. Line numbers are those of IcsFormatTests.Sample (the snow-day event is lines 30-36).
public sealed class IcsFormatMessageTests
{
    private const string Sample = IcsFormatTests.Sample;

    private static readonly Instant CreatedAt = Instant.FromUtc(2025, 8, 1, 12, 0);

    private static string[] Errors(string text) => [.. IcsFormat.Read(text).Errors.Select(static e => e.ToString())];

    private static string Replace(string from, string to)
    {
        Assert.Contains(from, Sample, StringComparison.Ordinal);
        return Sample.Replace(from, to, StringComparison.Ordinal);
    }

    public static TheoryData<string, string, string[]> Refused() => new()
    {
        {
            "a name given twice",
            Replace("X-WR-CALNAME:Example District\r\n", "X-WR-CALNAME:Example District\r\nX-WR-CALNAME:Again\r\n"),
            ["line 5: X-WR-CALNAME is given twice (first on line 4)."]
        },
        {
            "a DTSTART given twice",
            Replace("DTSTART;VALUE=DATE:20260127\r\n", "DTSTART;VALUE=DATE:20260127\r\nDTSTART;VALUE=DATE:20260127\r\n"),
            ["line 34: DTSTART is given twice (first on line 33)."]
        },
        {
            "an event inside an event",
            Replace("CATEGORIES:REMOTE-LEARNING\r\n", "CATEGORIES:REMOTE-LEARNING\r\nBEGIN:VEVENT\r\nEND:VEVENT\r\n"),
            ["line 36: A VEVENT cannot be inside VEVENT."]
        },
        {
            "a weekend day that is not one",
            Replace("X-WR-CALNAME:Example District\r\n", "X-WR-CALNAME:Example District\r\nX-SESIS-WEEKEND:SA,XX\r\n"),
            ["line 5: X-SESIS-WEEKEND: 'XX' is not a day (MO, TU, WE, TH, FR, SA, SU)."]
        },
        {
            // A weekend with a bad day is not judged as a weekend (which would add "every day of the week").
            "every day and one that is not a day",
            Replace("X-WR-CALNAME:Example District\r\n", "X-WR-CALNAME:Example District\r\nX-SESIS-WEEKEND:MO,TU,WE,TH,FR,SA,SU,XX\r\n"),
            ["line 5: X-SESIS-WEEKEND: 'XX' is not a day (MO, TU, WE, TH, FR, SA, SU)."]
        },
        {
            "no SUMMARY",
            Replace("SUMMARY:Snow day (remote learning)\r\n", ""),
            ["line 30: The event has no SUMMARY naming it, such as SUMMARY:Winter recess."]
        },
        {
            "no SUMMARY and no CATEGORIES",
            Replace("SUMMARY:Snow day (remote learning)\r\nCATEGORIES:REMOTE-LEARNING\r\n", ""),
            [
                "line 30: The event has no SUMMARY naming it, such as SUMMARY:Winter recess.",
                "line 30: The event (no SUMMARY) has no CATEGORIES saying what it is: SCHOOL-YEAR, CLOSURE, REMOTE-LEARNING, EARLY-DISMISSAL.",
            ]
        },
        {
            "an empty SUMMARY and no CATEGORIES",
            Replace("SUMMARY:Snow day (remote learning)\r\nCATEGORIES:REMOTE-LEARNING\r\n", "SUMMARY: \r\n"),
            [
                "line 30: The event (no SUMMARY) has no CATEGORIES saying what it is: SCHOOL-YEAR, CLOSURE, REMOTE-LEARNING, EARLY-DISMISSAL.",
                "line 34: The event has no SUMMARY naming it, such as SUMMARY:Winter recess.",
            ]
        },
        {
            "only categories the dialect does not know",
            Replace("CATEGORIES:REMOTE-LEARNING\r\n", "CATEGORIES:HOLIDAY\r\n"),
            ["line 35: The event 'Snow day (remote learning)' has no CATEGORIES saying what it is: SCHOOL-YEAR, CLOSURE, REMOTE-LEARNING, EARLY-DISMISSAL."]
        },
        {
            "two meanings",
            Replace("CATEGORIES:REMOTE-LEARNING\r\n", "CATEGORIES:CLOSURE,REMOTE-LEARNING\r\n"),
            ["line 35: The event 'Snow day (remote learning)' is both CLOSURE and REMOTE-LEARNING; give one."]
        },
        {
            "an escaped comma is part of a category, not a second one",
            Replace("CATEGORIES:REMOTE-LEARNING\r\n", "CATEGORIES:Snow\\,REMOTE-LEARNING\r\n"),
            ["line 35: The event 'Snow day (remote learning)' has no CATEGORIES saying what it is: SCHOOL-YEAR, CLOSURE, REMOTE-LEARNING, EARLY-DISMISSAL."]
        },
        { "RDATE", Replace("CATEGORIES:REMOTE-LEARNING\r\n", "CATEGORIES:REMOTE-LEARNING\r\nRDATE:20260128\r\n"), ["line 36: RDATE is not supported: list each closure as its own event."] },
        { "EXRULE", Replace("CATEGORIES:REMOTE-LEARNING\r\n", "CATEGORIES:REMOTE-LEARNING\r\nEXRULE:FREQ=YEARLY\r\n"), ["line 36: EXRULE is not supported: list each closure as its own event."] },
        { "EXDATE", Replace("CATEGORIES:REMOTE-LEARNING\r\n", "CATEGORIES:REMOTE-LEARNING\r\nEXDATE:20260128\r\n"), ["line 36: EXDATE is not supported: list each closure as its own event."] },
        { "DURATION", Replace("CATEGORIES:REMOTE-LEARNING\r\n", "CATEGORIES:REMOTE-LEARNING\r\nDURATION:P1D\r\n"), ["line 36: DURATION is not supported: give DTEND;VALUE=DATE, the day after the last day."] },
        { "a bad DTEND", Replace("DTEND;VALUE=DATE:20251129", "DTEND;VALUE=DATE:2025x129"), ["line 17: DTEND '2025x129' is not a date: write DTEND;VALUE=DATE:YYYYMMDD."] },
        { "a DTEND with a time in UTC", Replace("DTEND;VALUE=DATE:20251129", "DTEND:20251129T000000Z"), ["line 17: DTEND '20251129T000000Z' has a time: school-calendar events are all-day, DTEND;VALUE=DATE:YYYYMMDD."] },
        { "no DTSTART", Replace("DTSTART;VALUE=DATE:20260127\r\n", ""), ["line 30: The event has no DTSTART: give DTSTART;VALUE=DATE:YYYYMMDD."] },
        {
            "a school year for some kinds",
            Replace("CATEGORIES:SCHOOL-YEAR\r\n", "CATEGORIES:SCHOOL-YEAR\r\nX-SESIS-SCHOOLS:HIGH\r\n"),
            ["line 12: A school year is for every kind of school: remove X-SESIS-SCHOOLS."]
        },
        {
            "kinds that name none",
            Replace("X-SESIS-SCHOOLS:ELEMENTARY,MIDDLE,K12,DISTRICT75", "X-SESIS-SCHOOLS: , "),
            ["line 28: X-SESIS-SCHOOLS names no kind of school; remove it for every kind."]
        },
        {
            "a kind that is not one",
            Replace("K12,DISTRICT75", "K12,CHARTER"),
            ["line 28: X-SESIS-SCHOOLS: 'CHARTER' is not a kind of school (ELEMENTARY, MIDDLE, HIGH, K12, DISTRICT75)."]
        },
        { "no name", Replace("X-WR-CALNAME:Example District\r\n", ""), ["The calendar has no name: add X-WR-CALNAME:name to the VCALENDAR."] },
        { "a blank name", Replace("X-WR-CALNAME:Example District\r\n", "X-WR-CALNAME: \r\n"), ["line 4: The calendar has no name: add X-WR-CALNAME:name to the VCALENDAR."] },
        {
            "no school year",
            Replace("CATEGORIES:SCHOOL-YEAR", "CATEGORIES:CLOSURE"),
            ["The file has no school year: add an all-day VEVENT with CATEGORIES:SCHOOL-YEAR from the first to the last day of school."]
        },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public void A_refused_file_gives_exactly_these_errors(string why, string text, string[] errors)
    {
        Assert.NotEqual(Sample, text);
        Assert.True(errors.SequenceEqual(Errors(text)), $"{why}: {string.Join(" | ", Errors(text))}");
    }

    [Fact]
    public void Components_that_say_nothing_about_gray_days_hold_their_own_components()
    {
        var timeZone = "BEGIN:VTIMEZONE\r\nTZID:America/New_York\r\nBEGIN:STANDARD\r\nDTSTART:19701101T020000\r\nTZOFFSETFROM:-0400\r\nTZOFFSETTO:-0500\r\nEND:STANDARD\r\nEND:VTIMEZONE\r\n";
        var alarm = "BEGIN:VALARM\r\nACTION:DISPLAY\r\nTRIGGER:-PT15M\r\nEND:VALARM\r\n";
        var text = Replace("X-WR-CALNAME:Example District\r\n", "X-WR-CALNAME:Example District\r\n" + timeZone)
            .Replace("CATEGORIES:REMOTE-LEARNING\r\n", "CATEGORIES:REMOTE-LEARNING\r\n" + alarm, StringComparison.Ordinal);
        Assert.Equal(IcsFormat.Read(Sample).Calendar!.Entries.ToArray(), IcsFormat.Read(text).GetCalendarOrThrow().Entries.ToArray());
    }

    [Fact]
    public void Kinds_of_school_are_read_whatever_the_case_and_spacing_and_empty_items_are_skipped()
    {
        var text = Replace("X-SESIS-SCHOOLS:ELEMENTARY,MIDDLE,K12,DISTRICT75", "X-SESIS-SCHOOLS: elementary ,,Middle, ");
        var clerical = IcsFormat.Read(text).GetCalendarOrThrow().Entries.Single(static e => e.Name == "Clerical Day");
        Assert.Equal([SchoolKind.Elementary, SchoolKind.Middle], clerical.SchoolKinds.ToArray());
    }

    [Fact]
    public void Null_arguments_are_refused_by_name()
    {
        Assert.Equal("text", Assert.Throws<ArgumentNullException>(static () => IcsFormat.Read(null!)).ParamName);
        Assert.Equal("text", Assert.Throws<ArgumentNullException>(static () => IcsFormat.IsDialect(null!)).ParamName);
        Assert.Equal("calendar", Assert.Throws<ArgumentNullException>(static () => IcsFormat.Write(null!, CreatedAt)).ParamName);
    }

    [Fact]
    public void The_dialect_is_told_by_a_school_year_category_alone_and_not_by_other_categories()
    {
        // No X-SESIS- property at all: the school year's category, in any case and beside another, marks the dialect.
        var bare = Replace("X-SESIS-SCHOOLS:ELEMENTARY,MIDDLE,K12,DISTRICT75\r\n", "")
            .Replace("CATEGORIES:SCHOOL-YEAR", "CATEGORIES:Holiday, school-year ", StringComparison.Ordinal);
        Assert.DoesNotContain("X-SESIS-", bare, StringComparison.Ordinal);
        Assert.True(IcsFormat.IsDialect(bare));

        // A published feed may have CATEGORIES (Outlook writes them), and a property whose value is SCHOOL-YEAR.
        var feed = PublishedFeeds.PublishedFeedTests.Nyc.Replace("SUMMARY:Picture Day\r\n", "SUMMARY:Picture Day\r\nCATEGORIES:Holiday,Events\r\nX-NOTE:SCHOOL-YEAR\r\n", StringComparison.Ordinal);
        Assert.NotEqual(PublishedFeeds.PublishedFeedTests.Nyc, feed);
        Assert.False(IcsFormat.IsDialect(feed));

        // The school year's category in a text list split at an escaped comma is not the category.
        Assert.False(IcsFormat.IsDialect(bare.Replace("CATEGORIES:Holiday, school-year ", "CATEGORIES:Holiday\\,SCHOOL-YEAR", StringComparison.Ordinal)));
    }

    [Fact]
    public void The_writer_refuses_a_calendar_reaching_the_last_date_naming_the_parameter()
    {
        var calendar = SchoolCalendar.Create("Far", [new SchoolYear("Last", new LocalDate(9999, 12, 1), LocalDate.MaxIsoValue)], []).GetCalendarOrThrow();
        var e = Assert.Throws<ArgumentException>(() => IcsFormat.Write(calendar, CreatedAt));
        Assert.Equal("calendar", e.ParamName);
        Assert.Equal("The calendar runs to the last date there is; iCalendar's exclusive DTEND cannot be written for it. (Parameter 'calendar')", e.Message);
    }

    [Fact]
    public void The_writer_writes_exactly_this_file()
    {
        var calendar = SchoolCalendar.Create(
                "North; district",
                [new SchoolYear("2025-26", new LocalDate(2025, 9, 4), new LocalDate(2026, 6, 26))],
                [
                    new CalendarEntry("Clerical Day", CalendarEntryType.Closure, new LocalDate(2026, 6, 5), new LocalDate(2026, 6, 5), [SchoolKind.Middle, SchoolKind.Elementary]),
                    CalendarEntry.Closure("Thanksgiving recess", new LocalDate(2025, 11, 27), new LocalDate(2025, 11, 28)),
                ],
                [IsoDayOfWeek.Friday])
            .GetCalendarOrThrow();

        string[] expected =
        [
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            "PRODID:-//Sesis.Rules//Sesis.Rules.Calendars//EN",
            "X-WR-CALNAME:North\\; district",
            "X-SESIS-WEEKEND:FR",
            "BEGIN:VEVENT",
            "UID:20250904-school-year-1@sesis-rules",
            "DTSTAMP:20250801T120000Z",
            "DTSTART;VALUE=DATE:20250904",
            "DTEND;VALUE=DATE:20260627",
            "SUMMARY:2025-26",
            "CATEGORIES:SCHOOL-YEAR",
            "END:VEVENT",
            "BEGIN:VEVENT",
            "UID:20251127-closure-2@sesis-rules",
            "DTSTAMP:20250801T120000Z",
            "DTSTART;VALUE=DATE:20251127",
            "DTEND;VALUE=DATE:20251129",
            "SUMMARY:Thanksgiving recess",
            "CATEGORIES:CLOSURE",
            "END:VEVENT",
            "BEGIN:VEVENT",
            "UID:20260605-closure-3@sesis-rules",
            "DTSTAMP:20250801T120000Z",
            "DTSTART;VALUE=DATE:20260605",
            "DTEND;VALUE=DATE:20260606",
            "SUMMARY:Clerical Day",
            "CATEGORIES:CLOSURE",
            "X-SESIS-SCHOOLS:ELEMENTARY,MIDDLE",
            "END:VEVENT",
            "END:VCALENDAR",
            "",
        ];
        Assert.Equal(string.Join("\r\n", expected), IcsFormat.Write(calendar, CreatedAt));
    }

    [Fact]
    public void A_long_line_is_folded_at_exactly_75_octets()
    {
        var name = string.Concat(Enumerable.Range(0, 100).Select(static i => (char)('a' + (i % 26))));
        var calendar = SchoolCalendar.Create(name, [new SchoolYear("2025-26", new LocalDate(2025, 9, 4), new LocalDate(2026, 6, 26))], []).GetCalendarOrThrow();
        var lines = IcsFormat.Write(calendar, CreatedAt).Split("\r\n");
        var at = Array.FindIndex(lines, static l => l.StartsWith("X-WR-CALNAME:", StringComparison.Ordinal));

        Assert.Equal("X-WR-CALNAME:" + name[..62], lines[at]); // 13 + 62 = 75 octets
        Assert.Equal(" " + name[62..], lines[at + 1]);
        Assert.Equal(name, IcsFormat.Read(string.Join("\r\n", lines)).GetCalendarOrThrow().Name);
    }

    [Fact]
    public void A_character_outside_the_basic_plane_is_never_split_by_a_fold()
    {
        // Wherever the fold falls around the emoji (4 octets in UTF-8, 2 chars in UTF-16), both halves stay on one line.
        for (var length = 55; length <= 66; length++)
        {
            var name = new string('a', length) + "\U0001F600b";
            var calendar = SchoolCalendar.Create(name, [new SchoolYear("2025-26", new LocalDate(2025, 9, 4), new LocalDate(2026, 6, 26))], []).GetCalendarOrThrow();
            var text = IcsFormat.Write(calendar, CreatedAt);
            var lines = text.Split("\r\n");
            var at = Array.FindIndex(lines, static l => l.StartsWith("X-WR-CALNAME:", StringComparison.Ordinal));
            var first = "X-WR-CALNAME:";
            var octets = first.Length;
            foreach (var (unit, size) in Enumerable.Repeat(("a", 1), length).Append(("\U0001F600", 4)).Append(("b", 1)))
            {
                if (octets + size > 75)
                {
                    break;
                }

                first += unit;
                octets += size;
            }

            Assert.Equal(first, lines[at]);
            Assert.All(lines, static l => Assert.True(System.Text.Encoding.UTF8.GetByteCount(l) <= 75 && (l.Length == 0 || !char.IsHighSurrogate(l[^1])), l));
            Assert.Equal(name, IcsFormat.Read(text).GetCalendarOrThrow().Name);
        }
    }

    [Fact]
    public void A_line_feed_and_a_tab_in_a_name_are_written_and_read_back()
    {
        var calendar = SchoolCalendar.Create("North\nSouth\tEast", [new SchoolYear("2025-26", new LocalDate(2025, 9, 4), new LocalDate(2026, 6, 26))], []).GetCalendarOrThrow();
        var text = IcsFormat.Write(calendar, CreatedAt);
        Assert.Contains("\r\nX-WR-CALNAME:North\\nSouth\tEast\r\n", text, StringComparison.Ordinal);
        Assert.Equal("North\nSouth\tEast", IcsFormat.Read(text).GetCalendarOrThrow().Name);
    }

    [Fact]
    public void A_name_iCalendar_cannot_hold_is_refused_with_a_message()
    {
        // Not theory data: a lone surrogate does not survive the test runner's serialization.
        Check("Bell\u0007", "The name 'Bell\u0007' holds the control character U+0007, which iCalendar text cannot hold. (Parameter 'value')");
        Check("Half \uD83D", "The name 'Half \uD83D' holds half of a character (a lone surrogate), which UTF-8 cannot hold. (Parameter 'value')");
        Check("\uDE00 half", "The name '\uDE00 half' holds half of a character (a lone surrogate), which UTF-8 cannot hold. (Parameter 'value')");
    }

    private static void Check(string name, string message)
    {
        var calendar = SchoolCalendar.Create("North", [new SchoolYear("2025-26", new LocalDate(2025, 9, 4), new LocalDate(2026, 6, 26))], [CalendarEntry.Closure(name, new LocalDate(2025, 11, 27))]).GetCalendarOrThrow();
        var e = Assert.Throws<ArgumentException>(() => IcsFormat.Write(calendar, CreatedAt));
        Assert.Equal("value", e.ParamName);
        Assert.Equal(message, e.Message);
    }
}
