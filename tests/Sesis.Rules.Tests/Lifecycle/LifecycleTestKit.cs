using NodaTime;
using NodaTime.Testing;

namespace Sesis.Rules.Tests;

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

    public static WorkflowContext Context(IServiceRecordValidator? validator = null, SchoolKind kind = SchoolKind.Elementary) =>
        new(validator ?? NoFindingsValidator.Instance, SchoolCalendars.NewYorkCity2025To2026, new FakeClock(Now), RecordGenerators.NewYork, kind);

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
