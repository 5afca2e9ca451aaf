using NodaTime;

namespace Sesis.Rules.Sample.Input;

/// <summary>
/// Everything one batch file holds: the context the rules need and where the records come from. The records are
/// read from <see cref="Source"/> as they are checked (a CSV file or a database is never held whole by
/// <c>validate</c>); <see cref="Records"/> reads and holds them all, for the commands that need every record at once.
/// </summary>
internal sealed record Batch(
    IClock Clock,
    DateTimeZone TimeZone,
    SchoolCalendar? Calendar,
    SchoolKind SchoolKind,
    ProviderDirectory Providers,
    Caseload Caseload,
    IReadOnlyList<ServiceSchedule> Schedules,
    RecordSource Source)
{
    // Where the calendar came from and, for a published feed, what each event became (the calendar command's --explain).
    public LoadedCalendar LoadedCalendar { get; init; } = new(Calendar, "given", null, null);

    private IReadOnlyList<SourcedRecord>? _records;
    private RecordingContext? _context;

    /// <summary>Gets every record, read once from <see cref="Source"/> and held.</summary>
    public IReadOnlyList<SourcedRecord> Records => _records ??= Source.Held ?? [.. Source.Read()];

    public LocalDate Today => Context.GetCurrentDate();

    /// <summary>
    /// The one context the validator, the calendar, the report and the missing-record check share: built once, since
    /// indexing a district's schedules takes a noticeable share of a run.
    /// </summary>
    public RecordingContext Context => _context ??= ContextFor(Schedules);

    /// <summary>The context with other schedules: a report's row per student and service type counts that row's only.</summary>
    public RecordingContext ContextFor(IEnumerable<ServiceSchedule> schedules) => new()
    {
        Clock = Clock,
        TimeZone = TimeZone,
        Calendar = Calendar,
        SchoolKind = SchoolKind,
        Providers = Providers,
        Caseload = Caseload,
        Schedules = ServiceSchedules.Create(schedules),
    };
}
