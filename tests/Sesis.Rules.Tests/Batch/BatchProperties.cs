using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Sesis.Rules.Tests;

/// <summary>Properties of batch validation: order independence, agreement with the rules' words, consistent groups.</summary>
public sealed class BatchProperties
{
    private static readonly BatchValidator Validator = new(NoFindingsValidator.Instance);

    [Property(Arbitrary = [typeof(GroupSessionArbitraries)], MaxTest = 300)]
    public void Shuffling_the_input_gives_the_same_findings(ShuffledBatch batch)
    {
        var before = Validator.Validate(batch.Records, ValidationStage.Save).Findings;
        var after = Validator.Validate(batch.Shuffled, ValidationStage.Save).Findings;

        // Compared as multisets of (record, finding): positions move with the records, nothing else may.
        Assert.Equal(Keyed(before), Keyed(after));
    }

    [Property(Arbitrary = [typeof(GroupSessionArbitraries)], MaxTest = 300)]
    public void Findings_agree_with_the_rules_checked_pair_by_pair(ServiceRecord[] batch) =>
        Assert.Equal(PairwiseOracle.Expected(batch), BatchRecords.Codes(Validator.Validate(batch, ValidationStage.Save)));

    [Property(Arbitrary = [typeof(GroupSessionArbitraries)], MaxTest = 300)]
    public void Sorted_input_which_skips_partitioning_agrees_with_the_rules_checked_pair_by_pair(ServiceRecord[] batch)
    {
        var sorted = batch.OrderBy(static r => r.ProviderId).ThenBy(static r => r.Date).ToArray();

        Assert.Equal(PairwiseOracle.Expected(sorted), BatchRecords.Codes(Validator.Validate(sorted, ValidationStage.Save)));
    }

    [Property(Arbitrary = [typeof(GroupSessionArbitraries)], MaxTest = 200)]
    public void Each_finding_names_the_record_at_its_position(ServiceRecord[] batch) =>
        Assert.All(Validator.Validate(batch, ValidationStage.Save).Findings, f => Assert.Same(batch[f.Index], f.Record));

    [Property(Arbitrary = [typeof(GroupSessionArbitraries)], MaxTest = 200)]
    public void Streaming_the_sorted_input_gives_what_validating_it_at_once_gives(ServiceRecord[] batch)
    {
        var sorted = batch.OrderBy(static r => r.ProviderId).ThenBy(static r => r.Date).ToArray();

        Assert.Equal(Validator.Validate(sorted, ValidationStage.Save).Findings, Validator.ValidateStream(sorted, ValidationStage.Save));
    }

    [Property(Arbitrary = [typeof(GroupSessionArbitraries)], MaxTest = 300)]
    public void A_generated_consistent_group_session_passes(GroupSessionCase session) =>
        Assert.Empty(Validator.Validate(session.Records, ValidationStage.Save).Findings);

    [Property(MaxTest = 200)]
    public Property A_generated_day_of_consistent_group_sessions_back_to_back_passes() =>
        Prop.ForAll(
            GroupSessionGenerators.ConsistentDays.ToArbitrary(),
            static day => Assert.Empty(Validator.Validate(day, ValidationStage.Save).Findings));

    [Property(MaxTest = 300)]
    public Property Changing_one_served_members_group_size_yields_SR903_for_that_record_only() =>
        Prop.ForAll(
            (from session in GroupSessionGenerators.ConsistentGroupSessionsWithAServedStudent
             from pick in Gen.Choose(0, session.Served - 1)
             from size in Gen.Choose(1, 9).Where(s => s != session.Served)
             select (session, pick, size)).ToArbitrary(),
            static c =>
            {
                var served = c.session.Records
                    .Select(static (r, i) => (r, i))
                    .Where(static x => x.r.SessionType == SessionType.ServiceProvided)
                    .ElementAt(c.pick).i;
                var records = c.session.Records.ToArray();
                records[served] = records[served] with { GroupSize = GroupSize.Group(c.size) };

                var finding = Assert.Single(Validator.Validate(records, ValidationStage.Save).Findings);
                Assert.Equal(served, finding.Index);
                Assert.Equal("SR903", finding.Finding.Code);
            });

    [Property(MaxTest = 300)]
    public Property A_fanned_out_group_entry_passes_and_states_the_students_served() =>
        Prop.ForAll(
            (from session in GroupSessionGenerators.ConsistentGroupSessions
             select session).ToArbitrary(),
            static session =>
            {
                // Re-enter the generated session as a group entry: same common data, same members.
                var first = session.Records[0];
                var entry = new GroupSessionEntry
                {
                    ProviderId = first.ProviderId,
                    ServiceType = first.ServiceType,
                    Date = first.Date,
                    StartTime = first.StartTime,
                    EndTime = first.EndTime,
                    Language = first.Language,
                };
                var members = session.Records.Select(static r => new GroupMember(r.StudentId) { SessionType = r.SessionType, Reason = r.Reason });

                var records = entry.FanOut(members);

                Assert.Equal(session.Records, records);
                Assert.Empty(Validator.Validate(records, ValidationStage.Save).Findings);
            });

    private static Dictionary<(ServiceRecord, Finding), int> Keyed(IEnumerable<RecordFinding> findings) =>
        findings.GroupBy(static f => (f.Record, f.Finding)).ToDictionary(static g => g.Key, static g => g.Count());
}
