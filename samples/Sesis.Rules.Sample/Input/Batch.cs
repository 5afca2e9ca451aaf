using NodaTime;

namespace Sesis.Rules.Sample.Input;

/// <summary>Everything one batch file holds: the records and the context the rules need to check them.</summary>
internal sealed record Batch(
    IClock Clock,
    DateTimeZone TimeZone,
    SchoolCalendar? Calendar,
    SchoolKind SchoolKind,
    ProviderDirectory Providers,
    Caseload Caseload,
    IReadOnlyList<ServiceSchedule> Schedules,
    IReadOnlyList<SourcedRecord> Records)
{
    // Where the calendar came from and, for a published feed, what each event became (the calendar command's --explain).
    public LoadedCalendar LoadedCalendar { get; init; } = new(Calendar, "given", null, null);

    public LocalDate Today => Context.GetCurrentDate();

    /// <summary>The one context the validator, the calendar, the report and the missing-record check share.</summary>
    public RecordingContext Context => new()
    {
        Clock = Clock,
        TimeZone = TimeZone,
        Calendar = Calendar,
        SchoolKind = SchoolKind,
        Providers = Providers,
        Caseload = Caseload,
        Schedules = ServiceSchedules.Create(Schedules),
    };
}
