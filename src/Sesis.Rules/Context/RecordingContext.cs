using System.Collections.Frozen;
using NodaTime;

namespace Sesis.Rules;

/// <summary>
/// Everything the rules read besides a record, set once by the host and given to every part of the library: the
/// clock and time zone that say what "now" and "today" are, the school calendar and kind of school that say which
/// days are gray, the providers, caseload and schedules, the catalogs, the entry window and per-code severities.
/// </summary>
/// <remarks>
/// <para>
/// The <see cref="ServiceRecordValidator"/>, the <see cref="BatchValidator"/>, the <see cref="ServiceRecordWorkflow"/>
/// (through its validator), the missing-record check (<see cref="MissingRecords"/>), the
/// <see cref="ServicesCalendar"/> and the <see cref="EncounterAttendanceReport"/> all take it, so no setting is given
/// twice and they cannot disagree about a day. "Today" is always the date of <see cref="Clock"/>'s current instant in
/// <see cref="TimeZone"/> (<see cref="GetCurrentDate"/>); tests fix it with a fake clock.
/// </para>
/// <para>
/// Every property has a documented default, so <c>new RecordingContext()</c> is usable, though without a
/// <see cref="Calendar"/> every record gets the SR703 warning (and the calendar, the report and the missing-record
/// check, which need one, refuse it), and without <see cref="Providers"/> and <see cref="Caseload"/> every record
/// gets SR801 and SR803. Immutable: change a setting with a <c>with</c> expression. Two contexts are equal when
/// every property is equal; the lookups, calendar and clock compare as their own types do (by reference unless
/// they say otherwise).
/// </para>
/// <para>
/// The lookups (<see cref="Providers"/>, <see cref="Caseload"/>, <see cref="Schedules"/>) are read when a record is
/// checked or a report is made, never copied: a host whose data changes backs them with its own implementation and
/// keeps its validators.
/// </para>
/// </remarks>
public sealed record RecordingContext
{
    /// <summary>Gets the time zone of New York, the default <see cref="TimeZone"/>.</summary>
    public static DateTimeZone NewYork { get; } = DateTimeZoneProviders.Tzdb["America/New_York"];

    /// <summary>Gets the clock that says what "now" and "today" are; <see cref="SystemClock.Instance"/> by default.</summary>
    public IClock Clock { get; init; } = SystemClock.Instance;

    /// <summary>Gets the district's time zone, in which a record's date and times are read and "today" is taken; America/New_York by default.</summary>
    public DateTimeZone TimeZone { get; init; } = NewYork;

    /// <summary>
    /// Gets the school calendar that says which days are gray; <see langword="null"/> (the default) means none is
    /// configured: every record then gets the SR703 warning, and the Services Calendar, the Encounter Attendance
    /// report and the missing-record check refuse the context.
    /// </summary>
    public ISchoolCalendar? Calendar { get; init; }

    /// <summary>Gets the kind of school whose gray days apply to records; <see cref="SchoolKind.Elementary"/> by default.</summary>
    public SchoolKind SchoolKind { get; init; }

    /// <summary>Gets the providers, asked once per record checked; an empty <see cref="ProviderDirectory"/> by default.</summary>
    public IProviderDirectory Providers { get; init; } = ProviderDirectory.Empty;

    /// <summary>Gets the caseload assignments, asked once per record checked; an empty <see cref="Rules.Caseload"/> by default.</summary>
    public ICaseload Caseload { get; init; } = Rules.Caseload.Empty;

    /// <summary>
    /// Gets the schedules that call for records, asked once per report, calendar or batch; an empty
    /// <see cref="ServiceSchedules"/> by default.
    /// </summary>
    public IServiceSchedules Schedules { get; init; } = ServiceSchedules.Empty;

    /// <summary>Gets the service types and their policies; <see cref="ServiceTypeCatalog.Standard"/> by default.</summary>
    public ServiceTypeCatalog ServiceTypes { get; init; } = ServiceTypeCatalog.Standard;

