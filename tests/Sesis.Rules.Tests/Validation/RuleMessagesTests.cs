using System.Globalization;
using System.Resources;
using NodaTime;
using static Sesis.Rules.Tests.Samples;

namespace Sesis.Rules.Tests;

public sealed class RuleMessagesTests
{
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");
    private static readonly CultureInfo Spanish = CultureInfo.GetCultureInfo("es-ES");

    // SR201 and SR403 on a draft.
    private static readonly ServiceRecord Broken = ParaRecord with { EndTime = new LocalTime(7, 0), Language = new Language("tlh") };

    [Fact]
    public void English_messages_name_fields_by_display_names()
    {
        var findings = InCulture(CultureInfo.InvariantCulture, () => new ServiceRecordValidator(Options).Validate(Broken, ValidationStage.Draft));

        Assert.Equal(
            ["End time is not after Start time: enter the time the session ended, later than the time the student arrived.",
             "Language is not one this system accepts: choose a language of service from the list."],
            findings.Select(static f => f.Message));
        Assert.Equal("Confidential notes", RuleMessages.Default.GetDisplayName("NotesConfidential"));
        Assert.Equal(RuleCatalog.SingleRecord.Count, RuleCatalog.SingleRecord.Select(r => RuleMessages.Default.GetMessage(r.Code, French)).Distinct().Count());
    }

    [Fact]
    public void A_host_renames_fields_and_replaces_one_codes_message_in_two_cultures()
    {
        var messages = RuleMessages.Default
            .WithDisplayName("EndTime", "Session end")
            .WithDisplayName("EndTime", "Fin de séance", French)
            .WithDisplayName("StartTime", "Début de séance", French)
            .WithMessage("SR201", "{EndTime} doit suivre {StartTime}.", French)
            .WithMessage("SR201", "{EndTime} debe ser posterior al inicio.", Spanish);
        var validator = new ServiceRecordValidator(Options with { Messages = messages });
        var english = InCulture(CultureInfo.GetCultureInfo("en-US"), () => validator.Validate(Broken, ValidationStage.Draft));
        var french = InCulture(French, () => validator.Validate(Broken, ValidationStage.Draft));
        var spanish = InCulture(Spanish, () => validator.Validate(Broken, ValidationStage.Draft));
        var canadianFrench = InCulture(CultureInfo.GetCultureInfo("fr-CA"), () => validator.Validate(Broken, ValidationStage.Draft));

        Assert.Equal("Session end is not after Start time: enter the time the session ended, later than the time the student arrived.", english[0].Message);
        Assert.Equal("Fin de séance doit suivre Début de séance.", french[0].Message);
        Assert.Equal("Session end debe ser posterior al inicio.", spanish[0].Message);
        Assert.Equal("Session end is not after Start time: enter the time the session ended, later than the time the student arrived.", canadianFrench[0].Message); // fr-FR is not fr-CA's parent
        Assert.All(new[] { french, spanish }, findings => Assert.Equal(english[1].Message, findings[1].Message)); // SR403 not replaced

        // Codes, fields, severities and attempted values never change with the culture.
        foreach (var findings in new[] { french, spanish, canadianFrench })
        {
            Assert.Equal(english.Select(static f => (f.Code, f.Field, f.Severity, f.AttemptedValue)), findings.Select(static f => (f.Code, f.Field, f.Severity, f.AttemptedValue)));
        }

        // The FluentValidation surface says the same.
        var failure = InCulture(French, () => validator.ToFluentValidator(ValidationStage.Draft).Validate(Broken).Errors[0]);
        Assert.Equal(("SR201", "EndTime", "Fin de séance doit suivre Début de séance."), (failure.ErrorCode, failure.PropertyName, failure.ErrorMessage));
    }

    [Fact]
    public void A_message_set_for_a_neutral_culture_serves_its_specific_ones()
    {
        var messages = RuleMessages.Default.WithMessage("SR403", "{Language} inconnue.", CultureInfo.GetCultureInfo("fr"));

        Assert.Equal("Language inconnue.", messages.GetMessage("SR403", CultureInfo.GetCultureInfo("fr-CA")));
        Assert.Equal(RuleMessages.Default.GetMessage("SR403", Spanish), messages.GetMessage("SR403", Spanish));
    }

