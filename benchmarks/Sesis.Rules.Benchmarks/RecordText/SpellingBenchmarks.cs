using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using NodaTime;
using NodaTime.Text;

namespace Sesis.Rules.Benchmarks;

/// <summary>
/// Where a read's time goes, one value at a time: the reader's date, time and instant (ISO spellings read from the
/// characters, the NodaTime patterns for the rest) against the same text read by the patterns alone, which is what
/// the reader did before (baseline of each category).
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class SpellingBenchmarks
{
    private static readonly LocalDatePattern[] NoDates = [];
    private static readonly LocalTimePattern[] NoTimes = [];
    private static readonly LocalDateTimePattern[] NoDateTimes = [];
    private readonly DateTimeZone _zone = RecordingContext.NewYork;

    // Fields, not literals: the JIT folds a constant string's characters and length, which no row from a file has.
    private string _date = string.Empty, _time = string.Empty, _instantZ = string.Empty, _instantOffset = string.Empty, _localInZone = string.Empty;

    /// <summary>Sets the texts read.</summary>
    [GlobalSetup]
    public void Setup() => (_date, _time, _instantZ, _instantOffset, _localInZone) =
        ("2025-10-06", "08:45", "2025-10-06T19:30:00Z", "2025-10-06T15:30:00-04:00", "2025-10-06 15:30");

    /// <summary>yyyy-MM-dd by the ISO pattern.</summary>
    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Date")]
    public LocalDate DateByPatterns() => RecordSpellings.TryReadDateByPatterns(_date, NoDates, out var d) ? d : default;

    /// <summary>yyyy-MM-dd as the reader reads it.</summary>
    [Benchmark]
    [BenchmarkCategory("Date")]
    public LocalDate Date() => RecordSpellings.TryReadDate(_date, NoDates, out var d) ? d : default;

    /// <summary>HH:mm by the patterns.</summary>
    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Time")]
    public LocalTime TimeByPatterns() => RecordSpellings.TryReadTimeByPatterns(_time, NoTimes, out var t) ? t : default;

    /// <summary>HH:mm as the reader reads it.</summary>
    [Benchmark]
    [BenchmarkCategory("Time")]
    public LocalTime Time() => RecordSpellings.TryReadTime(_time, NoTimes, out var t) ? t : default;

    /// <summary>An instant with Z by the patterns.</summary>
    [Benchmark(Baseline = true)]
    [BenchmarkCategory("InstantZ")]
    public Instant InstantZByPatterns() => RecordSpellings.TryReadInstantByPatterns(_instantZ, _zone, NoDateTimes, out var i) ? i : default;

    /// <summary>An instant with Z as the reader reads it.</summary>
    [Benchmark]
    [BenchmarkCategory("InstantZ")]
    public Instant InstantZ() => RecordSpellings.TryReadInstant(_instantZ, _zone, NoDateTimes, out var i) ? i : default;

    /// <summary>An instant with an offset by the patterns.</summary>
    [Benchmark(Baseline = true)]
    [BenchmarkCategory("InstantOffset")]
    public Instant InstantOffsetByPatterns() => RecordSpellings.TryReadInstantByPatterns(_instantOffset, _zone, NoDateTimes, out var i) ? i : default;

    /// <summary>An instant with an offset as the reader reads it.</summary>
    [Benchmark]
    [BenchmarkCategory("InstantOffset")]
    public Instant InstantOffset() => RecordSpellings.TryReadInstant(_instantOffset, _zone, NoDateTimes, out var i) ? i : default;

    /// <summary>A local date and time, read in the zone, by the patterns.</summary>
    [Benchmark(Baseline = true)]
    [BenchmarkCategory("LocalInZone")]
    public Instant LocalInZoneByPatterns() => RecordSpellings.TryReadInstantByPatterns(_localInZone, _zone, NoDateTimes, out var i) ? i : default;

    /// <summary>A local date and time, read in the zone, as the reader reads it.</summary>
    [Benchmark]
    [BenchmarkCategory("LocalInZone")]
    public Instant LocalInZone() => RecordSpellings.TryReadInstant(_localInZone, _zone, NoDateTimes, out var i) ? i : default;
}
