using static Sesis.Rules.Tests.Samples;

namespace Sesis.Rules.Tests;

public sealed class ServiceRecordValidatorTests
{
    private static readonly ServiceRecordValidator Validator = new(Options);
    private static readonly ServiceRecordReader Reader = new();

    [Fact]
    public void Every_valid_record_gets_the_same_empty_result()
    {
        // Nothing is allocated for a valid record: the result is one shared empty list, whatever the path.
        var first = Validator.Validate(ParaRecord, ValidationStage.Save);
        var reading = Reader.Read(ServiceRecordText.From(SpeechRecord));

        Assert.Empty(first);
        Assert.True(reading.IsComplete);
        Assert.Same(first, Validator.Validate(SpeechRecord, ValidationStage.Save));
        Assert.Same(first, Validator.Validate(ParaSession, ValidationStage.Draft));
        Assert.Same(first, Validator.Validate(reading, ValidationStage.Save));
    }

    [Fact]
    public void A_readings_findings_are_passed_on_unless_their_severity_is_overridden()
    {
        var text = ServiceRecordText.From(ParaRecord) with { Language = "quenya" };
        var reading = Reader.Read(text);
        var overridden = new ServiceRecordValidator(Options with { SeverityOverrides = new Dictionary<string, FindingSeverity> { [reading.Findings[0].Code] = FindingSeverity.Warning } });

        var findings = Validator.Validate(reading, ValidationStage.Save);
        var warned = overridden.Validate(reading, ValidationStage.Save);

        Assert.Same(reading.Findings[0], findings[0]);
        Assert.Equal(FindingSeverity.Error, findings[0].Severity);
        Assert.Equal(reading.Findings[0] with { Severity = FindingSeverity.Warning }, warned[0]);
    }

    [Fact]
    public void A_hosts_lookups_are_never_asked_about_an_empty_id()
    {
        // IProviderDirectory and ICaseload promise their implementations a provider and a student to look up.
        var providers = new RecordingDirectory();
        var caseload = new RecordingCaseload();
        var validator = new ServiceRecordValidator(Options with { Providers = providers, Caseload = caseload });

        validator.Validate(ParaRecord with { ProviderId = default, Certification = null }, ValidationStage.Save);
        Assert.Equal((0, 0), (providers.Calls, caseload.Calls));

        validator.Validate(ParaRecord with { StudentId = default, Certification = null }, ValidationStage.Save);
        Assert.Equal((1, 0), (providers.Calls, caseload.Calls));

        validator.Validate(ParaRecord, ValidationStage.Save);
        Assert.Equal((2, 1), (providers.Calls, caseload.Calls));
    }

    private sealed class RecordingDirectory : IProviderDirectory
    {
        public int Calls { get; private set; }

        public bool TryGet(ProviderId id, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Provider? provider)
        {
            Assert.False(id.IsEmpty);
            Calls++;
            provider = null;
            return false;
        }
    }

    private sealed class RecordingCaseload : ICaseload
    {
        public int Calls { get; private set; }

        public bool TryFind(ProviderId providerId, StudentId studentId, ServiceType serviceType, NodaTime.LocalDate day, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out CaseloadAssignment? assignment)
        {
            Assert.False(providerId.IsEmpty);
            Assert.False(studentId.IsEmpty);
            Calls++;
            assignment = null;
            return false;
        }
    }
}
