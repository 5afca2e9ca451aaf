using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using NodaTime.Extensions;

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

/// <summary>Properties of the Encounter Attendance report over generated months.</summary>
public sealed class EncounterAttendanceProperties
{
    private static readonly SchoolCalendar Nyc = SchoolCalendars.NewYorkCity2025To2026;

    private static EncounterAttendanceReport Report(AttendanceScenario s) =>
        EncounterAttendanceReport.Create(s.Scope, s.Month.Month.ToDateInterval(), ClockAt(s.Month.Today), Nyc, s.Month.Schedules, s.Records);

    private static ZonedClock ClockAt(LocalDate today) =>
        new NodaTime.Testing.FakeClock((today + new LocalTime(22, 0)).InZoneLeniently(RecordGenerators.NewYork).ToInstant()).InZone(RecordGenerators.NewYork);

    private static IEnumerable<ServiceRecord> InScope(AttendanceScenario s) =>
        s.Records.Where(r => s.Month.Month.ToDateInterval().Contains(r.Date) && s.Scope.Includes(r.ProviderId, r.StudentId, r.ServiceType, r.Date));

    [Property(Arbitrary = [typeof(EncounterAttendanceArbitraries)], MaxTest = 200)]
    public void The_session_type_counts_add_up_to_the_records_in_scope(AttendanceScenario scenario)
    {
        var report = Report(scenario);
        Assert.Equal(InScope(scenario).Count(), report.RecordCount);
        Assert.Equal(report.RecordCount, report.RecordsBySessionType.Values.Sum());
        Assert.All(Enum.GetValues<SessionType>(), t => Assert.Equal(InScope(scenario).Count(r => r.SessionType == t), report.RecordsBySessionType[t]));
    }

    [Property(Arbitrary = [typeof(EncounterAttendanceArbitraries)], MaxTest = 200)]
    public void The_minutes_are_the_sum_over_Service_Provided_records_of_their_positive_lengths(AttendanceScenario scenario)
    {
        var expected = InScope(scenario)
            .Where(static r => r.SessionType == SessionType.ServiceProvided)
            .Sum(static r => Math.Max(0L, (long)(r.EndTime - r.StartTime).ToDuration().TotalMinutes));
        Assert.Equal(expected, Report(scenario).MinutesDelivered);
    }

    [Property(Arbitrary = [typeof(EncounterAttendanceArbitraries)], MaxTest = 200)]
    public void The_served_share_is_within_0_and_1_and_null_exactly_when_nothing_is_scheduled(AttendanceScenario scenario)
    {
        var report = Report(scenario);
        Assert.InRange(report.ServedSchoolDays, 0, report.ScheduledSchoolDays);
        if (report.ScheduledSchoolDays == 0)
        {
            Assert.Null(report.ServedShare);
        }
        else
        {
            Assert.InRange(report.ServedShare!.Value, 0.0, 1.0);
            Assert.Equal((double)report.ServedSchoolDays / report.ScheduledSchoolDays, report.ServedShare);
        }

        // Every scheduled school day is served, recorded as not served, or missing: never two of these.
        Assert.True(report.ServedSchoolDays + report.MissingRecords.Length <= report.ScheduledSchoolDays);
    }

    [Property(Arbitrary = [typeof(EncounterAttendanceArbitraries)], MaxTest = 200)]
    public void A_providers_missing_records_are_the_SR910_findings_and_the_services_calendars_missing_days(AttendanceScenario scenario)
    {
        var s = scenario.Month;
        var report = EncounterAttendanceReport.Create(
            EncounterAttendanceScope.ForProvider(s.ProviderId), s.Month.ToDateInterval(), ClockAt(s.Today), Nyc, s.Schedules, scenario.Records);
        var findings = MissingRecords.Find(s.Month.ToDateInterval(), s.Today, Nyc, s.Schedules, scenario.Records);
        var calendar = ServicesCalendar.Create(s.ProviderId, s.Month, s.Today, Nyc, s.ProviderKind, s.Schedules, scenario.Records);

        Assert.Equal(findings, report.MissingRecords.Select(MissingRecords.ToFinding));
        Assert.Equal(calendar.Days.Where(static d => d.Status == ServicesCalendarDayStatus.Missing).Select(static d => d.Date), report.DaysMissingARecord);
    }

    [Property(Arbitrary = [typeof(EncounterAttendanceArbitraries)], MaxTest = 200)]
    public void Not_certified_lists_exactly_the_records_whose_certification_does_not_stand(AttendanceScenario scenario)
    {
        var report = Report(scenario);
        var asOf = report.AsOf;
        var expected = report.Records.Where(r => !CertificationVerification.Of(r, RecordGenerators.NewYork, asOf).IsValid);
        Assert.Equal(expected, report.NotCertified.Select(static u => u.Record));
        Assert.All(report.NotCertified, static u => Assert.False(u.Verification.IsValid));
    }

    [Property(Arbitrary = [typeof(EncounterAttendanceArbitraries)], MaxTest = 100)]
    public void The_report_does_not_depend_on_the_order_of_the_records(AttendanceScenario scenario)
    {
        var reversed = scenario with { Records = [.. scenario.Records.Reverse()] };
        Assert.Equal(Report(scenario).ToString(), Report(reversed).ToString());
        Assert.Equal(Report(scenario).MissingRecords.AsEnumerable(), Report(reversed).MissingRecords);
    }
}
