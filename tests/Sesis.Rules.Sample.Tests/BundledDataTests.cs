using System.Text.Json;

namespace Sesis.Rules.Sample.Tests;

/// <summary>
/// The README's first command: the bundled month of a paraprofessional caseload (October 2025) with its
/// deliberate mistakes, each one a rule of the procedure. The expected findings below are the mistakes the
/// data was written with, not output copied from a run.
/// </summary>
public sealed class BundledDataTests
{
    // (record, code) for each deliberate mistake in samples/Sesis.Rules.Sample/data/october-2025.json.
    private static readonly (string Record, string Code)[] Mistakes =
    [
        ("records[13]", "SR701"), // Carlos "absent" on Indigenous Peoples' Day, a gray day (step 9)
        ("records[14]", "SR507"), // Dev's ambulatory paraprofessional does not name the specialty in the notes (step 12)
        ("records[14]", "SR601"), // ... and did not certify the record (step 15)
        ("records[22]", "SR201"), // Ana's session ends before it starts (steps 5, 6)
        ("records[26]", "SR304"), // Dev cancelled for a student absence: that is Student Absent (step 9)
        ("records[32]", "SR903"), // the bus group says Group, 3 with two students present (step 10)
        ("records[33]", "SR903"),
        ("records[35]", "SR508"), // no progress indicator on a paraprofessional's service (step 13)
        ("missing", "SR910"),     // no record for Ana on Tuesday 2025-10-28, a scheduled school day (step 17)
    ];

    [Theory]
    [InlineData("october-2025.json")]
    [InlineData("october-2025-csv.json")]
    public void The_bundled_month_shows_exactly_its_deliberate_mistakes(string file)
    {
        var run = HostRun.Of("validate", HostRun.SampleData(file), "--format", "json");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(string.Empty, run.Error);
        using var json = JsonDocument.Parse(run.Output);
        var found = json.RootElement.GetProperty("records").EnumerateArray()
            .SelectMany(r => r.GetProperty("findings").EnumerateArray().Select(f => (r.GetProperty("label").GetString()!, f.GetProperty("code").GetString()!)))
            .Concat(json.RootElement.GetProperty("missingRecords").EnumerateArray().Select(f => ("missing", f.GetProperty("code").GetString()!)));
        var labels = json.RootElement.GetProperty("records").EnumerateArray().Select(r => r.GetProperty("label").GetString()).ToList();

        Assert.Equal(Mistakes.Select(m => (Normalize(m.Record, file), m.Code)).Order(), found.Order());
        Assert.Equal(37, labels.Count);
        Assert.Equal(8, json.RootElement.GetProperty("errors").GetInt32());
        Assert.Equal(1, json.RootElement.GetProperty("warnings").GetInt32());
    }

