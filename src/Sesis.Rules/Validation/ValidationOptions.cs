using System.Collections.Frozen;
using NodaTime;

namespace Sesis.Rules;

/// <summary>
/// What a host sets once to build a <see cref="ServiceRecordValidator"/>: the clock and time zone, the school
/// calendar, the providers and caseload, the catalogs, the entry window, per-code severities and the messages.
/// </summary>
/// <remarks>
/// Every property has a documented default, so <c>new ValidationOptions()</c> is usable, though without a
/// <see cref="Calendar"/> every record gets the SR703 warning and without <see cref="Providers"/> and
/// <see cref="Caseload"/> every record gets SR801 and SR803.
/// </remarks>
public sealed record ValidationOptions
{
    /// <summary>Gets the time zone of New York, the default <see cref="TimeZone"/>.</summary>
    public static DateTimeZone NewYork { get; } = DateTimeZoneProviders.Tzdb["America/New_York"];

    /// <summary>Gets the clock that says what "now" and "today" are; <see cref="SystemClock.Instance"/> by default.</summary>
    public IClock Clock { get; init; } = SystemClock.Instance;

    /// <summary>Gets the time zone in which a record's date and times are read; America/New_York by default.</summary>
    public DateTimeZone TimeZone { get; init; } = NewYork;

    /// <summary>
    /// Gets the school calendar that says which days are gray; <see langword="null"/> (the default) means none
    /// is configured, and every record then gets the SR703 warning.
    /// </summary>
    public ISchoolCalendar? Calendar { get; init; }

    /// <summary>Gets the kind of school whose gray days apply; <see cref="SchoolKind.Elementary"/> by default.</summary>
    public SchoolKind SchoolKind { get; init; }

    /// <summary>Gets the providers the host knows; empty by default.</summary>
    public ProviderDirectory Providers { get; init; } = ProviderDirectory.Empty;

    /// <summary>Gets the caseload assignments the host knows; empty by default.</summary>
    public Caseload Caseload { get; init; } = Caseload.Empty;

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
    /// Services" offers the current and the previous month. 0 allows the current month only. Ignored when
    /// <see cref="EntryWindowStart"/> is set.
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
    /// Gets severities that replace a rule's default, by code (such as "SR702" to Error); empty by default.
    /// Every code must be in <see cref="RuleCatalog.All"/>. The across-record codes (SR9xx) take effect when a
    /// <see cref="BatchValidator"/> runs the validator built from these options.
    /// </summary>
    public IReadOnlyDictionary<string, FindingSeverity> SeverityOverrides { get; init; } = FrozenDictionary<string, FindingSeverity>.Empty;

    /// <summary>
    /// Gets the wording of the findings: messages per code and culture, and the display names that messages
    /// give the fields; <see cref="RuleMessages.Default"/> (English) by default. A finding's message is in the
    /// current UI culture of the validating thread.
    /// </summary>
    public RuleMessages Messages { get; init; } = RuleMessages.Default;
}