    [Fact]
    public void Messages_and_display_names_come_from_a_hosts_resources_per_culture()
    {
        var messages = RuleMessages.Default.WithResources(new ResourceManager("Sesis.Rules.Tests.Validation.HostMessages", typeof(RuleMessagesTests).Assembly));

        Assert.Equal("Ends is not after Starts: enter the time the session ended, later than the time the student arrived.", messages.GetMessage("SR201", CultureInfo.InvariantCulture));
        Assert.Equal("Fin n'est pas après Début.", messages.GetMessage("SR201", French));
        Assert.Equal("Fin", messages.GetDisplayName("EndTime", French));
        Assert.Equal("Ends", messages.GetDisplayName("EndTime", Spanish)); // no Spanish resources: the neutral ones

        // What is set in code comes before the resources.
        Assert.Equal("Heure de fin", messages.WithDisplayName("EndTime", "Heure de fin", French).GetDisplayName("EndTime", French));
    }

    [Fact]
    public void Unknown_codes_fields_and_placeholders_are_refused_with_the_name()
    {
        Assert.StartsWith("'SR999' is not the code of a single-record rule", Assert.Throws<ArgumentException>(() => RuleMessages.Default.WithMessage("SR999", "x")).Message, StringComparison.Ordinal);
        Assert.StartsWith("'SR901' is not the code of a single-record rule", Assert.Throws<ArgumentException>(() => RuleMessages.Default.GetMessage("SR901")).Message, StringComparison.Ordinal);
        Assert.StartsWith("'End' is not a field of a service record", Assert.Throws<ArgumentException>(() => RuleMessages.Default.WithDisplayName("End", "x")).Message, StringComparison.Ordinal);
        Assert.StartsWith("'End' is not a field of a service record", Assert.Throws<ArgumentException>(() => RuleMessages.Default.GetDisplayName("End")).Message, StringComparison.Ordinal);
        Assert.StartsWith("The message of SR201 names {Ende}, which is not a field", Assert.Throws<ArgumentException>(() => RuleMessages.Default.WithMessage("SR201", "{Ende} vor {StartTime}")).Message, StringComparison.Ordinal);
        Assert.StartsWith("The message of SR201 is blank.", Assert.Throws<ArgumentException>(() => RuleMessages.Default.WithMessage("SR201", " ")).Message, StringComparison.Ordinal);
        Assert.StartsWith("The display name of EndTime is blank.", Assert.Throws<ArgumentException>(() => RuleMessages.Default.WithDisplayName("EndTime", "")).Message, StringComparison.Ordinal);
        Assert.StartsWith("The resources 'Sesis.Rules.Tests.NoSuchResources' cannot be found", Assert.Throws<ArgumentException>(() => RuleMessages.Default.WithResources(new ResourceManager("Sesis.Rules.Tests.NoSuchResources", typeof(RuleMessagesTests).Assembly))).Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => new ServiceRecordValidator(Options with { Messages = null! }));
    }

    [Fact]
    public void Each_With_returns_new_messages_and_leaves_the_old_unchanged()
    {
        var renamed = RuleMessages.Default.WithDisplayName("EndTime", "Session end");

        Assert.Equal("End time", RuleMessages.Default.GetDisplayName("EndTime", CultureInfo.InvariantCulture));
        Assert.Equal("Session end", renamed.GetDisplayName("EndTime", CultureInfo.InvariantCulture));
        Assert.Equal(16, RuleMessages.Fields.Count);
    }

