using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace Sesis.Rules.Tests;

/// <summary>A provider's month (schedules and records of every session type, length and certification) and a report's scope.</summary>
public sealed record AttendanceScenario(ServicesMonthScenario Month, IReadOnlyList<ServiceRecord> Records, EncounterAttendanceScope Scope)
{
    public override string ToString() =>
        $"{Scope}; {Month}; records: {string.Join("; ", Records.Select(static r => $"{r} {r.Length.TotalMinutes}min {(r.Certification is null ? "uncertified" : "certified")}"))}";
}

public static class EncounterAttendanceArbitraries
{
    public static Arbitrary<AttendanceScenario> Scenario() =>
        (from month in ServicesCalendarArbitraries.Scenario().Generator
         from sessionTypes in Gen.Elements(Enum.GetValues<SessionType>()).ListOf(400)
         from lengths in Gen.Choose(-20, 90).ListOf(400)
         from certified in Gen.Elements(true, false).ListOf(400)
         from scopeKind in Gen.Elements(Enum.GetValues<EncounterAttendanceScopeKind>())
         from assignmentEnd in Gen.Choose(0, 40)
         select Build(month, [.. sessionTypes], [.. lengths], [.. certified], scopeKind, assignmentEnd)).ToArbitrary();

    private static AttendanceScenario Build(
        ServicesMonthScenario month, SessionType[] sessionTypes, int[] lengths, bool[] certified, EncounterAttendanceScopeKind kind, int assignmentEnd)
    {
        var records = month.Records.Select((r, i) =>
        {
            var record = r with { SessionType = sessionTypes[i % 400], EndTime = r.StartTime.PlusMinutes(lengths[i % 400]) };
            var at = (record.Date + new LocalTime(20, 0)).InZoneLeniently(RecordGenerators.NewYork).ToInstant();
            return certified[i % 400] ? record with { Certification = Certification.Of(record, record.ProviderId, at) } : record;
        }).ToList();

        var firstStudent = month.Schedules.Count > 0 ? month.Schedules[0].StudentId : new StudentId("204381527");
        var scope = kind switch
        {
            EncounterAttendanceScopeKind.Student => EncounterAttendanceScope.ForStudent(firstStudent),
            EncounterAttendanceScopeKind.Provider => EncounterAttendanceScope.ForProvider(month.ProviderId),

            // Half of the schedules are on the caseload, for part of the month.
            _ => EncounterAttendanceScope.ForCaseload(Caseload.Create(month.Schedules.Where(static (_, i) => i % 2 == 0).Select(s =>
                new CaseloadAssignment(s.ProviderId, s.StudentId, s.ServiceType, new DateInterval(month.Month.OnDayOfMonth(1), month.Month.OnDayOfMonth(1).PlusDays(assignmentEnd)))))),
        };
        return new AttendanceScenario(month, records, scope);
    }
}
