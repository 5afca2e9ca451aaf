using NodaTime;

namespace Sesis.Rules.Calendars.Tests;

// Every refusal of the plain-list reader and writer as a district developer sees it: the whole list of errors,
// each with its line and exact words. PlainListFormatTests.Sample has 8 lines, so a line added after it is line 9.
public sealed class PlainListFormatMessageTests
{
    private const string Sample = PlainListFormatTests.Sample;

    private static readonly SchoolYear Year = new("2025-26", new LocalDate(2025, 9, 4), new LocalDate(2026, 6, 26));

    private static string[] Errors(string text) => [.. PlainListFormat.Read(text).Errors.Select(static e => e.ToString())];

    public static TheoryData<string, string, string[]> Refused() => new()
    {
        {
            "a calendar line without a name",
            "calendar\nschool-year 2025-09-04..2026-06-26 2025-26",
            ["The file has no 'calendar' line naming the calendar.", "line 1: 'calendar' needs the calendar's name, such as 'calendar New York City public schools'."]
        },
        { "two weekend lines", Sample + "\nweekend Saturday Sunday\nweekend Friday", ["line 10: The weekend is given twice; keep one 'weekend' line."] },
        { "a weekend line without days", Sample + "\nweekend", ["line 9: 'weekend' needs the days school is closed, such as 'weekend Saturday Sunday', or 'none'."] },
        { "a weekend of a word that is not a day", Sample + "\nweekend Funday", ["line 9: 'Funday' is not a day of the week (Monday..Sunday, or Mon..Sun)."] },
        {
            // A weekend with a bad day is not judged as a weekend (which would add "every day of the week").
            "every day and one that is not a day",
            Sample + "\nweekend Mon Tue Wed Thu Fri Sat Sun Funday",
            ["line 9: 'Funday' is not a day of the week (Monday..Sunday, or Mon..Sun)."]
        },
        {
            "a school year for some kinds",
            Sample + "\nschool-year 2026-09-10..2027-06-25 2026-27 | High",
            ["line 9: A school year is for every kind of school: remove the '|' and what follows."]
        },
        { "a keyword alone", Sample + "\nclosure", ["line 9: 'closure' needs a date or a range (first..last), then a name."] },
        { "a school-year keyword alone", Sample + "\nschool-year", ["line 9: 'school-year' needs a date or a range (first..last), then a name."] },
        {
            "three dates",
            Sample + "\nclosure 2025-12-01..2025-12-02..2025-12-03",
            ["line 9: '2025-12-01..2025-12-02..2025-12-03' is not a date or a range: write YYYY-MM-DD or YYYY-MM-DD..YYYY-MM-DD."]
        },
        {
            "kinds but no name",
            Sample + "\nclosure 2025-12-01 | Elementary",
            ["line 9: 'closure 2025-12-01' needs a name after the dates, such as 'closure 2025-12-01 Winter recess'."]
        },
        {
            "a kind that is not one",
            Sample.Replace("| elementary", "| primary", StringComparison.Ordinal),
            ["line 8: 'primary' is not a kind of school (Elementary, Middle, High, K12, District75)."]
        },
        {
            "a keyword of 60 characters is shown whole",
            Sample + "\n" + new string('x', 60),
            [$"line 9: '{new string('x', 60)}' is not a keyword: a line starts with calendar, weekend, school-year, closure, remote-learning or early-dismissal, or # for a comment."]
        },
        {
            "a longer keyword is shortened to 60 characters",
            Sample + "\n" + new string('x', 61) + " 2025-12-01 X",
            [$"line 9: '{new string('x', 57)}...' is not a keyword: a line starts with calendar, weekend, school-year, closure, remote-learning or early-dismissal, or # for a comment."]
        },
        {
            // Errors without a line come first, then by line, whatever order they were found in.
            "errors in line order",
            Sample.Replace("calendar Example District", "", StringComparison.Ordinal).Replace("| elementary", "| primary", StringComparison.Ordinal).Replace("2025-11-28 Thanksgiving", "2025-11-31 Thanksgiving", StringComparison.Ordinal),
            [
                "The file has no 'calendar' line naming the calendar.",
                "line 5: '2025-11-31' is not a date: write YYYY-MM-DD, such as 2025-11-27.",
                "line 8: 'primary' is not a kind of school (Elementary, Middle, High, K12, District75).",
            ]
        },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public void A_refused_list_gives_exactly_these_errors(string why, string text, string[] errors) =>
        Assert.True(errors.SequenceEqual(Errors(text)), $"{why}: {string.Join(" | ", Errors(text))}");

    [Fact]
    public void A_result_with_errors_lists_them_in_its_exception_and_description()
    {
        var result = PlainListFormat.Read(Sample.Replace("| elementary", "| primary", StringComparison.Ordinal) + "\nweekend Funday");
        var listed = "line 8: 'primary' is not a kind of school (Elementary, Middle, High, K12, District75). line 9: 'Funday' is not a day of the week (Monday..Sunday, or Mon..Sun).";
        Assert.Equal("The calendar file could not be read: " + listed, Assert.Throws<InvalidOperationException>(result.GetCalendarOrThrow).Message);
        Assert.Equal("Errors: " + listed, result.ToString());
    }

    [Fact]
    public void A_result_with_a_calendar_describes_the_calendar()
    {
        var result = PlainListFormat.Read(Sample);
        Assert.Equal("Example District: 2025-26 [2025-09-04, 2026-06-26], 4 entries", result.ToString());
        Assert.Equal(result.Calendar!.ToString(), result.ToString());
    }

    [Fact]
    public void Null_arguments_are_refused_by_name()
    {
        Assert.Equal("text", Assert.Throws<ArgumentNullException>(static () => PlainListFormat.Read(null!)).ParamName);
        Assert.Equal("calendar", Assert.Throws<ArgumentNullException>(static () => PlainListFormat.Write(null!)).ParamName);
    }

    [Fact]
    public void A_calendar_name_may_hold_a_bar_but_a_school_year_name_may_not()
    {
        var calendar = SchoolCalendar.Create("North | South", [Year], []).GetCalendarOrThrow();
        Assert.Equal("North | South", PlainListFormat.Read(PlainListFormat.Write(calendar)).GetCalendarOrThrow().Name);

        var barred = SchoolCalendar.Create("North", [new SchoolYear("2025|26", Year.FirstDay, Year.LastDay)], []).GetCalendarOrThrow();
        var e = Assert.Throws<ArgumentException>(() => PlainListFormat.Write(barred));
        Assert.Equal("The name '2025|26' holds a line break or '|', which a plain list cannot hold. (Parameter 'name')", e.Message);
    }

    [Fact]
    public void A_name_with_a_line_break_is_refused_when_writing()
    {
        var calendar = SchoolCalendar.Create("North\nSouth", [Year], []).GetCalendarOrThrow();
        Assert.Throws<ArgumentException>(() => PlainListFormat.Write(calendar));
        var entry = SchoolCalendar.Create("North", [Year], [CalendarEntry.Closure("Snow\rday", new LocalDate(2025, 12, 1))]).GetCalendarOrThrow();
        Assert.Throws<ArgumentException>(() => PlainListFormat.Write(entry));
    }
}
