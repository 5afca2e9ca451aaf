using System.Collections.Immutable;
using NodaTime;

namespace Sesis.Rules;

/// <summary>
/// A district's school calendar: its school years, its weekend, and named closures (gray days), some for
/// every school and some for some kinds of school only, plus days that are explicitly not closures
/// (remote-learning days, early dismissals). Build one with
/// <see cref="Create(string, IEnumerable{SchoolYear}, IEnumerable{CalendarEntry}, IEnumerable{IsoDayOfWeek}?)"/>,
/// or use <see cref="SchoolCalendars.NewYorkCity2025To2026"/>.
/// </summary>
/// <remarks>
/// Immutable and safe to share across threads. A day is gray for a kind of school exactly when it is a
/// weekend day, a closure for that kind, or outside every school year. The calendar covers the days from
/// the first day of its earliest school year to the last day of its latest, so a summer between two of its
/// years is covered (and gray). <see cref="IsGrayDay"/> is constant-time and allocation-free: the answers
/// are computed once, as one bit per day and kind of school.
/// </remarks>
public sealed class SchoolCalendar : ISchoolCalendar
{
    private const int KindCount = 5;

    private readonly int _firstDayNumber;
    private readonly int _dayCount;

    // One bit per covered day and kind of school: set when school is open. Indexed [kind][day / 64].
    private readonly ulong[][] _openDays;

    private SchoolCalendar(string name, ImmutableArray<SchoolYear> years, ImmutableArray<CalendarEntry> entries, ImmutableArray<IsoDayOfWeek> weekend)
    {
        Name = name;
        SchoolYears = years;
        Entries = entries;
        Weekend = weekend;
        Coverage = new DateInterval(years[0].FirstDay, years.Max(static y => y.LastDay));
        _firstDayNumber = DayNumber(Coverage.Start);
        _dayCount = Coverage.Length;
        _openDays = new ulong[KindCount][];
        for (var kind = 0; kind < KindCount; kind++)
        {
            _openDays[kind] = new ulong[(_dayCount + 63) / 64];
        }

        foreach (var year in years)
        {
            foreach (var day in Each(year.FirstDay, year.LastDay))
            {
                if (!weekend.Contains(day.DayOfWeek))
                {
                    SetOpen(day, allKinds: 0b11111, open: true);
                }
            }
        }

        foreach (var entry in entries.Where(static e => e.IsClosure))
        {
            foreach (var day in Each(entry.FirstDay, entry.LastDay))
            {
                SetOpen(day, entry.KindMask, open: false);
            }
        }
    }

    /// <summary>Gets the weekend of a calendar built without one: Saturday and Sunday.</summary>
    public static ImmutableArray<IsoDayOfWeek> DefaultWeekend { get; } = [IsoDayOfWeek.Saturday, IsoDayOfWeek.Sunday];

    /// <summary>Gets the calendar's name, such as "New York City public schools".</summary>
    public string Name { get; }

    /// <summary>Gets the school years, in date order; they never overlap.</summary>
    public ImmutableArray<SchoolYear> SchoolYears { get; }

    /// <summary>Gets the closures, remote-learning days and early dismissals, by first day then type.</summary>
    public ImmutableArray<CalendarEntry> Entries { get; }

    /// <summary>Gets the days of the week school is closed, Saturday and Sunday unless the calendar says otherwise.</summary>
    public ImmutableArray<IsoDayOfWeek> Weekend { get; }

    /// <summary>Gets the days the calendar covers: from the first day of its earliest year to the last day of its latest.</summary>
    public DateInterval Coverage { get; }

