using NodaTime;

namespace Sesis.Rules;

/// <summary>
/// What a <see cref="BatchValidator"/> needs to report missing records (SR910) beside the batch's findings: the
/// schedules that call for records, the school calendar whose gray days need none, the period to check and the
/// clock that says which days are due.
/// </summary>
/// <remarks>
/// A missing record is what <see cref="MissingRecords.Find(DateInterval, LocalDate, ISchoolCalendar, IEnumerable{ServiceSchedule}, IEnumerable{ServiceRecord})"/>
/// reports with the batch's records as the records there are: a scheduled school day of the period, up to today,
/// with no record of any session type for the student, provider and service type.
/// </remarks>
public sealed class MissingRecordCheck
{
    /// <summary>Gets the schedules that call for records; copied when the validator is built.</summary>
    public required IReadOnlyList<ServiceSchedule> Schedules { get; init; }

    /// <summary>Gets the school calendar: no record is expected on a gray day of the student's school.</summary>
    public required ISchoolCalendar Calendar { get; init; }

    /// <summary>Gets the dates, inclusive, to check; days after today are skipped, since nothing is due yet.</summary>
    public required DateInterval Period { get; init; }

    /// <summary>
    /// Gets the clock and the district's time zone that say what today is, read once per validation;
    /// the system clock in America/New_York by default.
    /// </summary>
    public ZonedClock Clock { get; init; } = new(SystemClock.Instance, ValidationOptions.NewYork, CalendarSystem.Iso);

    /// <summary>Describes the check.</summary>
    /// <returns>Such as "SR910 over [2025-11-01, 2025-11-30], 12 schedules".</returns>
    public override string ToString() => $"SR910 over {Period}, {Schedules?.Count ?? 0} schedules";
}
