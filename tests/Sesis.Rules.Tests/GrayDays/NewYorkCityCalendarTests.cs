using NodaTime;

namespace Sesis.Rules.Tests;

/// <summary>The built-in NYC 2025-26 calendar against the dates listed in docs/calendar.md.</summary>
public sealed class NewYorkCityCalendarTests
{
    private static readonly SchoolCalendar Nyc = SchoolCalendars.NewYorkCity2025To2026;

    public static TheoryData<string, SchoolKind, bool> MustShowDays() => new()
    {
        { "2025-09-03", SchoolKind.Elementary, true },  // the day before the first day
        { "2025-09-04", SchoolKind.Elementary, false }, // the first day
        { "2025-11-27", SchoolKind.Elementary, true },  // Thanksgiving recess
        { "2025-11-28", SchoolKind.Elementary, true },
        { "2026-02-17", SchoolKind.Elementary, true },  // midwinter recess
        { "2026-06-05", SchoolKind.Elementary, true },  // Clerical Day: closed for elementary schools
        { "2026-06-05", SchoolKind.High, false },       // ... and open for high schools
        { "2026-06-26", SchoolKind.Elementary, false }, // the last day
        { "2026-06-29", SchoolKind.Elementary, true },  // after the last day
    };

    [Theory]
    [MemberData(nameof(MustShowDays))]
    public void Real_2025_26_dates_are_gray_or_school_days(string date, SchoolKind kind, bool gray)
    {
        var day = NodaTime.Text.LocalDatePattern.Iso.Parse(date).Value;
        Assert.Equal(gray, Nyc.IsGrayDay(day, kind));
        Assert.Equal(!gray, Nyc.IsSchoolDay(day, kind));
    }

    [Theory]
    [InlineData(SchoolKind.Elementary, true)]
    [InlineData(SchoolKind.Middle, true)]
    [InlineData(SchoolKind.K12, true)]
    [InlineData(SchoolKind.District75, true)]
    [InlineData(SchoolKind.High, false)]
    public void Clerical_day_closes_every_kind_of_school_but_high_schools(SchoolKind kind, bool gray) =>
        Assert.Equal(gray, Nyc.IsGrayDay(new LocalDate(2026, 6, 5), kind));

    [Fact]
    public void Every_closure_of_the_spec_is_gray_for_every_kind_of_school()
    {
        // docs/calendar.md, the NYC 2025-26 school year, closures for every kind of school, dates inclusive.
        (LocalDate First, LocalDate Last)[] closures =
        [
            (new(2025, 9, 23), new(2025, 9, 24)), (new(2025, 10, 2), new(2025, 10, 2)), (new(2025, 10, 13), new(2025, 10, 13)),
            (new(2025, 10, 20), new(2025, 10, 20)), (new(2025, 11, 4), new(2025, 11, 4)), (new(2025, 11, 11), new(2025, 11, 11)),
            (new(2025, 11, 27), new(2025, 11, 28)), (new(2025, 12, 24), new(2026, 1, 2)), (new(2026, 1, 19), new(2026, 1, 19)),
            (new(2026, 2, 16), new(2026, 2, 20)), (new(2026, 3, 20), new(2026, 3, 20)), (new(2026, 4, 2), new(2026, 4, 10)),
            (new(2026, 5, 25), new(2026, 5, 25)), (new(2026, 5, 27), new(2026, 5, 27)), (new(2026, 6, 4), new(2026, 6, 4)),
            (new(2026, 6, 19), new(2026, 6, 19)),
        ];
        foreach (var (first, last) in closures)
        {
            foreach (var day in new DateInterval(first, last))
            {
                Assert.All(Enum.GetValues<SchoolKind>(), kind => Assert.True(Nyc.IsGrayDay(day, kind), $"{day} should be gray for {kind}."));
            }

            // The weekdays on either side are school days: the closure ends where the spec says.
            Assert.False(Nyc.IsGrayDay(NextWeekday(last), SchoolKind.High), $"The day after {last} should be a school day.");
        }
    }

    [Fact]
    public void The_calendar_covers_the_school_year_only()
    {
        Assert.False(Nyc.Covers(new LocalDate(2025, 9, 3)));
        Assert.True(Nyc.Covers(new LocalDate(2025, 9, 4)));
        Assert.True(Nyc.Covers(new LocalDate(2026, 6, 26)));
        Assert.False(Nyc.Covers(new LocalDate(2026, 6, 27)));
        Assert.Equal(new DateInterval(new LocalDate(2025, 9, 4), new LocalDate(2026, 6, 26)), Nyc.Coverage);
    }

    [Fact]
    public void A_gray_day_names_its_closure()
    {
        Assert.Equal("Thanksgiving recess", Assert.Single(Nyc.EntriesOn(new LocalDate(2025, 11, 28), SchoolKind.Middle)).Name);
        Assert.Equal("Clerical Day", Assert.Single(Nyc.EntriesOn(new LocalDate(2026, 6, 5), SchoolKind.District75)).Name);
        Assert.Empty(Nyc.EntriesOn(new LocalDate(2026, 6, 5), SchoolKind.High));
        Assert.Equal("2025-26", Nyc.SchoolYearOf(new LocalDate(2026, 1, 5))?.Name);
        Assert.Null(Nyc.SchoolYearOf(new LocalDate(2026, 7, 1)));
    }

    [Fact]
    public void School_days_match_the_generators_hand_list_but_for_clerical_day()
    {
        // RecordGenerators.SchoolDays leaves out 2026-06-05 for every kind of school (it holds the days open for
        // all kinds). So elementary school days equal it exactly, and high-school days add Clerical Day only.
        var year = new DateInterval(new LocalDate(2025, 9, 4), new LocalDate(2026, 6, 26));
        Assert.Equal(RecordGenerators.SchoolDays, Nyc.SchoolDays(year, SchoolKind.Elementary).ToList());
        var high = Nyc.SchoolDays(year, SchoolKind.High).ToList();
        Assert.Equal([new LocalDate(2026, 6, 5)], high.Except(RecordGenerators.SchoolDays));
        Assert.Empty(RecordGenerators.SchoolDays.Except(high));
    }

    [Fact]
    public void The_2025_26_year_has_the_school_days_counted_by_hand()
    {
        // Weekdays 2025-09-04..2026-06-26 by month: 19+23+20+23+22+20+22+22+21+20 = 212. Weekday closures:
        // 2+1+1+1+1+1+2+8 (winter recess: Dec 24-26, 29-31, Jan 1-2) +1+5+1+7 (spring recess: Apr 2-3, 6-10)
        // +1+1+1+1 = 35, so 177 days for high schools and 176 where Clerical Day closes school too.
        var year = new DateInterval(new LocalDate(2025, 9, 4), new LocalDate(2026, 6, 26));
        Assert.Equal(212, year.Count(static d => d.DayOfWeek < IsoDayOfWeek.Saturday));
        Assert.Equal(177, Nyc.SchoolDays(year, SchoolKind.High).Count());
        Assert.Equal(176, Nyc.SchoolDays(year, SchoolKind.Elementary).Count());
    }

    private static LocalDate NextWeekday(LocalDate day)
    {
        var next = day.PlusDays(1);
        while (next.DayOfWeek >= IsoDayOfWeek.Saturday)
        {
            next = next.PlusDays(1);
        }

        return next;
    }
}
