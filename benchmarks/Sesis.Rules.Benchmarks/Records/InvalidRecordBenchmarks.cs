using BenchmarkDotNet.Attributes;

namespace Sesis.Rules.Benchmarks;

/// <summary>
/// One record with three independent errors (no location, SR501; a language not in the catalog, SR403; no
/// progress indicator, SR508), certified after the changes so the certification holds, against the
/// hand-written if-chain that collects its findings in a list (<see cref="HandWrittenRecordCheck"/>).
/// Targets: at most 3 times the baseline's time and 2 times its allocations.
/// </summary>
[MemoryDiagnoser]
public class InvalidRecordBenchmarks
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
        var (valid, provider, assignment) = RecordFactory.ParaprofessionalRecord();
        var providers = ProviderDirectory.Create([provider]);
        var caseload = Caseload.Create([assignment]);
        _record = RecordFactory.Certify(valid with { Location = null, Language = new Language("xho"), Progress = null });
        _handWritten = Contexts.HandWritten(providers, caseload);
        _validator = new ServiceRecordValidator(Contexts.Options(providers, caseload));
        _fluent = _validator.ToFluentValidator(Stage);
        var found = _validator.Validate(_record, Stage);
        Agreement.Require("invalid record", _handWritten.Validate(_record, Stage).Select(static f => f.Code), found);
        Agreement.Require("invalid record", ["SR403", "SR501", "SR508"], found);
    }

    /// <summary>SR101-SR803 as one if-chain, findings collected in a list.</summary>
    [Benchmark(Baseline = true)]
    public int HandWritten() => _handWritten.Validate(_record, Stage).Count;

    [Benchmark]
    public int ServiceRecordValidator() => _validator.Validate(_record, Stage).Count;

    /// <summary>The same validator through its FluentValidation surface (no target: the price of the adapter, shown beside).</summary>
    [Benchmark]
    public int FluentValidationAdapter() => _fluent.Validate(_record).Errors.Count;
}
