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
    public void Asking_about_an_undefined_kind_of_school_throws_naming_the_kind()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => SchoolCalendars.NewYorkCity2025To2026.IsGrayDay(new LocalDate(2025, 9, 4), (SchoolKind)5));
        Assert.Equal("kind", error.ParamName);
        Assert.StartsWith("The kind of school is not defined.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Refusals_when_constructed_say_what_is_wrong_and_name_the_parameter()
    {
        var day = new LocalDate(2026, 1, 2);
        var type = Assert.Throws<ArgumentException>(() => new CalendarEntry("X", (CalendarEntryType)9, day, day));
        var kind = Assert.Throws<ArgumentException>(() => CalendarEntry.ClosureFor("X", day, day, SchoolKind.High, (SchoolKind)7));
        var entry = Assert.Throws<ArgumentException>(() => CalendarEntry.Closure("Recess", day, new LocalDate(2025, 12, 24)));
        var year = Assert.Throws<ArgumentException>(() => new SchoolYear("2025-26", new LocalDate(2026, 6, 26), new LocalDate(2025, 9, 4)));

        Assert.Equal("The entry type 9 is not defined. (Parameter 'type')", type.Message);
        Assert.Equal("The kind of school 7 is not defined. (Parameter 'schoolKinds')", kind.Message);
        Assert.Equal("The entry 'Recess' ends (2025-12-24) before it starts (2026-01-02). (Parameter 'lastDay')", entry.Message);
        Assert.Equal("The school year 2025-26 ends (2025-09-04) before it starts (2026-06-26). (Parameter 'lastDay')", year.Message);
    }

    [Fact]
    public void Days_outside_the_ISO_calendar_are_refused_when_constructed()
    {
        var first = new LocalDate(2026, 1, 2, CalendarSystem.Julian);
        var last = new LocalDate(2026, 1, 3, CalendarSystem.Julian);

        var entry = Assert.Throws<ArgumentException>(() => new CalendarEntry("Recess", CalendarEntryType.Closure, first, last));
        var year = Assert.Throws<ArgumentException>(() => new SchoolYear("2025-26", first, last));

        Assert.Equal("The entry 'Recess' must be given in the ISO calendar. (Parameter 'firstDay')", entry.Message);
        Assert.Equal("The school year 2025-26 must be given in the ISO calendar. (Parameter 'firstDay')", year.Message);
    }

    [Fact]
    public void Entries_differing_in_name_only_are_not_equal_and_the_operators_agree_with_Equals()
    {
        var day = new LocalDate(2026, 6, 5);
        var clerical = CalendarEntry.Closure("Clerical Day", day);
        var same = CalendarEntry.Closure("Clerical Day", day);
        var renamed = CalendarEntry.Closure("Chancellor's Day", day);

        EqualityAssert.Equality(clerical, same, renamed);
    }

    [Fact]
    public void A_calendar_prints_its_name_years_and_number_of_entries_and_so_does_its_result()
    {
        var next = new SchoolYear("2026-27", new LocalDate(2026, 9, 10), new LocalDate(2027, 6, 25));
        var result = SchoolCalendar.Create("Two years", [Year, next],
        [
            CalendarEntry.Closure("Thanksgiving recess", new LocalDate(2025, 11, 27), new LocalDate(2025, 11, 28)),
            CalendarEntry.Closure("Veterans Day", new LocalDate(2026, 11, 11)),
        ]);

        Assert.Empty(result.Problems);
        var expected = "Two years: 2025-26 [2025-09-04, 2026-06-26], 2026-27 [2026-09-10, 2027-06-25], 2 entries";
        Assert.Equal(expected, result.GetCalendarOrThrow().ToString());
        Assert.Equal(expected, result.ToString());
    }

    [Fact]
    public void A_failed_result_lists_every_problem_when_printed_and_when_thrown()
    {
        var result = SchoolCalendar.Create(" ", [], []);

        var error = Assert.Throws<InvalidOperationException>(result.GetCalendarOrThrow);
        Assert.Equal(
            "The school calendar could not be built: The calendar has no name. The calendar has no school year: give at least one first and last day of school.",
            error.Message);
        Assert.Equal(
            "Errors: The calendar has no name. The calendar has no school year: give at least one first and last day of school.",
            result.ToString());
    }

    [Fact]
    public void A_weekend_naming_an_undefined_day_or_every_day_is_refused_with_the_reason()
    {
        var undefined = SchoolCalendar.Create("Test", [Year], [],
            [(IsoDayOfWeek)8, IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Thursday, IsoDayOfWeek.Friday, IsoDayOfWeek.Saturday]);
        var everyDay = SchoolCalendar.Create("Test", [Year], [], Enum.GetValues<IsoDayOfWeek>().Skip(1));

        Assert.Equal(["The weekend names 8, which is not a day of the week."], undefined.Problems.Select(static p => p.Message));
        Assert.Equal(["The weekend names every day of the week, so school is never open."], everyDay.Problems.Select(static p => p.Message));
    }

    [Fact]
    public void Missing_school_years_and_entries_are_reported_by_position_without_throwing()
    {
        var years = SchoolCalendar.Create("Test", [Year, null!], []);
        var entries = SchoolCalendar.Create("Test", [Year], [CalendarEntry.Closure("Labor Day", new LocalDate(2025, 9, 8)), null!]);

        var year = Assert.Single(years.Problems);
        Assert.Equal(1, year.SchoolYearIndex);
        Assert.Equal("School year 2 is missing (null).", year.Message);
        var entry = Assert.Single(entries.Problems);
        Assert.Equal(1, entry.EntryIndex);
        Assert.Equal("Entry 2 is missing (null).", entry.Message);
    }

    [Fact]
    public void School_years_sharing_a_single_day_overlap_in_either_order()
    {
        var next = new SchoolYear("2026-27", new LocalDate(2026, 6, 26), new LocalDate(2027, 6, 25));

        var later = Assert.Single(SchoolCalendar.Create("Test", [Year, next], []).Problems);
        var earlier = Assert.Single(SchoolCalendar.Create("Test", [next, Year], []).Problems);

        Assert.Equal("The school year 2026-27 [2026-06-26, 2027-06-25] overlaps the school year 2025-26 [2025-09-04, 2026-06-26].", later.Message);
        Assert.Equal("The school year 2025-26 [2025-09-04, 2026-06-26] overlaps the school year 2026-27 [2026-06-26, 2027-06-25].", earlier.Message);
    }

    [Fact]
    public void An_entry_outside_every_school_year_is_refused_listing_the_years()
    {
        var next = new SchoolYear("2026-27", new LocalDate(2026, 9, 10), new LocalDate(2027, 6, 25));
        var result = SchoolCalendar.Create("Test", [Year, next], [CalendarEntry.Closure("Summer school", new LocalDate(2026, 7, 15))]);

        Assert.Equal(
            "The entry 'Closure 2026-07-15 Summer school' starts outside every school year (2025-26 [2025-09-04, 2026-06-26], 2026-27 [2026-09-10, 2027-06-25]).",
            Assert.Single(result.Problems).Message);
    }

    [Fact]
    public void Entries_sharing_a_single_day_overlap_and_the_refusal_names_only_the_shared_kinds()
    {
        var result = SchoolCalendar.Create("Test", [Year],
        [
            CalendarEntry.ClosureFor("Lower schools recess", new LocalDate(2026, 1, 2), new LocalDate(2026, 1, 5), SchoolKind.Elementary, SchoolKind.Middle, SchoolKind.High),
            CalendarEntry.ClosureFor("Year-end break", new LocalDate(2025, 12, 24), new LocalDate(2026, 1, 2), SchoolKind.Middle, SchoolKind.High, SchoolKind.District75),
        ]);

        var problem = Assert.Single(result.Problems);
        Assert.Equal(1, problem.EntryIndex);
        Assert.Equal(
            "The entry 'Closure 2025-12-24..2026-01-02 Year-end break (Middle, High, District75 only)' overlaps the entry "
            + "'Closure 2026-01-02..2026-01-05 Lower schools recess (Elementary, Middle, High only)' for Middle, High: a day has one meaning per kind of school.",
            problem.Message);
    }

    [Fact]
    public void The_weekend_rule_is_one_method_that_Create_applies()
    {
        Assert.Equal([IsoDayOfWeek.Saturday, IsoDayOfWeek.Sunday], SchoolCalendar.DefaultWeekend.ToArray());
        Assert.Empty(SchoolCalendar.WeekendProblems([]));
        Assert.Empty(SchoolCalendar.WeekendProblems([IsoDayOfWeek.Friday, IsoDayOfWeek.Friday]));
        Assert.Equal(
            ["The weekend names None, which is not a day of the week.", "The weekend names every day of the week, so school is never open."],
            SchoolCalendar.WeekendProblems([IsoDayOfWeek.None, .. Enum.GetValues<IsoDayOfWeek>().Where(static d => d != IsoDayOfWeek.None)]).ToArray());
        Assert.Equal("weekend", Assert.Throws<ArgumentNullException>(() => SchoolCalendar.WeekendProblems(null!)).ParamName);

        // An empty weekend is allowed: a school open every day of the week.
        var open = SchoolCalendar.Create("Open", [Year], [], []).GetCalendarOrThrow();
        Assert.False(open.IsGrayDay(new LocalDate(2025, 9, 6), SchoolKind.High));
        Assert.Equal(SchoolCalendar.DefaultWeekend, SchoolCalendar.Create("Default", [Year], []).GetCalendarOrThrow().Weekend);
    }

    [Fact]
    public void A_last_day_outside_the_ISO_calendar_is_named_as_the_last_day()
    {
        var first = new LocalDate(2025, 9, 4);
        var last = new LocalDate(2026, 6, 26).WithCalendar(CalendarSystem.Julian);

        var entry = Assert.Throws<ArgumentException>(() => new CalendarEntry("Recess", CalendarEntryType.Closure, first, last));
        var year = Assert.Throws<ArgumentException>(() => new SchoolYear("2025-26", first, last));

        Assert.Equal("lastDay", entry.ParamName);
        Assert.Equal("The school year 2025-26 must be given in the ISO calendar. (Parameter 'lastDay')", year.Message);
    }
}
