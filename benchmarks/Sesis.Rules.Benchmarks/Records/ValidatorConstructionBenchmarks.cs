using BenchmarkDotNet.Attributes;

namespace Sesis.Rules.Benchmarks;

/// <summary>
/// Building the validators, which a host does once per process (or once per context): the single-record
/// validator (its options checked, severities resolved, the 45 rule definitions put in order per stage) and a batch
/// validator over it, against building the hand-written check (which only keeps its references). No target:
/// the figure says what a host pays at start-up, and why a validator must not be built per record.
/// </summary>
[MemoryDiagnoser]
public class ValidatorConstructionBenchmarks
{
    private ProviderDirectory _providers = null!;
    private Caseload _caseload = null!;
    private RecordingContext _options = null!;

    [GlobalSetup]
    public void Setup()
    {
        var (_, provider, assignment) = RecordFactory.ParaprofessionalRecord();
        _providers = ProviderDirectory.Create([provider]);
        _caseload = Caseload.Create([assignment]);
        _options = Contexts.Options(_providers, _caseload);
    }

    /// <summary>The hand-written check's constructor: it stores its context.</summary>
    [Benchmark(Baseline = true)]
    public object HandWritten() => Contexts.HandWritten(_providers, _caseload);

    [Benchmark]
    public object ServiceRecordValidator() => new ServiceRecordValidator(_options);

    [Benchmark]
    public object BatchValidatorWithRecordRules() => new BatchValidator(new ServiceRecordValidator(_options));
}
