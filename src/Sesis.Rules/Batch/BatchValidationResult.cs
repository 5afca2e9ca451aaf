namespace Sesis.Rules;

/// <summary>
/// What a batch validation found: every record's findings, single-record and across records, in a fixed order,
/// and the missing records (SR910) when the batch was built with a <see cref="MissingRecordCheck"/>.
/// </summary>
/// <remarks>
/// <see cref="Findings"/> is sorted by record position, then code, field and message (ordinal), so the same
/// input always gives the same list, and a record's findings are contiguous. <see cref="MissingRecords"/> concern
/// records that do not exist, so they have no position and are kept apart, in date, provider, student and
/// service-type order; they depend on which records the input holds, never on their order.
/// </remarks>
public sealed class BatchValidationResult
{
    internal BatchValidationResult(IReadOnlyList<RecordFinding> findings, long recordCount, IReadOnlyList<MissingRecordFinding> missingRecords)
    {
        Findings = findings;
        RecordCount = recordCount;
        MissingRecords = missingRecords;
    }

    /// <summary>Gets the findings on records, sorted by record position, then code, field and message.</summary>
    public IReadOnlyList<RecordFinding> Findings { get; }

    /// <summary>
    /// Gets the missing records (SR910): one per student, provider, service type and scheduled school day with
    /// no record in the batch, in date, provider, student and service-type order. Empty when the batch was built
    /// without a <see cref="MissingRecordCheck"/>.
    /// </summary>
    public IReadOnlyList<MissingRecordFinding> MissingRecords { get; }

    /// <summary>Gets the number of records checked.</summary>
    public long RecordCount { get; }

    /// <summary>Gets a value indicating whether any finding, on a record or a missing record, is an <see cref="FindingSeverity.Error"/>.</summary>
    public bool HasErrors =>
        Findings.Any(static f => f.Finding.Severity == FindingSeverity.Error) || MissingRecords.Any(static m => m.Finding.Severity == FindingSeverity.Error);

    /// <summary>Describes the result in a few words.</summary>
    /// <returns>Such as "1000 records, 3 findings", or "1000 records, 3 findings, 2 missing records" when records are missing.</returns>
    public override string ToString() =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{RecordCount} records, {Findings.Count} findings")
        + (MissingRecords.Count == 0 ? string.Empty : string.Create(System.Globalization.CultureInfo.InvariantCulture, $", {MissingRecords.Count} missing records"));
}
