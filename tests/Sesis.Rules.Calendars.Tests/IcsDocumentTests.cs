using NodaTime;

namespace Sesis.Rules.Calendars.Tests;

// The parser both readers share: content lines, unfolding, escapes and the messages for a broken structure.
public sealed class IcsDocumentTests
{
    private static IcsComponent Parsed(string text)
    {
        var document = IcsDocument.Parse(text);
        Assert.Empty(document.Errors);
        return Assert.IsType<IcsComponent>(document.Calendar);
    }

    private static string[] Errors(string text) => [.. IcsDocument.Parse(text).Errors.Select(static e => e.ToString())];

    private static string InCalendar(string line) => $"BEGIN:VCALENDAR\r\n{line}\r\nEND:VCALENDAR\r\n";

    [Theory]
    [InlineData("DTSTART;VALUE")]                       // a parameter name running to the end of the line
    [InlineData("DTSTART;VALUE=")]                      // a parameter with no value and no ':'
    [InlineData("DTSTART;VALUE=DATE")]                  // a parameter value running to the end of the line
    [InlineData("DTSTART;=DATE:20250904")]              // a parameter without a name
    [InlineData("DTSTART;VALUE:DATE;X-A=1:20250904")]   // a parameter without '='
    [InlineData("SUMMARY;LANGUAGE=\"en\"x:Hello")]      // text after a quoted parameter value
    [InlineData("SUMMARY;LANGUAGE=en\"x\":Hello")]      // a quote inside an unquoted parameter value
    [InlineData("END")]                                 // named END, but not a content line: no END is read from it
    [InlineData("BEGIN VEVENT")]                        // named BEGIN, but not a content line: no BEGIN is read from it
    public void A_line_that_is_not_a_content_line_is_the_one_error_naming_it(string line) =>
        Assert.Equal([$"line 2: '{line}' is not an iCalendar content line (NAME[;PARAM=...]:VALUE)."], Errors(InCalendar(line)));

    [Fact]
    public void Parameters_with_several_and_quoted_values_are_read_past_to_the_value()
    {
        var calendar = Parsed(InCalendar("DTSTART;VALUE=DATE;X-A=1,\"b:c;d\",e;X-B=\"\":20250904"));
        var property = Assert.Single(calendar.Properties);
        Assert.Equal(new IcsProperty(2, "DTSTART", "20250904"), property);
    }

    [Fact]
    public void Blank_lines_are_skipped_and_counted()
    {
        var calendar = Parsed("BEGIN:VCALENDAR\r\n\r\nX-WR-CALNAME:North\r\n\n\r\r\nEND:VCALENDAR\r\n\r\n");
        Assert.Equal(new IcsProperty(3, "X-WR-CALNAME", "North"), Assert.Single(calendar.Properties));
    }

    [Theory]
    [InlineData("END:VCALENDAR\r\n", "line 1: END:VCALENDAR has no BEGIN:VCALENDAR.")]
    [InlineData("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\nEND:VEVENT\r\n", "line 3: END:VEVENT has no BEGIN:VEVENT.")]
    [InlineData("VERSION:2.0\r\nBEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n", "line 1: The file must start with BEGIN:VCALENDAR, not VERSION.")]
    [InlineData("BEGIN:VEVENT\r\nEND:VEVENT\r\n", "line 1: The file must start with BEGIN:VCALENDAR, not BEGIN:VEVENT.")]
    [InlineData("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\nX-EXTRA:1\r\n", "line 3: X-EXTRA is after END:VCALENDAR.")]
    [InlineData("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\nBEGIN:VEVENT\r\n", "line 3: BEGIN:VEVENT is after END:VCALENDAR; put every event in the one VCALENDAR.")]
    [InlineData("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\nBEGIN:VCALENDAR\r\n", "line 3: The file holds a second VCALENDAR; put every event in one.")]
    [InlineData("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nEND:VCALENDAR\r\n", "line 3: END:VCALENDAR closes BEGIN:VEVENT of line 2; expected END:VEVENT.")]
    [InlineData("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\n", "line 2: BEGIN:VEVENT is never closed with END:VEVENT.")]
    [InlineData("\r\n\r\n", "The file is empty: an iCalendar file starts with BEGIN:VCALENDAR.")]
    public void A_broken_structure_is_one_error_naming_the_line_and_what_is_expected(string text, string error) =>
        Assert.Equal([error], Errors(text));

    [Fact]
    public void Text_values_are_unescaped_and_a_trailing_backslash_is_kept()
    {
        var calendar = Parsed(InCalendar("SUMMARY:a\\nb\\Nc\\;d\\,e\\\\f\\"));
        Assert.Equal("a\nb\nc;d,e\\f\\", calendar.Properties[0].Text);
        Assert.Equal("Back\\", Parsed(InCalendar("SUMMARY:Back\\")).Properties[0].Text);
    }

    [Fact]
    public void A_text_list_splits_at_unescaped_commas_only()
    {
        var calendar = Parsed(InCalendar("CATEGORIES:Holiday\\, observed,CLOSURE,,Back\\\\"));
        Assert.Equal(["Holiday, observed", "CLOSURE", "", "Back\\"], calendar.Properties[0].TextList());
    }

    [Theory]
    [InlineData("20251120", 2025, 11, 20, null)]
    [InlineData(" 20251120T170000 ", 2025, 11, 20, 17)]
    [InlineData("20251120T220000Z", 2025, 11, 20, 22)]
    public void Dates_and_date_times_in_local_time_or_UTC_are_read(string text, int year, int month, int day, int? hour)
    {
        Assert.True(IcsDateValue.TryParse(text, out var value));
        Assert.Equal(new LocalDate(year, month, day), value.Date);
        Assert.Equal(hour is { } h ? (LocalTime?)new LocalTime(h, 0) : null, value.Time);
    }

    [Theory]
    [InlineData("2025112")]
    [InlineData("20251320")]
    [InlineData("20251120T250000")]
    [InlineData("20251120T170000ZZ")]
    public void Other_values_are_not_dates(string text) => Assert.False(IcsDateValue.TryParse(text, out _));
}
