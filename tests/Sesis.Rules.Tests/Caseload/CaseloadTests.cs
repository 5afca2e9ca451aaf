using NodaTime;

namespace Sesis.Rules.Tests;

public sealed class CaseloadTests
{
    private static readonly ProviderId Para = new("P0000001");
    private static readonly StudentId Student = new("204381527");
    private static readonly DateInterval Fall = new(new LocalDate(2025, 9, 4), new LocalDate(2026, 1, 30));

    [Fact]
    public void A_student_is_on_the_caseload_only_inside_the_assignment_period()
    {
        var caseload = Caseload.Create([new CaseloadAssignment(Para, Student, ServiceType.Paraprofessional, Fall)]);

        Assert.True(caseload.TryFind(Para, Student, ServiceType.Paraprofessional, new LocalDate(2025, 9, 4), out var found));
        Assert.Equal(Fall, found.Period);
        Assert.True(caseload.TryFind(Para, Student, ServiceType.Paraprofessional, new LocalDate(2026, 1, 30), out _));
        Assert.False(caseload.TryFind(Para, Student, ServiceType.Paraprofessional, new LocalDate(2026, 2, 2), out _));
        Assert.False(caseload.TryFind(Para, Student, ServiceType.Counseling, new LocalDate(2025, 10, 1), out _));
        Assert.False(caseload.TryFind(new ProviderId("P0000002"), Student, ServiceType.Paraprofessional, new LocalDate(2025, 10, 1), out _));
    }

    [Fact]
    public void Several_periods_of_one_assignment_are_all_found()
    {
        var spring = new DateInterval(new LocalDate(2026, 3, 2), new LocalDate(2026, 6, 26));
        var caseload = Caseload.Create(
        [
            new CaseloadAssignment(Para, Student, ServiceType.Paraprofessional, Fall),
            new CaseloadAssignment(Para, Student, ServiceType.Paraprofessional, spring) { MandatedLanguage = Language.Spanish },
        ]);

        Assert.True(caseload.TryFind(Para, Student, ServiceType.Paraprofessional, new LocalDate(2026, 4, 1), out var found));
        Assert.Equal(Language.Spanish, found.MandatedLanguage);
        Assert.Equal(2, caseload.ForProvider(Para).Count());
        Assert.Equal(2, caseload.Count);
    }

    [Fact]
    public void A_caseload_refuses_incomplete_assignments() =>
        Assert.Throws<ArgumentException>(() => Caseload.Create([new CaseloadAssignment(default, Student, ServiceType.Paraprofessional, Fall)]));

    [Fact]
    public void A_directory_finds_providers_and_refuses_a_repeated_id()
    {
        var provider = new Provider(Para, ProviderRole.Paraprofessional) { Specialty = "Ambulatory" };
        var directory = ProviderDirectory.Create([provider]);

        Assert.True(directory.TryGet(Para, out var found));
        Assert.Equal("Ambulatory", found.Specialty);
        Assert.False(directory.TryGet(new ProviderId("P9"), out _));
        Assert.Throws<ArgumentException>(() => ProviderDirectory.Create([provider, provider with { Name = "Again" }]));
        Assert.Equal("P0000001 (paraprofessional)", provider.ToString());
    }

    [Fact]
    public void An_assignment_prints_who_serves_whom() =>
        Assert.Equal(
            "P0000001 serves 204381527 paraprofessional [2025-09-04, 2026-01-30]",
            new CaseloadAssignment(Para, Student, ServiceType.Paraprofessional, Fall).ToString());

    [Fact]
    public void A_caseload_names_what_an_incomplete_assignment_lacks()
    {
        var error = Assert.Throws<ArgumentException>(() => Caseload.Create([null!]));

        Assert.Equal("assignments", error.ParamName);
        Assert.StartsWith("An assignment is null or lacks a provider, student, service type or period.", error.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => Caseload.Create([new CaseloadAssignment(Para, default, ServiceType.Paraprofessional, Fall)]));
        Assert.Throws<ArgumentException>(() => Caseload.Create([new CaseloadAssignment(Para, Student, default, Fall)]));
    }

    [Fact]
    public void A_providers_assignments_come_in_student_order_then_by_start()
    {
        var spring = new DateInterval(new LocalDate(2026, 3, 2), new LocalDate(2026, 6, 26));
        var other = new StudentId("204381535");
        var caseload = Caseload.Create(
        [
            new CaseloadAssignment(Para, other, ServiceType.Paraprofessional, Fall),
            new CaseloadAssignment(Para, Student, ServiceType.Paraprofessional, spring),
            new CaseloadAssignment(new ProviderId("P0000002"), Student, ServiceType.Paraprofessional, Fall),
            new CaseloadAssignment(Para, Student, ServiceType.Paraprofessional, Fall),
        ]);

        Assert.Equal(
            [(Student, Fall.Start), (Student, spring.Start), (other, Fall.Start)],
            caseload.ForProvider(Para).Select(static a => (a.StudentId, a.Period.Start)));
    }

    [Fact]
    public void A_directory_refuses_a_null_provider_or_one_without_an_id_and_names_a_repeated_id()
    {
        var provider = new Provider(Para, ProviderRole.Paraprofessional);

        var nullProvider = Assert.Throws<ArgumentException>(() => ProviderDirectory.Create([null!]));
        var noId = Assert.Throws<ArgumentException>(() => ProviderDirectory.Create([provider with { Id = default }]));
        var repeated = Assert.Throws<ArgumentException>(() => ProviderDirectory.Create([provider, provider]));

        Assert.StartsWith("A provider is null or has no id.", nullProvider.Message, StringComparison.Ordinal);
        Assert.StartsWith("A provider is null or has no id.", noId.Message, StringComparison.Ordinal);
        Assert.StartsWith("The provider id 'P0000001' appears twice.", repeated.Message, StringComparison.Ordinal);
        Assert.All([nullProvider, noId, repeated], static e => Assert.Equal("providers", e.ParamName));
    }

    [Fact]
    public void A_directory_lists_its_providers_in_id_order()
    {
        var directory = ProviderDirectory.Create(
        [
            new Provider(new ProviderId("P0000003"), ProviderRole.Paraprofessional),
            new Provider(Para, ProviderRole.Paraprofessional),
            new Provider(new ProviderId("P0000002"), ProviderRole.Paraprofessional),
        ]);

        Assert.Equal(["P0000001", "P0000002", "P0000003"], directory.Select(static p => p.Id.Value));
        Assert.Equal(3, directory.Count);
    }

    [Fact]
    public void A_provider_role_names_itself_in_its_messages()
    {
        Assert.Equal(string.Empty, default(ProviderRole).Code);
        Assert.StartsWith("Provider role ", ProviderRole.Parse("not a code!").Error, StringComparison.Ordinal);
        Assert.StartsWith("Provider role ", Assert.Throws<ArgumentException>(() => new ProviderRole("not a code!")).Message, StringComparison.Ordinal);
    }
}
