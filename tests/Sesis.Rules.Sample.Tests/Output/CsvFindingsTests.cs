using System.Text.Json;

namespace Sesis.Rules.Sample.Tests;

/// <summary>
/// The findings as CSV, for a spreadsheet: one quoted row per finding that a CSV reader reads back to what the
/// JSON report says, a cell starting with a formula character neutralised, and a UTF-8 mark on request.
/// </summary>
public sealed class CsvFindingsTests
{
    [Fact]
    public void The_export_reads_back_to_the_findings_of_the_json_report()
    {
        var batch = HostRun.SampleData("october-2025.json");
        var csv = HostRun.Of("validate", batch, "--format", "csv");
        var json = HostRun.Of("validate", batch, "--format", "json");

        var rows = District.ReadCsv(csv.Output);
        Assert.Equal(["row", "line", "studentId", "providerId", "serviceType", "date", "code", "severity", "field", "message"], rows[0]);
        Assert.All(csv.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries), line => Assert.StartsWith("\"", line, StringComparison.Ordinal));

        using var report = JsonDocument.Parse(json.Output);
        var expected = report.RootElement.GetProperty("records").EnumerateArray()
            .SelectMany(r => r.GetProperty("findings").EnumerateArray().Select(f => new[]
            {
                r.GetProperty("label").GetString()!, r.GetProperty("line").GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture),
                r.GetProperty("studentId").GetString()!, r.GetProperty("providerId").GetString()!, "paraprofessional", r.GetProperty("date").GetString()!,
                f.GetProperty("code").GetString()!, f.GetProperty("severity").GetString()!, f.GetProperty("field").GetString()!, f.GetProperty("message").GetString()!,
            }))
            .Concat(report.RootElement.GetProperty("missingRecords").EnumerateArray().Select(f => new[]
            {
                "", "", "204381527", "P0012345", "paraprofessional", "2025-10-28",
                f.GetProperty("code").GetString()!, f.GetProperty("severity").GetString()!, f.GetProperty("field").GetString()!, f.GetProperty("message").GetString()!,
            }))
            .ToList();
        Assert.Equal(expected, rows.Skip(1));
        Assert.Contains(rows, r => r[9].Contains(',', StringComparison.Ordinal));
    }

    [Fact]
    public void A_cell_that_a_spreadsheet_would_run_as_a_formula_is_neutralised()
    {
        using var folder = new TempFolder();
        var valid = File.ReadAllText(HostRun.Data(Path.Combine("families", "valid.json")));
        var path = folder.Write("batch.json", valid.Replace("\"studentId\": \"204381527\",\n      \"providerId\"", "\"studentId\": \"-1\",\n      \"providerId\"", StringComparison.Ordinal));

        var run = HostRun.Of("validate", path, "--format", "csv");

        var row = District.ReadCsv(run.Output)[1];
        Assert.Equal("'-1", row[2]);
        Assert.Contains("\"'-1\"", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void The_byte_order_mark_is_written_only_when_asked_for()
    {
        var batch = HostRun.SampleData("october-2025.json");

        Assert.StartsWith("\uFEFF\"row\",", HostRun.Of("validate", batch, "--format", "csv", "--bom").Output, StringComparison.Ordinal);
        Assert.StartsWith("\"row\",", HostRun.Of("validate", batch, "--format", "csv").Output, StringComparison.Ordinal);
    }
}
