using System.Text;
using Sesis.Rules.Sample.Input;

namespace Sesis.Rules.Sample.Tests.Input;

/// <summary>
/// Splitting a CSV file's rows without the CSV library gives what the library gives: the same rows, cells, lines
/// and labels, and the same error at the same row, handing a file to the library from the first row it cannot read.
/// </summary>
public sealed class CsvPlainRowsTests
{
    private const string Header = "studentId,providerId,date,notes";

    private static readonly string[] Cells = ["204381527", "P1", "2025-10-01", "", "\"\"", "\"a,b\"", "\"say \"\"hi\"\"\"", "Group, 3", " x ", "é"];
    private static readonly string[] Breaks = ["\n", "\r\n", "\r"];

    [Fact]
    public void A_plain_file_is_split_as_the_library_splits_it()
    {
        var csv = $"{Header}\r\n204381527,P1,2025-10-01,\"Group, 3\"\r\n\r\n204381528,\"P\"\"2\",2025-10-02,\r\n";

        var plain = Rows(csv, plain: true);

        Assert.Equal(Rows(csv, plain: false), plain);
        Assert.Equal(["row 1 line 2: 204381527|P1|2025-10-01|Group, 3", "row 2 line 4: 204381528|P\"2|2025-10-02|"], plain);
    }

    [Theory]
    [InlineData("studentId,providerId,date,notes\n1,P1,2025-10-01,a\n2,P1,2025-10-02,\"two\nlines\"\n3,P1,2025-10-03,c\n")]
    [InlineData("studentId,providerId,date,notes\n1,P1,2025-10-01,a\n2,P\"1,2025-10-02,b\n3,P1,2025-10-03,c\n")]
    [InlineData("studentId,providerId,date,notes\n1,P1,2025-10-01,a\n2,P1,2025-10-02\n3,P1,2025-10-03,c\n")]
    [InlineData("studentId,providerId,date,notes\n1,P1,2025-10-01,a\n2,P1,2025-10-02,\"b\"x\n")]
    [InlineData("\nstudentId,providerId,date,notes\n1,P1,2025-10-01,a\n")]
    [InlineData("studentId,providerid,date\n1,P1,2025-10-01\n")]
    [InlineData("")]
    public void From_the_first_row_it_cannot_read_the_library_reads_the_file(string csv) =>
        Assert.Equal(Rows(csv, plain: false), Rows(csv, plain: true));

    [Fact]
    public void On_many_generated_files_the_plain_split_and_the_library_agree()
    {
        var random = new Random(20261130);
        for (var file = 0; file < 400; file++)
        {
            var csv = Generate(random);
            Assert.True(Rows(csv, plain: false).SequenceEqual(Rows(csv, plain: true)), csv);
        }
    }

    [Fact]
    public void A_row_longer_than_the_buffer_is_split_whole()
    {
        var notes = new string('n', 200_000);
        var csv = $"{Header}\n1,P1,2025-10-01,{notes}\n2,P1,2025-10-02,\"{notes}\"";

        Assert.Equal(Rows(csv, plain: false), Rows(csv, plain: true));
    }

    // Each row as "row N line L: cells", then the error that stopped the reading, if any.
    private static List<string> Rows(string csv, bool plain)
    {
        var rows = new List<string>();
        try
        {
            foreach (var (line, label, cells) in CsvRecordReader.Cells("records.csv", () => new StringReader(csv), plain))
            {
                rows.Add($"{label} line {line}: {string.Join('|', cells)}");
            }
        }
        catch (InputException e)
        {
            rows.Add($"error: {e.Message}");
        }

        return rows;
    }

    private static string Generate(Random random)
    {
        var text = new StringBuilder(Header);
        var lineBreak = Breaks[random.Next(Breaks.Length)];
        text.Append(lineBreak);
        var rows = random.Next(0, 30);
        for (var i = 0; i < rows; i++)
        {
            var cells = Enumerable.Range(0, 4).Select(_ => Cells[random.Next(Cells.Length)]).ToList();
            switch (random.Next(25))
            {
                case 0:
                    cells.RemoveAt(3); // a cell short
                    break;
                case 1:
                    cells.Add("extra");
                    break;
                case 2:
                    text.Append(lineBreak); // a blank line
                    break;
                case 3:
                    cells[random.Next(4)] = "\"two" + lineBreak + "lines\"";
                    break;
                case 4:
                    cells[random.Next(4)] = "a\"b"; // a stray quote
                    break;
            }

            text.Append(string.Join(',', cells));
            if (i < rows - 1 || random.Next(2) == 0)
            {
                text.Append(lineBreak);
            }
        }

        return text.ToString();
    }
}
