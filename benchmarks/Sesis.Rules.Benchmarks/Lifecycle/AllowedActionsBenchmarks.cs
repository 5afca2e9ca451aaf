using BenchmarkDotNet.Attributes;

namespace Sesis.Rules.Benchmarks;

/// <summary>
/// The allowed-actions question (which buttons a form enables for a record) against a switch statement.
/// Target (issue 8): at most 10 times the switch, 0 bytes allocated.
/// </summary>
/// <remarks>
/// Each call answers 1,024 questions over random states and conditions (fixed seed), so the per-question cost
/// is reported (OperationsPerInvoke) rather than the benchmark's call overhead.
/// </remarks>
[MemoryDiagnoser]
public class AllowedActionsBenchmarks
{
    private const int Questions = 1024;
    private const int EditBit = 1 << (int)RecordAction.Edit;
    private const int CertifyBit = 1 << (int)RecordAction.Certify;
    private const int SaveBit = 1 << (int)RecordAction.Save;
    private const int AmendBit = 1 << (int)RecordAction.Amend;

    private readonly RecordState[] _states = new RecordState[Questions];
    private readonly LifecycleConditions[] _conditions = new LifecycleConditions[Questions];

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(42);
        for (var i = 0; i < Questions; i++)
        {
            _states[i] = (RecordState)random.Next(3);
            _conditions[i] = Conditions(random.Next(16));
        }

        // The switch must answer as the lifecycle does, or the ratio means nothing.
        for (var state = RecordState.Draft; state <= RecordState.Saved; state++)
        {
            for (var bits = 0; bits < 16; bits++)
            {
                var library = RecordLifecycle.AllowedActions(state, Conditions(bits));
                var expected = Switch(state, Conditions(bits));
                for (var action = RecordAction.Edit; action <= RecordAction.Amend; action++)
                {
                    if (library.Contains(action) != ((expected & (1 << (int)action)) != 0))
                    {
                        throw new InvalidOperationException($"The switch disagrees with the lifecycle on {action} in {state} under {Conditions(bits)}.");
                    }
                }
            }
        }
    }

    /// <summary>The lifecycle's rules as a switch statement: Draft may be edited and, when every certify guard holds, certified; Certified may be edited and, when its certification is valid, saved; Saved may be amended.</summary>
    [Benchmark(Baseline = true, OperationsPerInvoke = Questions)]
    public int SwitchStatement()
    {
        var sum = 0;
        for (var i = 0; i < Questions; i++)
        {
            sum += Switch(_states[i], _conditions[i]);
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = Questions)]
    public int RecordLifecycleAllowedActions()
    {
        var sum = 0;
        for (var i = 0; i < Questions; i++)
        {
            sum += RecordLifecycle.AllowedActions(_states[i], _conditions[i]).GetHashCode();
        }

        return sum;
    }

    private static int Switch(RecordState state, LifecycleConditions c)
    {
        switch (state)
        {
            case RecordState.Draft:
                return c.RecordHasNoDraftErrors && c.CertifierIsOwnProvider && c.CertificationTimeIsAllowed ? EditBit | CertifyBit : EditBit;
            case RecordState.Certified:
                return c.CertificationIsValid ? EditBit | SaveBit : EditBit;
            case RecordState.Saved:
                return AmendBit;
            default:
                return 0;
        }
    }

    private static LifecycleConditions Conditions(int bits) => new()
    {
        RecordHasNoDraftErrors = (bits & 1) != 0,
        CertifierIsOwnProvider = (bits & 2) != 0,
        CertificationTimeIsAllowed = (bits & 4) != 0,
        CertificationIsValid = (bits & 8) != 0,
    };
}
