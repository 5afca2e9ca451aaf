using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using Sesis.Rules.Sample.Input;

namespace Sesis.Rules.Sample.Output;

/// <summary>
/// One row per finding, for a spreadsheet: every cell quoted; a cell that starts with =, +, -, @, a tab or a
/// carriage return gets a leading apostrophe, so a spreadsheet shows it as text instead of running it as a formula
/// (an attacker could put "=HYPERLINK(...)" in a record's notes or id). A missing record has no row or line.
/// </summary>
internal sealed class CsvFindings(TextWriter output, bool byteOrderMark) : IFindingWriter, IDisposable
{
    public static readonly string[] Columns = ["row", "line", "studentId", "providerId", "serviceType", "date", "code", "severity", "field", "message"];

    private readonly CsvWriter _csv = new(output, new CsvConfiguration(CultureInfo.InvariantCulture)
    {
        ShouldQuote = static _ => true,
        InjectionOptions = InjectionOptions.Escape,
    }, leaveOpen: true);

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
            Row(record.Label, record.Line.ToString(CultureInfo.InvariantCulture), r?.StudentId.Value ?? string.Empty, r?.ProviderId.Value ?? string.Empty, r?.ServiceType.Code ?? string.Empty, r is null ? string.Empty : Text.Date(r.Date), findings[i]);
        }
    }

    public void Missing(MissingRecordFinding missing)
    {
        var e = missing.Expected;
        Row(string.Empty, string.Empty, e.StudentId.Value, e.ProviderId.Value, e.ServiceType.Code, Text.Date(e.Date), missing.Finding);
    }

    public void End(Summary summary) => _csv.Flush();

    public void Dispose() => _csv.Dispose();

    private void Row(string row, string line, string student, string provider, string serviceType, string date, Finding f)
    {
        _csv.WriteField(row);
        _csv.WriteField(line);
        _csv.WriteField(student);
        _csv.WriteField(provider);
        _csv.WriteField(serviceType);
        _csv.WriteField(date);
        _csv.WriteField(f.Code);
        _csv.WriteField(f.Severity.ToString());
        _csv.WriteField(f.Field);
        _csv.WriteField(f.Message);
        _csv.NextRecord();
    }
}
