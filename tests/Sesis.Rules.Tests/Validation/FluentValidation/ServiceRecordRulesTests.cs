using FluentValidation;
using NodaTime;
using static Sesis.Rules.Tests.Samples;

namespace Sesis.Rules.Tests;

public sealed class ServiceRecordRulesTests
{
    // SR201 (error), SR403 (error), SR601 at Save (error); SR305-free: a service provided.
    private static readonly ServiceRecord Broken = ParaRecord with { EndTime = new LocalTime(7, 0), Language = new Language("tlh"), Certification = null };

    private static readonly ServiceRecordValidator Validator = new(Options);

    [Fact]
    public void A_records_failures_carry_our_code_severity_field_message_and_finding()
    {
        var findings = Validator.Validate(Broken, ValidationStage.Save);
        var result = Validator.ToFluentValidator(ValidationStage.Save).Validate(Broken);

        Assert.False(result.IsValid);
        Assert.Equal(["SR201", "SR403", "SR601"], result.Errors.Select(static e => e.ErrorCode));
        Assert.Equal(findings, result.Errors.Select(static e => (Finding)e.CustomState));
        Assert.All(result.Errors, static e =>
        {
            var finding = (Finding)e.CustomState;
            Assert.Equal((finding.Field, finding.Message, finding.AttemptedValue), (e.PropertyName, e.ErrorMessage, (string?)e.AttemptedValue));
            Assert.Equal(Severity.Error, e.Severity);
        });
        Assert.True(Validator.ToFluentValidator(ValidationStage.Save).Validate(ParaRecord).IsValid);
    }

    [Fact]
    public void A_warning_is_a_FluentValidation_warning()
    {
        var absentWithoutReason = ParaAbsence with { Reason = null };

        var failure = Assert.Single(Validator.ToFluentValidator(ValidationStage.Draft).Validate(absentWithoutReason).Errors);

        Assert.Equal(("SR305", Severity.Warning, "Reason"), (failure.ErrorCode, failure.Severity, failure.PropertyName));
    }

    [Fact]
    public void The_stage_is_chosen_when_the_rules_are_made()
    {
        Assert.Equal(["SR201", "SR403"], Validator.ToFluentValidator(ValidationStage.Draft).Validate(Broken).Errors.Select(static e => e.ErrorCode));
        Assert.Equal(ValidationStage.Draft, Validator.ToFluentValidator(ValidationStage.Draft).Stage);
        Assert.Throws<ArgumentOutOfRangeException>(() => Validator.ToFluentValidator((ValidationStage)5));
    }

    [Fact]
    public async Task Async_validation_gives_the_same_failures()
    {
        var rules = Validator.ToFluentValidator(ValidationStage.Save);

        var result = await rules.ValidateAsync(Broken, CancellationToken.None);

        Assert.Equal(rules.Validate(Broken).Errors.Select(static e => e.ToString()), result.Errors.Select(static e => e.ToString()));
    }

    [Fact]
    public void Stop_reports_the_first_finding_only()
    {
        var rules = new ServiceRecordRules<ServiceRecord>(Validator, ValidationStage.Save, static r => r, cascadeMode: CascadeMode.Stop);

        Assert.Equal(["SR201"], rules.Validate(Broken).Errors.Select(static e => e.ErrorCode));
        Assert.Equal(CascadeMode.Stop, rules.CascadeMode);
    }

    [Fact]
    public void An_apps_validator_includes_the_rules_under_its_own_property_names()
    {
        var visit = new Visit("V-1", Broken);

        var result = new VisitValidator(Validator, CascadeMode.Continue).Validate(visit);

        Assert.Equal(
            [("SR201", "Session.EndsAt", Severity.Error), ("SR403", "Session.Language", Severity.Error), ("SR601", "Certification", Severity.Error), ("V1", "Reference", Severity.Error)],
            result.Errors.Select(static e => (e.ErrorCode, e.PropertyName, e.Severity)));
        Assert.True(new VisitValidator(Validator, CascadeMode.Continue).Validate(new Visit("VISIT-1", ParaRecord)).IsValid);
    }

