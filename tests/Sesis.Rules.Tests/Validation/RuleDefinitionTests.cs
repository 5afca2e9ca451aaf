using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using static Sesis.Rules.Tests.Samples;

namespace Sesis.Rules.Tests;

public sealed class RuleDefinitionTests
{
    [Fact]
    public void Each_definition_names_one_field_that_it_reads_and_cites_a_procedure_step()
    {
        Assert.All(RuleDefinitions.SingleRecord, static d =>
        {
            Assert.Contains(d.FieldName, RuleMessages.Fields);
            Assert.True((d.Reads & d.Field) == d.Field, $"{d.Code} does not read its own field {d.Field}.");
            Assert.StartsWith("Procedure step", d.Source, StringComparison.Ordinal);
            Assert.Contains("{" + d.FieldName + "}", d.Message, StringComparison.Ordinal);
        });
        Assert.Equal(RuleCatalog.SingleRecord, RuleDefinitions.SingleRecord.Select(static d => d.ToDescriptor()));
    }

    [Fact]
    public void Only_the_certification_rules_wait_for_the_save_stage()
    {
        Assert.Equal(
            ["SR601", "SR602", "SR603", "SR604", "SR605"],
            RuleDefinitions.SingleRecord.Where(static d => d.From == ValidationStage.Save).Select(static d => d.Code));
    }

    [Fact]
    public void A_rule_that_reads_an_unreadable_field_is_skipped_and_the_others_still_run()
    {
        // SR201 (reads StartTime and EndTime), SR403 (Language), SR601 (Certification).
        var record = ParaRecord with { EndTime = new LocalTime(7, 0), Language = new Language("tlh"), Certification = null };
        var validator = new ServiceRecordValidator(Options);

        Assert.Equal(["SR201", "SR403", "SR601"], validator.Validate(record, ValidationStage.Save, RecordFields.None).Codes());
        Assert.Equal(["SR403", "SR601"], validator.Validate(record, ValidationStage.Save, RecordFields.EndTime).Codes());
        Assert.Equal(["SR201", "SR601"], validator.Validate(record, ValidationStage.Save, RecordFields.Language).Codes());
        Assert.Empty(validator.Validate(record, ValidationStage.Save, RecordFields.All));
    }

    [Fact]
    public void A_rule_declares_what_its_lookups_read()
    {
        // SR803 looks the student up on the caseload: provider, student, service type and date.
        var caseload = RuleDefinitions.SingleRecord.Single(static d => d.Code == "SR803");
        Assert.Equal(RecordFields.ProviderId | RecordFields.StudentId | RecordFields.ServiceType | RecordFields.Date, caseload.Reads);

        // SR605 compares the certification's digest with the whole record.
        Assert.Equal(RecordFields.All, RuleDefinitions.SingleRecord.Single(static d => d.Code == "SR605").Reads);
    }

    [Fact]
    public void A_rules_outcome_depends_only_on_the_fields_it_declares()
    {
        // Two generated cases in one context: each rule's outcome on the first record is the same when every
        // field the rule does not declare is taken from the second record instead.
        var broken = Gen.OneOf(RuleBreakers.ByCode.Values);
        var cases = Gen.Frequency((1, RuleBreakers.ValidCases), (3, broken));
        var pairs = from a in cases from b in cases select (a, b);
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(300), Prop.ForAll(pairs.ToArbitrary(), p =>
        {
            var validator = new ServiceRecordValidator(p.a.Options);
            foreach (var stage in new[] { ValidationStage.Draft, ValidationStage.Save })
            {
                var codes = validator.Validate(p.a.Record, stage).Codes().ToHashSet();
                foreach (var rule in RuleDefinitions.SingleRecord)
                {
                    var mixed = Mix(p.a.Record, p.b.Record, rule.Reads);
                    var found = validator.Validate(mixed, stage).Codes().Contains(rule.Code);
                    Assert.True(codes.Contains(rule.Code) == found, $"{rule.Code} at {stage} reads more than {rule.Reads}: {p.a.Record} / {mixed}");
                }
            }
        }));
    }

    /// <summary>The fields of <paramref name="keep"/> taken from <paramref name="first"/>, every other field from <paramref name="second"/>.</summary>
    private static ServiceRecord Mix(ServiceRecord first, ServiceRecord second, RecordFields keep)
    {
        T Pick<T>(RecordFields field, Func<ServiceRecord, T> value) => value((keep & field) != 0 ? first : second);
        return new ServiceRecord
        {
            StudentId = Pick(RecordFields.StudentId, static r => r.StudentId),
            ProviderId = Pick(RecordFields.ProviderId, static r => r.ProviderId),
            ServiceType = Pick(RecordFields.ServiceType, static r => r.ServiceType),
            Date = Pick(RecordFields.Date, static r => r.Date),
            StartTime = Pick(RecordFields.StartTime, static r => r.StartTime),
            EndTime = Pick(RecordFields.EndTime, static r => r.EndTime),
            Language = Pick(RecordFields.Language, static r => r.Language),
            SessionType = Pick(RecordFields.SessionType, static r => r.SessionType),
            Reason = Pick(RecordFields.Reason, static r => r.Reason),
            GroupSize = Pick(RecordFields.GroupSize, static r => r.GroupSize),
            Location = Pick(RecordFields.Location, static r => r.Location),
            Description = Pick(RecordFields.Description, static r => r.Description),
            Progress = Pick(RecordFields.Progress, static r => r.Progress),
            Notes = Pick(RecordFields.Notes, static r => r.Notes),
            NotesConfidential = Pick(RecordFields.NotesConfidential, static r => r.NotesConfidential),
            Certification = Pick(RecordFields.Certification, static r => r.Certification),
        };
    }
}
