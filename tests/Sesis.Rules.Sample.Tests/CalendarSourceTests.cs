using System.Text.Json;

namespace Sesis.Rules.Sample.Tests;

/// <summary>
/// A batch names its school calendar as an iCalendar file (the library's dialect or a district's published feed,
/// told apart without a flag) or as plain-list lines inline; either way a student "absent" on Thanksgiving
/// (2025-11-27, a closure in all three) is an absence on a gray day, SR701.
/// </summary>
public sealed class CalendarSourceTests
{
    [Theory]
    [InlineData("calendar-ics.json")]
    [InlineData("calendar-feed.json")]
    [InlineData("calendar-inline.json")]
    public void A_calendar_from_a_file_or_inline_makes_Thanksgiving_gray(string file)
    {
        var run = HostRun.Of("validate", HostRun.Data(file), "--format", "json");

        Assert.Equal(1, run.ExitCode);
        using var json = JsonDocument.Parse(run.Output);
        var codes = json.RootElement.GetProperty("records")[0].GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("code").GetString());
        Assert.Equal(["SR701"], codes);
    }

    [Fact]
    public void A_bad_inline_calendar_line_is_named_by_its_line_in_the_batch_file()
    {
        var run = HostRun.Of("validate", HostRun.Data("calendar-inline-bad.json"));

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith($"{HostRun.Data("calendar-inline-bad.json")}:6: calendar[2]: ", run.Error, StringComparison.Ordinal);
        Assert.Contains("2025-11-31", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_iCalendar_file_is_named_with_its_line()
    {
        var run = HostRun.Of("validate", HostRun.Data("calendar-ics-bad.json"));

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith($"{HostRun.Data("broken.ics")}:8: ", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void The_calendar_command_explains_what_each_event_of_a_published_feed_became()
    {
        var run = HostRun.Of("calendar", HostRun.Data("calendar-feed.json"), "--explain");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("", run.Error);
        var lines = run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(
            $"School calendar 'NYC Public Schools 2025-2026' (published feed, {HostRun.Data("nyc-2025-26-published.ics")}): 2025-26 [2025-09-04, 2026-06-26], 18 entries",
            lines[0]);
        Assert.Equal("31 events: 18 entries, 1 first day, 1 last day, 3 ignored, 1 timed, 3 recurring, 1 cancelled, 1 outside the school year, 2 inside another entry", lines[1]);
        Assert.Equal(33, lines.Length);
        Assert.Matches(@"^line \d+: 2025-09-01 'Labor Day, schools closed': skipped: closure outside every school year$", lines[2]);
        Assert.Contains(lines, static l => l.EndsWith(": 2026-04-15 'Picture Day': ignored: no rule matched", StringComparison.Ordinal));
    }

    [Fact]
    public void The_explanation_is_also_json()
    {
        var run = HostRun.Of("calendar", HostRun.Data("calendar-feed.json"), "--explain", "--format", "json");

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Output);
        var events = json.RootElement.GetProperty("events").EnumerateArray().ToList();
        Assert.Equal(31, events.Count);
        Assert.Equal("published feed", json.RootElement.GetProperty("kind").GetString());
        var winter = events.Single(static e => e.GetProperty("title").GetString() == "Winter Recess, schools closed");
        Assert.Equal("Entry", winter.GetProperty("outcome").GetString());
        Assert.Equal("Closure", winter.GetProperty("entryType").GetString());
        Assert.Equal("2026-01-02", winter.GetProperty("lastDay").GetString());
    }

    [Fact]
    public void A_calendar_in_the_dialect_has_nothing_to_explain()
    {
        var run = HostRun.Of("calendar", HostRun.Data("calendar-ics.json"), "--explain");

        Assert.Equal(0, run.ExitCode);
        Assert.EndsWith("Every entry is written out in the calendar itself: nothing was classified.\n", run.Output, StringComparison.Ordinal);
        Assert.Contains("(iCalendar (Sesis.Rules dialect), ", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_explain_the_calendar_command_needs_a_provider_and_a_month()
    {
        var run = HostRun.Of("calendar", HostRun.Data("calendar-feed.json"), "--month", "2025-11");

        Assert.Equal(2, run.ExitCode);
        Assert.EndsWith(": --provider: Give --provider, or --explain to see how the school calendar was read.\n", run.Error, StringComparison.Ordinal);
    }
}
