using System.Collections.Frozen;
using NodaTime;

namespace Sesis.Rules;

/// <summary>
/// The context a validator was built with, checked and resolved once (ISO entry window, severities by code),
/// so that each validation only reads it: the one place the rules read a <see cref="RecordingContext"/>. The
/// lookups are kept as the host's objects, never copied, so a change in the host's data is seen by the next
/// validation. Immutable and safe to share across threads.
/// </summary>
internal sealed class RuleSettings
{
    /// <summary>The longest notes SESIS takes (SR511).</summary>
    public const int MaxNotesLength = 4000;

    // More than a century of open months is a mistake, not a policy, and would overflow date arithmetic.
    private const int MaxEntryWindowMonths = 1200;

    public RuleSettings(RecordingContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        Context = context;
        Clock = context.Clock ?? throw MissingOption(nameof(RecordingContext.Clock), nameof(context));
        Zone = context.TimeZone ?? throw MissingOption(nameof(RecordingContext.TimeZone), nameof(context));
        Calendar = context.Calendar;
        SchoolKind = Enum.IsDefined(context.SchoolKind)
            ? context.SchoolKind
            : throw new ArgumentException($"RecordingContext.SchoolKind {(int)context.SchoolKind} is not a defined kind of school.", nameof(context));
        Providers = context.Providers ?? throw MissingOption(nameof(RecordingContext.Providers), nameof(context));
        Caseload = context.Caseload ?? throw MissingOption(nameof(RecordingContext.Caseload), nameof(context));
        ServiceTypes = context.ServiceTypes ?? throw MissingOption(nameof(RecordingContext.ServiceTypes), nameof(context));
        Languages = context.Languages ?? throw MissingOption(nameof(RecordingContext.Languages), nameof(context));
        Locations = context.Locations ?? throw MissingOption(nameof(RecordingContext.Locations), nameof(context));
        ProgressIndicators = context.ProgressIndicators ?? throw MissingOption(nameof(RecordingContext.ProgressIndicators), nameof(context));
        RequireOsisStudentIds = context.RequireOsisStudentIds;

        if (context.EntryWindowMonths is < 0 or > MaxEntryWindowMonths)
        {
            throw new ArgumentException(
                $"RecordingContext.EntryWindowMonths is {context.EntryWindowMonths}; use 0 to {MaxEntryWindowMonths}, or EntryWindowStart for a fixed date.",
                nameof(context));
        }

        EntryWindowMonths = context.EntryWindowMonths;
        EntryWindowStart = context.EntryWindowStart is { } start ? IsoDates.Of(start) : null;
        Messages = context.Messages ?? throw MissingOption(nameof(RecordingContext.Messages), nameof(context));
        Severities = ResolveSeverities(context.SeverityOverrides ?? throw MissingOption(nameof(RecordingContext.SeverityOverrides), nameof(context)));
    }

    /// <summary>Gets the context the settings were read from.</summary>
    public RecordingContext Context { get; }

    public IClock Clock { get; }

    public DateTimeZone Zone { get; }

    public ISchoolCalendar? Calendar { get; }

    public SchoolKind SchoolKind { get; }

    public IProviderDirectory Providers { get; }

    public ICaseload Caseload { get; }

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
        var local = LocalTimes.LocalAt(now, Zone);
        var windowStart = EntryWindowStart ?? WindowStart(local.Date);
        return new Moment(now, local, windowStart);
    }

    // The first day of the month EntryWindowMonths before today's, or the first date there is when that month would
    // come before it (a clock in NodaTime's first century, where PlusMonths throws).
    private LocalDate WindowStart(LocalDate today)
    {
        var monthStart = today.With(DateAdjusters.StartOfMonth);
        var monthsSinceFirst = ((monthStart.Year - LocalDate.MinIsoValue.Year) * 12) + monthStart.Month - 1;
        return EntryWindowMonths <= monthsSinceFirst ? monthStart.PlusMonths(-EntryWindowMonths) : LocalDate.MinIsoValue;
    }

    private static FrozenDictionary<string, FindingSeverity> ResolveSeverities(IReadOnlyDictionary<string, FindingSeverity> overrides)
    {
        // Every code of the catalog may be overridden here: the across-record ones (SR9xx) take effect in a
        // BatchValidator on the same context, so one context holds a host's whole severity policy.
        var severities = RuleCatalog.All.ToDictionary(static r => r.Code, static r => r.DefaultSeverity, StringComparer.Ordinal);
        foreach (var (code, severity) in overrides)
        {
            if (code is null || !severities.ContainsKey(code))
            {
                throw new ArgumentException(
                    $"RecordingContext.SeverityOverrides names '{code}', which is not a rule code (see RuleCatalog.All).",
                    nameof(overrides));
            }

            if (severity is not (FindingSeverity.Error or FindingSeverity.Warning))
            {
                throw new ArgumentException(
                    $"RecordingContext.SeverityOverrides gives {code} the severity {(int)severity}, which is neither Error nor Warning.",
                    nameof(overrides));
            }

            severities[code] = severity;
        }

        return severities.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private static ArgumentException MissingOption(string name, string paramName) =>
        new($"RecordingContext.{name} is null; leave it unset for the default.", paramName);
}