    /// <summary>Builds a calendar, checking its input.</summary>
    /// <param name="name">The calendar's name; a null or blank name is reported as a problem.</param>
    /// <param name="schoolYears">The school years; at least one, none overlapping another.</param>
    /// <param name="entries">
    /// Closures, remote-learning days and early dismissals. Each lies inside one school year, and no two
    /// entries share a day for a kind of school they both apply to (a day has one meaning per school).
    /// </param>
    /// <param name="weekend">The days of the week school is closed; <see langword="null"/> for Saturday and Sunday.</param>
    /// <returns>The calendar, or every problem with the input, each naming the year or entry and its position.</returns>
    public static SchoolCalendarResult Create(
        string? name,
        IEnumerable<SchoolYear> schoolYears,
        IEnumerable<CalendarEntry> entries,
        IEnumerable<IsoDayOfWeek>? weekend = null)
    {
        ArgumentNullException.ThrowIfNull(schoolYears);
        ArgumentNullException.ThrowIfNull(entries);
        var problems = ImmutableArray.CreateBuilder<CalendarProblem>();
        if (string.IsNullOrWhiteSpace(name))
        {
            problems.Add(new CalendarProblem(null, null, "The calendar has no name."));
        }

        var years = schoolYears.ToList();
        var entryList = entries.ToList();
        var weekendDays = CheckWeekend(weekend, problems);
        CheckYears(years, problems);
        CheckEntries(entryList, years, problems);
        if (problems.Count > 0)
        {
            return SchoolCalendarResult.ForProblems(problems.ToImmutable());
        }

        var sortedEntries = entryList.OrderBy(static e => e.FirstDay).ThenBy(static e => e.Type).ThenBy(static e => e.KindMask).ToImmutableArray();
        var calendarName = name!.Trim(); // a null or blank name was a problem above
        return SchoolCalendarResult.ForCalendar(
            new SchoolCalendar(calendarName, [.. years.OrderBy(static y => y.FirstDay)], sortedEntries, weekendDays));
    }

    /// <inheritdoc/>
    public bool Covers(LocalDate day)
    {
        var index = DayNumber(day) - _firstDayNumber;
        return (uint)index < (uint)_dayCount;
    }

    /// <inheritdoc/>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not a defined kind of school.</exception>
    public bool IsGrayDay(LocalDate day, SchoolKind kind)
    {
        if ((uint)kind >= KindCount)
        {
            throw new ArgumentOutOfRangeException(nameof(kind), kind, "The kind of school is not defined.");
        }

        var index = DayNumber(day) - _firstDayNumber;
        if ((uint)index >= (uint)_dayCount)
        {
            return true;
        }

        return (_openDays[(int)kind][index >> 6] & (1UL << (index & 63))) == 0;
    }

    /// <summary>Gets a value indicating whether school is open on <paramref name="day"/> for a kind of school.</summary>
    /// <param name="day">The date.</param>
    /// <param name="kind">The kind of school.</param>
    /// <returns><see langword="true"/> when the day is not gray.</returns>
    public bool IsSchoolDay(LocalDate day, SchoolKind kind) => !IsGrayDay(day, kind);

    /// <summary>Lists the school days of a period for a kind of school, in date order.</summary>
    /// <param name="period">The period.</param>
    /// <param name="kind">The kind of school.</param>
    /// <returns>The days of <paramref name="period"/> that are not gray.</returns>
    public IEnumerable<LocalDate> SchoolDays(DateInterval period, SchoolKind kind)
    {
        ArgumentNullException.ThrowIfNull(period);
        return period.Where(day => !IsGrayDay(day, kind));
    }

    /// <summary>Finds the entries that apply to a day and a kind of school: why a day is gray, or why it is unusual.</summary>
    /// <param name="day">The date.</param>
    /// <param name="kind">The kind of school.</param>
    /// <returns>The entries; at most one, since entries never share a day for a kind of school.</returns>
    public IEnumerable<CalendarEntry> EntriesOn(LocalDate day, SchoolKind kind) =>
        Entries.Where(e => e.Contains(day) && e.AppliesTo(kind));

    /// <summary>Finds the school year a day falls in.</summary>
    /// <param name="day">The date.</param>
    /// <returns>The year, or <see langword="null"/> when the day is outside every school year.</returns>
    public SchoolYear? SchoolYearOf(LocalDate day) => SchoolYears.FirstOrDefault(y => y.Contains(day));

    /// <summary>Describes the calendar.</summary>
    /// <returns>Such as "New York City public schools: 2025-26 [2025-09-04, 2026-06-26], 19 entries".</returns>
    public override string ToString() =>
        $"{Name}: {string.Join(", ", SchoolYears)}, {Entries.Length} entries";

    // Counts days rather than stepping past the last one, which would overflow at LocalDate.MaxIsoValue.
    internal static IEnumerable<LocalDate> Each(LocalDate first, LocalDate last)
    {
        var count = Period.DaysBetween(first, last);
        for (var i = 0; i <= count; i++)
        {
            yield return first.PlusDays(i);
        }
    }

    // Any date NodaTime holds has a day number, years before 1 included: asking about LocalDate.MinIsoValue is gray, not an exception.
    private static int DayNumber(LocalDate day) => IsoDates.DayNumber(day);

