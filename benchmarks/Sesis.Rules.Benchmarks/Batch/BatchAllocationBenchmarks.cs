using BenchmarkDotNet.Attributes;
using NodaTime;

namespace Sesis.Rules.Benchmarks;

/// <summary>
/// What a batch validation allocates beyond holding its records, the goals the unit tests counted with
/// <see cref="GC.GetAllocatedBytesForCurrentThread"/> until those proved to depend on JIT tiering and load (issue 19):
/// sorted input is checked run by run with no hash table and no copy of the batch; the scratch space for a
/// provider-day grows geometrically and is reused; a severity override of another code adds nothing per finding.
/// </summary>
/// <remarks>
/// Read the Allocated column against what holding each benchmark's records takes (8 bytes a record; the baseline holds
/// the 3,000 of <see cref="ManySmallDays"/>). Targets, as the unit tests had them: <see cref="ManySmallDays"/> within
/// 64 KB of its records' list; <see cref="GrowingDays"/> (11,324 records) within 128 KB of its records' list (the
/// scratch space of a 150-record day, doubled a few times); <see cref="TwoLargeDays"/> at most 72 KB more than
/// <see cref="OneLargeDay"/> (the 1,000 record slots of the second day); and <see cref="OverrideOfAnotherCode"/>
/// within 4 KB of <see cref="NoOverride"/>, 2,000 findings each. A dry run on 2026-11-29 (loaded machine) gave
/// 46.9 KB (baseline), 51.3, 130.8, 103.1, 111.0, 3,302.3 and 3,298.8 KB: every target met.
/// </remarks>
[MemoryDiagnoser]
public class BatchAllocationBenchmarks
{
    private static readonly ProviderId Provider = new("P0000001");
    private static readonly ProviderId OtherProvider = new("P0000002");
    private static readonly LocalDate Day = new(2025, 10, 6);

    private readonly BatchValidator _plain = new(AcceptEveryRecord.Instance);
    // The override of SR901 lives in the record validator's context, as a host's whole severity policy does.
    private readonly BatchValidator _overridden = new(new AcceptEveryRecordIn(new RecordingContext
    {
        SeverityOverrides = new Dictionary<string, FindingSeverity> { ["SR901"] = FindingSeverity.Warning },
    }));

    private ServiceRecord[] _manySmallDays = [];
    private ServiceRecord[] _growingDays = [];
    private ServiceRecord[] _oneLargeDay = [];
    private ServiceRecord[] _twoLargeDays = [];
    private ServiceRecord[] _overlaps = [];

    [GlobalSetup]
    public void Setup()
    {
        // Two providers, 1,500 days each, two sessions a day: sorted, no findings.
        _manySmallDays =
        [
            .. new[] { Provider, OtherProvider }.SelectMany(static provider => Enumerable.Range(0, 1500).SelectMany(day => new[]
            {
                Record("204381527", 8 * 60, 9 * 60, provider, Day.PlusDays(day)),
                Record("204381528", 9 * 60, 10 * 60, provider, Day.PlusDays(day)),
            })),
        ];

        // Day k holds k back-to-back sessions of one student, k = 2..150: ever larger provider-days, no findings.
        _growingDays = [.. Enumerable.Range(2, 149).SelectMany(static k => Enumerable.Range(0, k).Select(s => Record("204381527", 360 + s, 361 + s, Provider, Day.PlusDays(k))))];

        // 1,000 back-to-back sessions of one student a day, one day and two.
        _oneLargeDay = LargeDays(1);
        _twoLargeDays = LargeDays(2);

        // 1,000 days with two overlapping sessions of two students: 2,000 SR902 findings, which an SR901 override does not concern.
        _overlaps =
        [
            .. Enumerable.Range(0, 1000).SelectMany(static day => new[]
            {
                Record("204381527", 8 * 60, 9 * 60, Provider, Day.PlusDays(day)),
                Record("204381528", (8 * 60) + 30, (9 * 60) + 30, Provider, Day.PlusDays(day)),
            }),
        ];

        Require(_plain.Validate(_manySmallDays, ValidationStage.Save).Findings.Count == 0, "many small days have no findings");
        Require(_plain.Validate(_growingDays, ValidationStage.Save).Findings.Count == 0, "growing days have no findings");
        Require(_plain.Validate(_twoLargeDays, ValidationStage.Save).Findings.Count == 0, "large days have no findings");
        Require(_plain.Validate(_overlaps, ValidationStage.Save).Findings.Count == 2000, "2,000 SR902 findings without the override");
        Require(_overridden.Validate(_overlaps, ValidationStage.Save).Findings.Count == 2000, "2,000 SR902 findings with the override");
    }

    /// <summary>What any batch validation allocates: the list of the records it holds (3,000 here).</summary>
    [Benchmark(Baseline = true)]
    public int HoldingTheRecords() => new List<ServiceRecord>(_manySmallDays).Count;

    [Benchmark]
    public int ManySmallDays() => _plain.Validate(_manySmallDays, ValidationStage.Save).Findings.Count;

    [Benchmark]
    public int GrowingDays() => _plain.Validate(_growingDays, ValidationStage.Save).Findings.Count;

    [Benchmark]
    public int OneLargeDay() => _plain.Validate(_oneLargeDay, ValidationStage.Save).Findings.Count;

    [Benchmark]
    public int TwoLargeDays() => _plain.Validate(_twoLargeDays, ValidationStage.Save).Findings.Count;

    [Benchmark]
    public int NoOverride() => _plain.Validate(_overlaps, ValidationStage.Save).Findings.Count;

    [Benchmark]
    public int OverrideOfAnotherCode() => _overridden.Validate(_overlaps, ValidationStage.Save).Findings.Count;

    private static ServiceRecord[] LargeDays(int days) =>
        [.. Enumerable.Range(0, days).SelectMany(static d => Enumerable.Range(0, 1000).Select(s => Record("204381527", 360 + s, 361 + s, Provider, Day.PlusDays(d))))];

    private static ServiceRecord Record(string student, int startMinute, int endMinute, ProviderId provider, LocalDate date) => new()
    {
        StudentId = new StudentId(student),
        ProviderId = provider,
        ServiceType = ServiceType.Paraprofessional,
        Date = date,
        StartTime = LocalTime.Midnight.PlusMinutes(startMinute),
        EndTime = LocalTime.Midnight.PlusMinutes(endMinute),
        Language = Language.English,
        Location = ServiceLocation.StandardCatalog.Keys.First(),
    };

    private static void Require(bool holds, string what)
    {
        if (!holds)
        {
            throw new InvalidOperationException($"Batch allocation benchmark data is wrong: {what}.");
        }
    }

    /// <summary>A record validator with no rules over a given context.</summary>
    private sealed class AcceptEveryRecordIn(RecordingContext context) : IServiceRecordValidator
    {
        public RecordingContext Context { get; } = context;

        public IReadOnlyList<Finding> Validate(ServiceRecord record, ValidationStage stage) => [];
    }
}
