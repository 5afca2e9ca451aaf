using NodaTime;
using NodaTime.Testing;

namespace Sesis.Rules.Tests;

/// <summary>
/// The workflow, the validator and the missing-record check built on one <see cref="RecordingContext"/> agree on
/// every day of the 2025-26 school year (July to June) for every kind of school: a day on which a schedule expects
/// a record is one on which an absence may be recorded and certified; a gray day the calendar covers is one on
/// which the workflow refuses an absence, the validator gives SR701, and no record is expected.
/// </summary>
public sealed class OneContextAgreementTests
{
    private static readonly DateInterval Year2025To26 = new(new LocalDate(2025, 7, 1), new LocalDate(2026, 6, 30));
    private static readonly ISchoolCalendar Nyc = SchoolCalendars.NewYorkCity2025To2026;
    private static readonly Instant EndOfJune = new LocalDateTime(2026, 6, 30, 18, 0).InZoneStrictly(RecordingContext.NewYork).ToInstant();

    public static TheoryData<SchoolKind> Kinds() => [.. Enum.GetValues<SchoolKind>()];

    private static RecordingContext ContextFor(SchoolKind kind) => new()
    {
        Clock = new FakeClock(EndOfJune),
        Calendar = Nyc,
        SchoolKind = kind,
        EntryWindowStart = Year2025To26.Start,
        Providers = ProviderDirectory.Create([Samples.Para]),
        Caseload = Caseload.Create([Samples.ParaAssignment with { Period = Year2025To26 }]),
        Schedules = ServiceSchedules.Create([new ServiceSchedule(Samples.Para.Id, Samples.Student, ServiceType.Paraprofessional, Year2025To26) { SchoolKind = kind }]),
    };

    private static ServiceRecord ServiceOn(LocalDate date) => Samples.ParaRecord with { Date = date, Certification = null };

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Workflow_validator_and_missing_record_check_agree_on_every_day(SchoolKind kind)
    {
        var context = ContextFor(kind);
        var validator = new ServiceRecordValidator(context);
        var expected = MissingRecords.Find(context, Year2025To26, []).Select(static m => m.Expected.Date).ToHashSet();
        var disagreements = new List<string>();

        foreach (var date in Year2025To26)
        {
            var workflow = new ServiceRecordWorkflow(ServiceRecordRevision.NewDraft(Guid.NewGuid(), ServiceOn(date)), validator);
            var change = workflow.ChangeSessionType(SessionType.StudentAbsent, SessionReason.StudentAbsentFromSchool);
            var absenceCodes = validator.Validate(workflow.Record with { SessionType = SessionType.StudentAbsent, Reason = SessionReason.StudentAbsentFromSchool, Location = null, Description = null, Progress = null }, ValidationStage.Draft)
                .Select(static f => f.Code).ToList();
            var serviceCodes = validator.Validate(ServiceOn(date), ValidationStage.Draft).Select(static f => f.Code).ToList();
            var isExpected = expected.Contains(date);
            var grayAndCovered = Nyc.Covers(date) && Nyc.IsGrayDay(date, kind);

            // A gray day the calendar covers: refused by all three. Any other day the calendar covers: a school day,
            // on which a record is expected and an absence is allowed, recorded without SR701 and certified.
            if (grayAndCovered != (!change.Succeeded) || grayAndCovered != absenceCodes.Contains("SR701") || grayAndCovered != serviceCodes.Contains("SR702"))
            {
                disagreements.Add($"{date:uuuu-MM-dd}: gray {grayAndCovered}, workflow {(change.Succeeded ? "allows" : "refuses")} an absence, SR701 {absenceCodes.Contains("SR701")}, SR702 {serviceCodes.Contains("SR702")}");
            }

            if (isExpected != (Nyc.Covers(date) && !grayAndCovered))
            {
                disagreements.Add($"{date:uuuu-MM-dd}: the missing-record check {(isExpected ? "expects" : "does not expect")} a record on a {(grayAndCovered ? "gray" : "school")} day");
            }

            if (change.Succeeded)
            {
                // Certifying runs the same validator on the same context: what the workflow allowed, it certifies.
                var certify = workflow.Certify(Samples.Para.Id, EndOfJune);
                if (!certify.Succeeded)
                {
                    disagreements.Add($"{date:uuuu-MM-dd}: the absence was allowed but certifying it was refused: {certify.RefusalReason}");
                }
            }
        }

        Assert.True(disagreements.Count == 0, string.Join("\n", disagreements));
        Assert.Equal(expected.Count, Year2025To26.Count(d => Nyc.Covers(d) && !Nyc.IsGrayDay(d, kind)));
        Assert.InRange(expected.Count, 175, 185); // a New York City school year has about 180 school days
    }

    [Theory]
    [InlineData(SchoolKind.High, true)]
    [InlineData(SchoolKind.Elementary, false)]
    [InlineData(SchoolKind.Middle, false)]
    public void Clerical_Day_2026_06_05_is_a_school_day_for_high_schools_only_everywhere(SchoolKind kind, bool schoolDay)
    {
        var clericalDay = new LocalDate(2026, 6, 5);
        var context = ContextFor(kind);
        var validator = new ServiceRecordValidator(context);
        var workflow = new ServiceRecordWorkflow(ServiceRecordRevision.NewDraft(Guid.NewGuid(), ServiceOn(clericalDay)), validator);

        var change = workflow.ChangeSessionType(SessionType.StudentAbsent, SessionReason.StudentAbsentFromSchool);
        Assert.Equal(schoolDay, change.Succeeded);
        Assert.Equal(schoolDay, MissingRecords.Find(context, new DateInterval(clericalDay, clericalDay), []).Count == 1);
        if (schoolDay)
        {
            Assert.True(workflow.Certify(Samples.Para.Id, EndOfJune).Succeeded);
            Assert.Empty(validator.Validate(workflow.Record, ValidationStage.Save));
        }
        else
        {
            Assert.Contains("SR701", validator.Validate(ServiceOn(clericalDay) with { SessionType = SessionType.StudentAbsent, Reason = SessionReason.StudentAbsentFromSchool, Location = null, Description = null, Progress = null }, ValidationStage.Draft).Select(static f => f.Code));
        }
    }
}
