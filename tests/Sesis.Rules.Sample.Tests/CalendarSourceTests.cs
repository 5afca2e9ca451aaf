using System.Text.Json;

namespace Sesis.Rules.Sample.Tests;

/// <summary>
/// A batch names its school calendar as an iCalendar file or as plain-list lines inline; either way a student
/// "absent" on Thanksgiving (2025-11-27, a closure in both) is an absence on a gray day, SR701.
/// </summary>
public sealed class CalendarSourceTests
{
    [Theory]
    [InlineData("calendar-ics.json")]
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
}
