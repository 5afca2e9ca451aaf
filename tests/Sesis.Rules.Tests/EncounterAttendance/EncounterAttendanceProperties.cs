using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Sesis.Rules.Tests;

/// <summary>Properties of the Encounter Attendance report over generated months.</summary>
public sealed class EncounterAttendanceProperties
{
    private static readonly SchoolCalendar Nyc = SchoolCalendars.NewYorkCity2025To2026;

    private static EncounterAttendanceReport Report(AttendanceScenario s) =>
        EncounterAttendanceReport.Create(TestContexts.At(s.Month.Today, s.Month.Schedules), s.Scope, s.Month.Month.ToDateInterval(), s.Records);

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
        Assert.True(report.ServedSchoolDays + report.MissingRecords.Count <= report.ScheduledSchoolDays);
    }

    [Property(Arbitrary = [typeof(EncounterAttendanceArbitraries)], MaxTest = 200)]
    public void A_providers_missing_records_are_the_SR910_findings_and_the_services_calendars_missing_days(AttendanceScenario scenario)
    {
        var s = scenario.Month;
        var context = TestContexts.At(s.Today, s.Schedules, s.ProviderKind);
        var report = EncounterAttendanceReport.Create(context, EncounterAttendanceScope.ForProvider(s.ProviderId), s.Month.ToDateInterval(), scenario.Records);
        var missing = MissingRecords.Find(context, s.Month.ToDateInterval(), scenario.Records);
        var calendar = ServicesCalendar.Create(context, s.ProviderId, s.Month, scenario.Records);

        Assert.Equal(missing.Select(static m => m.Expected), report.MissingRecords);
        Assert.Equal(missing.Select(static m => m.Finding), report.MissingRecords.Select(MissingRecords.ToFinding));
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
