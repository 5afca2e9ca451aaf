using System.Collections.Frozen;
using NodaTime;

namespace Sesis.Rules;

/// <summary>
/// The options a validator was built with, checked and resolved once (ISO entry window, severities by code),
/// so that each validation only reads them. Immutable and safe to share across threads.
/// </summary>
internal sealed class RuleSettings
{
    /// <summary>The longest notes SESIS takes (SR511).</summary>
    public const int MaxNotesLength = 4000;

    // More than a century of open months is a mistake, not a policy, and would overflow date arithmetic.
    private const int MaxEntryWindowMonths = 1200;

    public RuleSettings(ValidationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        Clock = options.Clock ?? throw MissingOption(nameof(options.Clock), nameof(options));
        Zone = options.TimeZone ?? throw MissingOption(nameof(options.TimeZone), nameof(options));
        Calendar = options.Calendar;
        SchoolKind = Enum.IsDefined(options.SchoolKind)
            ? options.SchoolKind
            : throw new ArgumentException($"ValidationOptions.SchoolKind {(int)options.SchoolKind} is not a defined kind of school.", nameof(options));
        Providers = options.Providers ?? throw MissingOption(nameof(options.Providers), nameof(options));
        Caseload = options.Caseload ?? throw MissingOption(nameof(options.Caseload), nameof(options));
        ServiceTypes = options.ServiceTypes ?? throw MissingOption(nameof(options.ServiceTypes), nameof(options));
        Languages = options.Languages ?? throw MissingOption(nameof(options.Languages), nameof(options));
        Locations = options.Locations ?? throw MissingOption(nameof(options.Locations), nameof(options));
        ProgressIndicators = options.ProgressIndicators ?? throw MissingOption(nameof(options.ProgressIndicators), nameof(options));
        RequireOsisStudentIds = options.RequireOsisStudentIds;

        if (options.EntryWindowMonths is < 0 or > MaxEntryWindowMonths)
        {
            throw new ArgumentException(
                $"ValidationOptions.EntryWindowMonths is {options.EntryWindowMonths}; use 0 to {MaxEntryWindowMonths}, or EntryWindowStart for a fixed date.",
                nameof(options));
        }

        EntryWindowMonths = options.EntryWindowMonths;
        EntryWindowStart = options.EntryWindowStart is { } start ? RecordFacts.Iso(start) : null;
        Messages = options.Messages ?? throw MissingOption(nameof(options.Messages), nameof(options));
        Severities = ResolveSeverities(options.SeverityOverrides ?? throw MissingOption(nameof(options.SeverityOverrides), nameof(options)));
    }

    public IClock Clock { get; }

    public DateTimeZone Zone { get; }

    public ISchoolCalendar? Calendar { get; }

    public SchoolKind SchoolKind { get; }

    public ProviderDirectory Providers { get; }

    public Caseload Caseload { get; }

    public ServiceTypeCatalog ServiceTypes { get; }

    public CodeCatalog<Language> Languages { get; }

    public CodeCatalog<ServiceLocation> Locations { get; }

    public CodeCatalog<ProgressIndicator> ProgressIndicators { get; }

    public bool RequireOsisStudentIds { get; }

    public int EntryWindowMonths { get; }

    public LocalDate? EntryWindowStart { get; }

    public RuleMessages Messages { get; }

    /// <summary>Gets the effective severity of every code of the catalog.</summary>
    public FrozenDictionary<string, FindingSeverity> Severities { get; }

    /// <summary>Reads the clock once: every rule of one validation sees the same "now".</summary>
    public Moment ReadClock()
    {
        var now = Clock.GetCurrentInstant();
        var local = now.InZone(Zone).LocalDateTime;
        var windowStart = EntryWindowStart ?? local.Date.With(DateAdjusters.StartOfMonth).PlusMonths(-EntryWindowMonths);
        return new Moment(now, local, windowStart);
    }

    private static FrozenDictionary<string, FindingSeverity> ResolveSeverities(IReadOnlyDictionary<string, FindingSeverity> overrides)
    {
        // Every code of the catalog may be overridden here: the across-record ones (SR9xx) take effect when a
        // BatchValidator runs this validator, so one options object holds a host's whole severity policy.
        var severities = RuleCatalog.All.ToDictionary(static r => r.Code, static r => r.DefaultSeverity, StringComparer.Ordinal);
        foreach (var (code, severity) in overrides)
        {
            if (code is null || !severities.ContainsKey(code))
            {
                throw new ArgumentException(
                    $"ValidationOptions.SeverityOverrides names '{code}', which is not a rule code (see RuleCatalog.All).",
                    nameof(overrides));
            }

            if (severity is not (FindingSeverity.Error or FindingSeverity.Warning))
            {
                throw new ArgumentException(
                    $"ValidationOptions.SeverityOverrides gives {code} the severity {(int)severity}, which is neither Error nor Warning.",
                    nameof(overrides));
            }

            severities[code] = severity;
        }

        return severities.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private static ArgumentException MissingOption(string name, string paramName) =>
        new($"ValidationOptions.{name} is null; leave it unset for the default.", paramName);
}
