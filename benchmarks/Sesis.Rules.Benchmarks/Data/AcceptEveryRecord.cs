namespace Sesis.Rules.Benchmarks;

/// <summary>A record validator with no rules, so a batch benchmark measures the rules across records alone.</summary>
public sealed class AcceptEveryRecord : IServiceRecordValidator
{
    private static readonly Finding[] None = [];

    /// <summary>Gets the one instance.</summary>
    public static AcceptEveryRecord Instance { get; } = new();

    /// <inheritdoc/>
    public RecordingContext Context { get; } = new();

    /// <inheritdoc/>
    public IReadOnlyList<Finding> Validate(ServiceRecord record, ValidationStage stage) => None;
}