    /// <summary>Gets the languages of service accepted; <see cref="Language.StandardCatalog"/> by default.</summary>
    public CodeCatalog<Language> Languages { get; init; } = Language.StandardCatalog;

    /// <summary>Gets the service locations accepted; <see cref="ServiceLocation.StandardCatalog"/> by default.</summary>
    public CodeCatalog<ServiceLocation> Locations { get; init; } = ServiceLocation.StandardCatalog;

    /// <summary>Gets the progress indicators accepted; <see cref="ProgressIndicator.StandardCatalog"/> by default.</summary>
    public CodeCatalog<ProgressIndicator> ProgressIndicators { get; init; } = ProgressIndicator.StandardCatalog;

    /// <summary>
    /// Gets how many months before the current one are open for entry: 1 by default, as SESIS's "Record Past
    /// Services" offers the current and the previous month. 0 allows the current month only; at most 1200. Ignored
    /// when <see cref="EntryWindowStart"/> is set.
    /// </summary>
    public int EntryWindowMonths { get; init; } = 1;

    /// <summary>
    /// Gets a fixed earliest date open for entry, for historical imports; <see langword="null"/> (the default)
    /// uses <see cref="EntryWindowMonths"/>.
    /// </summary>
    public LocalDate? EntryWindowStart { get; init; }

    /// <summary>Gets a value indicating whether student ids must be NYC OSIS numbers (nine digits); <see langword="true"/> by default.</summary>
    public bool RequireOsisStudentIds { get; init; } = true;

    /// <summary>
    /// Gets severities that replace a rule's default, by code (such as "SR702" to Error), single-record and
    /// across-record (SR9xx) alike; empty by default. Every code must be in <see cref="RuleCatalog.All"/> and every
    /// severity Error or Warning.
    /// </summary>
    public IReadOnlyDictionary<string, FindingSeverity> SeverityOverrides { get; init; } = FrozenDictionary<string, FindingSeverity>.Empty;

    /// <summary>
    /// Gets the wording of the findings: messages per code and culture, and the display names that messages
    /// give the fields; <see cref="RuleMessages.Default"/> (English) by default. A finding's message is in the
    /// current UI culture of the validating thread.
    /// </summary>
    public RuleMessages Messages { get; init; } = RuleMessages.Default;

    /// <summary>
    /// Gets today: the date of <see cref="Clock"/>'s current instant in <see cref="TimeZone"/>, in the ISO calendar. A
    /// clock at the very end or start of NodaTime's instants, in a zone whose offset carries it past the last or
    /// before the first date, reads as that last or first date.
    /// </summary>
    /// <returns>Today's date in the district.</returns>
    /// <exception cref="ArgumentException"><see cref="Clock"/> or <see cref="TimeZone"/> is null.</exception>
    public LocalDate GetCurrentDate() => LocalTimes.LocalAt(RequireClock().GetCurrentInstant(), RequireZone()).Date;

    // The checks every taker of a context shares, each naming the property, so that a null set by mistake is
    // reported the same way wherever the context goes.
    internal IClock RequireClock() => Clock ?? throw Missing(nameof(Clock));

    internal DateTimeZone RequireZone() => TimeZone ?? throw Missing(nameof(TimeZone));

    internal IServiceSchedules RequireSchedules() => Schedules ?? throw Missing(nameof(Schedules));

    // Every taker names its context parameter "context", so the exceptions name it too.
    internal ISchoolCalendar RequireCalendar(string taker, string paramName = "context") =>
        Calendar ?? throw new ArgumentException(
            $"RecordingContext.Calendar is null: {taker} needs a school calendar to know which days are gray.", paramName);

    internal SchoolKind RequireSchoolKind(string paramName = "context") =>
        Enum.IsDefined(SchoolKind)
            ? SchoolKind
            : throw new ArgumentException($"RecordingContext.SchoolKind {(int)SchoolKind} is not a defined kind of school.", paramName);

    internal static ArgumentException Missing(string property, string paramName = "context") =>
        new($"RecordingContext.{property} is null; leave it unset for the default.", paramName);
}
