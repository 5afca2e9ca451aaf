using NodaTime;

namespace Sesis.Rules.Tests;

/// <summary>Building calendars: what is accepted, what is refused and how the refusal reads.</summary>
public sealed class SchoolCalendarTests
{
    private static readonly SchoolYear Year = new("2025-26", new LocalDate(2025, 9, 4), new LocalDate(2026, 6, 26));

    [Fact]
    public void Remote_learning_and_early_dismissal_days_are_school_days()
    {
        var snow = CalendarEntry.RemoteLearning("Snow day", new LocalDate(2026, 1, 27));
        var conferences = CalendarEntry.EarlyDismissal("Parent-teacher conferences", new LocalDate(2025, 11, 20), SchoolKind.Elementary);
        var calendar = SchoolCalendar.Create("Test", [Year], [snow, conferences]).GetCalendarOrThrow();

        Assert.False(calendar.IsGrayDay(new LocalDate(2026, 1, 27), SchoolKind.Elementary));
        Assert.False(calendar.IsGrayDay(new LocalDate(2025, 11, 20), SchoolKind.Elementary));
        Assert.Equal(snow, Assert.Single(calendar.EntriesOn(new LocalDate(2026, 1, 27), SchoolKind.High)));
        Assert.Empty(calendar.EntriesOn(new LocalDate(2025, 11, 20), SchoolKind.High));
    }

    [Fact]
    public void Weekends_are_gray_and_a_calendar_may_choose_its_weekend()
    {
        var saturday = new LocalDate(2025, 9, 6);
        var friday = new LocalDate(2025, 9, 5);
        var standard = SchoolCalendar.Create("Standard", [Year], []).GetCalendarOrThrow();
        var fridays = SchoolCalendar.Create("Fridays off", [Year], [], [IsoDayOfWeek.Friday, IsoDayOfWeek.Saturday]).GetCalendarOrThrow();

        Assert.True(standard.IsGrayDay(saturday, SchoolKind.High));
        Assert.False(standard.IsGrayDay(friday, SchoolKind.High));
        Assert.True(fridays.IsGrayDay(friday, SchoolKind.High));
        Assert.False(fridays.IsGrayDay(new LocalDate(2025, 9, 7), SchoolKind.High));
        Assert.Equal([IsoDayOfWeek.Saturday, IsoDayOfWeek.Sunday], standard.Weekend.ToArray());
    }

    [Fact]
    public void A_calendar_holds_several_school_years_and_covers_the_summer_between_them()
    {
        var next = new SchoolYear("2026-27", new LocalDate(2026, 9, 10), new LocalDate(2027, 6, 25));
        var calendar = SchoolCalendar.Create("Two years", [next, Year], []).GetCalendarOrThrow();

        Assert.Equal(["2025-26", "2026-27"], calendar.SchoolYears.Select(static y => y.Name));
        Assert.True(calendar.Covers(new LocalDate(2026, 7, 15)));
        Assert.True(calendar.IsGrayDay(new LocalDate(2026, 7, 15), SchoolKind.High));
        Assert.True(calendar.IsGrayDay(new LocalDate(2026, 9, 9), SchoolKind.High));
        Assert.False(calendar.IsGrayDay(new LocalDate(2026, 9, 10), SchoolKind.High));
    }

