namespace Sesis.Rules.Benchmarks;

/// <summary>
/// The batch sizes the benchmarks run with. The targets need 100,000 and 1,000,000 records in one run;
/// CI's smoke run only proves the benchmarks build and execute, so it sets <c>SESIS_BENCH_SMOKE=1</c> and gets
/// small batches instead (a 1M-record dry run would spend most of CI's budget generating data).
/// </summary>
public static class BenchmarkSizes
{
    /// <summary>The environment variable that selects the small sizes.</summary>
    public const string SmokeVariable = "SESIS_BENCH_SMOKE";

    /// <summary>Gets a value indicating whether this is a smoke run.</summary>
    public static bool Smoke => Environment.GetEnvironmentVariable(SmokeVariable) == "1";

    /// <summary>The environment variable that sets other sizes, comma-separated, such as "300000,1000000".</summary>
    public const string SizesVariable = "SESIS_BENCH_SIZES";

    /// <summary>Gets the record counts of the batch benchmarks: the smaller first.</summary>
    public static IEnumerable<int> BatchSizes =>
        Environment.GetEnvironmentVariable(SizesVariable) is { Length: > 0 } sizes
            ? sizes.Split(',').Select(static s => int.Parse(s, System.Globalization.CultureInfo.InvariantCulture))
            : Smoke ? [1_000, 10_000] : [100_000, 1_000_000];
}
