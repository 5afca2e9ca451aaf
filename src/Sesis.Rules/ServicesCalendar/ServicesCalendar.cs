using System.Collections.Immutable;
using NodaTime;

namespace Sesis.Rules;

/// <summary>
/// A provider's Services Calendar for a month (seed step 17): one entry per day, each gray, recorded (with its
/// records), missing (a scheduled school day with no record) or future, as of a given day.
/// </summary>
/// <remarks>
/// A day is <see cref="ServicesCalendarDayStatus.Gray"/> when it is gray for the provider's kind of school and
/// no schedule of the provider expects a record that day (a provider at an elementary school who also serves
/// a high-school student sees Clerical Day as a school day). Otherwise it is
/// <see cref="ServicesCalendarDayStatus.Future"/> after today; <see cref="ServicesCalendarDayStatus.Missing"/>
/// when a scheduled record is absent; <see cref="ServicesCalendarDayStatus.Recorded"/> when it has records;
/// and <see cref="ServicesCalendarDayStatus.NotScheduled"/> when it has neither. Today counts as past: a
/// session scheduled today and not yet recorded shows as missing. Immutable.
/// </remarks>
public sealed class ServicesCalendar
{
    private ServicesCalendar(ProviderId providerId, YearMonth month, LocalDate today, ImmutableArray<ServicesCalendarDay> days)
    {
        ProviderId = providerId;
        Month = month;
        Today = today;
        Days = days;
    }

    /// <summary>Gets the provider.</summary>
    public ProviderId ProviderId { get; }

    /// <summary>Gets the month shown.</summary>
    public YearMonth Month { get; }

    /// <summary>Gets the day the calendar was computed as of.</summary>
    public LocalDate Today { get; }

    /// <summary>Gets one entry per day of the month, in date order.</summary>
    public ImmutableArray<ServicesCalendarDay> Days { get; }

    /// <summary>Gets the entry for a day of the month.</summary>
    /// <param name="date">The date, in <see cref="Month"/>.</param>
    /// <returns>The day's entry.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="date"/> is not in <see cref="Month"/>.</exception>
    public ServicesCalendarDay this[LocalDate date] =>
        date.ToYearMonth() == Month
            ? Days[date.Day - 1]
            : throw new ArgumentOutOfRangeException(nameof(date), date, $"The date is not in {Month}.");

    /// <summary>Builds a provider's Services Calendar for a month as of today.</summary>
    /// <param name="providerId">The provider.</param>
    /// <param name="month">The month.</param>
    /// <param name="today">Today's date in the district's time zone; later days are future.</param>
    /// <param name="calendar">The school calendar.</param>
    /// <param name="schoolKind">The kind of the provider's school, whose gray days the calendar shows.</param>
    /// <param name="schedules">Schedules; those of other providers are ignored.</param>
    /// <param name="records">Records; those of other providers or months are ignored.</param>
    /// <returns>The calendar.</returns>
    /// <exception cref="ArgumentException">A schedule or a record is null.</exception>
    public static ServicesCalendar Create(
        ProviderId providerId,
        YearMonth month,
        LocalDate today,
        ISchoolCalendar calendar,
        SchoolKind schoolKind,
        IEnumerable<ServiceSchedule> schedules,
        IEnumerable<ServiceRecord> records)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        ArgumentNullException.ThrowIfNull(schedules);
        ArgumentNullException.ThrowIfNull(records);
        var period = month.ToDateInterval();
        var own = ExpectedRecords.WithoutNulls(schedules, nameof(schedules)).Where(s => s.ProviderId == providerId).ToList();
        var byDate = ExpectedRecords.WithoutNulls(records, nameof(records))
            .Where(r => r.ProviderId == providerId && period.Contains(r.Date))
            .OrderBy(static r => r.StartTime).ThenBy(static r => r.StudentId)
            .ToLookup(static r => r.Date);
        var recorded = byDate.SelectMany(static g => g).Select(ExpectedRecords.KeyOf).ToHashSet();

        var days = ImmutableArray.CreateBuilder<ServicesCalendarDay>(period.Length);
        foreach (var date in period)
        {
            var dayRecords = byDate[date].ToImmutableArray();
            var expected = ExpectedRecords.On(date, calendar, own);
            var status = ServicesCalendarDayStatus.NotScheduled;
            var missing = ImmutableArray<ExpectedRecord>.Empty;
            if (expected.Count == 0 && calendar.IsGrayDay(date, schoolKind))
            {
                status = ServicesCalendarDayStatus.Gray;
            }
            else if (date > today)
            {
                status = ServicesCalendarDayStatus.Future;
            }
            else
            {
                missing = [.. expected.Where(e => !recorded.Contains(e))];
                status = missing.Length > 0 ? ServicesCalendarDayStatus.Missing
                    : dayRecords.Length > 0 ? ServicesCalendarDayStatus.Recorded
                    : ServicesCalendarDayStatus.NotScheduled;
            }

            days.Add(new ServicesCalendarDay(date, status, dayRecords, missing));
        }

        return new ServicesCalendar(providerId, month, today, days.MoveToImmutable());
    }

    /// <summary>Builds a provider's Services Calendar for a month as of a clock's current date in its zone.</summary>
    /// <param name="providerId">The provider.</param>
    /// <param name="month">The month.</param>
    /// <param name="clock">The clock and the district's time zone, such as <c>SystemClock.Instance.InZone(zone)</c>.</param>
    /// <param name="calendar">The school calendar.</param>
    /// <param name="schoolKind">The kind of the provider's school.</param>
    /// <param name="schedules">Schedules; those of other providers are ignored.</param>
    /// <param name="records">Records; those of other providers or months are ignored.</param>
    /// <returns>The calendar.</returns>
    public static ServicesCalendar Create(
        ProviderId providerId,
        YearMonth month,
        ZonedClock clock,
        ISchoolCalendar calendar,
        SchoolKind schoolKind,
        IEnumerable<ServiceSchedule> schedules,
        IEnumerable<ServiceRecord> records)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return Create(providerId, month, clock.GetCurrentDate(), calendar, schoolKind, schedules, records);
    }

    /// <summary>Describes the calendar.</summary>
    /// <returns>Such as "P0012345 2025-11: 10 recorded, 2 missing, 0 future, 8 gray, 0 not scheduled".</returns>
    public override string ToString()
    {
        int Count(ServicesCalendarDayStatus s) => Days.Count(d => d.Status == s);
        return $"{ProviderId} {Month:uuuu'-'MM}: {Count(ServicesCalendarDayStatus.Recorded)} recorded, {Count(ServicesCalendarDayStatus.Missing)} missing, "
            + $"{Count(ServicesCalendarDayStatus.Future)} future, {Count(ServicesCalendarDayStatus.Gray)} gray, {Count(ServicesCalendarDayStatus.NotScheduled)} not scheduled";
    }
}
