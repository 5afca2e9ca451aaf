using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Sesis.Rules.Tests;

public sealed class RulePropertyTests
{
    private static readonly Config Quick = Config.QuickThrowOnFailure.WithMaxTest(100);

    public static TheoryData<string> Codes() => [.. RuleCatalog.SingleRecord.Select(static r => r.Code)];

    [Property(Arbitrary = new[] { typeof(ValidRecordArbitraries) }, MaxTest = 500)]
    public void Every_generated_valid_record_passes_both_stages(ServiceRecordScenario scenario)
    {
        var validator = new ServiceRecordValidator(RuleBreakers.OptionsFor(scenario));

        Assert.Empty(validator.Validate(scenario.Record, ValidationStage.Draft));
        Assert.Empty(validator.Validate(scenario.Record, ValidationStage.Save));
    }

    [Fact]
    public void Every_code_has_a_breaker() =>
        Assert.Equal(RuleCatalog.SingleRecord.Select(static r => r.Code).Order(), RuleBreakers.ByCode.Keys.Order());

    [Theory]
    [MemberData(nameof(Codes))]
    public void A_record_broken_in_one_way_gets_exactly_that_code(string code)
    {
        var certificationRule = code.StartsWith("SR6", StringComparison.Ordinal);
        Check.One(Quick, Prop.ForAll(RuleBreakers.ByCode[code].ToArbitrary(), (RuleCase broken) =>
        {
            var validator = new ServiceRecordValidator(broken.Options);
            Assert.Equal([code], validator.Validate(broken.Record, ValidationStage.Save).Codes());

            // A draft is not certified yet: the certification rules wait for the save stage.
            Assert.Equal(certificationRule ? [] : [code], validator.Validate(broken.Record, ValidationStage.Draft).Codes());
        }));
    }

    [Fact]
    public void Hostile_records_never_make_validation_throw()
    {
        var cases = from options in HostileRecords.Options
                    from record in HostileRecords.Records
                    select (options, record);
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(400), Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var validator = new ServiceRecordValidator(c.options);
            foreach (var stage in new[] { ValidationStage.Draft, ValidationStage.Save })
            {
                var findings = validator.Validate(c.record, stage);
                Assert.All(findings, static f =>
                {
                    Assert.True(RuleCatalog.TryGet(f.Code, out _), f.Code);
                    Assert.False(string.IsNullOrEmpty(f.Message));
                    Assert.True(f.AttemptedValue is null || f.AttemptedValue.Length < 200, f.AttemptedValue);
                });
                Assert.Equal(findings.Count, findings.Select(static f => f.Code).Distinct().Count());
            }
        }));
    }
}
