namespace Sesis.Rules;

/// <summary>
/// What a batch validation found: every record's findings, single-record and across records, in a fixed order.
/// </summary>
/// <remarks>
/// <see cref="Findings"/> is sorted by record position, then code, field and message (ordinal), so the same
/// input always gives the same list, and a record's findings are contiguous.
/// </remarks>
public sealed class BatchValidationResult
{
    internal BatchValidationResult(IReadOnlyList<RecordFinding> findings, long recordCount)
    {
        Findings = findings;
        RecordCount = recordCount;
    }

    /// <summary>Gets the findings, sorted by record position, then code, field and message.</summary>
    public IReadOnlyList<RecordFinding> Findings { get; }

    /// <summary>Gets the number of records checked.</summary>
    public long RecordCount { get; }

    /// <summary>Gets a value indicating whether any finding is an <see cref="Severity.Error"/>.</summary>
    public bool HasErrors => Findings.Any(static f => f.Finding.Severity == Severity.Error);

    /// <summary>Describes the result in a few words.</summary>
    /// <returns>Such as "1000 records, 3 findings".</returns>
    public override string ToString() =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{RecordCount} records, {Findings.Count} findings");
}
