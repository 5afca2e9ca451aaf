using System.Globalization;
using Sesis.Rules.Sample.Input;

namespace Sesis.Rules.Sample.Output;

/// <summary>
/// The report for people: the records with findings (every record with <c>--all</c>), then the missing records,
/// then the findings counted by code and severity and a last line of totals.
/// </summary>
internal sealed class TextFindings(TextWriter output, bool all) : IFindingWriter, IDisposable
{
    private readonly Spool _missing = new();

    public void Begin()
    {
    }

    public void Record(SourcedRecord record, IReadOnlyList<Finding> findings)
    {
        if (findings.Count == 0 && !all)
        {
            return;
        }

        output.WriteLine($"{record.Label} (line {record.Line}): {record.Describe()}");
        if (findings.Count == 0)
        {
            output.WriteLine("  ok");
            return;
        }

        var fieldWidth = 0;
        for (var i = 0; i < findings.Count; i++)
        {
            fieldWidth = Math.Max(fieldWidth, findings[i].Field.Length);
        }

        for (var i = 0; i < findings.Count; i++)
        {
            var at = record.At(findings[i]) is { } where ? $" ({where}, {RecordMapper.ColumnOf(findings[i].Field)})" : string.Empty;
            output.WriteLine(Line(findings[i], fieldWidth) + at);
        }
    }

    public void Missing(MissingRecordFinding missing) => _missing.Add(Line(missing.Finding, missing.Finding.Field.Length));

    public void End(Summary summary)
    {
        if (_missing.Count > 0)
        {
            output.WriteLine();
            output.WriteLine("Missing records (scheduled school days with no record):");
            foreach (var line in _missing.Lines())
            {
                output.WriteLine(line);
            }
        }

        output.WriteLine();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{summary.RecordsWithFindings} of {summary.Records} records have findings; {summary.MissingRecords} missing records."));
        if (summary.ByCode.Count > 0)
        {
            output.WriteLine("Findings by code:");
            foreach (var ((code, severity), count) in summary.ByCode)
            {
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {code}  {Severity(severity)}  {count,8}"));
            }
        }

        output.WriteLine(summary.Totals());
    }

    public void Dispose() => _missing.Dispose();

    private static string Line(Finding f, int fieldWidth) => $"  {f.Code}  {Severity(f.Severity)}  {f.Field.PadRight(fieldWidth)}  {f.Message}";

    private static string Severity(FindingSeverity severity) => severity == FindingSeverity.Error ? "error  " : "warning";
}
