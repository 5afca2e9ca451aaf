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

    public LocalDate Today => Clock.GetCurrentInstant().InZone(TimeZone).Date;

    public ZonedClock ZonedClock => new(Clock, TimeZone, CalendarSystem.Iso);

    public ValidationOptions ValidationOptions => new()
    {
        Clock = Clock,
        TimeZone = TimeZone,
        Calendar = Calendar,
        SchoolKind = SchoolKind,
        Providers = Providers,
        Caseload = Caseload,
    };
}
