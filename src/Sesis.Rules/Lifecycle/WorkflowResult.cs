namespace Sesis.Rules;

/// <summary>
/// What came of asking a <see cref="ServiceRecordWorkflow"/> to do something: done, with the revision that
/// resulted, or refused, with the reason in words. Refusals are results, never exceptions.
/// </summary>
public sealed class WorkflowResult
{
    private WorkflowResult(bool succeeded, ServiceRecordRevision revision, string? refusalReason, IReadOnlyList<string> unmetConditions, IReadOnlyList<Finding> findings, IReadOnlyList<string> clearedFields)
    {
        Succeeded = succeeded;
        Revision = revision;
        RefusalReason = refusalReason;
        UnmetConditions = unmetConditions;
        Findings = findings;
        ClearedFields = clearedFields;
    }

    /// <summary>Gets a value indicating whether the action was done.</summary>
    public bool Succeeded { get; }

    /// <summary>Gets the revision after the action; the unchanged revision when refused.</summary>
    public ServiceRecordRevision Revision { get; }

    /// <summary>Gets why the action was refused, in words; <see langword="null"/> when it was done.</summary>
    public string? RefusalReason { get; }

    /// <summary>Gets the guards, named in words (such as "the date is not a gray day"), that did not hold; empty when none did or the action has no transition from the state.</summary>
    public IReadOnlyList<string> UnmetConditions { get; }

    /// <summary>Gets the draft-stage errors that kept the record from being certified; empty otherwise.</summary>
    public IReadOnlyList<Finding> Findings { get; }

    /// <summary>Gets the fields a session-type change cleared because they no longer apply (such as "Location"), named as on <see cref="ServiceRecord"/>.</summary>
    public IReadOnlyList<string> ClearedFields { get; }

    /// <summary>Describes the outcome.</summary>
    /// <returns>"done: …" with the revision, or "refused: …" with the reason.</returns>
    public override string ToString() => Succeeded ? $"done: {Revision}" : $"refused: {RefusalReason}";

    internal static WorkflowResult Done(ServiceRecordRevision revision, IReadOnlyList<string>? clearedFields = null) =>
        new(true, revision, null, [], [], clearedFields ?? []);

    internal static WorkflowResult Refused(ServiceRecordRevision revision, string reason, IReadOnlyList<string>? unmetConditions = null, IReadOnlyList<Finding>? findings = null) =>
        new(false, revision, reason, unmetConditions ?? [], findings ?? [], []);
}
