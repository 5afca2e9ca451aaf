using System.Collections.Immutable;
using System.Globalization;
using NodaTime;

namespace Sesis.Rules;

/// <summary>
/// The Encounter Attendance report (procedure step 17, docs/encounter-attendance.md) for a student, a provider or a
/// caseload over a period, as of a moment: the records by session type, the minutes delivered, the records the
/// schedules call for that are missing, the records not certified, and the share of scheduled school days served.
/// </summary>
/// <remarks>
/// <para>
/// A <b>scheduled school day</b> is one record a schedule calls for: a student, a provider, a service type and a
/// date of the period, not after today, that a schedule in scope covers and that is a school day for the
/// student's kind of school (exactly what the Services Calendar and <see cref="Rules.MissingRecords"/> expect).
/// A report covering several students or service types counts each such record once, so a provider serving two
/// students every school day has two scheduled school days per school day. Two schedules of the same service on
/// one day call for one record.
/// </para>
/// <para>
/// It is <b>served</b> when a Service Provided record of that student, provider, service type and date exists. A
/// day recorded as Student Absent, Provider Absent or Cancelled is scheduled but not served; a day with no record
/// at all is scheduled, not served, and missing. So every scheduled school day is served, recorded as not served,
/// or missing.
/// </para>
/// <para>
/// Records are counted whatever their day: a record on a gray day, an unscheduled day or after today is in the
/// counts and the minutes (the validators flag what is wrong with it) but is not a scheduled school day, so the
/// served share never exceeds 1. Duplicates are counted as recorded (the batch reports them as SR901). Immutable;
/// its lists never change. Two reports are equal only when they are the same instance.
/// </para>
/// </remarks>
public sealed class EncounterAttendanceReport
{
    private static readonly SessionType[] DefinedSessionTypes = Enum.GetValues<SessionType>();

    private EncounterAttendanceReport(
        EncounterAttendanceScope scope,
        DateInterval period,
        Instant asOf,
        LocalDate today,
        ImmutableArray<ServiceRecord> records,
        ImmutableSortedDictionary<SessionType, int> bySessionType,
        Duration timeDelivered,
        int scheduled,
        int served,
        ImmutableArray<ExpectedRecord> missing,
        ImmutableArray<UncertifiedRecord> notCertified)
    {
        Scope = scope;
        Period = period;
        AsOf = asOf;
        Today = today;
        Records = records;
        RecordsBySessionType = bySessionType;
        TimeDelivered = timeDelivered;
        ScheduledSchoolDays = scheduled;
        ServedSchoolDays = served;
        MissingRecords = missing;
        DaysMissingARecord = missing.Select(static m => m.Date).Distinct().ToImmutableArray();
        NotCertified = notCertified;
    }

    /// <summary>Gets whom the report covers.</summary>
    public EncounterAttendanceScope Scope { get; }

    /// <summary>Gets the dates, inclusive, the report covers.</summary>
    public DateInterval Period { get; }

    /// <summary>Gets the moment the report was made: certifications are verified as of it.</summary>
    public Instant AsOf { get; }

    /// <summary>Gets the date of <see cref="AsOf"/> in the district's time zone; later days of the period are not due yet.</summary>
    public LocalDate Today { get; }

    /// <summary>
    /// Gets the records in scope dated in the period, of every session type, in date, start time, provider,
    /// student and service-type order.
    /// </summary>
    public IReadOnlyList<ServiceRecord> Records { get; }

    /// <summary>Gets the number of records in scope dated in the period.</summary>
    public int RecordCount => Records.Count;

    /// <summary>
    /// Gets the number of records of each session type, in session-type order. The four session types are always present (0 when none);
    /// a record with an undefined session type is counted under its own value, never dropped, so the counts add up
    /// to <see cref="RecordCount"/>.
    /// </summary>
    public IReadOnlyDictionary<SessionType, int> RecordsBySessionType { get; }

    /// <summary>
    /// Gets the time delivered: the sum of the lengths (end minus start) of the Service Provided records. Absences
    /// and cancellations deliver nothing, and a record whose end is not after its start adds nothing.
    /// </summary>
    public Duration TimeDelivered { get; }

    /// <summary>Gets <see cref="TimeDelivered"/> in whole minutes, rounded down.</summary>
    public long MinutesDelivered => ((long)TimeDelivered.Days * 1440) + (TimeDelivered.Hours * 60) + TimeDelivered.Minutes;

    /// <summary>Gets the number of scheduled school days (see the remarks): records the schedules call for, up to today.</summary>
    public int ScheduledSchoolDays { get; }

    /// <summary>Gets the number of scheduled school days with a Service Provided record.</summary>
    public int ServedSchoolDays { get; }

    /// <summary>
    /// Gets <see cref="ServedSchoolDays"/> divided by <see cref="ScheduledSchoolDays"/>, from 0 to 1; or
    /// <see langword="null"/> when nothing was scheduled (no division by zero, and not 0, which would read as
    /// "nothing served").
    /// </summary>
    public double? ServedShare => ScheduledSchoolDays == 0 ? null : (double)ServedSchoolDays / ScheduledSchoolDays;

    /// <summary>
    /// Gets the scheduled school days with no record of any session type (SR910), in date, provider, student and
    /// service-type order.
    /// </summary>
    public IReadOnlyList<ExpectedRecord> MissingRecords { get; }

    /// <summary>Gets the dates on which at least one scheduled record is missing, in order.</summary>
    public IReadOnlyList<LocalDate> DaysMissingARecord { get; }

