using NodaTime;

namespace Sesis.Rules;

/// <summary>School calendars built into the library, from published district calendars.</summary>
public static class SchoolCalendars
{
    private static readonly SchoolKind[] AllButHighSchools = [SchoolKind.Elementary, SchoolKind.Middle, SchoolKind.K12, SchoolKind.District75];

    /// <summary>
    /// Gets the New York City Department of Education's 2025-26 school year calendar: first day Thursday
    /// 2025-09-04, last day Friday 2026-06-26, and its closures, with Clerical Day (2026-06-05) a closure for
    /// elementary, middle, K-12 and District 75 schools only. Snow days are remote-learning days and
    /// early-dismissal afternoons are school days, so neither is a closure.
    /// </summary>
    public static SchoolCalendar NewYorkCity2025To2026 { get; } = BuildNewYorkCity2025To2026();

    private static SchoolCalendar BuildNewYorkCity2025To2026()
    {
        static LocalDate D(int year, int month, int day) => new(year, month, day);

        // Source: NYC DOE 2025-26 school year calendar, as docs/calendar.md lists it; all dates inclusive.
        CalendarEntry[] entries =
        [
            CalendarEntry.Closure("Rosh Hashanah", D(2025, 9, 23), D(2025, 9, 24)),
            CalendarEntry.Closure("Yom Kippur", D(2025, 10, 2)),
            CalendarEntry.Closure("Italian Heritage Day / Indigenous Peoples' Day", D(2025, 10, 13)),
            CalendarEntry.Closure("Diwali", D(2025, 10, 20)),
            CalendarEntry.Closure("Election Day (students do not attend)", D(2025, 11, 4)),
            CalendarEntry.Closure("Veterans Day", D(2025, 11, 11)),
            CalendarEntry.Closure("Thanksgiving recess", D(2025, 11, 27), D(2025, 11, 28)),
            CalendarEntry.Closure("Winter recess", D(2025, 12, 24), D(2026, 1, 2)),
            CalendarEntry.Closure("Dr. Martin Luther King Jr. Day", D(2026, 1, 19)),
            CalendarEntry.Closure("Midwinter recess", D(2026, 2, 16), D(2026, 2, 20)),
            CalendarEntry.Closure("Eid al-Fitr", D(2026, 3, 20)),
            CalendarEntry.Closure("Spring recess", D(2026, 4, 2), D(2026, 4, 10)),
            CalendarEntry.Closure("Memorial Day", D(2026, 5, 25)),
            CalendarEntry.Closure("Eid al-Adha", D(2026, 5, 27)),
            CalendarEntry.Closure("Anniversary Day (students do not attend)", D(2026, 6, 4)),
            CalendarEntry.ClosureFor("Clerical Day", D(2026, 6, 5), D(2026, 6, 5), AllButHighSchools),
            CalendarEntry.Closure("Juneteenth", D(2026, 6, 19)),
        ];

        return SchoolCalendar.Create(
                "New York City public schools",
                [new SchoolYear("2025-26", D(2025, 9, 4), D(2026, 6, 26))],
                entries)
            .GetCalendarOrThrow();
    }
}
