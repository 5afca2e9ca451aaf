using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace Sesis.Rules.Tests;

/// <summary>A provider's month: schedules, records and the day it is seen as of.</summary>
public sealed record ServicesMonthScenario(
    ProviderId ProviderId, YearMonth Month, LocalDate Today, SchoolKind ProviderKind,
    IReadOnlyList<ServiceSchedule> Schedules, IReadOnlyList<ServiceRecord> Records)
{
    public override string ToString() =>
        $"{ProviderId} {Month} as of {Today} ({ProviderKind}); schedules: {string.Join("; ", Schedules)}; records on {string.Join(",", Records.Select(static r => $"{r.StudentId}@{r.Date}"))}";
}

public static class ServicesCalendarArbitraries
{
    private static readonly DateInterval Year = new(new LocalDate(2025, 9, 4), new LocalDate(2026, 6, 26));

    private static Gen<ServiceSchedule> Schedule(ProviderId provider, SchoolKind providerKind) =>
        from student in RecordGenerators.StudentIds
        from type in Gen.Elements(ServiceType.Paraprofessional, ServiceType.SpeechLanguageTherapy, ServiceType.Counseling)
        from weekdays in Gen.Frequency(
            (1, Gen.Constant<IsoDayOfWeek[]?>(null)),
            (2, Gen.SubListOf(Enumerable.Range(1, 5).Select(static d => (IsoDayOfWeek)d).ToArray()).Where(static l => l.Count > 0).Select(static l => (IsoDayOfWeek[]?)l.ToArray())))
        from kind in Gen.Frequency((3, Gen.Constant(providerKind)), (1, Gen.Elements(Enum.GetValues<SchoolKind>())))
        select new ServiceSchedule(provider, student, type, Year, weekdays) { SchoolKind = kind };

    public static Arbitrary<ServicesMonthScenario> Scenario() =>
        (from provider in RecordGenerators.ProviderIds
         from providerKind in Gen.Elements(Enum.GetValues<SchoolKind>())
         from monthIndex in Gen.Choose(0, 9)
         from todayOffset in Gen.Choose(-10, 45)
         from schedules in Gen.Choose(0, 4).SelectMany(n => Schedule(provider, providerKind).ListOf(n))
         from keep in Gen.Choose(0, 100).ListOf(200)
         select Build(provider, providerKind, monthIndex, todayOffset, [.. schedules], [.. keep])).ToArbitrary();

    private static ServicesMonthScenario Build(ProviderId provider, SchoolKind providerKind, int monthIndex, int todayOffset, List<ServiceSchedule> schedules, List<int> keep)
    {
        var month = new YearMonth(2025, 9).PlusMonths(monthIndex);
        var today = month.OnDayOfMonth(1).PlusDays(todayOffset);

        // Records on most scheduled days, and a few on unscheduled or gray days; which ones comes from `keep`.
        var records = new List<ServiceRecord>();
        var i = 0;
        foreach (var schedule in schedules)
        {
            foreach (var date in month.ToDateInterval())
            {
                var roll = keep[i++ % keep.Count];
                if ((schedule.IsScheduledOn(date) && roll < 70) || roll < 3)
                {
                    records.Add(ServicesCalendarTests.Record(provider, schedule.StudentId, schedule.ServiceType, date));
                }
            }
        }

        return new ServicesMonthScenario(provider, month, today, providerKind, schedules, records);
    }
}

public sealed class ServicesCalendarProperties
{
    private static readonly SchoolCalendar Nyc = SchoolCalendars.NewYorkCity2025To2026;

    private static ServicesCalendar Build(ServicesMonthScenario s) =>
        ServicesCalendar.Create(s.ProviderId, s.Month, s.Today, Nyc, s.ProviderKind, s.Schedules, s.Records);

    [Property(Arbitrary = new[] { typeof(ServicesCalendarArbitraries) }, MaxTest = 200)]
    public void There_is_one_entry_per_day_of_the_month_in_order(ServicesMonthScenario scenario)
    {
        var calendar = Build(scenario);
        Assert.Equal(scenario.Month.ToDateInterval(), calendar.Days.Select(static d => d.Date));
        Assert.Equal(scenario.Records.Count, calendar.Days.Sum(static d => d.Records.Length));
    }

    [Property(Arbitrary = new[] { typeof(ServicesCalendarArbitraries) }, MaxTest = 200)]
    public void A_gray_day_is_never_reported_missing(ServicesMonthScenario scenario)
    {
        var calendar = Build(scenario);
        foreach (var day in calendar.Days.Where(static d => d.Status == ServicesCalendarDayStatus.Missing))
        {
            Assert.True(day.Date <= scenario.Today);
            Assert.NotEmpty(day.Missing);
            foreach (var missing in day.Missing)
            {
                // Some schedule of that student and service calls for it on a school day of the student's school.
                Assert.Contains(scenario.Schedules, s => s.StudentId == missing.StudentId && s.ServiceType == missing.ServiceType
                    && s.IsScheduledOn(day.Date) && !Nyc.IsGrayDay(day.Date, s.SchoolKind));
            }

            if (scenario.Schedules.All(s => s.SchoolKind == scenario.ProviderKind))
            {
                Assert.False(Nyc.IsGrayDay(day.Date, scenario.ProviderKind));
            }
        }
    }

    [Property(Arbitrary = new[] { typeof(ServicesCalendarArbitraries) }, MaxTest = 200)]
    public void The_calendar_and_the_SR910_findings_agree_on_what_is_missing(ServicesMonthScenario scenario)
    {
        var calendar = Build(scenario);
        var findings = MissingRecords.Find(scenario.Month.ToDateInterval(), scenario.Today, Nyc, scenario.Schedules, scenario.Records);
        Assert.Equal(
            calendar.Days.SelectMany(static d => d.Missing).Select(MissingRecords.ToFinding).OrderBy(static f => f.AttemptedValue).ThenBy(static f => f.Message),
            findings.OrderBy(static f => f.AttemptedValue).ThenBy(static f => f.Message));
    }
}
