using System.Collections.Immutable;
using System.Globalization;
using NodaTime;

namespace Sesis.Rules;

/// <summary>
/// Finds the records a period lacks: every scheduled school day, up to today, with no record of any session
/// type for the student, provider and service type (SPEC.md, SR9xx across records).
/// </summary>
public static class MissingRecords
{
    /// <summary>The finding code of a missing record: a scheduled school day with no record.</summary>
    public const string Code = RuleCodes.MissingRecord;

    /// <summary>Finds the missing records of a period as findings.</summary>
    /// <param name="period">The period; days after <paramref name="today"/> are skipped, since nothing is due yet.</param>
    /// <param name="today">Today's date in the district's time zone.</param>
    /// <param name="calendar">The school calendar: no record is expected on a gray day of the student's school.</param>
    /// <param name="schedules">The schedules that call for records.</param>
    /// <param name="records">The records there are; any session type counts.</param>
    /// <returns>
    /// One SR910 Error per student, provider, service type and day, on the field "Date", in date, provider,
    /// student and service-type order.
    /// </returns>
    /// <exception cref="ArgumentException">A schedule or a record is null.</exception>
    public static ImmutableArray<Finding> Find(
        DateInterval period,
        LocalDate today,
        ISchoolCalendar calendar,
        IEnumerable<ServiceSchedule> schedules,
        IEnumerable<ServiceRecord> records)
    {
        ArgumentNullException.ThrowIfNull(period);
        ArgumentNullException.ThrowIfNull(calendar);
        ArgumentNullException.ThrowIfNull(schedules);
        ArgumentNullException.ThrowIfNull(records);
        var recorded = ExpectedRecords.WithoutNulls(records, nameof(records)).Select(ExpectedRecords.KeyOf).ToHashSet();
        var scheduleList = ExpectedRecords.WithoutNulls(schedules, nameof(schedules));
        return [.. Missing(period, today, calendar, scheduleList, recorded).Select(ToFinding)];
    }

    /// <summary>Finds the missing records of a period as of a clock's current date in its zone.</summary>
    /// <param name="period">The period.</param>
    /// <param name="clock">The clock and the district's time zone.</param>
    /// <param name="calendar">The school calendar.</param>
    /// <param name="schedules">The schedules that call for records.</param>
    /// <param name="records">The records there are.</param>
    /// <returns>One SR910 Error per student, provider, service type and day.</returns>
    public static ImmutableArray<Finding> Find(
        DateInterval period,
        ZonedClock clock,
        ISchoolCalendar calendar,
        IEnumerable<ServiceSchedule> schedules,
        IEnumerable<ServiceRecord> records)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return Find(period, clock.GetCurrentDate(), calendar, schedules, records);
    }

    /// <summary>
    /// The records the schedules call for in the period, up to today, that <paramref name="recorded"/> lacks, in
    /// date, provider, student and service-type order: the one definition of a missing record, shared by
    /// <see cref="Find(DateInterval, LocalDate, ISchoolCalendar, IEnumerable{ServiceSchedule}, IEnumerable{ServiceRecord})"/>,
    /// the batch and the Encounter Attendance report.
    /// </summary>
    internal static IEnumerable<ExpectedRecord> Missing(
        DateInterval period, LocalDate today, ISchoolCalendar calendar, IEnumerable<ServiceSchedule> schedules, HashSet<ExpectedRecord> recorded) =>
        Lacking(ExpectedRecords.Through(period, today, calendar, schedules), recorded);

    /// <summary>The expected records that <paramref name="recorded"/> lacks: a missing record is one with no record of any session type.</summary>
    internal static IEnumerable<ExpectedRecord> Lacking(IEnumerable<ExpectedRecord> expected, HashSet<ExpectedRecord> recorded) =>
        expected.Where(e => !recorded.Contains(e));

    /// <summary>Describes a missing record as a finding.</summary>
    /// <param name="missing">The record a schedule calls for and nobody recorded.</param>
    /// <returns>An SR910 Error on the field "Date" naming the student, the service type, the date and the provider.</returns>
    public static Finding ToFinding(ExpectedRecord missing)
    {
        ArgumentNullException.ThrowIfNull(missing);
        var date = missing.Date.ToString("uuuu'-'MM'-'dd", CultureInfo.InvariantCulture);
        return new Finding(
            Code,
            RuleCatalog.Get(Code).DefaultSeverity,
            nameof(ServiceRecord.Date),
            $"No record for student {missing.StudentId}, {missing.ServiceType}, on {date} (provider {missing.ProviderId}): "
            + "it is a scheduled school day, so record the service, an absence or a cancellation.")
        {
            AttemptedValue = date,
        };
    }
}
