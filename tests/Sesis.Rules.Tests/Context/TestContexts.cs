using NodaTime;
using NodaTime.Testing;

namespace Sesis.Rules.Tests;

/// <summary>Contexts for the tests of the calendar, the report and the missing-record check: "today" fixed by a fake clock.</summary>
internal static class TestContexts
{
    /// <summary>A context on the NYC 2025-26 calendar whose today is <paramref name="today"/> (22:00 in New York).</summary>
    public static RecordingContext At(LocalDate today, IEnumerable<ServiceSchedule> schedules, SchoolKind kind = SchoolKind.Elementary, ISchoolCalendar? calendar = null) => new()
    {
        Calendar = calendar ?? SchoolCalendars.NewYorkCity2025To2026,
        Clock = ClockAt(today),
        TimeZone = RecordGenerators.NewYork,
        SchoolKind = kind,
        Schedules = ServiceSchedules.Create(schedules),
    };

    public static FakeClock ClockAt(LocalDate today) =>
        new((today + new LocalTime(22, 0)).InZoneLeniently(RecordGenerators.NewYork).ToInstant());

    /// <summary>The context the old parameter lists described: a clock in its zone, a calendar, schedules and a kind of school.</summary>
    public static RecordingContext Of(ZonedClock clock, ISchoolCalendar calendar, IEnumerable<ServiceSchedule> schedules, SchoolKind kind = SchoolKind.Elementary) => new()
    {
        Calendar = calendar,
        Clock = clock,
        TimeZone = clock.Zone,
        SchoolKind = kind,
        Schedules = ServiceSchedules.Create(schedules),
    };

    /// <summary>The context the old parameter lists described, with today's date given (22:00 in New York).</summary>
    public static RecordingContext Of(LocalDate today, ISchoolCalendar calendar, IEnumerable<ServiceSchedule> schedules, SchoolKind kind = SchoolKind.Elementary) =>
        At(today, schedules, kind, calendar) with { Calendar = calendar };
}