    private void SetOpen(LocalDate day, int allKinds, bool open)
    {
        var index = DayNumber(day) - _firstDayNumber;
        for (var kind = 0; kind < KindCount; kind++)
        {
            if ((allKinds & (1 << kind)) != 0)
            {
                ref var word = ref _openDays[kind][index >> 6];
                word = open ? word | (1UL << (index & 63)) : word & ~(1UL << (index & 63));
            }
        }
    }

    /// <summary>
    /// Checks days given as a weekend: the one weekend rule, which <see cref="Create"/> and the calendar file
    /// readers apply. Every day must be a day of the week, and not all seven may be (school would never open);
    /// an empty weekend is allowed (a school open every day of the week).
    /// </summary>
    /// <param name="weekend">The days.</param>
    /// <returns>What is wrong, one message per problem; empty when the days make a weekend.</returns>
    public static ImmutableArray<string> WeekendProblems(IEnumerable<IsoDayOfWeek> weekend)
    {
        ArgumentNullException.ThrowIfNull(weekend);
        var problems = ImmutableArray.CreateBuilder<string>();
        var days = weekend.ToList();
        foreach (var day in days.Where(static d => d is < IsoDayOfWeek.Monday or > IsoDayOfWeek.Sunday))
        {
            problems.Add($"The weekend names {day}, which is not a day of the week.");
        }

        if (days.Where(static d => d is >= IsoDayOfWeek.Monday and <= IsoDayOfWeek.Sunday).Distinct().Count() == 7)
        {
            problems.Add("The weekend names every day of the week, so school is never open.");
        }

        return problems.ToImmutable();
    }

    private static ImmutableArray<IsoDayOfWeek> CheckWeekend(IEnumerable<IsoDayOfWeek>? weekend, ImmutableArray<CalendarProblem>.Builder problems)
    {
        if (weekend is null)
        {
            return DefaultWeekend;
        }

        var days = weekend.ToList();
        problems.AddRange(WeekendProblems(days).Select(static p => new CalendarProblem(null, null, p)));

        // A day that is not a day of the week was a problem above, and a calendar with problems is not built.
        return days.Distinct().Order().ToImmutableArray();
    }

    private static void CheckYears(List<SchoolYear> years, ImmutableArray<CalendarProblem>.Builder problems)
    {
        if (years.Count == 0)
        {
            problems.Add(new CalendarProblem(null, null, "The calendar has no school year: give at least one first and last day of school."));
            return;
        }

        for (var i = 0; i < years.Count; i++)
        {
            if (years[i] is null)
            {
                problems.Add(new CalendarProblem(i, null, $"School year {i + 1} is missing (null)."));
                continue;
            }

            for (var j = 0; j < i; j++)
            {
                if (years[j] is { } other && years[i].FirstDay <= other.LastDay && other.FirstDay <= years[i].LastDay)
                {
                    problems.Add(new CalendarProblem(i, null, $"The school year {years[i]} overlaps the school year {other}."));
                }
            }
        }
    }

    private static void CheckEntries(List<CalendarEntry> entries, List<SchoolYear> years, ImmutableArray<CalendarProblem>.Builder problems)
    {
        for (var i = 0; i < entries.Count; i++)
        {
            var entry = entries[i];
            if (entry is null)
            {
                problems.Add(new CalendarProblem(null, i, $"Entry {i + 1} is missing (null)."));
                continue;
            }

            var year = years.FirstOrDefault(y => y is not null && y.Contains(entry.FirstDay));
            if (year is null)
            {
                problems.Add(new CalendarProblem(null, i, $"The entry '{entry}' starts outside every school year ({string.Join(", ", years.Where(static y => y is not null))})."));
            }
            else if (!year.Contains(entry.LastDay))
            {
                problems.Add(new CalendarProblem(null, i, $"The entry '{entry}' ends after the last day of the school year {year}."));
            }

            for (var j = 0; j < i; j++)
            {
                var other = entries[j];
                var shared = other is null ? 0 : entry.KindMask & other.KindMask;
                if (shared != 0 && entry.FirstDay <= other!.LastDay && other.FirstDay <= entry.LastDay)
                {
                    var kinds = string.Join(", ", Enum.GetValues<SchoolKind>().Where(k => (shared & (1 << (int)k)) != 0));
                    problems.Add(new CalendarProblem(null, i, $"The entry '{entry}' overlaps the entry '{other}' for {kinds}: a day has one meaning per kind of school."));
                }
            }
        }
    }
}
