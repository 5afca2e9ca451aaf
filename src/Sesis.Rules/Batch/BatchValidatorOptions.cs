namespace Sesis.Rules;

/// <summary>What a <see cref="BatchValidator"/> is built with.</summary>
/// <remarks>
/// An options object rather than constructor parameters, so that later passes over the same provider-day
/// partitions (the missing-record check, SR910, which needs schedules and a school calendar) can be added as
/// new optional properties without breaking callers.
/// </remarks>
public sealed class BatchValidatorOptions
{
    /// <summary>Gets the validator run on each record before the across-record rules; it must be thread-safe.</summary>
    public required IServiceRecordValidator RecordValidator { get; init; }
}
