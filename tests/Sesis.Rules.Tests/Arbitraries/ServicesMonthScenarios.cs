using FsCheck;
using FsCheck.Fluent;
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
