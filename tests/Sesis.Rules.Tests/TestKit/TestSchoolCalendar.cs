using NodaTime;

namespace Sesis.Rules.Tests;

/// <summary>
/// The validator tests' view of the NYC 2025-26 calendar the library ships: its school days are
/// <see cref="RecordGenerators.SchoolDays"/> (read from <see cref="SchoolCalendars.NewYorkCity2025To2026"/>),
/// plus 2026-06-05 for high schools only (Clerical Day closes the others), and it covers July 2025 to June 2026.
/// The validator tests do not use the shipped calendar itself yet: it throws on dates before year 1, which
/// the hostile-record properties generate (a known defect, fixed apart); the lifecycle tests use it.
/// </summary>
public sealed class TestSchoolCalendar : ISchoolCalendar
{
    private static readonly LocalDate ClericalDay = new(2026, 6, 5);

    private readonly DateInterval? _covered;
    private readonly HashSet<LocalDate> _schoolDays;

    private TestSchoolCalendar(DateInterval? covered, IEnumerable<LocalDate> schoolDays)
    {
        _covered = covered;
        _schoolDays = [.. schoolDays];
    }

    /// <summary>Gets the calendar of the 2025-26 school year.</summary>
    public static TestSchoolCalendar Nyc2025To2026 { get; } =
        new(new DateInterval(new LocalDate(2025, 7, 1), new LocalDate(2026, 6, 30)), RecordGenerators.SchoolDays);

    /// <summary>Gets a calendar that covers no day at all.</summary>
    public static TestSchoolCalendar CoversNothing { get; } = new(null, []);

    public bool Covers(LocalDate day) => _covered is { } covered && day.Calendar == CalendarSystem.Iso && covered.Contains(day);

    public bool IsGrayDay(LocalDate day, SchoolKind kind) =>
        !Covers(day) || !(_schoolDays.Contains(day) || (day == ClericalDay && kind == SchoolKind.High));
}
