using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace Sesis.Rules.Tests;

/// <summary>A generated calendar's input: what a calendar is built from, valid by construction.</summary>
public sealed record CalendarInput(IReadOnlyList<SchoolYear> Years, IReadOnlyList<CalendarEntry> Entries, IReadOnlyList<IsoDayOfWeek> Weekend)
{
    public SchoolCalendar Build() => SchoolCalendar.Create("Generated", Years, Entries, Weekend).GetCalendarOrThrow();

    public override string ToString() =>
        $"years {string.Join("; ", Years)}; weekend {string.Join(",", Weekend)}; entries {string.Join("; ", Entries)}";
}

/// <summary>Generators of valid calendars: one or two school years, a weekend, entries that never overlap for a shared kind of school.</summary>
public static class CalendarGenerators
{
    private static readonly SchoolKind[] Kinds = Enum.GetValues<SchoolKind>();

    private static Gen<IsoDayOfWeek[]> Weekends { get; } =
        Gen.Frequency(
            (3, Gen.Constant(new[] { IsoDayOfWeek.Saturday, IsoDayOfWeek.Sunday })),
            (1, Gen.Elements(Enumerable.Range(1, 7).Select(static d => (IsoDayOfWeek)d).ToArray()).NonEmptyListOf().Select(static l => l.Distinct().Take(3).ToArray())));

    private static Gen<(int Type, int YearIndex, int Offset, int Length, SchoolKind[] Kinds)> Candidates { get; } =
        from type in Gen.Choose(0, 2)
        from yearIndex in Gen.Choose(0, 1)
        from offset in Gen.Choose(0, 320)
        from length in Gen.Frequency((3, Gen.Constant(1)), (1, Gen.Choose(2, 12)))
        from kinds in Gen.Frequency((2, Gen.Constant(Array.Empty<SchoolKind>())), (1, Gen.SubListOf(Kinds).Select(static k => k.ToArray())))
        select (type, yearIndex, offset, length, kinds);

    public static Gen<CalendarInput> Inputs { get; } =
        from start in Gen.Choose(0, 60)
        from firstLength in Gen.Choose(120, 300)
        from secondYear in Gen.Elements(true, false)
        from gap in Gen.Choose(1, 90)
        from secondLength in Gen.Choose(30, 300)
        from weekend in Weekends
        from candidates in Candidates.ListOf()
        select Build(start, firstLength, secondYear, gap, secondLength, weekend, candidates);

    private static CalendarInput Build(
        int start, int firstLength, bool secondYear, int gap, int secondLength, IsoDayOfWeek[] weekend,
        IList<(int Type, int YearIndex, int Offset, int Length, SchoolKind[] Kinds)> candidates)
    {
        var first = new LocalDate(2030, 8, 15).PlusDays(start);
        var years = new List<SchoolYear> { new("Y1", first, first.PlusDays(firstLength - 1)) };
        if (secondYear)
        {
            var second = years[0].LastDay.PlusDays(gap + 1);
            years.Add(new SchoolYear("Y2", second, second.PlusDays(secondLength - 1)));
        }

        var entries = new List<CalendarEntry>();
        foreach (var c in candidates)
        {
            var year = years[Math.Min(c.YearIndex, years.Count - 1)];
            var firstDay = year.FirstDay.PlusDays(c.Offset % year.Days.Length);
            var lastDay = LocalDate.Min(firstDay.PlusDays(c.Length - 1), year.LastDay);
            var entry = new CalendarEntry($"Entry {entries.Count}", (CalendarEntryType)c.Type, firstDay, lastDay, c.Kinds);
            var clashes = entries.Any(e => e.FirstDay <= lastDay && firstDay <= e.LastDay && Kinds.Any(k => e.AppliesTo(k) && entry.AppliesTo(k)));
            if (!clashes)
            {
                entries.Add(entry);
            }
        }

        return new CalendarInput(years, entries, weekend);
    }
}

public static class CalendarArbitraries
{
    public static Arbitrary<CalendarInput> CalendarInput() => CalendarGenerators.Inputs.ToArbitrary();
}
