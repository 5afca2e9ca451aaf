using static Sesis.Rules.Tests.BatchRecords;

namespace Sesis.Rules.Tests;

/// <summary>One batch validator (with one record validator inside) shared by several threads on the same records.</summary>
public sealed class BatchValidatorConcurrencyTests
{
    // Two providers over two days, written so each SR9xx rule fires (see the comments), plus the rules' own
    // broken and valid examples, so single-record findings come through the batch validator as well.
    private static readonly ServiceRecord[] Records =
    [
        Record(Ana, "08:00", "09:00"),
        Record(Ana, "08:00", "09:00"),                         // SR901: the same record twice
        Record(Ben, "08:30", "09:30"),                         // SR902: the provider's sessions overlap (individual)
        Record(Ana, "10:00", "10:45", Group(3)),               // SR903: Group, 3 with two students present
        Record(Ben, "10:00", "10:45", Group(3)),
        Record(Cy, "13:00", "13:45"),                          // SR904: Individual with another student present
        Record(Ana, "13:00", "13:45", Group(2)),
        Record(Ana, "08:00", "09:00", provider: OtherProvider),
        Record(Ben, "08:00", "09:00", provider: OtherProvider, date: Day.PlusDays(1)),
        Record(Cy, "14:00", "14:30", sessionType: SessionType.StudentAbsent, date: Day.PlusDays(1)),
        .. RuleExamples.ByCode.Values
            .SelectMany(static pair => new[] { pair.Broken, pair.NearestValid })
            .Where(static e => ReferenceEquals(e.Options, Samples.Options))
            .Select(static e => e.Record),
    ];

    private static readonly BatchValidator Validator = new(new ServiceRecordValidator(Samples.Options));

    [Fact]
    public void Validate_from_several_threads_gives_the_sequential_findings()
    {
        var expected = Run(Records);
        Assert.All(["SR901", "SR902", "SR903", "SR904"], code => Assert.Contains(expected, f => f.Contains($" {code} ", StringComparison.Ordinal)));
        Assert.Contains(expected, static f => !f.Contains(" SR9", StringComparison.Ordinal));

        // Odd threads see the batch reversed: positions change, so their findings are mapped back and compared
        // as a set (the order of findings is the sequential tests' concern).
        var results = Concurrently.Run(rounds: 20, t => t % 2 == 0 ? Run(Records) : Reversed());

        for (var t = 0; t < results.Length; t++)
        {
            Assert.Equal(t % 2 == 0 ? expected : [.. expected.Order(StringComparer.Ordinal)], results[t]);
        }
    }

    [Fact]
    public void Streaming_from_several_threads_gives_the_sequential_findings()
    {
        var sorted = Records.OrderBy(static r => r.ProviderId).ThenBy(static r => r.Date).ToArray();
        var expected = Validator.ValidateStream(sorted, ValidationStage.Save).Select(static f => f.ToString()).ToArray();
        Assert.NotEmpty(expected);

        var results = Concurrently.Run(rounds: 20, _ => Validator.ValidateStream(sorted, ValidationStage.Save).Select(static f => f.ToString()).ToArray());

        Assert.All(results, result => Assert.Equal(expected, result));
    }

    [Fact]
    public async Task Async_streams_on_several_tasks_give_the_sequential_findings()
    {
        var sorted = Records.OrderBy(static r => r.ProviderId).ThenBy(static r => r.Date).ToArray();
        var expected = await Collect(sorted);

        var results = await Task.WhenAll(Enumerable.Range(0, Concurrently.Threads).Select(_ => Task.Run(() => Collect(sorted))));

        Assert.All(results, result => Assert.Equal(expected, result));
    }

    private static string[] Run(ServiceRecord[] records) =>
        [.. Validator.Validate(records, ValidationStage.Save).Findings.Select(static f => $"#{f.Index} {f.Finding.Code} {f.Finding} [{f.Finding.AttemptedValue}]")];

    private static string[] Reversed()
    {
        var last = Records.Length - 1;
        return [.. Validator.Validate([.. Enumerable.Reverse(Records)], ValidationStage.Save).Findings
            .Select(f => $"#{last - f.Index} {f.Finding.Code} {f.Finding} [{f.Finding.AttemptedValue}]")
            .Order(StringComparer.Ordinal)];
    }

    private static async Task<string[]> Collect(ServiceRecord[] records)
    {
        var found = new List<string>();
        await foreach (var finding in Validator.ValidateStreamAsync(ToAsync(records), ValidationStage.Save))
        {
            found.Add(finding.ToString());
        }

        return [.. found];
    }

    private static async IAsyncEnumerable<ServiceRecord> ToAsync(ServiceRecord[] records)
    {
        foreach (var record in records)
        {
            await Task.Yield();
            yield return record;
        }
    }
}
