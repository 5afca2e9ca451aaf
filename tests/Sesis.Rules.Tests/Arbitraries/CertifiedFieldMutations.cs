using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace Sesis.Rules.Tests;

/// <summary>One certified field of a record changed to a different valid value, nothing else changed.</summary>
public sealed record FieldMutation(string Field, ServiceRecord Mutated)
{
    public override string ToString() => $"{Field} -> {Mutated}";
}

/// <summary>A valid, certified scenario and, for every certified field, a record with that field alone changed.</summary>
public sealed record MutatedScenario(ServiceRecordScenario Scenario, IReadOnlyList<FieldMutation> Mutations)
{
    public override string ToString() => $"{Scenario} | {string.Join(" | ", Mutations)}";
}

/// <summary>
/// Single-field mutations over <see cref="RecordGenerators.ValidScenarios"/>: each certified field of a record
/// (every property of <see cref="ServiceRecord"/> but the certification itself) is changed to another valid
/// value of that field, leaving every other field, the certification included, as it was.
/// </summary>
public static class CertifiedFieldMutations
{
    /// <summary>For each certified field, how to change it alone to another valid value.</summary>
    public static IReadOnlyDictionary<string, Func<ServiceRecord, Gen<ServiceRecord>>> Mutators { get; } =
        new Dictionary<string, Func<ServiceRecord, Gen<ServiceRecord>>>
        {
            [nameof(ServiceRecord.StudentId)] = static r => RecordGenerators.StudentIds.Where(v => v != r.StudentId).Select(v => r with { StudentId = v }),
            [nameof(ServiceRecord.ProviderId)] = static r => RecordGenerators.ProviderIds.Where(v => v != r.ProviderId).Select(v => r with { ProviderId = v }),
            [nameof(ServiceRecord.ServiceType)] = static r => Gen.Elements(ServiceTypeCatalog.Standard.Values.Select(static p => p.ServiceType).ToArray())
                .Where(v => v != r.ServiceType).Select(v => r with { ServiceType = v }),
            [nameof(ServiceRecord.Date)] = static r => Gen.Elements(RecordGenerators.SchoolDays.ToArray()).Where(v => v != r.Date).Select(v => r with { Date = v }),
            [nameof(ServiceRecord.StartTime)] = static r => Gen.Constant(r with { StartTime = ShiftStart(r) }),
            [nameof(ServiceRecord.EndTime)] = static r => Gen.Constant(r with { EndTime = ShiftEnd(r) }),
            [nameof(ServiceRecord.Language)] = static r => RecordGenerators.Languages.Where(v => v != r.Language).Select(v => r with { Language = v }),
            [nameof(ServiceRecord.SessionType)] = static r => Gen.Elements(Enum.GetValues<SessionType>()).Where(v => v != r.SessionType).Select(v => r with { SessionType = v }),
            [nameof(ServiceRecord.Reason)] = static r => Gen.Elements(Enum.GetValues<SessionReason>().Select(static v => (SessionReason?)v).Append(null).ToArray())
                .Where(v => v != r.Reason).Select(v => r with { Reason = v }),
            [nameof(ServiceRecord.GroupSize)] = static r => Gen.Choose(0, 15).Select(static n => n == 0 ? GroupSize.Individual : GroupSize.Group(n))
                .Where(v => v != r.GroupSize).Select(v => r with { GroupSize = v }),
            [nameof(ServiceRecord.Location)] = static r => OrNone(ServiceLocation.StandardCatalog.Keys).Where(v => v != r.Location).Select(v => r with { Location = v }),
            [nameof(ServiceRecord.Description)] = static r => OrNone(ServiceDescription.ParaprofessionalCatalog.Keys).Where(v => v != r.Description).Select(v => r with { Description = v }),
            [nameof(ServiceRecord.Progress)] = static r => OrNone(ProgressIndicator.StandardCatalog.Keys).Where(v => v != r.Progress).Select(v => r with { Progress = v }),
            [nameof(ServiceRecord.Notes)] = static r => RecordGenerators.Notes.Select(static v => (string?)v).Or(Gen.Constant<string?>(null)).Or(Gen.Constant<string?>(string.Empty))
                .Where(v => v != r.Notes).Select(v => r with { Notes = v }),
            [nameof(ServiceRecord.NotesConfidential)] = static r => Gen.Constant(r with { NotesConfidential = !r.NotesConfidential }),
        };

    /// <summary>A valid certified scenario with one mutation per certified field.</summary>
    public static Gen<MutatedScenario> Scenarios { get; } =
        from scenario in RecordGenerators.ValidScenarios
        from mutations in Gen.CollectToArray(Mutators, kv => kv.Value(scenario.Record).Select(m => new FieldMutation(kv.Key, m)))
        select new MutatedScenario(scenario, mutations);

    // One minute earlier while the session stays within its longest length, else one minute later (every
    // policy's longest session is an hour or more, its shortest a minute, so the later start stays valid).
    private static LocalTime ShiftStart(ServiceRecord r) =>
        r.Length < ServiceTypeCatalog.Standard[r.ServiceType].MaxSessionLength ? r.StartTime.PlusMinutes(-1) : r.StartTime.PlusMinutes(1);

    private static LocalTime ShiftEnd(ServiceRecord r) =>
        r.Length < ServiceTypeCatalog.Standard[r.ServiceType].MaxSessionLength && r.EndTime < new LocalTime(23, 59)
            ? r.EndTime.PlusMinutes(1)
            : r.EndTime.PlusMinutes(-1);

    private static Gen<T?> OrNone<T>(IEnumerable<T> values)
        where T : struct =>
        Gen.Elements(values.Select(static v => (T?)v).Append(null).ToArray());
}

/// <summary>Named arbitraries for <c>[Property(Arbitrary = new[] { typeof(CertifiedFieldMutationArbitraries) })]</c>.</summary>
public static class CertifiedFieldMutationArbitraries
{
    public static Arbitrary<MutatedScenario> MutatedScenario() => CertifiedFieldMutations.Scenarios.ToArbitrary();

    public static Arbitrary<ServiceRecordScenario> ValidScenario() => RecordGenerators.ValidScenarios.ToArbitrary();
}
