using FsCheck;
using FsCheck.Fluent;

namespace Sesis.Rules.Tests;

/// <summary>
/// The validator runs only the rule families the quick check suspects (issue 8: an invalid record is checked at
/// a fraction of the whole rule set's cost). These properties prove that shortcut changes no answer: a family
/// the quick check clears finds nothing, a broken rule's family is always suspected, and the answer equals the
/// whole rule set's, over valid, broken and hostile records at both stages.
/// </summary>
public sealed class QuickCheckFamilyProperties
{
    private static readonly RuleFamilies[] Families =
        [.. Enumerable.Range(0, RuleFamily.Count).Select(static i => (RuleFamilies)(1 << i))];

    private static Gen<RuleCase> AnyCase()
    {
        var broken = Gen.OneOf(RuleBreakers.ByCode.Values);
        var hostile = from options in HostileRecords.Options
                      from record in HostileRecords.Records
                      select new RuleCase(record, options, null!);
        return Gen.Frequency((1, RuleBreakers.ValidCases), (3, broken), (2, hostile));
    }

    [Fact]
    public void A_family_the_quick_check_clears_finds_nothing_and_the_answer_is_the_whole_rule_sets()
    {
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(1000), Prop.ForAll(AnyCase().ToArbitrary(), c =>
        {
            var validator = new ServiceRecordValidator(c.Options);
            var moment = validator.ReadClock();
            foreach (var stage in new[] { ValidationStage.Draft, ValidationStage.Save })
            {
                var suspects = validator.QuickCheckSuspects(c.Record, stage, moment);
                var all = validator.ValidateWithRules(c.Record, stage, moment);
                foreach (var family in Families)
                {
                    if ((suspects & family) == 0)
                    {
                        Assert.Empty(validator.ValidateFamilies(c.Record, stage, moment, family));
                    }
                }

                // Every finding of the whole rule set comes from a suspected family, and the validator answers in code order.
                Assert.All(all, f => Assert.NotEqual(RuleFamilies.None, suspects & RuleFamily.Of(f.Code)));
                Assert.Equal(all.Codes(), validator.ValidateFamilies(c.Record, stage, moment, suspects).Codes());
                Assert.Equal(all.Codes(), validator.Validate(c.Record, stage).Codes());
                Assert.Equal(all.Select(static f => f.Message), validator.Validate(c.Record, stage).Select(static f => f.Message));
            }
        }));
    }

    [Fact]
    public void A_record_broken_in_one_way_has_that_rules_family_suspected()
    {
        foreach (var (code, breaker) in RuleBreakers.ByCode)
        {
            Check.One(Config.QuickThrowOnFailure.WithMaxTest(30), Prop.ForAll(breaker.ToArbitrary(), c =>
            {
                var validator = new ServiceRecordValidator(c.Options);
                var suspects = validator.QuickCheckSuspects(c.Record, ValidationStage.Save, validator.ReadClock());
                Assert.True((suspects & RuleFamily.Of(code)) != 0, $"{code}: suspected {suspects}");
            }));
        }
    }

    [Fact]
    public void The_families_partition_the_codes_in_code_order()
    {
        var codes = new ServiceRecordValidator(new ValidationOptions()).EmittableCodes;
        Assert.Equal(codes.Order(StringComparer.Ordinal), codes);
        Assert.Equal(RuleFamilies.All, codes.Aggregate(RuleFamilies.None, static (all, code) => all | RuleFamily.Of(code)));
        Assert.Equal(RuleFamilies.Caseload, RuleFamily.Of("SR803"));
        Assert.Equal(RuleFamilies.Identity, RuleFamily.Of("SR101"));
        Assert.Throws<ArgumentException>(() => RuleFamily.Of("SR901"));
    }
}
