using NodaTime;

namespace Sesis.Rules.Tests;

public sealed class ServiceTypeCatalogTests
{
    private static readonly ServiceTypeCatalog Standard = ServiceTypeCatalog.Standard;

    [Fact]
    public void The_standard_catalog_holds_the_ten_service_types_of_the_spec()
    {
        ServiceType[] expected =
        [
            ServiceType.Paraprofessional, ServiceType.SpeechLanguageTherapy, ServiceType.OccupationalTherapy,
            ServiceType.PhysicalTherapy, ServiceType.Counseling, ServiceType.HearingEducation,
            ServiceType.VisionEducation, ServiceType.SchoolNurse, ServiceType.Setss, ServiceType.Esl,
        ];

        Assert.Equal(expected.OrderBy(t => t.Code, StringComparer.Ordinal), Standard.Keys.OrderBy(t => t.Code, StringComparer.Ordinal));
    }

    [Fact]
    public void Paraprofessional_follows_seed_steps_12_to_14()
    {
        var para = Standard[ServiceType.Paraprofessional];

        Assert.False(para.NotesRequired);
        Assert.True(para.ProgressRequired);
        Assert.Equal(8, para.Descriptions.Length);
        Assert.True(para.AllowsDescription(ServiceDescription.Health));
        Assert.True(para.AllowsRole(ProviderRole.Paraprofessional));
        Assert.False(para.AllowsRole(ProviderRole.Nurse));
    }

    [Fact]
    public void Notes_are_required_except_for_paraprofessionals_SETSS_and_ESL()
    {
        var withoutNotes = Standard.Values.Where(p => !p.NotesRequired).Select(p => p.ServiceType).OrderBy(t => t.Code, StringComparer.Ordinal);

        Assert.Equal([ServiceType.Esl, ServiceType.Paraprofessional, ServiceType.Setss], withoutNotes);
    }

    [Fact]
    public void Only_counseling_notes_may_be_confidential() =>
        Assert.Equal([ServiceType.Counseling], Standard.Values.Where(p => p.NotesMayBeConfidential).Select(p => p.ServiceType));

    [Fact]
    public void Descriptions_apply_only_to_paraprofessionals() =>
        Assert.All(Standard.Values.Where(p => p.ServiceType != ServiceType.Paraprofessional), p => Assert.Empty(p.Descriptions));

    [Fact]
    public void A_host_changes_a_policy_by_data()
    {
        var widened = Standard.With(Standard[ServiceType.Counseling] with { MaxGroupSize = 8 });
        var added = Standard.With(new ServiceTypePolicy(new ServiceType("assistive-technology"), "Assistive Technology")
        {
            NotesRequired = true,
            MaxSessionLength = Duration.FromMinutes(45),
        });

        Assert.Equal(8, widened[ServiceType.Counseling].MaxGroupSize);
        Assert.Equal(5, Standard[ServiceType.Counseling].MaxGroupSize);
        Assert.True(added.TryFind("Assistive Technology", out var type));
        Assert.Equal("assistive-technology", type.Code);
        Assert.False(Standard.Without(ServiceType.Esl).ContainsKey(ServiceType.Esl));
    }

    [Fact]
    public void TryFind_accepts_a_code_or_a_name_in_any_case()
    {
        Assert.True(Standard.TryFind("SPEECH-LANGUAGE-THERAPY", out var speech));
        Assert.Equal(ServiceType.SpeechLanguageTherapy, speech);
        Assert.True(Standard.TryFind("paraprofessional", out _));
        Assert.False(Standard.TryFind("Dance", out _));
        Assert.False(Standard.TryFind(null, out _));
    }

    [Fact]
    public void A_catalog_refuses_two_policies_for_one_service_type() =>
        Assert.Throws<ArgumentException>(() => ServiceTypeCatalog.Create([Standard[ServiceType.Esl], Standard[ServiceType.Esl]]));

    [Fact]
    public void Policies_have_value_equality_and_a_readable_ToString()
    {
        var a = Standard[ServiceType.Paraprofessional];
        var b = a with { };

        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a, a with { MaxGroupSize = 3 });
        Assert.NotEqual(a, a with { Descriptions = [ServiceDescription.Health] });
        Assert.StartsWith("ServiceTypePolicy { ServiceType = paraprofessional, NotesRequired = False, ProgressRequired = True", a.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_policy_refuses_a_group_limit_below_one_and_an_empty_service_type()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Standard[ServiceType.Esl] with { MaxGroupSize = 0 });
        Assert.Throws<ArgumentException>(() => new ServiceTypePolicy(default, "Nothing"));
    }
}