    /// <summary>
    /// Gets the records whose certification does not stand as of <see cref="AsOf"/>: not certified, or no
    /// longer valid (edited after certifying, certified by someone else, before the session ended or in the
    /// future), in the order of <see cref="Records"/>.
    /// </summary>
    public IReadOnlyList<UncertifiedRecord> NotCertified { get; }

    /// <summary>Makes the report as of the context's current moment.</summary>
    /// <param name="context">
    /// The context, read once: its clock and time zone say when the report is made and what today is
    /// (<see cref="RecordingContext.GetCurrentDate"/>), its calendar which days are gray for each schedule's kind of
    /// school, and its schedules which records are expected (those out of scope are ignored).
    /// </param>
    /// <param name="scope">Whom the report covers.</param>
    /// <param name="period">The dates, inclusive; days after today count no scheduled school day.</param>
    /// <param name="records">The records; those out of scope or dated outside the period are ignored.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">
    /// A record is null (the message gives its position), the period is not in the ISO calendar, or the context has
    /// no calendar or a null clock, time zone or schedule. A record dated in another calendar system is read as its
    /// ISO date.
    /// </exception>
    public static EncounterAttendanceReport Create(
        RecordingContext context,
        EncounterAttendanceScope scope,
        DateInterval period,
        IEnumerable<ServiceRecord> records)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(period);
        ArgumentNullException.ThrowIfNull(records);

        ExpectedRecords.RequireIso(period, nameof(period));
        var calendar = context.RequireCalendar("the Encounter Attendance report");
        var zone = context.RequireZone();
        var asOf = context.RequireClock().GetCurrentInstant();
        var today = LocalTimes.LocalAt(asOf, zone).Date;
        var scheduleList = ExpectedRecords.Schedules(context, period, scope.Kind == EncounterAttendanceScopeKind.Provider ? scope.ProviderId : null);
        var inScope = ExpectedRecords.WithoutNulls(records, nameof(records))
            .Where(r => period.Contains(IsoDates.Of(r.Date)) && scope.Includes(r.ProviderId, r.StudentId, r.ServiceType, IsoDates.Of(r.Date)))
            .OrderBy(static r => IsoDates.Of(r.Date)).ThenBy(static r => r.StartTime).ThenBy(static r => r.ProviderId).ThenBy(static r => r.StudentId)
            .ThenBy(static r => r.ServiceType.Code, StringComparer.Ordinal)
            .ToImmutableArray();

        var bySessionType = DefinedSessionTypes.ToDictionary(static t => t, static _ => 0);
        var delivered = Duration.Zero;
        var recorded = new HashSet<ExpectedRecord>();
        var served = new HashSet<ExpectedRecord>();
        var notCertified = ImmutableArray.CreateBuilder<UncertifiedRecord>();
        foreach (var record in inScope)
        {
            bySessionType[record.SessionType] = bySessionType.GetValueOrDefault(record.SessionType) + 1;
            var key = ExpectedRecords.KeyOf(record);
            recorded.Add(key);
            if (record.SessionType == SessionType.ServiceProvided)
            {
                served.Add(key);
                if (record.Length > Duration.Zero)
                {
                    delivered += record.Length;
                }
            }

            var verification = CertificationVerification.Of(record, zone, asOf);
            if (!verification.IsValid)
            {
                notCertified.Add(new UncertifiedRecord(record, verification));
            }
        }

        // Scheduled school days and missing records by the one shared definition (ExpectedRecords, MissingRecords),
        // kept to the scope. A student's or a provider's schedules are picked first, so a report on one provider
        // does not walk a district's schedules; a caseload's are kept to the date by Includes.
        var scopedSchedules = scope.Kind switch
        {
            EncounterAttendanceScopeKind.Student => scheduleList.Where(s => s.StudentId == scope.StudentId),
            EncounterAttendanceScopeKind.Provider => scheduleList.Where(s => s.ProviderId == scope.ProviderId),
            _ => scheduleList,
        };
        var expected = ExpectedRecords.Through(period, today, calendar, scopedSchedules)
            .Where(e => scope.Includes(e.ProviderId, e.StudentId, e.ServiceType, e.Date))
            .ToList();
        var servedDays = expected.Count(served.Contains);
        ImmutableArray<ExpectedRecord> missing = [.. global::Sesis.Rules.MissingRecords.Lacking(expected, recorded)];

        return new EncounterAttendanceReport(
            scope, period, asOf, today, inScope, bySessionType.ToImmutableSortedDictionary(), delivered, expected.Count, servedDays, missing, notCertified.ToImmutable());
    }

    /// <summary>Describes the report in one line.</summary>
    /// <returns>
    /// Such as "student 204381527 [2025-11-01, 2025-11-30]: 15 records (11 ServiceProvided, 2 StudentAbsent, 1 ProviderAbsent,
    /// 1 Cancelled), 480 minutes delivered, 10 of 16 scheduled school days served (62.5%), 2 missing records on 2 days,
    /// 3 not certified".
    /// </returns>
    public override string ToString()
    {
        var counts = string.Join(", ", RecordsBySessionType.Select(static c => string.Create(CultureInfo.InvariantCulture, $"{c.Value} {c.Key}")));
        var share = ServedShare is { } s ? (s * 100).ToString("0.#", CultureInfo.InvariantCulture) + "%" : "nothing scheduled";
        return string.Create(
            CultureInfo.InvariantCulture,
            $"{Scope} {Period}: {RecordCount} records ({counts}), {MinutesDelivered} minutes delivered, {ServedSchoolDays} of {ScheduledSchoolDays} scheduled school days served ({share}), {MissingRecords.Count} missing records on {DaysMissingARecord.Count} days, {NotCertified.Count} not certified");
    }
}
