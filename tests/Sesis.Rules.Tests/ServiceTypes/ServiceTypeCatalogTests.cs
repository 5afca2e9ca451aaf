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
    public void Paraprofessional_follows_procedure_steps_12_to_14()
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

        EqualityAssert.Equality(a, b, Standard[ServiceType.Esl]);
        Assert.Equal(
            "ServiceTypePolicy { ServiceType = paraprofessional, Name = Paraprofessional, NotesRequired = False, " +
            "NotesMayBeConfidential = False, ProgressRequired = True, Descriptions = [alternate-placement, crisis, health, " +
            "mobility, sign-interpreter, special-transportation, toileting, travel-trainer], ProviderRoles = [paraprofessional], " +
            "MaxGroupSize = 12, MinSessionLength = 1 min, MaxSessionLength = 480 min }",
            a.ToString());
    }

    public static TheoryData<string, ServiceTypePolicy> OneMemberChanged()
    {
        var a = Standard[ServiceType.Counseling];
        return new()
        {
            {
                "ServiceType", // the one member a with expression cannot change: everything else copied
                new ServiceTypePolicy(ServiceType.SchoolNurse, a.Name)
                {
                    NotesRequired = a.NotesRequired, NotesMayBeConfidential = a.NotesMayBeConfidential, ProgressRequired = a.ProgressRequired,
                    Descriptions = a.Descriptions, ProviderRoles = a.ProviderRoles, MaxGroupSize = a.MaxGroupSize,
                    MinSessionLength = a.MinSessionLength, MaxSessionLength = a.MaxSessionLength,
                }
            },
            { "Name", a with { Name = "Guidance" } },
            { "NotesRequired", a with { NotesRequired = !a.NotesRequired } },
            { "NotesMayBeConfidential", a with { NotesMayBeConfidential = !a.NotesMayBeConfidential } },
            { "ProgressRequired", a with { ProgressRequired = !a.ProgressRequired } },
            { "MaxGroupSize", a with { MaxGroupSize = a.MaxGroupSize + 1 } },
            { "MinSessionLength", a with { MinSessionLength = a.MinSessionLength + Duration.FromMinutes(1) } },
            { "MaxSessionLength", a with { MaxSessionLength = a.MaxSessionLength + Duration.FromMinutes(1) } },
            { "Descriptions", a with { Descriptions = [ServiceDescription.Health] } },
            { "ProviderRoles", a with { ProviderRoles = [.. a.ProviderRoles, ProviderRole.Nurse] } },
        };
    }

    [Theory]
    [MemberData(nameof(OneMemberChanged))]
    public void Policies_differing_in_one_member_are_not_equal(string member, ServiceTypePolicy changed)
    {
        var a = Standard[ServiceType.Counseling];

        Assert.False(a.Equals(changed), member);
        EqualityAssert.Equality(a, a with { }, changed);
        Assert.NotEqual(a.ToString(), changed.ToString()); // ToString shows every member
    }

    [Fact]
    public void A_policy_is_not_equal_to_null() => EqualityAssert.NeverEqualsNull(Standard[ServiceType.Esl]);

    [Fact]
    public void A_catalog_names_the_refused_policy()
    {
        var duplicate = Assert.Throws<ArgumentException>(() => ServiceTypeCatalog.Create([Standard[ServiceType.Esl], Standard[ServiceType.Esl]]));
        var missing = Assert.Throws<ArgumentException>(() => ServiceTypeCatalog.Create([Standard[ServiceType.Esl], null!]));
        var noType = Assert.Throws<ArgumentException>(() => new ServiceTypePolicy(default, "Nothing"));

        Assert.Equal("The service type 'esl' has two policies. (Parameter 'policies')", duplicate.Message);
        Assert.Equal("A policy is null. (Parameter 'policies')", missing.Message);
        Assert.Equal("A policy needs a service type. (Parameter 'serviceType')", noType.Message);
    }

    [Fact]
    public void A_catalog_lists_its_service_types_in_ordinal_order_of_their_codes()
    {
        const string codes = "counseling, esl, hearing-education, occupational-therapy, paraprofessional, physical-therapy, " +
            "school-nurse, setss, speech-language-therapy, vision-education";

        Assert.Equal(codes, string.Join(", ", Standard.Select(static e => e.Key.Code)));
        Assert.Equal(codes, Standard.ToString());
        Assert.All(Standard, static e => Assert.Equal(e.Key, e.Value.ServiceType));
    }

    [Fact]
    public void A_policy_refuses_a_group_limit_below_one_and_an_empty_service_type()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Standard[ServiceType.Esl] with { MaxGroupSize = 0 });
        Assert.Throws<ArgumentException>(() => new ServiceTypePolicy(default, "Nothing"));
    }
}
