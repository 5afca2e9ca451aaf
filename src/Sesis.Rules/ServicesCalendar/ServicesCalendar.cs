using System.Collections.Immutable;
using NodaTime;

namespace Sesis.Rules;

/// <summary>
/// A provider's Services Calendar for a month (procedure step 17): one entry per day, each gray, recorded (with its
/// records), missing (a scheduled school day with no record) or future, as of a given day.
/// </summary>
/// <remarks>
/// A day is <see cref="ServicesCalendarDayStatus.Gray"/> when it is gray for the provider's kind of school and
/// no schedule of the provider expects a record that day (a provider at an elementary school who also serves
/// a high-school student sees Clerical Day as a school day). Otherwise it is
/// <see cref="ServicesCalendarDayStatus.Future"/> after today; <see cref="ServicesCalendarDayStatus.Missing"/>
/// when a scheduled record is absent; <see cref="ServicesCalendarDayStatus.Recorded"/> when it has records;
/// and <see cref="ServicesCalendarDayStatus.NotScheduled"/> when it has neither. Today counts as past: a
/// session scheduled today and not yet recorded shows as missing. Immutable; its lists never change. Two calendars
/// are equal only when they are the same instance.
/// </remarks>
public sealed class ServicesCalendar
{
    private ServicesCalendar(ProviderId providerId, YearMonth month, LocalDate today, IReadOnlyList<ServicesCalendarDay> days)
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
    public IReadOnlyList<ServicesCalendarDay> Days { get; }

    /// <summary>Gets the entry for a day of the month.</summary>
    /// <param name="date">The date, in <see cref="Month"/>; a date of another calendar system is read as its ISO date.</param>
    /// <returns>The day's entry.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="date"/> is not in <see cref="Month"/>.</exception>
    public ServicesCalendarDay this[LocalDate date] =>
        IsoDates.Of(date) is var day && day.ToYearMonth() == Month
            ? Days[day.Day - 1]
            : throw new ArgumentOutOfRangeException(nameof(date), date, $"The date is not in {Month}.");

    /// <summary>Builds a provider's Services Calendar for a month, as of today in the context.</summary>
    /// <param name="context">
    /// The context: its calendar and kind of school say which days are gray, its schedules of the provider say
    /// which records are expected, and its clock and time zone say what today is
    /// (<see cref="RecordingContext.GetCurrentDate"/>); later days are future.
    /// </param>
    /// <param name="providerId">The provider.</param>
    /// <param name="month">The month, in the ISO calendar.</param>
    /// <param name="records">Records; those of other providers or months are ignored.</param>
    /// <returns>The calendar.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">
    /// A record is null, the month is not in the ISO calendar, or the context has no calendar, an undefined school
    /// kind, or a null clock, time zone or schedule.
    /// </exception>
    public static ServicesCalendar Create(RecordingContext context, ProviderId providerId, YearMonth month, IEnumerable<ServiceRecord> records)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(records);
        var period = month.ToDateInterval();
        ExpectedRecords.RequireIso(period, nameof(month));
        var calendar = context.RequireCalendar("the Services Calendar");
        var schoolKind = context.RequireSchoolKind();
        var today = context.GetCurrentDate();
        var own = ExpectedRecords.Schedules(context, period, providerId).Where(s => s.ProviderId == providerId).ToList();
        var byDate = ExpectedRecords.WithoutNulls(records, nameof(records))
            .Where(r => r.ProviderId == providerId && period.Contains(IsoDates.Of(r.Date)))
            .OrderBy(static r => r.StartTime).ThenBy(static r => r.StudentId)
            .ToLookup(static r => IsoDates.Of(r.Date));
        var recorded = byDate.SelectMany(static g => g).Select(ExpectedRecords.KeyOf).ToHashSet();

        var days = ImmutableArray.CreateBuilder<ServicesCalendarDay>(period.Length);
        foreach (var date in period)
        {
            IReadOnlyList<ServiceRecord> dayRecords = byDate[date].ToImmutableArray();
            var expected = ExpectedRecords.On(date, calendar, own);
            var status = ServicesCalendarDayStatus.NotScheduled;
            IReadOnlyList<ExpectedRecord> missing = ImmutableArray<ExpectedRecord>.Empty;
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
                missing = expected.Where(e => !recorded.Contains(e)).ToImmutableArray();
                status = missing.Count > 0 ? ServicesCalendarDayStatus.Missing
                    : dayRecords.Count > 0 ? ServicesCalendarDayStatus.Recorded
                    : ServicesCalendarDayStatus.NotScheduled;
            }

            days.Add(new ServicesCalendarDay(date, status, dayRecords, missing));
        }

        return new ServicesCalendar(providerId, month, today, days.MoveToImmutable());
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