    [Fact]
    public void The_text_report_lists_each_record_and_ends_with_the_totals()
    {
        var run = HostRun.Of("validate", HostRun.SampleData("october-2025.json"));

        Assert.Equal(1, run.ExitCode);
        Assert.EndsWith("\n37 records: 8 errors, 1 warnings.\n", run.Output, StringComparison.Ordinal);
        Assert.Contains(
            "records[22] (line 45): 2025-10-21 11:30-11:00 paraprofessional student 204381527 provider P0012345 ServiceProvided\n  SR201  error    EndTime  ",
            run.Output,
            StringComparison.Ordinal);
        Assert.Contains("Missing records (scheduled school days with no record):\n  SR910  error    Date  No record for student 204381527, paraprofessional, on 2025-10-28", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void The_services_calendar_of_October_shows_gray_missing_and_recorded_days()
    {
        var run = HostRun.Of("calendar", HostRun.SampleData("october-2025.json"), "--provider", "P0012345", "--month", "2025-10", "--format", "json");

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Output);
        var status = json.RootElement.GetProperty("days").EnumerateArray()
            .ToDictionary(d => d.GetProperty("date").GetString()!, d => d.GetProperty("status").GetString()!);

        Assert.Equal(31, status.Count);
        Assert.Equal("Gray", status["2025-10-02"]);   // Yom Kippur
        Assert.Equal("Gray", status["2025-10-13"]);   // Indigenous Peoples' Day (the wrongly recorded absence does not make it a school day)
        Assert.Equal("Gray", status["2025-10-20"]);   // Diwali
        Assert.Equal("Gray", status["2025-10-04"]);   // a Saturday
        Assert.Equal("Missing", status["2025-10-28"]); // Ana's Tuesday session has no record
        Assert.Equal("Recorded", status["2025-10-16"]); // the half-day cancellation is a record
        Assert.Equal("Recorded", status["2025-10-29"]);
        Assert.Equal("NotScheduled", status["2025-10-03"]); // a Friday: Ms. Rivera has no Friday sessions
    }

    [Fact]
    public void The_services_calendar_text_names_the_provider_month_and_today()
    {
        var run = HostRun.Of("calendar", HostRun.SampleData("october-2025.json"), "--provider", "P0012345", "--month", "2025-10");

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("Services Calendar of P0012345, 2025-10, as of 2025-10-31\n", run.Output, StringComparison.Ordinal);
        Assert.Contains(" 27R  28M  29R  30R  31-\n", run.Output, StringComparison.Ordinal);
        Assert.Contains("Missing 2025-10-28: 204381527 paraprofessional\n", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Anas_October_report_counts_what_the_month_holds()
    {
        // Ana is scheduled Mon-Thu: 15 school days in October 2025 (Thursday the 2nd is Yom Kippur). She has 7 bus
        // sessions (45 min), 7 Tuesday/Thursday records (one cancelled on the half day, one with its times
        // reversed, which delivers no minutes) and none on the 28th: 13 days served, 7 x 45 + 5 x 30 = 465 min.
        var run = HostRun.Of("report", HostRun.SampleData("october-2025.json"), "--student", "204381527", "--from", "2025-10-01", "--to", "2025-10-31", "--format", "json");

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Output);
        var root = json.RootElement;
        Assert.Equal(14, root.GetProperty("records").GetInt32());
        Assert.Equal(13, root.GetProperty("recordsBySessionType").GetProperty("ServiceProvided").GetInt32());
        Assert.Equal(1, root.GetProperty("recordsBySessionType").GetProperty("Cancelled").GetInt32());
        Assert.Equal(465, root.GetProperty("minutesDelivered").GetInt64());
        Assert.Equal(15, root.GetProperty("scheduledSchoolDays").GetInt32());
        Assert.Equal(13, root.GetProperty("servedSchoolDays").GetInt32());
        Assert.Equal(13.0 / 15, root.GetProperty("servedShare").GetDouble(), 10);
        Assert.Equal("2025-10-28", Assert.Single(root.GetProperty("missingRecords").EnumerateArray()).GetProperty("date").GetString());
        Assert.Empty(root.GetProperty("notCertified").EnumerateArray());
    }

    [Fact]
    public void The_caseload_report_names_the_record_that_is_not_certified()
    {
        var run = HostRun.Of("report", HostRun.SampleData("october-2025.json"), "--caseload", "--from", "2025-10-01", "--to", "2025-10-31");

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("Encounter Attendance: caseload of 4 assignments, 2025-10-01 to 2025-10-31, as of 2025-10-31\n", run.Output, StringComparison.Ordinal);
        Assert.Contains("Not certified              1\n  2025-10-14 09:00-09:40 paraprofessional student 241775309 provider P0067890 ServiceProvided: ", run.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--from", "2025-10-01", "--to", "2025-10-31")]
    [InlineData("--student", "204381527", "--provider", "P0012345", "--from", "2025-10-01", "--to", "2025-10-31")]
    public void A_report_needs_exactly_one_scope(params string[] options)
    {
        var run = HostRun.Of(["report", HostRun.SampleData("october-2025.json"), .. options]);

        Assert.Equal(2, run.ExitCode);
        Assert.EndsWith(": --student/--provider/--caseload: Give exactly one of --student ID, --provider ID and --caseload.\n", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_month_option_is_unreadable_input()
    {
        var run = HostRun.Of("calendar", HostRun.SampleData("october-2025.json"), "--provider", "P0012345", "--month", "October");

        Assert.Equal(2, run.ExitCode);
        Assert.EndsWith(": --month: 'October' is not a month (yyyy-MM).\n", run.Error, StringComparison.Ordinal);
    }

    // The CSV variant labels its records by row: records[n] is row n + 1.
    private static string Normalize(string label, string file) =>
        file.Contains("csv", StringComparison.Ordinal) && label.StartsWith("records[", StringComparison.Ordinal)
            ? $"row {int.Parse(label["records[".Length..^1], System.Globalization.CultureInfo.InvariantCulture) + 1}"
            : label;
}
