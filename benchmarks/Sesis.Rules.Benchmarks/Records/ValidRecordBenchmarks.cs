using BenchmarkDotNet.Attributes;

namespace Sesis.Rules.Benchmarks;

/// <summary>
/// One valid, certified paraprofessional record checked against the full single-record rule set at the save
/// stage (digest included), against the same rules as a hand-written if-chain (<see cref="HandWrittenRecordCheck"/>).
/// Targets: at most 1.5 times the baseline at Draft and 1.1 times at Save (where the digest dominates), 0 bytes.
/// </summary>
/// <remarks>The validator is built in [GlobalSetup]: construction is measured by <see cref="ValidatorConstructionBenchmarks"/>.</remarks>
[MemoryDiagnoser]
public class ValidRecordBenchmarks
{
    private ServiceRecord _record = null!;
    private HandWrittenRecordCheck _handWritten = null!;
    private ServiceRecordValidator _validator = null!;
    private FluentValidation.IValidator<ServiceRecord> _fluent = null!;

    /// <summary>
    /// Gets or sets the stage. Save is the target's stage; there both sides also compute the record's SHA-256
    /// digest (SR605), which costs about as much as all the other rules, so Draft is shown too.
    /// </summary>
    [Params(ValidationStage.Save, ValidationStage.Draft)]
    public ValidationStage Stage { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var (record, provider, assignment) = RecordFactory.ParaprofessionalRecord();
        var providers = ProviderDirectory.Create([provider]);
        var caseload = Caseload.Create([assignment]);
        _record = record;
        _handWritten = Contexts.HandWritten(providers, caseload);
        _validator = new ServiceRecordValidator(Contexts.Options(providers, caseload));
        _fluent = _validator.ToFluentValidator(Stage);
        Agreement.Require("valid record", _handWritten.Validate(_record, Stage).Select(static f => f.Code), _validator.Validate(_record, Stage));
        if (_validator.Validate(_record, Stage).Count != 0)
        {
            throw new InvalidOperationException("The valid record has findings.");
        }
    }

    /// <summary>SR101-SR803 as one if-chain; no findings, so no list is created.</summary>
    [Benchmark(Baseline = true)]
    public int HandWritten() => _handWritten.Validate(_record, Stage).Count;

    [Benchmark]
    public int ServiceRecordValidator() => _validator.Validate(_record, Stage).Count;

    /// <summary>The same validator through its FluentValidation surface (no target: the price of the adapter, shown beside).</summary>
    [Benchmark]
    public int FluentValidationAdapter() => _fluent.Validate(_record).Errors.Count;
}