    [Fact]
    public async Task An_apps_validator_that_stops_at_the_first_failing_rule_stops_after_ours()
    {
        var visit = new Visit("V-1", Broken);
        var validator = new VisitValidator(Validator, CascadeMode.Stop);

        var result = validator.Validate(visit);
        var asynchronous = await validator.ValidateAsync(visit, CancellationToken.None);

        // The included rules fail, so the app's own rule after them (V1) does not run.
        Assert.Equal(["SR201", "SR403", "SR601"], result.Errors.Select(static e => e.ErrorCode));
        Assert.Equal(["SR201", "SR403", "SR601"], asynchronous.Errors.Select(static e => e.ErrorCode));
        Assert.Equal(["V1"], validator.Validate(new Visit("V-1", ParaRecord)).Errors.Select(static e => e.ErrorCode));
    }

    [Fact]
    public void A_property_name_map_naming_no_field_or_blank_is_refused()
    {
        var unknown = Assert.Throws<ArgumentException>(() => Validator.ToFluentValidator<Visit>(ValidationStage.Save, static v => v.Session, new Dictionary<string, string> { ["Ends"] = "EndsAt" }));
        var blank = Assert.Throws<ArgumentException>(() => Validator.ToFluentValidator<Visit>(ValidationStage.Save, static v => v.Session, new Dictionary<string, string> { ["EndTime"] = " " }));

        Assert.Equal(
            "The property names map 'Ends', which is not a field of a service record; use one of StudentId, ProviderId, ServiceType, Date, StartTime, EndTime, "
            + "Language, SessionType, Reason, GroupSize, Location, Description, Progress, Notes, NotesConfidential, Certification. (Parameter 'propertyNames')",
            unknown.Message);
        Assert.StartsWith("The property name given for EndTime is blank.", blank.Message, StringComparison.Ordinal);
        var cascade = Assert.Throws<ArgumentOutOfRangeException>(() => new ServiceRecordRules<ServiceRecord>(Validator, ValidationStage.Save, static r => r, cascadeMode: (CascadeMode)7));
        var stage = Assert.Throws<ArgumentOutOfRangeException>(() => new ServiceRecordRules<ServiceRecord>(Validator, (ValidationStage)5, static r => r));
        Assert.StartsWith("Use CascadeMode.Continue or CascadeMode.Stop. (Parameter 'cascadeMode')", cascade.Message, StringComparison.Ordinal);
        Assert.StartsWith("Not a defined validation stage. (Parameter 'stage')", stage.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_mapping_that_returns_no_record_is_named_in_the_error()
    {
        var rules = Validator.ToFluentValidator<Visit>(ValidationStage.Save, static _ => null!);

        var error = Assert.Throws<InvalidOperationException>(() => rules.Validate(new Visit("V-1", ParaRecord)));

        Assert.Equal("The mapping of Visit to a service record returned null.", error.Message);
    }

    [Fact]
    public void The_rules_describe_themselves_to_FluentValidation()
    {
        IValidator rules = Validator.ToFluentValidator(ValidationStage.Save);

        Assert.True(rules.CanValidateInstancesOfType(typeof(ServiceRecord)));
        Assert.False(rules.CanValidateInstancesOfType(typeof(string)));
        Assert.NotNull(rules.CreateDescriptor());
        Assert.False(rules.Validate(new ValidationContext<ServiceRecord>(Broken)).IsValid);
    }

    /// <summary>An app's model: its own reference and the session, under its own names.</summary>
    private sealed record Visit(string Reference, ServiceRecord Session);

    /// <summary>An app's validator: the record rules (its own names for two fields), then a rule of its own.</summary>
    private sealed class VisitValidator : AbstractValidator<Visit>
    {
        public VisitValidator(ServiceRecordValidator validator, CascadeMode cascade)
        {
            ClassLevelCascadeMode = cascade;
            Include(validator.ToFluentValidator<Visit>(
                ValidationStage.Save,
                static v => v.Session,
                new Dictionary<string, string> { ["EndTime"] = "Session.EndsAt", ["Language"] = "Session.Language" }));
            RuleFor(static v => v.Reference).Must(static r => r.StartsWith("VISIT-", StringComparison.Ordinal)).WithErrorCode("V1");
        }
    }
}
