using System.Globalization;
using System.Text;
using Sesis.Rules.Sample.Input;

namespace Sesis.Rules.Sample.Tests.Input;

/// <summary>
/// Reading a CSV file's rows on several threads changes nothing a reader can see: the records come in file order
/// with their rows and lines, a bad value is a finding on its own row, and a malformed row stops the reading at that
/// row's line after every record before it, as reading on one thread does.
/// </summary>
public sealed class RecordPipelineTests
{
    private const string Header = "studentId,providerId,serviceType,date,startTime,endTime,language";

    // More rows than the blocks in flight on three threads hold, so that blocks are read out of order.
    private const int Rows = (RecordPipeline.Block * 8) + 123;

    private static readonly ServiceRecordReader Reader = new(new ServiceRecordReaderOptions { TimeZone = NodaTime.DateTimeZoneProviders.Tzdb["America/New_York"] });

    [Fact]
    public void Rows_read_on_several_threads_come_in_file_order_with_their_lines()
    {
        var csv = Csv(Rows, i => Row(i));

        var one = Read(csv, threads: 1);
        var three = Read(csv, threads: 3);

        Assert.Equal(Rows, three.Count);
        Assert.Equal(one.Select(Describe), three.Select(Describe));
        Assert.Equal(Enumerable.Range(1, Rows).Select(i => $"row {i}"), three.Select(r => r.Label));
        Assert.Equal(Enumerable.Range(2, Rows), three.Select(r => r.Line));
    }

    [Fact]
    public void A_bad_value_is_a_finding_on_its_own_row_when_read_on_several_threads()
    {
        const int Bad = (RecordPipeline.Block * 3) + 7;
        var csv = Csv(Rows, i => i == Bad ? Row(i).Replace("2025-10-06", "2025-13-45", StringComparison.Ordinal) : Row(i));

        var records = Read(csv, threads: 2);

        var unreadable = Assert.Single(records, r => !r.Reading.IsComplete);
        Assert.Equal($"row {Bad}", unreadable.Label);
        Assert.Equal(Bad + 1, unreadable.Line);
        Assert.Contains(unreadable.Reading.Findings, f => f.Field == "Date");
        Assert.Equal(Rows, records.Count);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void A_malformed_row_stops_the_reading_at_its_line_after_every_record_before_it(int threads)
    {
        const int Broken = (RecordPipeline.Block * 5) + 11;
        var csv = Csv(Rows, i => i == Broken ? Row(i) + ",one cell too many" : Row(i));
        var records = new List<SourcedRecord>();

        var e = Assert.Throws<InputException>(() =>
        {
            foreach (var record in CsvRecordReader.Read("records.csv", new StringReader(csv), Reader, threads))
            {
                records.Add(record);
            }
        });

        Assert.StartsWith($"records.csv:{Broken + 1}: Malformed CSV: ", e.Message, StringComparison.Ordinal);
        Assert.Equal(Broken - 1, records.Count);
        Assert.Equal($"row {Broken - 1}", records[^1].Label);
    }

    [Fact]
    public void The_context_read_on_several_threads_reports_the_error_a_sequential_reading_meets_first()
    {
        // A bad caseload line and a bad schedule: the caseload is read first, so its error is the one reported,
        // whichever list a thread finishes first.
        var json = """
            {
              "clock": "2025-10-31T17:00",
              "providers": [ { "id": "P0012345", "role": "paraprofessional" } ],
              "caseload": [ { "providerId": "P0012345", "studentId": "204381527", "serviceType": "paraprofessional", "from": "2025-09-04", "to": "someday" } ],
              "schedules": [ { "providerId": "P0012345", "studentId": "204381527", "serviceType": "paraprofessional", "from": "never", "to": "2026-06-26", "days": "Mon" } ]
            }
            """;
        var bytes = Encoding.UTF8.GetBytes(json);

        var one = Assert.Throws<InputException>(() => BatchFile.Parse("batch.json", bytes, threads: 1, csvNamed: null));
        var three = Assert.Throws<InputException>(() => BatchFile.Parse("batch.json", bytes, threads: 3, csvNamed: null));

        Assert.Equal(one.Message, three.Message);
        Assert.Contains("caseload[0].to", three.Message, StringComparison.Ordinal);
    }

    private static List<SourcedRecord> Read(string csv, int threads) =>
        [.. CsvRecordReader.Read("records.csv", new StringReader(csv), Reader, threads)];

    private static string Csv(int rows, Func<int, string> row) =>
        Header + "\n" + string.Concat(Enumerable.Range(1, rows).Select(i => row(i) + "\n"));

    // Row i: a student id of its own, so that the order shows in the records themselves.
    private static string Row(int i) =>
        string.Create(CultureInfo.InvariantCulture, $"{204_000_000 + i},P0012345,paraprofessional,2025-10-06,08:00,09:00,eng");

    private static string Describe(SourcedRecord r) => $"{r.Label}|{r.Line}|{r.Describe()}";
}