    [Fact]
    public void A_refusal_names_every_field_that_may_be_used()
    {
        const string fields = "StudentId, ProviderId, ServiceType, Date, StartTime, EndTime, Language, SessionType, Reason, GroupSize, Location, Description, Progress, Notes, NotesConfidential, Certification";

        Assert.Equal($"'End' is not a field of a service record; use one of {fields}. (Parameter 'field')", Assert.Throws<ArgumentException>(() => RuleMessages.Default.WithDisplayName("End", "x")).Message);
        Assert.Equal($"'End' is not a field of a service record; use one of {fields}. (Parameter 'field')", Assert.Throws<ArgumentException>(() => RuleMessages.Default.GetDisplayName("End")).Message);
        Assert.Equal(
            $"The message of SR201 names {{Ende}}, which is not a field of a service record; use one of {fields}. (Parameter 'message')",
            Assert.Throws<ArgumentException>(() => RuleMessages.Default.WithMessage("SR201", "{Ende} vor {StartTime}")).Message);
    }

    [Fact]
    public void A_brace_left_open_is_refused_as_such()
    {
        var refused = Assert.Throws<ArgumentException>(() => RuleMessages.Default.WithMessage("SR201", "{EndTime} is before {StartTime"));

        Assert.Equal("The message of SR201 opens a brace that is not closed: name a field as {EndTime}. (Parameter 'message')", refused.Message);
    }

    [Fact]
    public void A_message_shorter_than_any_default_is_shown_as_set()
    {
        var messages = RuleMessages.Default.WithMessage("SR201", "Too soon.").WithMessage("SR403", "{Language}?");

        Assert.Equal("Too soon.", messages.GetMessage("SR201", CultureInfo.InvariantCulture));
        Assert.Equal("Language?", messages.GetMessage("SR403", CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Braces_in_a_resource_that_name_no_field_are_kept_as_written()
    {
        // Resources are the host's own text, not checked as WithMessage checks: only field names are replaced.
        var messages = RuleMessages.Default.WithResources(HostResources);

        Assert.Equal("Language {code} is not accepted here.", messages.GetMessage("SR403", CultureInfo.InvariantCulture));
    }

    [Fact]
    public void A_culture_whose_resources_cannot_be_read_gets_the_default_message()
    {
        var messages = RuleMessages.Default.WithResources(new ResourcesMissingFor("de-DE", HostResources));

        Assert.Equal(RuleMessages.Default.GetMessage("SR201", CultureInfo.InvariantCulture), messages.GetMessage("SR201", CultureInfo.GetCultureInfo("de-DE")));
        Assert.Equal("End time", messages.GetDisplayName("EndTime", CultureInfo.GetCultureInfo("de-DE")));
        Assert.Equal("Fin", messages.GetDisplayName("EndTime", French));
    }

    [Fact]
    public void A_culture_that_is_its_own_parent_ends_the_lookup()
    {
        // A host's CultureInfo subclass may say so; the lookup must not walk it forever.
        var messages = RuleMessages.Default.WithMessage("SR403", "{Language} inconnue.", French);

        Assert.Equal("Language inconnue.", messages.GetMessage("SR403", new OwnParentCulture("fr-FR")));
        Assert.Equal(RuleMessages.Default.GetMessage("SR403", CultureInfo.InvariantCulture), messages.GetMessage("SR403", new OwnParentCulture("fr-CA")));
    }

    private static ResourceManager HostResources { get; } = new("Sesis.Rules.Tests.Validation.HostMessages", typeof(RuleMessagesTests).Assembly);

    private static T InCulture<T>(CultureInfo culture, Func<T> action)
    {
        var before = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = culture;
        try
        {
            return action();
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }

    private sealed class OwnParentCulture(string name) : CultureInfo(name)
    {
        public override CultureInfo Parent => this;
    }

    // Resources that have no satellite for one culture and say so by throwing, as a ResourceManager may.
    private sealed class ResourcesMissingFor(string missing, ResourceManager resources) : ResourceManager
    {
        public override ResourceSet? GetResourceSet(CultureInfo culture, bool createIfNotExists, bool tryParents) =>
            resources.GetResourceSet(culture, createIfNotExists, tryParents);

        public override string? GetString(string name, CultureInfo? culture) =>
            culture?.Name == missing ? throw new MissingManifestResourceException($"No resources for {missing}.") : resources.GetString(name, culture);
    }
}
