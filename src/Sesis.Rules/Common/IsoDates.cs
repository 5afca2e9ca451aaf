using NodaTime;

namespace Sesis.Rules;

/// <summary>
/// How the library reads a date: as its ISO date (docs/rules.md), whatever calendar system it was given in, so that
/// it compares with the ISO dates of calendars, schedules and caseloads; and as a day number that every date
/// NodaTime holds has, years before 1 included (which <see cref="DateOnly"/> does not hold).
/// </summary>
internal static class IsoDates
{
    private static readonly LocalDate DayZero = new(1, 1, 1);

    /// <summary>Reads a date in the ISO calendar; an ISO date is returned as it is.</summary>
    public static LocalDate Of(LocalDate date) => date.Calendar == CalendarSystem.Iso ? date : date.WithCalendar(CalendarSystem.Iso);

    /// <summary>Gets a value indicating whether a period holds a date, both read as ISO dates (NodaTime refuses to compare calendar systems).</summary>
    public static bool Contains(DateInterval period, LocalDate date)
    {
        var day = Of(date);
        return day >= Of(period.Start) && day <= Of(period.End);
    }

    /// <summary>Gets a value indicating whether a date is between two ISO dates, inclusive, read as its ISO date.</summary>
    public static bool Between(LocalDate date, LocalDate first, LocalDate last)
    {
        var day = Of(date);
        return day >= first && day <= last;
    }

    /// <summary>Gets the days from 0001-01-01 to the date's ISO date: negative before it, never out of range.</summary>
    public static int DayNumber(LocalDate date) => Period.DaysBetween(DayZero, Of(date));
}
