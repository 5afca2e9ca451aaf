namespace Sesis.Rules;

/// <summary>
/// Checks one service record against the rules and the context the validator was built with (clock, time
/// zone, calendar, providers, caseload, policies). Implementations are built once and are safe to share
/// across threads.
/// </summary>
/// <remarks>
/// The <see cref="ServiceRecordWorkflow"/> and the <see cref="BatchValidator"/> read the validator's
/// <see cref="Context"/> for everything else they need (calendar, kind of school, clock, time zone, severities,
/// schedules), so a workflow or a batch and its validator can never disagree about a day.
/// </remarks>
public interface IServiceRecordValidator
{
    /// <summary>Gets the context the validator checks records in.</summary>
    RecordingContext Context { get; }

    /// <summary>Checks <paramref name="record"/> at <paramref name="stage"/>.</summary>
    /// <param name="record">The record.</param>
    /// <param name="stage">Draft (everything but certification) or Save (everything).</param>
    /// <returns>Every independent finding; none when the record is valid.</returns>
    IReadOnlyList<Finding> Validate(ServiceRecord record, ValidationStage stage);
}
