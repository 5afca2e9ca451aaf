using NodaTime;

namespace Sesis.Rules;

/// <summary>
/// What a <see cref="ServiceRecordWorkflow"/>'s guards read besides the record: the validator (certify only a
/// record with no errors at the draft stage), the school calendar and kind of school (no absence on a gray
/// day), the clock and the time zone (a certification is not before the session ended nor in the future).
/// </summary>
/// <remarks>Immutable and safe to share: build it once and give it to every workflow.</remarks>
public sealed class WorkflowContext
{
    /// <summary>Initializes a context.</summary>
    /// <param name="validator">Checks a record at the draft stage before certifying.</param>
    /// <param name="calendar">Says which days are gray.</param>
    /// <param name="clock">Gives "now".</param>
    /// <param name="zone">The time zone of the records' dates and times (America/New_York for NYC).</param>
    /// <param name="schoolKind">The kind of school, which decides some gray days.</param>
    public WorkflowContext(IServiceRecordValidator validator, ISchoolCalendar calendar, IClock clock, DateTimeZone zone, SchoolKind schoolKind = SchoolKind.Elementary)
    {
        Validator = validator ?? throw new ArgumentNullException(nameof(validator));
        Calendar = calendar ?? throw new ArgumentNullException(nameof(calendar));
        Clock = clock ?? throw new ArgumentNullException(nameof(clock));
        Zone = zone ?? throw new ArgumentNullException(nameof(zone));
        SchoolKind = schoolKind;
    }

    /// <summary>Gets the validator run at the draft stage before certifying.</summary>
    public IServiceRecordValidator Validator { get; }

    /// <summary>Gets the school calendar.</summary>
    public ISchoolCalendar Calendar { get; }

    /// <summary>Gets the clock.</summary>
    public IClock Clock { get; }

    /// <summary>Gets the time zone of the records' dates and times.</summary>
    public DateTimeZone Zone { get; }

    /// <summary>Gets the kind of school.</summary>
    public SchoolKind SchoolKind { get; }

    /// <summary>
    /// Gets a value indicating whether <paramref name="date"/> is a known gray day. A date the calendar does not
    /// cover is not refused here: the validator warns about it (SPEC.md SR7xx) rather than blocking an absence.
    /// </summary>
    internal bool IsGrayDay(LocalDate date) => Calendar.Covers(date) && Calendar.IsGrayDay(date, SchoolKind);
}
