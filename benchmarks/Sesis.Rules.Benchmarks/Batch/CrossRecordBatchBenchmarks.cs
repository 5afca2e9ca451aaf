using BenchmarkDotNet.Attributes;

namespace Sesis.Rules.Benchmarks;

/// <summary>
/// The rules across records (SR901-SR904) over 100,000 and 1,000,000 generated records, against the same rules
/// as plain loops (<see cref="HandWrittenCrossRecordCheck"/>). Each record's own rules are left out here (the
/// record validator accepts everything), so the comparison is of the batch machinery alone.
/// </summary>
/// <remarks>
/// Targets (issue 8): 1,000,000 records at most 12 times as long as 100,000, and at most 5 times the
/// hand-written sequential baseline over the same records. The records come sorted by provider and date, as
/// <see cref="BatchValidator.ValidateStream(IEnumerable{ServiceRecord}, ValidationStage)"/> and the baseline need; <see cref="BatchValidator.Validate(IEnumerable{ServiceRecord}, ValidationStage)"/>
/// does not rely on that order.
/// </remarks>
[MemoryDiagnoser]
public class CrossRecordBatchBenchmarks
{
    private ServiceRecord[] _records = [];
    private BatchValidator _validator = null!;

    /// <summary>Gets the batch sizes (small ones in CI's smoke run, see <see cref="BenchmarkSizes"/>).</summary>
    public static IEnumerable<int> Sizes => BenchmarkSizes.BatchSizes;

    /// <summary>Gets or sets the number of records.</summary>
    [ParamsSource(nameof(Sizes))]
    public int Records { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _records = RecordFactory.Batch(Records).Records;
        _validator = new BatchValidator(AcceptEveryRecord.Instance);
        Agreement.Require("cross-record batch", Baseline(), [.. _validator.Validate(_records, ValidationStage.Save).Findings]);
    }

    /// <summary>SR901-SR904 as plain loops over the sorted records.</summary>
    [Benchmark(Baseline = true)]
    public int HandWrittenSequential() => Baseline().Count;

    [Benchmark]
    public int Validate() => _validator.Validate(_records, ValidationStage.Save).Findings.Count;

    [Benchmark]
    public int ValidateStream()
    {
        var count = 0;
        foreach (var finding in _validator.ValidateStream(_records, ValidationStage.Save))
        {
            count++;
        }

        return count;
    }

    private List<RecordFinding> Baseline()
    {
        var findings = new List<RecordFinding>();
        HandWrittenCrossRecordCheck.Check(_records, findings);
        return findings;
    }
}
