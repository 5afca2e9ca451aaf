using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace Sesis.Rules.Calendars.Tests;

public static class CalendarFileArbitraries
{
    private static readonly SchoolKind[] Kinds = Enum.GetValues<SchoolKind>();

    /// <summary>Valid calendars: one school year, a weekend, entries that never overlap for a shared kind, names with characters iCalendar escapes.</summary>
    public static Arbitrary<SchoolCalendar> Calendar() =>
        (from start in Gen.Choose(0, 60)
         from length in Gen.Choose(100, 300)
         from weekend in Gen.Elements(new[] { IsoDayOfWeek.Saturday, IsoDayOfWeek.Sunday }, new[] { IsoDayOfWeek.Friday }, new[] { IsoDayOfWeek.Sunday, IsoDayOfWeek.Monday })
         from candidates in (
             from type in Gen.Elements(Enum.GetValues<CalendarEntryType>())
             from offset in Gen.Choose(0, 299)
             from days in Gen.Choose(1, 9)
             from kinds in Gen.Frequency((2, Gen.Constant(Array.Empty<SchoolKind>())), (1, Gen.SubListOf(Kinds).Select(static k => k.ToArray())))
             from name in Gen.Elements("Recess", "Eid al-Fitr", "Rosh Hashanah; day 1", "Dr. King, Jr. Day", "Back\\slash", "Día de los Muertos", "Clerical Day")
             select (type, offset, days, kinds, name)).ListOf()
         select Build(start, length, weekend, candidates)).ToArbitrary();

    private static SchoolCalendar Build(int start, int length, IsoDayOfWeek[] weekend, IList<(CalendarEntryType Type, int Offset, int Days, SchoolKind[] Kinds, string Name)> candidates)
    {
        var year = new SchoolYear("Year, 1", new LocalDate(2031, 8, 20).PlusDays(start), new LocalDate(2031, 8, 20).PlusDays(start + length - 1));
        var entries = new List<CalendarEntry>();
        foreach (var c in candidates)
        {
            var first = year.FirstDay.PlusDays(c.Offset % length);
            var entry = new CalendarEntry(c.Name, c.Type, first, LocalDate.Min(first.PlusDays(c.Days - 1), year.LastDay), c.Kinds);
            if (!entries.Any(e => e.FirstDay <= entry.LastDay && entry.FirstDay <= e.LastDay && Kinds.Any(k => e.AppliesTo(k) && entry.AppliesTo(k))))
            {
                entries.Add(entry);
            }
        }

        return SchoolCalendar.Create("Generated; district, \"north\"", [year], entries, weekend).GetCalendarOrThrow();
    }
}

public sealed class RoundTripProperties
{
    [Property(Arbitrary = new[] { typeof(CalendarFileArbitraries) }, MaxTest = 100)]
    public void Any_calendar_survives_an_iCalendar_round_trip(SchoolCalendar calendar)
    {
        var back = IcsFormat.Read(IcsFormat.Write(calendar, Instant.FromUtc(2031, 1, 1, 0, 0))).GetCalendarOrThrow();
        AssertSame(calendar, back);
    }

    [Property(Arbitrary = new[] { typeof(CalendarFileArbitraries) }, MaxTest = 100)]
    public void Any_calendar_survives_a_plain_list_round_trip(SchoolCalendar calendar) =>
        AssertSame(calendar, PlainListFormat.Read(PlainListFormat.Write(calendar)).GetCalendarOrThrow());

    [Property(MaxTest = 300)]
    public void Reading_never_throws_whatever_the_text(string? text, NonNegativeInt cut)
    {
        var mangled = text ?? string.Empty;
        var ics = IcsFormatTests.Sample;
        var spliced = ics[..(cut.Get % ics.Length)] + mangled + ics[(cut.Get % ics.Length)..];
        var feed = PublishedFeeds.PublishedFeedTests.Nyc;
        var feedSpliced = feed[..(cut.Get % feed.Length)] + mangled + feed[(cut.Get % feed.Length)..];
        foreach (var candidate in new[] { mangled, spliced, PlainListFormatTests.Sample + "\n" + mangled, feedSpliced })
        {
            var a = IcsFormat.Read(candidate);
            var b = PlainListFormat.Read(candidate);
            var c = PublishedFeed.Read(candidate);
            Assert.True(a.Success == a.Errors.IsEmpty);
            Assert.True(b.Success == b.Errors.IsEmpty);
            Assert.True(c.Success == c.Errors.IsEmpty);
            _ = IcsFormat.IsDialect(candidate);
        }
    }

    private static void AssertSame(SchoolCalendar expected, SchoolCalendar actual)
    {
        Assert.Equal(expected.Name, actual.Name);
        Assert.Equal(expected.SchoolYears.ToArray(), actual.SchoolYears.ToArray());
        Assert.Equal(expected.Entries.ToArray(), actual.Entries.ToArray());
        Assert.Equal(expected.Weekend.ToArray(), actual.Weekend.ToArray());
        foreach (var day in new DateInterval(expected.Coverage.Start.PlusDays(-3), expected.Coverage.End.PlusDays(3)))
        {
            Assert.All(Enum.GetValues<SchoolKind>(), kind => Assert.Equal(expected.IsGrayDay(day, kind), actual.IsGrayDay(day, kind)));
        }
    }
}
