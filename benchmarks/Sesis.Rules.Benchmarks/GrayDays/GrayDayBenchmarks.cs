using BenchmarkDotNet.Attributes;
using NodaTime;

namespace Sesis.Rules.Benchmarks;

/// <summary>
/// The gray-day question for a date and a kind of school, on the built-in NYC 2025-26 calendar, against the
/// obvious hand-written answer: outside the school year, a weekend, or in a set of closed dates. No target;
/// the SR7xx rules ask it for every record.
/// </summary>
/// <remarks>
/// Each call answers 1,024 questions over dates from August 2025 to July 2026 (fixed seed), so the per-question
/// cost is reported. The baseline's closures are the list in docs/calendar.md for an elementary school (Clerical Day included).
/// </remarks>
[MemoryDiagnoser]
public class GrayDayBenchmarks
{
    private const int Questions = 1024;
    private static readonly LocalDate FirstDay = new(2025, 9, 4);
    private static readonly LocalDate LastDay = new(2026, 6, 26);

    private readonly LocalDate[] _dates = new LocalDate[Questions];
    private readonly HashSet<LocalDate> _closed = [];
    private SchoolCalendar _calendar = null!;

    [GlobalSetup]
    public void Setup()
    {
        _calendar = SchoolCalendars.NewYorkCity2025To2026;
        Close("2025-09-23", "2025-09-24", "2025-10-02", "2025-10-13", "2025-10-20", "2025-11-04", "2025-11-11", "2026-01-19",
            "2026-03-20", "2026-05-25", "2026-05-27", "2026-06-04", "2026-06-05", "2026-06-19");
        CloseRange("2025-11-27", "2025-11-28");
        CloseRange("2025-12-24", "2026-01-02");
        CloseRange("2026-02-16", "2026-02-20");
        CloseRange("2026-04-02", "2026-04-10");

        var random = new Random(7);
        var start = new LocalDate(2025, 8, 1);
        for (var i = 0; i < Questions; i++)
        {
            _dates[i] = start.PlusDays(random.Next(365));
        }

        // The baseline must answer as the calendar does, or the ratio means nothing.
        for (var d = start; d < start.PlusDays(365); d = d.PlusDays(1))
        {
            if (HandWrittenIsGray(d) != _calendar.IsGrayDay(d, SchoolKind.Elementary))
            {
                throw new InvalidOperationException($"The hand-written gray-day check disagrees with the calendar on {d}.");
            }
        }
    }

    /// <summary>Outside the school year, a weekend, or a closure in a HashSet.</summary>
    [Benchmark(Baseline = true, OperationsPerInvoke = Questions)]
    public int HandWritten()
    {
        var gray = 0;
        foreach (var date in _dates)
        {
            gray += HandWrittenIsGray(date) ? 1 : 0;
        }

        return gray;
    }

    [Benchmark(OperationsPerInvoke = Questions)]
    public int SchoolCalendarIsGrayDay()
    {
        var gray = 0;
        foreach (var date in _dates)
        {
            gray += _calendar.IsGrayDay(date, SchoolKind.Elementary) ? 1 : 0;
        }

        return gray;
    }

    private bool HandWrittenIsGray(LocalDate date) =>
        date < FirstDay || date > LastDay || date.DayOfWeek is IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday || _closed.Contains(date);

    private void Close(params string[] dates)
    {
        foreach (var date in dates)
        {
            _closed.Add(NodaTime.Text.LocalDatePattern.Iso.Parse(date).Value);
        }
    }

    private void CloseRange(string first, string last)
    {
        for (var d = NodaTime.Text.LocalDatePattern.Iso.Parse(first).Value; d <= NodaTime.Text.LocalDatePattern.Iso.Parse(last).Value; d = d.PlusDays(1))
        {
            _closed.Add(d);
        }
    }
}
