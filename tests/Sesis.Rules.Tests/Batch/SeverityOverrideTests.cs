using NodaTime;
using NodaTime.Extensions;
using NodaTime.Testing;
using static Sesis.Rules.Tests.BatchRecords;

namespace Sesis.Rules.Tests;

/// <summary>The batch's SR9xx severities: the catalog's defaults, or the host's overrides, from either options object.</summary>
public sealed class SeverityOverrideTests
{
    private static readonly ServiceRecord[] GroupOfTwoAlone = [Record(Ana, "10:00", "10:40", Group(2))]; // SR903

    private static readonly MissingRecordCheck OneMissingDay = new()
    {
        Schedules = [ServiceSchedule.EverySchoolDay(ProviderOne, new StudentId(Ben), ServiceType.Paraprofessional, new DateInterval(Day, Day))],
        Calendar = SchoolCalendars.NewYorkCity2025To2026,
        Period = new DateInterval(Day, Day),
        Clock = new FakeClock(Instant.FromUtc(2025, 10, 7, 16, 0)).InZone(RecordGenerators.NewYork),
    };

    private static ServiceRecordValidator RecordValidator(params (string Code, FindingSeverity Severity)[] overrides) => new(new ValidationOptions
    {
        SeverityOverrides = overrides.ToDictionary(static o => o.Code, static o => o.Severity),
    });

    private static FindingSeverity SeverityOf(BatchValidationResult result, string code) => result.Findings.Single(f => f.Finding.Code == code).Finding.Severity;

    [Fact]
    public void By_default_the_SR9xx_findings_have_the_catalogs_severity()
    {
        var result = new BatchValidator(new BatchValidatorOptions { RecordValidator = RecordValidator(), MissingRecordCheck = OneMissingDay })
            .Validate(GroupOfTwoAlone, ValidationStage.Save);

        Assert.Equal(FindingSeverity.Error, SeverityOf(result, "SR903"));
        Assert.Equal(FindingSeverity.Error, Assert.Single(result.MissingRecords).Finding.Severity);
    }

    [Fact]
    public void The_record_validators_options_override_SR9xx_severities_in_the_batch()
    {
        var validator = new BatchValidator(new BatchValidatorOptions
        {
            RecordValidator = RecordValidator(("SR903", FindingSeverity.Warning), ("SR910", FindingSeverity.Warning)),
            MissingRecordCheck = OneMissingDay,
        });

        var result = validator.Validate(GroupOfTwoAlone, ValidationStage.Save);
        Assert.Equal(FindingSeverity.Warning, SeverityOf(result, "SR903"));
        Assert.Equal(FindingSeverity.Warning, Assert.Single(result.MissingRecords).Finding.Severity);
        Assert.Equal("SR910", result.MissingRecords[0].Finding.Code);
    }

    [Fact]
    public void The_batch_options_override_SR9xx_severities_for_any_record_validator_and_in_streams()
    {
        var validator = new BatchValidator(new BatchValidatorOptions
        {
            RecordValidator = NoFindingsValidator.Instance,
            SeverityOverrides = new Dictionary<string, FindingSeverity> { ["SR903"] = FindingSeverity.Warning },
        });

        var result = validator.Validate(GroupOfTwoAlone, ValidationStage.Save);
        Assert.Equal(FindingSeverity.Warning, SeverityOf(result, "SR903"));
        Assert.False(result.HasErrors);
        Assert.Equal(result.Findings, validator.ValidateStream(GroupOfTwoAlone, ValidationStage.Save));

        // The other codes keep their default.
        var duplicate = validator.Validate([Record(Ana, "08:00", "09:00"), Record(Ana, "08:00", "09:00")], ValidationStage.Save);
        Assert.All(duplicate.Findings, static f => Assert.Equal(("SR901", FindingSeverity.Error), (f.Finding.Code, f.Finding.Severity)));
    }

