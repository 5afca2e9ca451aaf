using NodaTime;

namespace Sesis.Rules.Calendars;

// What a reader has found so far: the calendar's parts, each with the line it came from, and the errors. Every
// reader fills one and builds the calendar from it, so a problem SchoolCalendar.Create finds names its line.
internal sealed class CalendarDraft
{
    private readonly List<(SchoolYear Year, int? Line)> _years = [];
    private readonly List<(CalendarEntry Entry, int Line)> _entries = [];

    public List<CalendarLoadError> Errors { get; } = [];

    public string? Name { get; set; }

    // Null for the default weekend (Saturday and Sunday).
    public IReadOnlyList<IsoDayOfWeek>? Weekend { get; set; }

    public int YearCount => _years.Count;

    public IEnumerable<(CalendarEntry Entry, int Line)> Entries => _entries;

    public void Error(int? line, string message) => Errors.Add(new CalendarLoadError(line, message));

    public void Add(SchoolYear year, int? line) => _years.Add((year, line));

    public void Add(CalendarEntry entry, int line) => _entries.Add((entry, line));

    // The weekend rule is the core's (SchoolCalendar.WeekendProblems); a reader only names the line.
    public void SetWeekend(IReadOnlyList<IsoDayOfWeek> days, int? line)
    {
        var problems = SchoolCalendar.WeekendProblems(days);
        foreach (var problem in problems)
        {
            Error(line, problem);
        }

        Weekend = days; // with problems, Build returns the errors and never reads it
    }

    public CalendarLoadResult Build()
    {
        if (Errors.Count > 0)
        {
            return CalendarLoadResult.ForErrors(Errors);
        }

        var result = SchoolCalendar.Create(Name, _years.Select(static y => y.Year), _entries.Select(static e => e.Entry), Weekend);
        return result.Success
            ? CalendarLoadResult.ForCalendar(result.Calendar)
            : CalendarLoadResult.ForErrors(result.Problems.Select(p => new CalendarLoadError(
                p.EntryIndex is { } e ? _entries[e].Line : p.SchoolYearIndex is { } y ? _years[y].Line : null,
                p.Message)));
    }
}
