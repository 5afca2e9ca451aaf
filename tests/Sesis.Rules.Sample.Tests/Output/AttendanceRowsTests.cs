namespace Sesis.Rules.Sample.Tests;

/// <summary>The Encounter Attendance report has a row per student and service type whose sums are the totals.</summary>
public sealed class AttendanceRowsTests
{
    [Fact]
    public void Each_student_and_service_type_has_a_row_and_the_rows_add_up_to_the_totals()
    {
        var run = HostRun.Of("report", HostRun.SampleData("october-2025.json"), "--caseload", "--from", "2025-10-01", "--to", "2025-10-31");

        Assert.Equal(0, run.ExitCode);
        var rows = run.Output[run.Output.IndexOf("By student and service type:", StringComparison.Ordinal)..].Split('\n', StringSplitOptions.RemoveEmptyEntries)[2..];
        Assert.Equal(
            [
                "  204381527  paraprofessional         15      13               0                0          1        1            0      465",
                "  219004471  paraprofessional          7       6               1                0          0        0            0      270",
                "  230118862  paraprofessional          7       4               4                0          0        0            0      180",
                "  241775309  paraprofessional          8       6               0                1          1        0            1      240",
            ],
            rows);
        Assert.Contains("Scheduled school days      37\n", run.Output, StringComparison.Ordinal);
        Assert.Contains("Minutes delivered          1155\n", run.Output, StringComparison.Ordinal);
    }
}
