using FsCheck;
using FsCheck.Xunit;
using NodaTime;

namespace Sesis.Rules.Tests;

public sealed class GrayDayProperties
{
    [Property(Arbitrary = new[] { typeof(CalendarArbitraries) }, MaxTest = 200)]
    public void A_day_is_gray_exactly_when_a_weekend_a_closure_for_that_kind_or_outside_the_school_year(CalendarInput input)
    {
        var calendar = input.Build();
        var probe = new DateInterval(input.Years[0].FirstDay.PlusDays(-10), input.Years[^1].LastDay.PlusDays(10));
        foreach (var day in probe)
        {
            foreach (var kind in Enum.GetValues<SchoolKind>())
            {
                var weekend = input.Weekend.Contains(day.DayOfWeek);
                var closed = input.Entries.Any(e => e.Type == CalendarEntryType.Closure && e.AppliesTo(kind) && e.FirstDay <= day && day <= e.LastDay);
                var outside = !input.Years.Any(y => y.FirstDay <= day && day <= y.LastDay);
                Assert.Equal(weekend || closed || outside, calendar.IsGrayDay(day, kind));
            }
        }
    }

    [Property(Arbitrary = new[] { typeof(CalendarArbitraries) }, MaxTest = 100)]
    public void A_calendar_covers_exactly_its_first_to_its_last_school_day(CalendarInput input)
    {
        var calendar = input.Build();
        var first = input.Years[0].FirstDay;
        var last = input.Years[^1].LastDay;
        Assert.False(calendar.Covers(first.PlusDays(-1)));
        Assert.True(calendar.Covers(first));
        Assert.True(calendar.Covers(last));
        Assert.False(calendar.Covers(last.PlusDays(1)));
    }
}
