using System.Text;
using NodaTime;
using Sesis.Rules.Sample.Input;

namespace Sesis.Rules.Sample.Tests.Input;

/// <summary>
/// The quick pass over a CSV file (sorted? earliest date?) tells what the CSV parser's reading tells, or gives up
/// and leaves it to the parser: never another answer.
/// </summary>
public sealed class CsvKeyScanTests
{
    private static readonly ServiceRecordReader Reader = new();

    // Cell texts for the provider and date columns: plain, quoted, with an escaped quote, a quoted line break, empty.
    private static readonly string[] Providers = ["P1", "P2", "P10", "\"P2\"", "\"P\"\"1\"", "\"P1\r\nX\"", "", "\"\"", "p1", "P\u00e91"];
    private static readonly string[] Dates = ["2025-10-01", "2025-10-02", "2025-09-30", "\"2025-10-03\"", "2025-13-01", "", "x", "\"2025-10-01\"\"\""];
    private static readonly string[] Others = ["a", "\"b,c\"", "\"d\r\ne\"", "", "\"\"", "Group, 3"];
    private static readonly string[] Breaks = ["\n", "\r\n", "\r"];

    [Fact]
    public void A_plain_sorted_file_and_an_unsorted_one_are_read_by_the_quick_scan()
    {
        const string Header = "studentId,providerId,date\n";

        Assert.Equal(new SourceFacts(true, new LocalDate(2025, 9, 30)), CsvKeyScan.TryScan(new StringReader(Header + "1,P1,2025-10-01\n2,P1,2025-10-01\n1,P2,2025-09-30\n")));
        Assert.Equal(new SourceFacts(false, new LocalDate(2025, 10, 1)), CsvKeyScan.TryScan(new StringReader(Header + "1,P2,2025-10-01\r\n1,P1,2025-10-02\r\n")));
        Assert.Equal(new SourceFacts(false, new LocalDate(2025, 10, 1)), CsvKeyScan.TryScan(new StringReader(Header + "1,P1,2025-10-02\n1,P1,2025-10-01")));
        Assert.Equal(new SourceFacts(true, null), CsvKeyScan.TryScan(new StringReader(Header)));
    }

    [Theory]
    [InlineData("studentId,providerId,date\n1,P\"1,2025-10-01\n")] // a quote inside an unquoted cell
    [InlineData("studentId,providerId,date\n1,\"P1\"x,2025-10-01\n")] // text after a closing quote
    [InlineData("studentId,providerId,date\n1,\"P1,2025-10-01\n")] // a quote never closed
    [InlineData("studentId,date\n1,2025-10-01\n")] // no providerId column
    [InlineData("\nstudentId,providerId,date\n1,P1,2025-10-01\n")] // a blank line before the header
    [InlineData("")]
    public void A_file_out_of_the_plain_form_is_left_to_the_parser(string csv) =>
        Assert.Null(CsvKeyScan.TryScan(new StringReader(csv)));

    [Fact]
    public void On_many_generated_files_the_quick_scan_agrees_with_the_parser_or_gives_up()
    {
        using var folder = new TempFolder();
        var random = new Random(20261130);
        var agreed = 0;
        for (var file = 0; file < 300; file++)
        {
            var csv = Generate(random);
            var path = folder.Write($"keys-{file}.csv", csv);
            var quick = CsvKeyScan.TryScan(new StringReader(csv));
            var parsed = new CsvRecords(path, Reader).ScanWithParser();
            if (quick is not null)
            {
                Assert.True(parsed == quick, $"file {file}: quick {quick}, parser {parsed}\n{csv}");
                agreed++;
            }
        }

        // About two files in three are well formed (the rest hold a stray quote): the quick scan must read those.
        Assert.InRange(agreed, 150, 300);
    }

    [Fact]
    public void The_quick_scan_and_the_parser_agree_on_the_bundled_records()
    {
        var path = HostRun.SampleData("october-2025.csv");

        using var text = new StreamReader(path);
        Assert.Equal(new CsvRecords(path, Reader).ScanWithParser(), CsvKeyScan.TryScan(text));
    }

    private static string Generate(Random random)
    {
        var text = new StringBuilder();
        var lineBreak = Breaks[random.Next(Breaks.Length)];
        var order = random.Next(3); // the columns in three orders, so the key columns are first, middle or last
        string Row(string provider, string date, string other) => order switch
        {
            0 => $"{provider},{date},{other}",
            1 => $"{other},{provider},{date}",
            _ => $"{date},{other},{provider}",
        };

        text.Append(Row("providerId", "date", "notes")).Append(lineBreak);
        var sortedSoFar = random.Next(2) == 0;
        var rows = random.Next(0, 12);
        for (var i = 0; i < rows; i++)
        {
            var provider = sortedSoFar ? Providers[Math.Min(i / 3, 2)] : Providers[random.Next(Providers.Length)];
            var date = Dates[random.Next(Dates.Length)];
            var row = Row(provider, date, Others[random.Next(Others.Length)]);
            switch (random.Next(12))
            {
                case 0:
                    row = row[..(row.LastIndexOf(',') + 0)]; // a cell short
                    break;
                case 1:
                    row += ",extra";
                    break;
                case 2:
                    text.Append(lineBreak); // a blank line
                    break;
                case 3 when row.Length > 2:
                    row = row.Insert(random.Next(row.Length), "\""); // a stray quote
                    break;
            }

            text.Append(row);
            if (i < rows - 1 || random.Next(2) == 0)
            {
                text.Append(lineBreak);
            }
        }

        return text.ToString();
    }
}
