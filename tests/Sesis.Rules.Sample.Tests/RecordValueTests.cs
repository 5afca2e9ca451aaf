using System.Text.Json;

namespace Sesis.Rules.Sample.Tests;

/// <summary>A bad value in a record is a finding on that record: the file is read to the end and every record is checked (exit 1).</summary>
public sealed class RecordValueTests
{
    [Fact]
    public void Every_bad_value_is_a_finding_on_its_record_and_every_good_record_is_checked()
    {
        var file = HostRun.Data("mixed-bad-values.json");
        var run = HostRun.Of("validate", file, "--format", "json");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(string.Empty, run.Error);
        using var report = JsonDocument.Parse(run.Output);
        var records = report.RootElement.GetProperty("records").EnumerateArray().ToList();
        string[][] expected =
        [
            [],                  // good
            ["SR004"],           // 2025-10-32
            ["SR005"],           // 25:00
            ["SR007"],           // language xx
            ["SR010"],           // Group, 0
            ["SR104"],           // a misspelt service type is well formed: the service-type rule says it is unknown
            ["SR008", "SR009"],  // an unknown session type and reason
            ["SR016"],           // a bad certification instant
            ["SR101"],           // an empty student id
            [],                  // good, after all the bad ones
        ];
        Assert.Equal(expected.Length, records.Count);
        for (var i = 0; i < records.Count; i++)
        {
            var findings = records[i].GetProperty("findings").EnumerateArray().ToList();
            Assert.Equal(expected[i], findings.Select(static f => f.GetProperty("code").GetString()!));
            Assert.All(findings.Where(static f => f.GetProperty("code").GetString()!.StartsWith("SR0", StringComparison.Ordinal)), f =>
                Assert.Equal($"{file}:{records[i].GetProperty("line").GetInt32()}", f.GetProperty("at").GetString()));
        }
    }

    [Fact]
    public void The_text_report_names_each_bad_value_with_its_file_line_and_field()
    {
        var file = HostRun.Data("mixed-bad-values.json");
        var run = HostRun.Of("validate", file, "--all"); // --all: the record without findings is listed too

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"records[1] (line 23): not read in full (date)\n  SR004  error    Date  '2025-10-32' is not a date (yyyy-MM-dd). ({file}:23, date)\n", run.Output, StringComparison.Ordinal);
        Assert.Contains($"'Snowed In' is not a session type (Service Provided, Student Absent, Provider Absent or Cancelled). ({file}:28, sessionType)", run.Output, StringComparison.Ordinal);
        Assert.Contains("records[9] (line 31): 2025-10-22 08:00-14:20 paraprofessional student 204381527 provider P0012345 ServiceProvided\n  ok\n", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_CSV_with_a_bad_date_on_line_7_names_line_7_and_the_field_and_checks_every_other_row()
    {
        var csv = HostRun.Data("records-bad-date.csv");
        var run = HostRun.Of("validate", HostRun.Data("batch-bad-date-csv.json"));

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(string.Empty, run.Error);
        Assert.Contains("row 6 (line 7): not read in full (date)\n  SR004  error    Date ", run.Output, StringComparison.Ordinal);
        Assert.Contains($"'2025-10-32' is not a date (yyyy-MM-dd). ({csv}:7, date)\n", run.Output, StringComparison.Ordinal);
        Assert.Contains("row 7 (line 8): ", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void The_calendar_command_still_refuses_a_record_it_cannot_read_naming_the_line_and_field()
    {
        var run = HostRun.Of("calendar", HostRun.Data("calendar-bad-date-csv.json"), "--provider", "P0012345", "--month", "2025-10");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal($"{HostRun.Data("records-bad-date.csv")}:7: date: '2025-10-32' is not a date (yyyy-MM-dd).\n", run.Error);
    }
}
