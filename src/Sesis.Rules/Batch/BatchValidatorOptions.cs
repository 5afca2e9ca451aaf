namespace Sesis.Rules;

/// <summary>What a <see cref="BatchValidator"/> is built with.</summary>
/// <remarks>
/// An options object rather than constructor parameters, so that passes over the same batch can be added as
/// new optional properties without breaking callers: the missing-record check (SR910) is one. Everything the
/// batch reads besides (severities, calendar, schedules, "today") comes from the record validator's
/// <see cref="IServiceRecordValidator.Context"/>.
/// </remarks>
public sealed class BatchValidatorOptions
{
    /// <summary>
    /// Gets the validator run on each record before the across-record rules; it must be thread-safe. Its
    /// <see cref="IServiceRecordValidator.Context"/> gives the SR9xx severities
    /// (<see cref="RecordingContext.SeverityOverrides"/>) and, for the missing-record check, the calendar, the
    /// schedules and the clock.
    /// </summary>
    public required IServiceRecordValidator RecordValidator { get; init; }

    /// <summary>
    /// Gets the missing-record check (SR910): the period to check. <see langword="null"/> (the default) leaves it
    /// out, and <see cref="BatchValidationResult.MissingRecords"/> is then empty.
    /// </summary>
    public MissingRecordCheck? MissingRecordCheck { get; init; }

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
