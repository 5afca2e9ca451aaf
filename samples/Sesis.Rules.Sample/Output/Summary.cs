using System.Globalization;

namespace Sesis.Rules.Sample.Output;

/// <summary>The counts of a run: records, records with findings, missing records, and findings by code and severity.</summary>
internal sealed class Summary
{
    private readonly SortedDictionary<(string Code, FindingSeverity Severity), long> _byCode = [];

    public long Records { get; private set; }

    public long RecordsWithFindings { get; private set; }

    public long MissingRecords { get; private set; }

    public long Errors { get; private set; }

    public long Warnings { get; private set; }

    public bool HasErrors => Errors > 0;

    /// <summary>Gets the number of findings of each code and severity, by code.</summary>
    public IReadOnlyDictionary<(string Code, FindingSeverity Severity), long> ByCode => _byCode;

    public void Add(IReadOnlyList<Finding> findings)
    {
        Records++;
        if (findings.Count > 0)
        {
            RecordsWithFindings++;
        }

        for (var i = 0; i < findings.Count; i++)
        {
            Count(findings[i]);
        }
    }

    public void AddMissing(Finding finding)
    {
        MissingRecords++;
        Count(finding);
    }

    /// <summary>The last line of the text report.</summary>
    public string Totals() => string.Create(CultureInfo.InvariantCulture, $"{Records} records: {Errors} errors, {Warnings} warnings.");

    private void Count(Finding finding)
    {
        var key = (finding.Code, finding.Severity);
        _byCode[key] = _byCode.GetValueOrDefault(key) + 1;
        if (finding.Severity == FindingSeverity.Error)
        {
            Errors++;
        }
        else
        {
            Warnings++;
        }
    }
}
