using System.Globalization;
using NodaTime;

namespace Sesis.Rules;

/// <summary>
/// Finds the records a period lacks: every scheduled school day, up to today, with no record of any session
/// type for the student, provider and service type (SR910, procedure step 17).
/// </summary>
public static class MissingRecords
{
    /// <summary>The finding code of a missing record: a scheduled school day with no record.</summary>
    public const string Code = RuleCodes.MissingRecord;

    /// <summary>Finds the missing records of a period, as of today in the context.</summary>
    /// <param name="context">
    /// The context: its schedules call for records, its calendar says which days are gray for each schedule's kind
    /// of school, and its clock and time zone say what today is (<see cref="RecordingContext.GetCurrentDate"/>).
    /// </param>
    /// <param name="period">The period, in the ISO calendar; days after today are skipped, since nothing is due yet.</param>
    /// <param name="records">The records there are; any session type counts.</param>
    /// <returns>
    /// One missing record per student, provider, service type and day, in date, provider, student and service-type
    /// order: the record the schedule calls for (<see cref="MissingRecordFinding.Expected"/>) and its SR910 Error on
    /// the field "Date" (<see cref="MissingRecordFinding.Finding"/>).
    /// </returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">
    /// A record is null, the period is not in the ISO calendar, or the context has no calendar or a null clock, time
    /// zone or schedule.
    /// </exception>
    public static IReadOnlyList<MissingRecordFinding> Find(RecordingContext context, DateInterval period, IEnumerable<ServiceRecord> records)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(period);
        ArgumentNullException.ThrowIfNull(records);
        ExpectedRecords.RequireIso(period, nameof(period));
        var calendar = context.RequireCalendar("the missing-record check (SR910)");
        var today = context.GetCurrentDate();
        var recorded = ExpectedRecords.WithoutNulls(records, nameof(records)).Select(ExpectedRecords.KeyOf).ToHashSet();
        var schedules = ExpectedRecords.Schedules(context, period);
        return [.. Missing(period, today, calendar, schedules, recorded).Select(static e => new MissingRecordFinding(e, ToFinding(e)))];
    }

    /// <summary>
    /// The records the schedules call for in the period, up to today, that <paramref name="recorded"/> lacks, in
    /// date, provider, student and service-type order: the one definition of a missing record, shared by
    /// <see cref="Find"/>, the batch and the Encounter Attendance report.
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
