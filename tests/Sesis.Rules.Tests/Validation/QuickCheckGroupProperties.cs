using FsCheck;
using FsCheck.Fluent;

namespace Sesis.Rules.Tests;

/// <summary>
/// The validator runs only the rule groups the quick check suspects (issue 8: an invalid record is checked at
/// a fraction of the whole rule set's cost). These properties prove that shortcut changes no answer: a group
/// the quick check clears finds nothing, a broken rule's group is always suspected, and the answer equals the
/// whole rule set's, over valid, broken and hostile records at both stages.
/// </summary>
public sealed class QuickCheckGroupProperties
{
    private static readonly RuleGroups[] Groups =
        [.. Enumerable.Range(0, 13).Select(static i => (RuleGroups)(1 << i))];

    private static Gen<RuleCase> AnyCase()
    {
        var broken = Gen.OneOf(RuleBreakers.ByCode.Values);
        var hostile = from options in HostileRecords.Options
                      from record in HostileRecords.Records
                      select new RuleCase(record, options, null!);
        return Gen.Frequency((1, RuleBreakers.ValidCases), (3, broken), (2, hostile));
    }

    [Fact]
    public void A_group_the_quick_check_clears_finds_nothing_and_the_answer_is_the_whole_rule_sets()
    {
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(1000), Prop.ForAll(AnyCase().ToArbitrary(), c =>
        {
            var validator = new ServiceRecordValidator(c.Options);
            var moment = validator.ReadClock();
            foreach (var stage in new[] { ValidationStage.Draft, ValidationStage.Save })
            {
                var suspects = validator.QuickCheckSuspects(c.Record, stage, moment);
                var all = validator.ValidateWithRules(c.Record, stage, moment);
                foreach (var group in Groups)
                {
                    if ((suspects & group) == 0)
                    {
                        Assert.Empty(validator.ValidateGroups(c.Record, stage, moment, group));
                    }
                }

                // Every finding of the whole rule set comes from a suspected group, and the validator answers in code order.
                Assert.All(all, f => Assert.NotEqual(RuleGroups.None, suspects & validator.GroupOf(f.Code)));
                Assert.Equal(all.Codes(), validator.ValidateGroups(c.Record, stage, moment, suspects).Codes());
                Assert.Equal(all.Codes(), validator.Validate(c.Record, stage).Codes());
                Assert.Equal(all.Select(static f => f.Message), validator.Validate(c.Record, stage).Select(static f => f.Message));
            }
        }));
    }

    [Fact]
    public void A_record_broken_in_one_way_has_that_rules_group_suspected()
    {
        foreach (var (code, breaker) in RuleBreakers.ByCode)
        {
            Check.One(Config.QuickThrowOnFailure.WithMaxTest(30), Prop.ForAll(breaker.ToArbitrary(), c =>
            {
                var validator = new ServiceRecordValidator(c.Options);
                var suspects = validator.QuickCheckSuspects(c.Record, ValidationStage.Save, validator.ReadClock());
                Assert.True((suspects & validator.GroupOf(code)) != 0, $"{code}: suspected {suspects}");
            }));
        }
    }

    [Fact]
    public void The_groups_partition_the_codes_in_code_order()
    {
        var validator = new ServiceRecordValidator(new ValidationOptions());
        var codes = validator.EmittableCodes;
        Assert.Equal(codes.Order(StringComparer.Ordinal), codes);
        Assert.Equal(RuleCatalog.SingleRecord.Select(static r => r.Code).Order(StringComparer.Ordinal), codes);
        Assert.Equal(RuleGroups.All, codes.Aggregate(RuleGroups.None, (all, code) => all | validator.GroupOf(code)));
        Assert.Equal(RuleGroups.Identity, validator.GroupOf("SR104"));
        Assert.Equal(RuleGroups.Language, validator.GroupOf("SR404"));
        Assert.Equal(RuleGroups.MandatedGrouping, validator.GroupOf("SR405"));
        Assert.Equal(RuleGroups.Notes, validator.GroupOf("SR510"));
        Assert.Equal(RuleGroups.Caseload, validator.GroupOf("SR803"));
    }
}
