using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using Sesis.Rules.Sample.Input;

namespace Sesis.Rules.Sample.Output;

/// <summary>
/// One row per finding, for a spreadsheet: every cell quoted; a cell that starts with =, +, -, @, a tab or a
/// carriage return gets a leading apostrophe, so a spreadsheet shows it as text instead of running it as a formula
/// (an attacker could put "=HYPERLINK(...)" in a record's notes or id). A missing record has no row or line; the
/// missing records come after the findings on records, as in the text report, so the file is the same on any number
/// of threads (a streaming run finds them provider by provider, between records, as chunks complete).
/// </summary>
internal sealed class CsvFindings(TextWriter output, bool byteOrderMark) : IFindingWriter, IDisposable
{
    public static readonly string[] Columns = ["row", "line", "studentId", "providerId", "serviceType", "date", "code", "severity", "field", "message"];

    private readonly CsvWriter _csv = new(output, new CsvConfiguration(CultureInfo.InvariantCulture)
    {
        ShouldQuote = static _ => true,
        InjectionOptions = InjectionOptions.Escape,
    }, leaveOpen: true);

    // Missing records as CSV lines on disk until the end (a district's can be many), written by a writer of their own.
    private readonly Spool _missing = new();
    private readonly StringWriter _line = new(CultureInfo.InvariantCulture);
    private CsvWriter? _missingCsv;

    public void Begin()
    {
        if (byteOrderMark)
        {
            // Excel on Windows reads a CSV file as UTF-8 only when it starts with the mark.
            output.Write('\uFEFF');
        }

        foreach (var column in Columns)
        {
            _csv.WriteField(column);
        }

        _csv.NextRecord();
    }

    public void Record(SourcedRecord record, IReadOnlyList<Finding> findings)
    {
        // A record read in part has no typed values: its cells are left empty, its SR0xx findings name the field.
        var r = record.Reading.Record;
        for (var i = 0; i < findings.Count; i++)
        {
            Row(_csv, record.Label, record.Line.ToString(CultureInfo.InvariantCulture), r?.StudentId.Value ?? string.Empty, r?.ProviderId.Value ?? string.Empty, r?.ServiceType.Code ?? string.Empty, r is null ? string.Empty : Text.Date(r.Date), findings[i]);
        }
    }

    public void Missing(MissingRecordFinding missing)
    {
        var e = missing.Expected;
        _missingCsv ??= new CsvWriter(_line, _csv.Configuration, leaveOpen: true);
        Row(_missingCsv, string.Empty, string.Empty, e.StudentId.Value, e.ProviderId.Value, e.ServiceType.Code, Text.Date(e.Date), missing.Finding);
        _missingCsv.Flush();
        _missing.Add(_line.ToString().TrimEnd('\r', '\n'));
        _line.GetStringBuilder().Clear();
    }

    public void End(Summary summary)
    {
        _csv.Flush();
        foreach (var line in _missing.Lines())
        {
            output.Write(line);
            output.Write(_csv.Configuration.NewLine);
        }
    }

    public void Dispose()
    {
        _csv.Dispose();
        _missingCsv?.Dispose();
        _missing.Dispose();
    }

    private static void Row(CsvWriter csv, string row, string line, string student, string provider, string serviceType, string date, Finding f)
    {
        csv.WriteField(row);
        csv.WriteField(line);
        csv.WriteField(student);
        csv.WriteField(provider);
        csv.WriteField(serviceType);
        csv.WriteField(date);
        csv.WriteField(f.Code);
        csv.WriteField(f.Severity.ToString());
        csv.WriteField(f.Field);
        csv.WriteField(f.Message);
        csv.NextRecord();
    }
}
