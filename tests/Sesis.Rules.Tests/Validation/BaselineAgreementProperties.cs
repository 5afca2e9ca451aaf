using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using Sesis.Rules.Benchmarks;

namespace Sesis.Rules.Tests;

/// <summary>
/// The rules agree with the hand-written baseline check (the benchmarks' if-chain, written independently of
/// the rule definitions): over valid, broken and hostile records at both stages, the validator finds exactly
/// the codes the baseline finds, in the same order. A rule that over-reports or misses, or a follow-on finding
/// let through, shows as a disagreement.
/// </summary>
public sealed class BaselineAgreementProperties
{
    private static Gen<RuleCase> AnyCase()
    {
        var broken = Gen.OneOf(RuleBreakers.ByCode.Values);
        var hostile = from options in HostileRecords.Options
                      from record in HostileRecords.Records
                      select new RuleCase(record, options, null!);
        return Gen.Frequency((1, RuleBreakers.ValidCases), (3, broken), (2, hostile));
    }

    [Fact]
    public void The_rules_agree_with_the_hand_written_baseline_check()
    {
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(1000), Prop.ForAll(AnyCase().ToArbitrary(), c =>
        {
            var validator = new ServiceRecordValidator(c.Options);
            var baseline = Baseline(c.Options);
            foreach (var stage in new[] { ValidationStage.Draft, ValidationStage.Save })
            {
                Assert.Equal(baseline.Validate(c.Record, stage).Codes(), validator.Validate(c.Record, stage).Codes());
            }
        }));
    }

    [Fact]
    public void A_record_broken_in_one_way_is_found_by_both()
    {
        foreach (var (code, breaker) in RuleBreakers.ByCode)
        {
            Check.One(Config.QuickThrowOnFailure.WithMaxTest(20), Prop.ForAll(breaker.ToArbitrary(), c =>
            {
                Assert.Equal([code], Baseline(c.Options).Validate(c.Record, ValidationStage.Save).Codes());
                Assert.Equal([code], new ServiceRecordValidator(c.Options).Validate(c.Record, ValidationStage.Save).Codes());
            }));
        }
    }

    /// <summary>The baseline in the context the options describe (it knows the standard catalogs only, as the generated cases use).</summary>
    private static HandWrittenRecordCheck Baseline(RecordingContext o)
    {
        Assert.Same(Language.StandardCatalog, o.Languages);
        Assert.Same(ServiceLocation.StandardCatalog, o.Locations);
        Assert.Same(ProgressIndicator.StandardCatalog, o.ProgressIndicators);
        Assert.Equal(1, o.EntryWindowMonths);
        return new HandWrittenRecordCheck(
            o.Clock, o.TimeZone, o.Calendar, o.SchoolKind, (ProviderDirectory)o.Providers, (Caseload)o.Caseload, o.ServiceTypes, o.RequireOsisStudentIds,
            o.EntryWindowStart is { } start ? start.WithCalendar(CalendarSystem.Iso) : null);
    }
}
