using System.Globalization;
using NodaTime;
using static Sesis.Rules.Tests.BatchRecords;

namespace Sesis.Rules.Tests;

/// <summary>
/// What a batch validation allocates (the batch path is performance-critical): input sorted by provider and date is
/// checked run by run, with no hash table and no copy of the batch; the scratch space for a provider-day grows
/// geometrically and is reused; severity overrides leave the findings they do not change as they are.
/// </summary>
public sealed class BatchAllocationTests
{
    // Room for the validator's fixed costs and the scratch space of the largest provider-day, beyond the list of the records.
    private const long Slack = 64 * 1024;

    private static long AllocatedBy(Action validate)
    {
        validate(); // first run: static data and compilation
        var before = GC.GetAllocatedBytesForCurrentThread();
        validate();
        return GC.GetAllocatedBytesForCurrentThread() - before;
    }

    private static string At(int minutes) => new LocalTime(6, 0).PlusMinutes(minutes).ToString("HH':'mm", CultureInfo.InvariantCulture);

    [Fact]
    public void Sorted_input_of_many_small_provider_days_is_checked_without_copying_the_batch()
    {
        // Two providers, 1500 days each, two sessions a day: sorted, and without findings.
        var records = new List<ServiceRecord>();
        foreach (var provider in new[] { ProviderOne, OtherProvider })
        {
            for (var day = 0; day < 1500; day++)
            {
                records.Add(Record(Ana, "08:00", "09:00", provider: provider, date: Day.PlusDays(day)));
                records.Add(Record(Ben, "09:00", "10:00", provider: provider, date: Day.PlusDays(day)));
            }
        }

        var batch = records.ToArray();
        var validator = new BatchValidator(NoFindingsValidator.Instance);

        var allocated = AllocatedBy(() => Assert.Empty(validator.Validate(batch, ValidationStage.Save).Findings));

        Assert.InRange(allocated, 0, (batch.Length * IntPtr.Size) + Slack);
    }

    [Fact]
    public void Sorted_input_of_ever_larger_provider_days_grows_the_scratch_space_geometrically()
    {
        // Day k holds k back-to-back sessions of one student, k = 2..150: no findings, ever larger partitions.
        var records = new List<ServiceRecord>();
        for (var k = 2; k <= 150; k++)
        {
            for (var s = 0; s < k; s++)
            {
                records.Add(Record(Ana, At(s), At(s + 1), date: Day.PlusDays(k)));
            }
        }

        var batch = records.ToArray();
        var validator = new BatchValidator(NoFindingsValidator.Instance);

        var allocated = AllocatedBy(() => Assert.Empty(validator.Validate(batch, ValidationStage.Save).Findings));

        // The scratch space for the largest day (150 records) is allocated a few times over as it doubles.
        Assert.InRange(allocated, 0, (batch.Length * IntPtr.Size) + (2 * Slack));
    }

    [Fact]
    public void A_provider_day_no_larger_than_an_earlier_one_reuses_its_scratch_space()
    {
        // 1000 back-to-back sessions of one student a day: a second such day costs its records' slots, no more.
        static ServiceRecord[] Days(int days) =>
            [.. Enumerable.Range(0, days).SelectMany(static d => Enumerable.Range(0, 1000).Select(s => Record(Ana, At(s), At(s + 1), date: Day.PlusDays(d))))];

        var one = Days(1);
        var two = Days(2);
        var validator = new BatchValidator(NoFindingsValidator.Instance);

        var forOne = AllocatedBy(() => Assert.Empty(validator.Validate(one, ValidationStage.Save).Findings));
        var forTwo = AllocatedBy(() => Assert.Empty(validator.Validate(two, ValidationStage.Save).Findings));

        Assert.InRange(forTwo - forOne, 0, (1000 * IntPtr.Size) + (Slack / 2));
    }

    [Fact]
    public void An_override_of_another_code_adds_no_allocation_per_finding()
    {
        // 1000 days with two overlapping sessions: 2000 SR902 findings, which an SR901 override does not concern.
        var records = new List<ServiceRecord>();
        for (var day = 0; day < 1000; day++)
        {
            records.Add(Record(Ana, "08:00", "09:00", date: Day.PlusDays(day)));
            records.Add(Record(Ben, "08:30", "09:30", date: Day.PlusDays(day)));
        }

        var batch = records.ToArray();
        var plain = new BatchValidator(NoFindingsValidator.Instance);
        var overridden = new BatchValidator(new NoFindingsValidator(new RecordingContext
        {
            SeverityOverrides = new Dictionary<string, FindingSeverity> { ["SR901"] = FindingSeverity.Warning },
        }));

        var withoutOverride = AllocatedBy(() => Assert.Equal(2000, plain.Validate(batch, ValidationStage.Save).Findings.Count));
        var withOverride = AllocatedBy(() => Assert.Equal(2000, overridden.Validate(batch, ValidationStage.Save).Findings.Count));

        Assert.InRange(withOverride - withoutOverride, -4096, 4096);
    }
}
