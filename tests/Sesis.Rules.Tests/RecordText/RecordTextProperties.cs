using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Sesis.Rules.Tests;

public sealed class RecordTextProperties
{
    private static readonly ServiceRecordReader Reader = new();

    private static readonly Config Quick = Config.QuickThrowOnFailure.WithMaxTest(60);

    // Codes whose breakers build values without a text form (an undefined session type or reason).
    private static readonly string[] NoTextForm = ["SR301", "SR302"];

    public static TheoryData<string> Fields() => UnreadableText.FieldNames();

    public static TheoryData<string> BreakerCodes() => [.. RuleBreakers.ByCode.Keys.Except(NoTextForm).Order()];

    /// <summary>Text near the spellings and far from them: empty, blanks, control characters, long, wrong case, digits.</summary>
    private static Gen<string?> AnyText { get; } = Gen.OneOf(
        Gen.Constant<string?>(null),
        ArbMap.Default.GeneratorFor<string>().Select(static s => (string?)s),
        Gen.Elements<string?>(
            "", " ", "\t", "\0", "\u0085", "2025-10-06", "2025-02-30", "2025-10-06T25:00Z", "24:00", "23:60", "-1", "9999999999",
            "Group, 0", "Group, -1", "Group, 99999", "Group,", "group 1", "Individual2", "true", "TRUE", "yes", "Service Provided",
            "other", "P0012345", "204381527", "eng", "Spanish", "x".PadRight(70, 'x'), "🙂", "\ud800", "NaN", "0x10",
            "2025-10-06T15:30:00+25:00", "9999-12-31T23:59:59Z", "-9999-01-01T00:00", "0000-01-01", "paraprofessional"));

    private static Gen<ServiceRecordText> AnyTexts { get; } =
        from values in AnyText.ArrayOf(18)
        select new ServiceRecordText
        {
            StudentId = values[0], ProviderId = values[1], ServiceType = values[2], Date = values[3], StartTime = values[4],
            EndTime = values[5], Language = values[6], SessionType = values[7], Reason = values[8], GroupSize = values[9],
            Location = values[10], Description = values[11], Progress = values[12], Notes = values[13], NotesConfidential = values[14],
            CertifiedBy = values[15], CertifiedAt = values[16], Digest = values[17],
        };

    [Fact]
    public void Any_text_in_any_field_is_read_and_validated_without_throwing()
    {
        var validator = new ServiceRecordValidator(Samples.Options);
        var fieldNames = typeof(ServiceRecordText).GetProperties().Select(static p => p.Name).Append("Certification").ToHashSet();
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(2000), Prop.ForAll(AnyTexts.ToArbitrary(), text =>
        {
            var reading = Reader.Read(text);
            var findings = validator.Validate(reading, ValidationStage.Save);

            Assert.Equal(reading.IsComplete, reading.Record is not null);
            Assert.Equal(reading.Findings.Count == 0, reading.UnreadableFields.Count == 0);
            Assert.All(reading.Findings, f => Assert.Contains(f.Field, fieldNames));
            Assert.Equal(reading.Findings, findings.Take(reading.Findings.Count));
        }));
    }

    [Property(Arbitrary = new[] { typeof(ValidRecordArbitraries) }, MaxTest = 300)]
    public void A_valid_record_written_as_text_reads_back_equal(ServiceRecordScenario scenario) =>
        Assert.Equal(scenario.Record, Reader.Read(ServiceRecordText.From(scenario.Record)).Record);

    [Theory]
    [MemberData(nameof(BreakerCodes))]
    public void A_record_broken_in_any_way_written_as_text_reads_back_equal(string code) =>
        Check.One(Quick, Prop.ForAll(RuleBreakers.ByCode[code].ToArbitrary(), broken =>
            Assert.Equal(broken.Record, Reader.Read(ServiceRecordText.From(broken.Record)).Record)));

    [Theory]
    [MemberData(nameof(Fields))]
    public void A_valid_record_with_one_unreadable_value_gets_exactly_that_finding(string field)
    {
        var code = UnreadableText.Of(field).Code;
        Check.One(Quick, Prop.ForAll(RuleBreakers.ValidCases.ToArbitrary(), valid =>
        {
            var reading = Reader.Read(UnreadableText.Spoil(valid.Record, field));
            var validator = new ServiceRecordValidator(valid.Options);

            Assert.Null(reading.Record);
            Assert.Equal([code], validator.Validate(reading, ValidationStage.Save).Codes());
            Assert.Equal([code], validator.Validate(reading, ValidationStage.Draft).Codes());
        }));
    }

    [Theory]
    [MemberData(nameof(BreakerCodes))]
    public void A_broken_record_with_an_unreadable_value_gets_that_finding_and_every_finding_that_does_not_read_it(string code)
    {
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(15), Prop.ForAll(RuleBreakers.ByCode[code].ToArbitrary(), broken =>
        {
            var validator = new ServiceRecordValidator(broken.Options);
            foreach (var (field, unreadableCode, _, _) in UnreadableText.Fields)
            {
                if (field is "CertifiedBy" or "CertifiedAt" or "Digest" && broken.Record.Certification is null)
                {
                    continue; // a lone certification part is SR018 as well
                }

                var reading = Reader.Read(UnreadableText.Spoil(broken.Record, field));
                string[] expected = (RuleDefinitions.SingleRecord.Single(d => d.Code == code).Reads & reading.Unreadable) == RecordFields.None ? [unreadableCode, code] : [unreadableCode];
                Assert.Equal(expected, validator.Validate(reading, ValidationStage.Save).Codes());
            }
        }));
    }

    [Fact]
    public void A_host_severity_override_applies_to_the_unreadable_value_codes()
    {
        var validator = new ServiceRecordValidator(Samples.Options with
        {
            SeverityOverrides = new Dictionary<string, FindingSeverity> { ["SR007"] = FindingSeverity.Warning },
        });

        var finding = validator.Validate(Reader.Read(UnreadableText.Spoil(Samples.ParaRecord, "Language")), ValidationStage.Save)[0];
        Assert.Equal(("SR007", FindingSeverity.Warning), (finding.Code, finding.Severity));
    }
}
