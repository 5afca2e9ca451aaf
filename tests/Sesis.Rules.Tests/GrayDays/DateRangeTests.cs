using NodaTime;
using static Sesis.Rules.Tests.Samples;

namespace Sesis.Rules.Tests;

/// <summary>
/// Any date NodaTime holds, years before 1 included (which <see cref="DateOnly"/> does not hold), is a date the
/// calendar answers about: outside every school year, so gray and not covered.
/// </summary>
public sealed class DateRangeTests
{
    private static readonly SchoolCalendar Nyc = SchoolCalendars.NewYorkCity2025To2026;

    [Fact]
    public void A_record_dated_before_year_one_gets_findings_with_a_calendar_as_without_one()
    {
        // The repro: this threw ArgumentOutOfRangeException through SchoolCalendar.Covers.
        var record = Certify(ParaRecord with { Date = new LocalDate(0, 12, 31) });

        var withCalendar = new ServiceRecordValidator(Options with { Calendar = Nyc }).Validate(record, ValidationStage.Save);
        var withoutCalendar = new ServiceRecordValidator(Options with { Calendar = null }).Validate(record, ValidationStage.Save);

        Assert.Equal(["SR206"], withCalendar.Codes());
        Assert.Equal(withoutCalendar.Codes(), withCalendar.Codes());
    }

    [Theory]
    [InlineData(-9998, 1, 1)]
    [InlineData(0, 12, 31)]
    [InlineData(1, 1, 1)]
    [InlineData(9999, 12, 31)]
    public void A_date_far_outside_the_school_years_is_gray_and_not_covered(int year, int month, int day)
    {
        var date = new LocalDate(year, month, day);

        Assert.False(Nyc.Covers(date));
        Assert.All(Enum.GetValues<SchoolKind>(), kind => Assert.True(Nyc.IsGrayDay(date, kind)));
        Assert.False(Nyc.IsSchoolDay(date, SchoolKind.High));
        Assert.Empty(Nyc.EntriesOn(date, SchoolKind.High));
        Assert.Null(Nyc.SchoolYearOf(date));
    }

    [Fact]
    public void The_services_calendar_of_the_first_month_NodaTime_holds_is_all_gray()
    {
        // The repro: ServicesCalendar.Create for YearMonth(-9998, 1) threw.
        var month = new YearMonth(-9998, 1);
        var calendar = ServicesCalendar.Create(Options with { Calendar = Nyc }, Para.Id, month, []);

        Assert.Equal(31, calendar.Days.Count);
        Assert.All(calendar.Days, d => Assert.Equal(ServicesCalendarDayStatus.Gray, d.Status));
    }

    [Fact]
    public void A_gray_day_answer_is_the_same_for_a_date_in_another_calendar_system()
    {
        // 2025-10-13 (Indigenous Peoples' Day, closed) and 2025-10-14 (open), asked in the Julian calendar.
        var closed = new LocalDate(2025, 10, 13).WithCalendar(CalendarSystem.Julian);
        var open = new LocalDate(2025, 10, 14).WithCalendar(CalendarSystem.Julian);

        Assert.True(Nyc.IsGrayDay(closed, SchoolKind.High));
        Assert.False(Nyc.IsGrayDay(open, SchoolKind.High));
        Assert.Equal("2025-26", Nyc.SchoolYearOf(open)?.Name);
        Assert.Single(Nyc.EntriesOn(closed, SchoolKind.High));
    }
}
