using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;

namespace Sesis.Rules.Sample.Input;

/// <summary>
/// Reads service records from CSV: a header row naming the record fields (as in the JSON format), then one
/// record per row. Empty cells are absent values. A value the library cannot read is a finding on its record;
/// what makes the file unreadable (its structure, an unknown column) is an error naming the file, the line and the column.
/// The rows are split on the calling thread; their values are read on up to the given number of threads, in order
/// (see <see cref="RecordPipeline"/>).
/// </summary>
internal static class CsvRecordReader
{
    public static IEnumerable<SourcedRecord> Read(string file, TextReader text, ServiceRecordReader reader) => Read(file, text, reader, threads: 1);

    public static IEnumerable<SourcedRecord> Read(string file, TextReader text, ServiceRecordReader reader, int threads) =>
        RecordPipeline.Read(Rows(file, text, skip: 0), row => RecordMapper.Read(row, reader, row.Line, row.Label), threads);

    /// <summary>
    /// Reads a file that can be opened again: its rows are split without the CSV library while they are in the plain
    /// form (<see cref="CsvPlainRows"/>), and from the first row that is not, the file is read again by the CSV
    /// library, past the rows already given. Either way the rows, cells, lines and errors are the library's.
    /// </summary>
    public static IEnumerable<SourcedRecord> Read(string file, Func<TextReader> open, ServiceRecordReader reader, int threads) =>
        RecordPipeline.Read(Rows(file, open), row => RecordMapper.Read(row, reader, row.Line, row.Label), threads);

    /// <summary>The rows as read, for tests: (line, label, cells), split plainly where possible when <paramref name="plain"/>.</summary>
    internal static IEnumerable<(int Line, string Label, string?[] Cells)> Cells(string file, Func<TextReader> open, bool plain) =>
        (plain ? Rows(file, open) : Rows(file, open(), skip: 0)).Select(static r => (r.Line, r.Label, r.Cells));

    private static IEnumerable<CsvRow> Rows(string file, Func<TextReader> open)
    {
        var given = 0;
        using (var text = open())
        {
            var rows = new CsvPlainRows(text);
            if (rows.Next(out var names, out var headerLine) != CsvPlainRows.Outcome.Row || headerLine != 1 || names.Length == 0)
            {
                given = -1; // the header is not plain: all of it is the library's
            }
            else
            {
                var header = CheckHeader(file, names!);
                var columns = RecordMapper.ColumnsOf(header);
                while (true)
                {
                    var next = rows.Next(out var cells, out var line);
                    if (next == CsvPlainRows.Outcome.End)
                    {
                        yield break;
                    }

                    if (next == CsvPlainRows.Outcome.NotPlain || cells.Length != header.Length)
                    {
                        break; // the library says what this row is, and reads the rest
                    }

                    yield return new CsvRow(file, line, $"row {++given}", header, columns, cells);
                }
            }
        }

        using var again = open();
        foreach (var row in Rows(file, again, skip: Math.Max(given, 0)))
        {
            yield return row;
        }
    }

    // The header, checked, then each row's cells with its line; the rows are numbered from 1 as they come. The first
    // skip rows (given already) are read and passed over.
    private static IEnumerable<CsvRow> Rows(string file, TextReader text, int skip)
    {
        var configuration = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            DetectColumnCountChanges = true,
            TrimOptions = TrimOptions.None,
            BadDataFound = null,
        };
        using var csv = new CsvReader(text, configuration);
        string[] header;
        try
        {
            if (!csv.Read() || !csv.ReadHeader() || csv.HeaderRecord is not { Length: > 0 } names)
            {
                throw new InputException(file, 1, null, "The CSV file has no header row.");
            }

            header = names;
        }
        catch (CsvHelperException e)
        {
            throw new InputException(file, 1, null, $"Malformed CSV header: {FirstLine(e.Message)}");
        }

        CheckHeader(file, header);
        var columns = RecordMapper.ColumnsOf(header);
        var index = 0;
        while (true)
        {
            int line;
            string?[] cells;
            try
            {
                if (!csv.Read())
                {
                    yield break;
                }

                line = csv.Parser.RawRow;
                cells = csv.Parser.Record ?? [];
            }
            catch (CsvHelperException e)
            {
                throw new InputException(file, csv.Parser.RawRow, null, $"Malformed CSV: {FirstLine(e.Message)}");
            }

            if (cells.Length != header.Length)
            {
                throw new InputException(file, line, null, $"The row has {cells.Length} cells; the header has {header.Length}.");
            }

            if (++index > skip)
            {
                yield return new CsvRow(file, line, $"row {index}", header, columns, cells);
            }
        }
    }

    private static string[] CheckHeader(string file, string?[] header)
    {
        foreach (var name in header)
        {
            if (!RecordMapper.Fields.Contains(name, StringComparer.Ordinal))
            {
                throw new InputException(file, 1, name, $"Unknown column. Known columns: {string.Join(", ", RecordMapper.Fields)}.");
            }
        }

        if (header.Distinct(StringComparer.Ordinal).Count() != header.Length)
        {
            throw new InputException(file, 1, null, "A column appears twice in the header.");
        }

        return header!;
    }

    private static string FirstLine(string message) => message.Split('\n', 2)[0].Trim();

    private sealed class CsvRow(string file, int line, string label, string[] header, int[] columns, string?[] cells) : FieldSource
    {
        public int Line => line;

        public string?[] Cells => cells;

        public string Label => label;

        public override string File => file;

        public override string? OptionalString(string name)
        {
            var i = System.Array.IndexOf(header, name);
            return i < 0 || string.IsNullOrEmpty(cells[i]) ? null : cells[i];
        }

        public override string? RecordField(int index) => columns[index] is var i and >= 0 && !string.IsNullOrEmpty(cells[i]) ? cells[i] : null;

        public override int LineOf(string name) => line;

        public override InputException Error(string name, string problem) => new(file, line, name, problem);
    }
}
