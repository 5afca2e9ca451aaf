namespace Sesis.Rules.Benchmarks;

/// <summary>
/// The validation context of the benchmarks, built the same way for the library and the hand-written baseline:
/// a clock stopped at <see cref="RecordFactory.Now"/>, New York time, the built-in NYC 2025-26 calendar for an
/// elementary school, and the providers and caseload of the records checked.
/// </summary>
public static class Contexts
{
    /// <summary>The library's context.</summary>
    /// <param name="providers">The providers.</param>
    /// <param name="caseload">The caseload.</param>
    /// <returns>A context with the benchmarks' clock, zone and calendar.</returns>
    public static RecordingContext Options(ProviderDirectory providers, Caseload caseload) => new()
    {
        Clock = new FixedClock(RecordFactory.Now),
        TimeZone = RecordFactory.NewYork,
        Calendar = SchoolCalendars.NewYorkCity2025To2026,
        SchoolKind = SchoolKind.Elementary,
        Providers = providers,
        Caseload = caseload,
    };

    /// <summary>The hand-written baseline with the same context as <see cref="Options"/>.</summary>
    /// <param name="providers">The providers.</param>
    /// <param name="caseload">The caseload.</param>
    /// <returns>The baseline check.</returns>
    public static HandWrittenRecordCheck HandWritten(ProviderDirectory providers, Caseload caseload) =>
        new(new FixedClock(RecordFactory.Now), RecordFactory.NewYork, SchoolCalendars.NewYorkCity2025To2026, SchoolKind.Elementary, providers, caseload);
}