    [Fact]
    public void Overlapping_closures_for_a_shared_kind_of_school_are_refused_with_both_named()
    {
        var result = SchoolCalendar.Create("Test", [Year],
        [
            CalendarEntry.Closure("Winter recess", new LocalDate(2025, 12, 24), new LocalDate(2026, 1, 2)),
            CalendarEntry.Closure("New Year's Day", new LocalDate(2026, 1, 1)),
        ]);

        Assert.False(result.Success);
        var problem = Assert.Single(result.Problems);
        Assert.Equal(1, problem.EntryIndex);
        Assert.Contains("New Year's Day", problem.Message, StringComparison.Ordinal);
        Assert.Contains("Winter recess", problem.Message, StringComparison.Ordinal);
        Assert.Contains("overlaps", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Entries_for_different_kinds_of_school_may_share_a_day()
    {
        var result = SchoolCalendar.Create("Test", [Year],
        [
            CalendarEntry.ClosureFor("Clerical Day", new LocalDate(2026, 6, 5), new LocalDate(2026, 6, 5), SchoolKind.Elementary, SchoolKind.Middle),
            CalendarEntry.EarlyDismissal("Conferences", new LocalDate(2026, 6, 5), SchoolKind.High),
        ]);

        Assert.True(result.Success, result.ToString());
    }

    [Fact]
    public void A_remote_learning_day_on_a_closure_is_refused()
    {
        var result = SchoolCalendar.Create("Test", [Year],
        [
            CalendarEntry.Closure("Midwinter recess", new LocalDate(2026, 2, 16), new LocalDate(2026, 2, 20)),
            CalendarEntry.RemoteLearning("Snow day", new LocalDate(2026, 2, 17)),
        ]);

        Assert.Equal(1, Assert.Single(result.Problems).EntryIndex);
    }

    [Fact]
    public void Entries_outside_their_school_year_are_refused()
    {
        var result = SchoolCalendar.Create("Test", [Year],
        [
            CalendarEntry.Closure("Labor Day", new LocalDate(2025, 9, 1)),
            CalendarEntry.Closure("Summer", new LocalDate(2026, 6, 22), new LocalDate(2026, 7, 3)),
        ]);

        Assert.Equal([0, 1], result.Problems.Select(static p => p.EntryIndex));
        Assert.Contains("starts outside every school year", result.Problems[0].Message, StringComparison.Ordinal);
        Assert.Contains("ends after the last day of the school year 2025-26 [2025-09-04, 2026-06-26]", result.Problems[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Overlapping_school_years_and_calendars_without_years_are_refused()
    {
        var overlapping = new SchoolYear("Overlap", new LocalDate(2026, 6, 1), new LocalDate(2027, 6, 1));
        var result = SchoolCalendar.Create("Test", [Year, overlapping], []);
        Assert.Equal(1, Assert.Single(result.Problems).SchoolYearIndex);

        Assert.Contains("no school year", Assert.Single(SchoolCalendar.Create("Test", [], []).Problems).Message, StringComparison.Ordinal);
        Assert.Contains("no name", Assert.Single(SchoolCalendar.Create(" ", [Year], []).Problems).Message, StringComparison.Ordinal);
        Assert.Single(SchoolCalendar.Create("Test", [Year], [], Enum.GetValues<IsoDayOfWeek>().Skip(1)).Problems);
    }

    [Fact]
    public void Building_in_code_throws_with_every_problem_listed()
    {
        var result = SchoolCalendar.Create("Test", [Year], [CalendarEntry.Closure("Labor Day", new LocalDate(2025, 9, 1))]);
        var error = Assert.Throws<InvalidOperationException>(result.GetCalendarOrThrow);
        Assert.Contains("Labor Day", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Reversed_ranges_and_blank_names_are_refused_when_constructed()
    {
        Assert.Throws<ArgumentException>(() => new SchoolYear("2025-26", new LocalDate(2026, 6, 26), new LocalDate(2025, 9, 4)));
        Assert.Throws<ArgumentException>(() => CalendarEntry.Closure("Recess", new LocalDate(2026, 1, 2), new LocalDate(2025, 12, 24)));
        Assert.ThrowsAny<ArgumentException>(() => CalendarEntry.Closure(" ", new LocalDate(2026, 1, 2)));
        Assert.Throws<ArgumentException>(() => new CalendarEntry("X", (CalendarEntryType)9, new LocalDate(2026, 1, 2), new LocalDate(2026, 1, 2)));
        Assert.Throws<ArgumentException>(() => CalendarEntry.ClosureFor("X", new LocalDate(2026, 1, 2), new LocalDate(2026, 1, 2), (SchoolKind)7));
    }

    [Fact]
    public void Entries_are_values_and_print_their_days_and_kinds()
    {
        var clerical = CalendarEntry.ClosureFor("Clerical Day", new LocalDate(2026, 6, 5), new LocalDate(2026, 6, 5), SchoolKind.Middle, SchoolKind.Elementary);
        Assert.Equal("Closure 2026-06-05 Clerical Day (Elementary, Middle only)", clerical.ToString());
        Assert.Equal("Closure 2025-11-27..2025-11-28 Thanksgiving recess", CalendarEntry.Closure("Thanksgiving recess", new LocalDate(2025, 11, 27), new LocalDate(2025, 11, 28)).ToString());
        Assert.Equal(clerical, CalendarEntry.ClosureFor("Clerical Day", new LocalDate(2026, 6, 5), new LocalDate(2026, 6, 5), SchoolKind.Elementary, SchoolKind.Middle));
        Assert.NotEqual(clerical, CalendarEntry.Closure("Clerical Day", new LocalDate(2026, 6, 5)));
        Assert.True(CalendarEntry.Closure("Clerical Day", new LocalDate(2026, 6, 5)).AppliesToEveryKind);
        Assert.Equal("2025-26 [2025-09-04, 2026-06-26]", Year.ToString());
    }

    [Fact]
    public void Asking_about_an_undefined_kind_of_school_throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => SchoolCalendars.NewYorkCity2025To2026.IsGrayDay(new LocalDate(2025, 9, 4), (SchoolKind)5));
}
