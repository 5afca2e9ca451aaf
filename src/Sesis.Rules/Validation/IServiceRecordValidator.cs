namespace Sesis.Rules;

/// <summary>
/// Checks one service record against the rules and the context the validator was built with (clock, time
/// zone, calendar, providers, caseload, policies). Implementations are built once and are safe to share
/// across threads.
/// </summary>
public interface IServiceRecordValidator
{
    /// <summary>Checks <paramref name="record"/> at <paramref name="stage"/>.</summary>
    /// <param name="record">The record.</param>
    /// <param name="stage">Draft (everything but certification) or Save (everything).</param>
    /// <returns>Every independent finding; none when the record is valid.</returns>
    IReadOnlyList<Finding> Validate(ServiceRecord record, ValidationStage stage);
}
