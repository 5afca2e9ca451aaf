using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using NodaTime;

namespace Sesis.Rules.Tests;

/// <summary>
/// Lookups a host backs with its own data: the validator asks them per record and keeps no copy, so a change
/// between two validations is seen by the second with the same validator.
/// </summary>
public sealed class HostLookupTests
{
    [Fact]
    public void A_caseload_lookup_that_changes_between_two_validations_is_seen_by_the_second()
    {
        var caseload = new HostCaseload();
        var validator = new ServiceRecordValidator(Samples.Options with { Caseload = caseload });

        Assert.Equal(["SR803"], validator.Validate(Samples.ParaRecord, ValidationStage.Save).Codes());

        caseload.Assign(Samples.ParaAssignment); // the district assigns the student to the paraprofessional
        Assert.Empty(validator.Validate(Samples.ParaRecord, ValidationStage.Save));

        caseload.Unassign(Samples.ParaAssignment);
        Assert.Equal(["SR803"], validator.Validate(Samples.ParaRecord, ValidationStage.Save).Codes());
    }

    [Fact]
    public void A_provider_lookup_that_changes_between_two_validations_is_seen_by_the_second()
    {
        var providers = new HostProviders();
        var validator = new ServiceRecordValidator(Samples.Options with { Providers = providers });

        Assert.Contains("SR801", validator.Validate(Samples.ParaRecord, ValidationStage.Save).Codes());

        providers.Add(Samples.Para);
        Assert.Empty(validator.Validate(Samples.ParaRecord, ValidationStage.Save));
    }

    [Fact]
    public void The_in_memory_lookups_are_the_interfaces_the_validator_reads()
    {
        IProviderDirectory providers = ProviderDirectory.Create([Samples.Para]);
        ICaseload caseload = Caseload.Create([Samples.ParaAssignment]);

        Assert.True(providers.TryGet(Samples.Para.Id, out var found));
        Assert.Same(Samples.Para, found);
        Assert.True(caseload.TryFind(Samples.Para.Id, Samples.Student, ServiceType.Paraprofessional, new LocalDate(2025, 10, 6), out var assignment));
        Assert.Same(Samples.ParaAssignment, assignment);
        Assert.False(caseload.TryFind(Samples.Para.Id, Samples.Student, ServiceType.Paraprofessional, new LocalDate(2026, 6, 27), out _));
        Assert.Empty(new ServiceRecordValidator(Samples.Options with { Providers = providers, Caseload = caseload }).Validate(Samples.ParaRecord, ValidationStage.Save));
    }

    [Fact]
    public void The_in_memory_schedules_find_those_of_a_period_and_of_a_provider()
    {
        var october = new DateInterval(new LocalDate(2025, 10, 1), new LocalDate(2025, 10, 31));
        var para = ServiceSchedule.EverySchoolDay(Samples.Para.Id, Samples.Student, ServiceType.Paraprofessional, october);
        var speech = new ServiceSchedule(Samples.SpeechTherapist.Id, Samples.Student, ServiceType.SpeechLanguageTherapy, new DateInterval(new LocalDate(2025, 11, 1), new LocalDate(2025, 11, 30)), [IsoDayOfWeek.Monday]);
        var schedules = ServiceSchedules.Create([para, speech]);

        Assert.Equal(2, schedules.Count);
        Assert.Equal([para], schedules.During(october));
        Assert.Equal([para, speech], schedules.During(new DateInterval(new LocalDate(2025, 10, 31), new LocalDate(2025, 11, 1))));
        Assert.Equal([speech], schedules.ForProvider(Samples.SpeechTherapist.Id, new DateInterval(new LocalDate(2025, 11, 3), new LocalDate(2025, 11, 3))));
        Assert.Empty(schedules.ForProvider(Samples.SpeechTherapist.Id, october));
        Assert.Empty(schedules.ForProvider(Samples.Counselor.Id, october));
        Assert.Equal(
            "The list holds a null at position 1. (Parameter 'schedules')",
            Assert.Throws<ArgumentException>(() => ServiceSchedules.Create([para, null!])).Message);
    }

    /// <summary>A caseload a host keeps in its own store and changes while the validator runs.</summary>
    private sealed class HostCaseload : ICaseload
    {
        private readonly ConcurrentDictionary<(ProviderId, StudentId, ServiceType), CaseloadAssignment> _assignments = new();

        public void Assign(CaseloadAssignment a) => _assignments[(a.ProviderId, a.StudentId, a.ServiceType)] = a;

        public void Unassign(CaseloadAssignment a) => _assignments.TryRemove((a.ProviderId, a.StudentId, a.ServiceType), out _);

        public bool TryFind(ProviderId providerId, StudentId studentId, ServiceType serviceType, LocalDate day, [NotNullWhen(true)] out CaseloadAssignment? assignment) =>
            _assignments.TryGetValue((providerId, studentId, serviceType), out assignment) && assignment.Covers(day)
            || (assignment = null) is not null;
    }

    /// <summary>A provider directory a host keeps in its own store.</summary>
    private sealed class HostProviders : IProviderDirectory
    {
        private readonly ConcurrentDictionary<ProviderId, Provider> _providers = new();

        public void Add(Provider provider) => _providers[provider.Id] = provider;

        public bool TryGet(ProviderId id, [NotNullWhen(true)] out Provider? provider) => _providers.TryGetValue(id, out provider);
    }
}
