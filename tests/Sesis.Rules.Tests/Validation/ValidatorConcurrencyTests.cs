namespace Sesis.Rules.Tests;

public sealed class ValidatorConcurrencyTests
{
    [Fact]
    public void One_validator_shared_by_several_threads_gives_the_same_findings_as_sequential_use()
    {
        // Every example made in the samples' own context, valid and broken, checked at both stages.
        var records = RuleExamples.ByCode.Values
            .SelectMany(static pair => new[] { pair.Broken, pair.NearestValid })
            .Where(static e => ReferenceEquals(e.Options, Samples.Options))
            .Select(static e => e.Record)
            .Concat([Samples.ParaRecord, Samples.ParaAbsence, Samples.SpeechRecord, Samples.CounselingRecord])
            .ToArray();
        var validator = new ServiceRecordValidator(Samples.Options);
        var expected = Run(validator, records);
        Assert.Contains(expected, static findings => findings.Length > 0);
        Assert.Contains(expected, static findings => findings.Length == 0);

        const int threads = 8;
        var results = new string[threads][][];
        using var start = new Barrier(threads);
        var workers = Enumerable.Range(0, threads).Select(t => new Thread(() =>
        {
            start.SignalAndWait();
            string[][] last = [];
            for (var round = 0; round < 50; round++)
            {
                last = Run(validator, t % 2 == 0 ? records : [.. Enumerable.Reverse(records)]);
                if (t % 2 != 0)
                {
                    Array.Reverse(last);
                }
            }

            results[t] = last;
        })).ToArray();

        foreach (var worker in workers)
        {
            worker.Start();
        }

        foreach (var worker in workers)
        {
            worker.Join();
        }

        Assert.All(results, result => Assert.Equal(expected, result));
    }

    // Per record, each finding as one line of text, stage by stage, so a difference in any part of any finding shows.
    private static string[][] Run(ServiceRecordValidator validator, ServiceRecord[] records) =>
        [.. records.Select(record => new[] { ValidationStage.Draft, ValidationStage.Save }
            .SelectMany(stage => validator.Validate(record, stage).Select(f => $"{stage}: {f} [{f.AttemptedValue}]"))
            .ToArray())];
}
