using NodaTime;
using NodaTime.Testing;
using static Sesis.Rules.Tests.BatchRecords;

namespace Sesis.Rules.Tests;

/// <summary>The batch's SR9xx severities: the catalog's defaults, or the host's overrides in the one context.</summary>
public sealed class SeverityOverrideTests
{
    private static readonly ServiceRecord[] GroupOfTwoAlone = [Record(Ana, "10:00", "10:40", Group(2))]; // SR903

    private static readonly MissingRecordCheck OneMissingDay = new() { Period = new DateInterval(Day, Day) };

    private static RecordingContext Context(params (string Code, FindingSeverity Severity)[] overrides) => new()
    {
        Calendar = SchoolCalendars.NewYorkCity2025To2026,
        Schedules = ServiceSchedules.Create([ServiceSchedule.EverySchoolDay(ProviderOne, new StudentId(Ben), ServiceType.Paraprofessional, new DateInterval(Day, Day))]),
        Clock = new FakeClock(Instant.FromUtc(2025, 10, 7, 16, 0)),
        SeverityOverrides = overrides.ToDictionary(static o => o.Code, static o => o.Severity),
    };

    private static ServiceRecordValidator RecordValidator(params (string Code, FindingSeverity Severity)[] overrides) => new(Context(overrides));

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
    public void The_contexts_overrides_set_SR9xx_severities_in_the_batch()
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
    public void The_contexts_overrides_apply_with_any_record_validator_and_in_streams()
    {
        var validator = new BatchValidator(new NoFindingsValidator(Context(("SR903", FindingSeverity.Warning))));

        var result = validator.Validate(GroupOfTwoAlone, ValidationStage.Save);
        Assert.Equal(FindingSeverity.Warning, SeverityOf(result, "SR903"));
        Assert.False(result.HasErrors);
        Assert.Equal(result.Findings, validator.ValidateStream(GroupOfTwoAlone, ValidationStage.Save));

        // The other codes keep their default.
        var duplicate = validator.Validate([Record(Ana, "08:00", "09:00"), Record(Ana, "08:00", "09:00")], ValidationStage.Save);
        Assert.All(duplicate.Findings, static f => Assert.Equal(("SR901", FindingSeverity.Error), (f.Finding.Code, f.Finding.Severity)));
    }

    [Fact]
    public void A_batch_on_a_context_runs_a_record_validator_on_the_same_context()
    {
        var result = new BatchValidator(Context(("SR903", FindingSeverity.Warning))).Validate(GroupOfTwoAlone, ValidationStage.Save);
        Assert.Equal(FindingSeverity.Warning, SeverityOf(result, "SR903"));
        Assert.Contains(result.Findings, static f => f.Finding.Code == "SR601"); // the record validator ran: the record is not certified
    }

    [Fact]
    public void A_context_accepts_every_catalog_code_and_an_SR9xx_override_changes_no_single_record_finding()
    {
        // Every code turned into a warning: a record the catalog's severities find errors in gets the same findings, all warnings.
        var everyCodeAWarning = Samples.Options with { SeverityOverrides = RuleCatalog.All.ToDictionary(static r => r.Code, static _ => FindingSeverity.Warning) };
        var broken = Samples.ParaRecord with { StudentId = default, EndTime = new LocalTime(7, 0) };
        var asCatalogued = new ServiceRecordValidator(Samples.Options).Validate(broken, ValidationStage.Save);
        var asWarnings = new ServiceRecordValidator(everyCodeAWarning).Validate(broken, ValidationStage.Save);
        Assert.Contains(asCatalogued, static f => f.Severity == FindingSeverity.Error);
        Assert.Equal(asCatalogued.Codes(), asWarnings.Codes());
        Assert.All(asWarnings, static f => Assert.Equal(FindingSeverity.Warning, f.Severity));

        var plain = new ServiceRecordValidator(new RecordingContext()).Validate(GroupOfTwoAlone[0], ValidationStage.Save);
        var withSr9xx = new ServiceRecordValidator(new RecordingContext
        {
            SeverityOverrides = new Dictionary<string, FindingSeverity> { ["SR901"] = FindingSeverity.Warning, ["SR910"] = FindingSeverity.Warning },
        }).Validate(GroupOfTwoAlone[0], ValidationStage.Save);
        Assert.Equal(plain.Select(static f => (f.Code, f.Severity)), withSr9xx.Select(static f => (f.Code, f.Severity)));
    }

