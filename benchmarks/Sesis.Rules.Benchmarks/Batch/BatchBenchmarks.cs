using BenchmarkDotNet.Attributes;

namespace Sesis.Rules.Benchmarks;

/// <summary>
/// A whole nightly import: every record's own rules (SR101-SR803, save stage, digest included) and the rules
/// across records (SR901-SR904), over 100,000 and 1,000,000 generated records, against both written as plain
/// code (<see cref="HandWrittenRecordCheck"/> per record, then <see cref="HandWrittenCrossRecordCheck"/>).
/// </summary>
/// <remarks>
/// Targets (issue 8): 1,000,000 records at most 12 times as long as 100,000, and at most 5 times the
/// hand-written sequential baseline over the same records. Every record is valid on its own (the generated
/// providers, caseload and the NYC calendar make it so); about one provider-day in a hundred breaks a rule
/// across records. The records come sorted by provider and date.
/// </remarks>
[MemoryDiagnoser]
public class BatchBenchmarks
{
    private ServiceRecord[] _records = [];
    private HandWrittenRecordCheck _handWritten = null!;
    private BatchValidator _validator = null!;

    /// <summary>Gets the batch sizes (small ones in CI's smoke run, see <see cref="BenchmarkSizes"/>).</summary>
    public static IEnumerable<int> Sizes => BenchmarkSizes.BatchSizes;

    /// <summary>Gets or sets the number of records.</summary>
    [ParamsSource(nameof(Sizes))]
    public int Records { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var data = RecordFactory.Batch(Records);
        _records = data.Records;
        _handWritten = Contexts.HandWritten(data.Providers, data.Caseload);
        _validator = new BatchValidator(new ServiceRecordValidator(Contexts.Options(data.Providers, data.Caseload)));
        Agreement.Require("batch", Baseline(), [.. _validator.Validate(_records, ValidationStage.Save).Findings]);
    }

    /// <summary>Each record's rules as one if-chain, then SR901-SR904 as plain loops over the sorted records.</summary>
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
        for (var i = 0; i < _records.Length; i++)
        {
            var own = _handWritten.Validate(_records[i], ValidationStage.Save);
            for (var f = 0; f < own.Count; f++)
            {
                findings.Add(new RecordFinding(i, _records[i], own[f]));
            }
        }

        HandWrittenCrossRecordCheck.Check(_records, findings);
        return findings;
    }
}