    [Fact]
    public void The_same_override_in_both_options_is_accepted_and_a_contradiction_is_refused()
    {
        var same = new BatchValidator(new BatchValidatorOptions
        {
            RecordValidator = RecordValidator(("SR903", FindingSeverity.Warning)),
            SeverityOverrides = new Dictionary<string, FindingSeverity> { ["SR903"] = FindingSeverity.Warning },
        });
        Assert.Equal(FindingSeverity.Warning, SeverityOf(same.Validate(GroupOfTwoAlone, ValidationStage.Save), "SR903"));

        var error = Assert.Throws<ArgumentException>(() => new BatchValidator(new BatchValidatorOptions
        {
            RecordValidator = RecordValidator(("SR903", FindingSeverity.Warning)),
            SeverityOverrides = new Dictionary<string, FindingSeverity> { ["SR903"] = FindingSeverity.Error },
        }));
        Assert.Contains("SR903", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("SR201")] // single-record: belongs in ValidationOptions
    [InlineData("SR905")] // unassigned
    [InlineData("sr901")]
    [InlineData("")]
    public void A_batch_override_of_a_code_that_is_not_an_across_record_rule_is_refused(string code)
    {
        var error = Assert.Throws<ArgumentException>(() => new BatchValidator(new BatchValidatorOptions
        {
            RecordValidator = NoFindingsValidator.Instance,
            SeverityOverrides = new Dictionary<string, FindingSeverity> { [code] = FindingSeverity.Warning },
        }));
        Assert.Contains("RuleCatalog.AcrossRecords", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_batch_override_to_an_undefined_severity_is_refused() =>
        Assert.Throws<ArgumentException>(() => new BatchValidator(new BatchValidatorOptions
        {
            RecordValidator = NoFindingsValidator.Instance,
            SeverityOverrides = new Dictionary<string, FindingSeverity> { ["SR901"] = (FindingSeverity)7 },
        }));

    [Fact]
    public void ValidationOptions_accept_every_catalog_code_and_an_SR9xx_override_changes_no_single_record_finding()
    {
        // Every code turned into a warning: a record the catalog's severities find errors in gets the same findings, all warnings.
        var everyCodeAWarning = Samples.Options with { SeverityOverrides = RuleCatalog.All.ToDictionary(static r => r.Code, static _ => FindingSeverity.Warning) };
        var broken = Samples.ParaRecord with { StudentId = default, EndTime = new LocalTime(7, 0) };
        var asCatalogued = new ServiceRecordValidator(Samples.Options).Validate(broken, ValidationStage.Save);
        var asWarnings = new ServiceRecordValidator(everyCodeAWarning).Validate(broken, ValidationStage.Save);
        Assert.Contains(asCatalogued, static f => f.Severity == FindingSeverity.Error);
        Assert.Equal(asCatalogued.Codes(), asWarnings.Codes());
        Assert.All(asWarnings, static f => Assert.Equal(FindingSeverity.Warning, f.Severity));

        var plain = new ServiceRecordValidator(new ValidationOptions()).Validate(GroupOfTwoAlone[0], ValidationStage.Save);
        var withSr9xx = RecordValidator(("SR901", FindingSeverity.Warning), ("SR910", FindingSeverity.Warning)).Validate(GroupOfTwoAlone[0], ValidationStage.Save);
        Assert.Equal(plain.Select(static f => (f.Code, f.Severity)), withSr9xx.Select(static f => (f.Code, f.Severity)));
    }

    [Fact]
    public void Refused_overrides_are_explained_in_full()
    {
        static string Refusal(BatchValidatorOptions options)
        {
            var error = Assert.Throws<ArgumentException>(() => new BatchValidator(options));
            Assert.Equal("options", error.ParamName);
            return error.Message;
        }

        Assert.Equal(
            "BatchValidatorOptions.SeverityOverrides is null; leave it unset for none. (Parameter 'options')",
            Refusal(new BatchValidatorOptions { RecordValidator = NoFindingsValidator.Instance, SeverityOverrides = null! }));
        Assert.Equal(
            "BatchValidatorOptions.SeverityOverrides names 'SR201', which is not an across-record rule code (see RuleCatalog.AcrossRecords); " +
            "single-record codes belong in ValidationOptions.SeverityOverrides. (Parameter 'options')",
            Refusal(new BatchValidatorOptions
            {
                RecordValidator = NoFindingsValidator.Instance,
                SeverityOverrides = new Dictionary<string, FindingSeverity> { ["SR201"] = FindingSeverity.Warning },
            }));
        Assert.Equal(
            "BatchValidatorOptions.SeverityOverrides gives SR901 the severity 7, which is neither Error nor Warning. (Parameter 'options')",
            Refusal(new BatchValidatorOptions
            {
                RecordValidator = NoFindingsValidator.Instance,
                SeverityOverrides = new Dictionary<string, FindingSeverity> { ["SR901"] = (FindingSeverity)7 },
            }));
        Assert.Equal(
            "SR903 is Warning in the record validator's ValidationOptions.SeverityOverrides but Error in " +
            "BatchValidatorOptions.SeverityOverrides: give it one severity. (Parameter 'options')",
            Refusal(new BatchValidatorOptions
            {
                RecordValidator = RecordValidator(("SR903", FindingSeverity.Warning)),
                SeverityOverrides = new Dictionary<string, FindingSeverity> { ["SR903"] = FindingSeverity.Error },
            }));
    }

    [Fact]
    public void An_override_to_the_default_severity_changes_nothing()
    {
        var validator = new BatchValidator(new BatchValidatorOptions
        {
            RecordValidator = RecordValidator(("SR910", FindingSeverity.Error)),
            SeverityOverrides = new Dictionary<string, FindingSeverity> { ["SR903"] = FindingSeverity.Error },
            MissingRecordCheck = OneMissingDay,
        });

        var result = validator.Validate(GroupOfTwoAlone, ValidationStage.Save);
        Assert.Equal(FindingSeverity.Error, SeverityOf(result, "SR903"));
        Assert.Equal(FindingSeverity.Error, Assert.Single(result.MissingRecords).Finding.Severity);
    }
}
