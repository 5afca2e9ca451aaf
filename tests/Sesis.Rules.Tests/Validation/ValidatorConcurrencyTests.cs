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

        // Half the threads walk the records backwards, so the same records are checked at once in different orders.
        var results = Concurrently.Run(rounds: 50, t =>
        {
            if (t % 2 == 0)
            {
                return Run(validator, records);
            }

            var backwards = Run(validator, [.. Enumerable.Reverse(records)]);
            Array.Reverse(backwards);
            return backwards;
        });

        Assert.All(results, result => Assert.Equal(expected, result));
    }

    // Per record, each finding as one line of text, stage by stage, so a difference in any part of any finding shows.
    private static string[][] Run(ServiceRecordValidator validator, ServiceRecord[] records) =>
        [.. records.Select(record => new[] { ValidationStage.Draft, ValidationStage.Save }
            .SelectMany(stage => validator.Validate(record, stage).Select(f => $"{stage}: {f} [{f.AttemptedValue}]"))
            .ToArray())];
}
