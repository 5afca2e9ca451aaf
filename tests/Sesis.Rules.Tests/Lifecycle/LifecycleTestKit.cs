using NodaTime;
using NodaTime.Testing;

namespace Sesis.Rules.Tests;

/// <summary>A validator that reports fixed findings at one stage and none at the other.</summary>
internal sealed class StubValidator(ValidationStage stage, params Finding[] findings) : IServiceRecordValidator
{
    public static StubValidator NoFindings { get; } = new(ValidationStage.Draft);

    public IReadOnlyList<Finding> Validate(ServiceRecord record, ValidationStage asked) => asked == stage ? findings : [];
}

/// <summary>
/// A calendar covering NYC's 2025-26 school year with a few of its gray days from SPEC.md: weekends,
/// 2025-10-02 (Yom Kippur), 2025-10-13 (Indigenous Peoples' Day) and 2026-06-05 (Clerical Day: closed for every kind of school but high schools).
/// </summary>
internal sealed class StubCalendar : ISchoolCalendar
{
    public static StubCalendar Instance { get; } = new();

    public bool Covers(LocalDate day) => day >= new LocalDate(2025, 9, 4) && day <= new LocalDate(2026, 6, 26);

    public bool IsGrayDay(LocalDate day, SchoolKind kind) =>
        !Covers(day)
        || day.DayOfWeek is IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday
        || day == new LocalDate(2025, 10, 2)
        || day == new LocalDate(2025, 10, 13)
        || (day == new LocalDate(2026, 6, 5) && kind != SchoolKind.High);
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

    public static readonly ServiceRecord Sample = new()
    {
        StudentId = new StudentId("204381527"),
        ProviderId = OwnId,
        ServiceType = ServiceType.Paraprofessional,
        Date = new LocalDate(2025, 10, 6),
        StartTime = new LocalTime(8, 0),
        EndTime = new LocalTime(14, 20),
        Language = Language.English,
        Location = ServiceLocation.GeneralEducationClassroom,
        Description = ServiceDescription.Health,
        Progress = ProgressIndicator.Progressing,
    };

    public static WorkflowContext Context(IServiceRecordValidator? validator = null, SchoolKind kind = SchoolKind.Elementary) =>
        new(validator ?? StubValidator.NoFindings, StubCalendar.Instance, new FakeClock(Now), RecordGenerators.NewYork, kind);

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