    [Fact]
    public void A_custom_record_validators_context_with_an_undefined_SR9xx_severity_or_no_overrides_is_refused()
    {
        static string Refusal(RecordingContext context)
        {
            var error = Assert.Throws<ArgumentException>(() => new BatchValidator(new NoFindingsValidator(context)));
            Assert.Equal("context", error.ParamName);
            return error.Message;
        }

        Assert.Equal(
            "RecordingContext.SeverityOverrides gives SR901 the severity 7, which is neither Error nor Warning. (Parameter 'context')",
            Refusal(new RecordingContext { SeverityOverrides = new Dictionary<string, FindingSeverity> { ["SR901"] = (FindingSeverity)7 } }));
        Assert.Equal(
            "RecordingContext.SeverityOverrides is null; leave it unset for the default. (Parameter 'context')",
            Refusal(new RecordingContext { SeverityOverrides = null! }));
    }

    [Fact]
    public void An_override_to_the_default_severity_changes_nothing()
    {
        var validator = new BatchValidator(new BatchValidatorOptions
        {
            RecordValidator = RecordValidator(("SR910", FindingSeverity.Error), ("SR903", FindingSeverity.Error)),
            MissingRecordCheck = OneMissingDay,
        });

        var result = validator.Validate(GroupOfTwoAlone, ValidationStage.Save);
        Assert.Equal(FindingSeverity.Error, SeverityOf(result, "SR903"));
        Assert.Equal(FindingSeverity.Error, Assert.Single(result.MissingRecords).Finding.Severity);
    }

    [Fact]
    public void The_overrides_apply_on_several_threads_and_to_readings_too()
    {
        var context = Context(("SR903", FindingSeverity.Warning));
        var parallel = new BatchValidator(new BatchValidatorOptions { RecordValidator = new NoFindingsValidator(context), MaxDegreeOfParallelism = 2 });
        var readings = GroupOfTwoAlone.Select(static r => ServiceRecordReading.Of(r, "k")).ToArray();

        Assert.Equal(FindingSeverity.Warning, SeverityOf(parallel.Validate(GroupOfTwoAlone, ValidationStage.Save), "SR903"));
        Assert.Equal(FindingSeverity.Warning, SeverityOf(new BatchValidator(new NoFindingsValidator(context)).Validate(readings, ValidationStage.Save), "SR903"));
        Assert.Equal(FindingSeverity.Warning, SeverityOf(parallel.Validate(readings, ValidationStage.Save), "SR903"));
    }

    [Fact]
    public void The_batch_leaves_a_record_validators_own_findings_at_the_severity_it_gave_them()
    {
        // The batch sets the severities of the findings it makes; a record validator applies the context to its own.
        // SR101 is not a code of the batch, and SR901 at its default severity is no change to make.
        var own = new FixedFindingValidator(
            static _ => true,
            new Finding("SR101", FindingSeverity.Error, "StudentId", "Flagged."),
            new Finding("SR901", FindingSeverity.Warning, "StudentId", "Flagged as a duplicate."))
        {
            Context = Context(("SR101", FindingSeverity.Warning), ("SR901", FindingSeverity.Error)),
        };

        var result = new BatchValidator(own).Validate([Record(Ana, "08:00", "09:00")], ValidationStage.Save);

        Assert.Equal([("SR101", FindingSeverity.Error), ("SR901", FindingSeverity.Warning)], result.Findings.Select(static f => (f.Finding.Code, f.Finding.Severity)));
    }
}
