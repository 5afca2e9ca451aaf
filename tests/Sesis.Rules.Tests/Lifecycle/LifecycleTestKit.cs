using NodaTime;
using NodaTime.Testing;

namespace Sesis.Rules.Tests;

/// <summary>A stub validator's findings, in a given context: the context the workflow's guards read.</summary>
internal sealed class InContext(IServiceRecordValidator inner, RecordingContext context) : IServiceRecordValidator
{
    public RecordingContext Context => context;

    public IReadOnlyList<Finding> Validate(ServiceRecord record, ValidationStage stage) => inner.Validate(record, stage);
}

/// <summary>A paraprofessional's session on a school day and the context to work it through its lifecycle.</summary>
internal static class LifecycleTestKit
{
    public static readonly ProviderId OwnId = new("P0012345");
    public static readonly ProviderId OtherId = new("P0099999");
    public static readonly Guid RecordId = new("0f8fad5b-d9cb-469f-a165-70867728950e");

    // Monday 2025-10-06, 08:00-14:20 in New York: the session ends at 18:20 UTC (EDT is UTC-4).
    public static readonly Instant SessionEnd = Instant.FromUtc(2025, 10, 6, 18, 20);
    public static readonly Instant Now = Instant.FromUtc(2025, 10, 6, 20, 0);

    /// <summary>Gets the one sample session of the tests (<see cref="Samples.ParaSession"/>), a draft not yet certified.</summary>
    public static readonly ServiceRecord Sample = Samples.ParaSession;

    /// <summary>A validator (one with no findings by default) in the context the workflow's guards read.</summary>
    public static IServiceRecordValidator Context(IServiceRecordValidator? validator = null, SchoolKind kind = SchoolKind.Elementary) =>
        new InContext(
            validator ?? NoFindingsValidator.Instance,
            new RecordingContext { Calendar = SchoolCalendars.NewYorkCity2025To2026, Clock = new FakeClock(Now), TimeZone = RecordGenerators.NewYork, SchoolKind = kind });

    public static ServiceRecordWorkflow Draft(ServiceRecord? record = null, IServiceRecordValidator? validator = null) =>
        new(ServiceRecordRevision.NewDraft(RecordId, record ?? Sample), Context(validator));

    public static ServiceRecordWorkflow Certified()
    {
        var workflow = Draft();
        Assert.True(workflow.Certify(OwnId, Now).Succeeded);
        return workflow;
    }

    public static ServiceRecordWorkflow Saved()
    {
        var workflow = Certified();
        Assert.True(workflow.Save().Succeeded);
        return workflow;
    }
}
