namespace Sesis.Rules.Tests;

/// <summary>A record validator that accepts every record, so a batch test sees only the SR9xx rules and a workflow test only the lifecycle.</summary>
public sealed class NoFindingsValidator(RecordingContext? context = null) : IServiceRecordValidator
{
    public static NoFindingsValidator Instance { get; } = new();

    public RecordingContext Context { get; } = context ?? new RecordingContext();

    public IReadOnlyList<Finding> Validate(ServiceRecord record, ValidationStage stage) => [];
}

/// <summary>A record validator that returns fixed findings for the records a predicate picks, and remembers the stages it saw.</summary>
public sealed class FixedFindingValidator(Func<ServiceRecord, bool> applies, params Finding[] findings) : IServiceRecordValidator
{
    private readonly System.Collections.Concurrent.ConcurrentBag<ValidationStage> _stages = [];

    public IReadOnlyCollection<ValidationStage> StagesSeen => _stages;

    public RecordingContext Context { get; init; } = new();

    public IReadOnlyList<Finding> Validate(ServiceRecord record, ValidationStage stage)
    {
        _stages.Add(stage);
        return applies(record) ? findings : [];
    }
}

/// <summary>A record validator that reports fixed findings at one stage and none at the other.</summary>
public sealed class StubValidator(ValidationStage stage, params Finding[] findings) : IServiceRecordValidator
{
    public RecordingContext Context { get; } = new();

    public IReadOnlyList<Finding> Validate(ServiceRecord record, ValidationStage asked) => asked == stage ? findings : [];
}
