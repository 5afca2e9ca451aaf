using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Sesis.Rules.Tests;

public sealed class ServicesCalendarProperties
{
    private static readonly SchoolCalendar Nyc = SchoolCalendars.NewYorkCity2025To2026;

    private static ServicesCalendar Build(ServicesMonthScenario s) =>
        ServicesCalendar.Create(TestContexts.Of(s.Today, Nyc, s.Schedules, s.ProviderKind), s.ProviderId, s.Month, s.Records);

    [Property(Arbitrary = new[] { typeof(ServicesCalendarArbitraries) }, MaxTest = 200)]
    public void There_is_one_entry_per_day_of_the_month_in_order(ServicesMonthScenario scenario)
    {
        var calendar = Build(scenario);
        Assert.Equal(scenario.Month.ToDateInterval(), calendar.Days.Select(static d => d.Date));
        Assert.Equal(scenario.Records.Count, calendar.Days.Sum(static d => d.Records.Count));
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
        var findings = MissingRecords.Find(TestContexts.Of(scenario.Today, Nyc, scenario.Schedules), scenario.Month.ToDateInterval(), scenario.Records).Select(static m => m.Finding).ToList();
        Assert.Equal(
            calendar.Days.SelectMany(static d => d.Missing).Select(MissingRecords.ToFinding).OrderBy(static f => f.AttemptedValue).ThenBy(static f => f.Message),
            findings.OrderBy(static f => f.AttemptedValue).ThenBy(static f => f.Message));
    }
}
