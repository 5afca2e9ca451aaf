using System.Diagnostics.CodeAnalysis;
using BenchmarkDotNet.Attributes;
using NodaTime;

namespace Sesis.Rules.Benchmarks;

/// <summary>
/// What the lookup interfaces cost on the valid path: one valid, certified paraprofessional record validated at the
/// Draft stage with the in-memory <see cref="ProviderDirectory"/> and <see cref="Caseload"/> (the baseline), and with
/// a host's own <see cref="IProviderDirectory"/> and <see cref="ICaseload"/>: classes the JIT cannot see through that
/// forward to the same in-memory indexes, so the difference is the extra interface dispatch alone, not a different
/// data structure. Target: a ratio of about 1.00 and the same allocation (0 bytes).
/// </summary>
[MemoryDiagnoser]
public class LookupBenchmarks
{
    private ServiceRecord _record = null!;
    private ServiceRecordValidator _inMemory = null!;
    private ServiceRecordValidator _hostBacked = null!;

    [GlobalSetup]
    public void Setup()
    {
        var (record, provider, assignment) = RecordFactory.ParaprofessionalRecord();
        _record = record;
        var context = Contexts.Options(ProviderDirectory.Create([provider]), Caseload.Create([assignment]));
        _inMemory = new ServiceRecordValidator(context);
        _hostBacked = new ServiceRecordValidator(context with { Providers = new HostProviders(ProviderDirectory.Create([provider])), Caseload = new HostCaseload(Caseload.Create([assignment])) });
        if (_inMemory.Validate(_record, ValidationStage.Draft).Count != 0 || _hostBacked.Validate(_record, ValidationStage.Draft).Count != 0)
        {
            throw new InvalidOperationException("The valid record has findings.");
        }
    }

    [Benchmark(Baseline = true)]
    public int InMemoryLookups() => _inMemory.Validate(_record, ValidationStage.Draft).Count;

    [Benchmark]
    public int HostLookups() => _hostBacked.Validate(_record, ValidationStage.Draft).Count;

    private sealed class HostProviders(IProviderDirectory inner) : IProviderDirectory
    {
        public bool TryGet(ProviderId id, [NotNullWhen(true)] out Provider? found) => inner.TryGet(id, out found);
    }

    private sealed class HostCaseload(ICaseload inner) : ICaseload
    {
        public bool TryFind(ProviderId providerId, StudentId studentId, ServiceType serviceType, LocalDate day, [NotNullWhen(true)] out CaseloadAssignment? found) =>
            inner.TryFind(providerId, studentId, serviceType, day, out found);
    }
}
