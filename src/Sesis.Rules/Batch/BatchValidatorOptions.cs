using System.Collections.Frozen;

namespace Sesis.Rules;

/// <summary>What a <see cref="BatchValidator"/> is built with.</summary>
/// <remarks>
/// An options object rather than constructor parameters, so that passes over the same batch can be added as
/// new optional properties without breaking callers: the missing-record check (SR910) is one.
/// </remarks>
public sealed class BatchValidatorOptions
{
    /// <summary>Gets the validator run on each record before the across-record rules; it must be thread-safe.</summary>
    /// <remarks>
    /// When it is a <see cref="ServiceRecordValidator"/>, the SR9xx codes of its
    /// <see cref="ValidationOptions.SeverityOverrides"/> apply to the batch's findings too.
    /// </remarks>
    public required IServiceRecordValidator RecordValidator { get; init; }

    /// <summary>
    /// Gets the missing-record check (SR910): schedules, a school calendar, a period and a clock. <see langword="null"/>
    /// (the default) leaves it out, and <see cref="BatchValidationResult.MissingRecords"/> is then empty.
    /// </summary>
    public MissingRecordCheck? MissingRecordCheck { get; init; }

    /// <summary>
    /// Gets severities that replace the default of across-record rules (SR9xx codes of
    /// <see cref="RuleCatalog.AcrossRecords"/>), by code; empty by default. Single-record codes belong in
    /// <see cref="ValidationOptions.SeverityOverrides"/>.
    /// </summary>
    public IReadOnlyDictionary<string, FindingSeverity> SeverityOverrides { get; init; } = FrozenDictionary<string, FindingSeverity>.Empty;

    /// <summary>
    /// Gets how many threads may validate at once; 1 (the default) validates on the calling thread only.
    /// <see cref="Environment.ProcessorCount"/> uses every core.
    /// </summary>
    /// <remarks>
    /// Work is shared out by provider-day partition, which every across-record rule keeps to, so the findings and
    /// their order are the same whatever the degree: it changes only how fast a batch is checked. Above 1, the
    /// record validator is called from several threads at once, so it must be thread-safe (a
    /// <see cref="ServiceRecordValidator"/> is).
    /// </remarks>
    public int MaxDegreeOfParallelism { get; init; } = 1;
}
