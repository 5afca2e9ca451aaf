
namespace Sesis.Rules.Tests;

public sealed class CodeTests
{
    [Theory]
    [InlineData("speech-language-therapy", "speech-language-therapy")]
    [InlineData("SETSS", "setss")]
    [InlineData("a1-b2", "a1-b2")]
    public void ServiceType_parses_codes_and_lowers_case(string text, string code)
    {
        var result = ServiceType.Parse(text);

        Assert.True(result.Success);
        Assert.Equal(code, result.Value.Code);
        Assert.Equal(code, result.Value.ToString());
        Assert.Equal(new ServiceType(text), result.Value);
    }

    [Theory]
    [InlineData(null, "Service location is empty.")]
    [InlineData("-home", "Service location '-home' has a hyphen at the start or two in a row.")]
    [InlineData("home--room", "Service location 'home--room' has a hyphen at the start or two in a row.")]
    [InlineData("home-", "Service location 'home-' ends with a hyphen.")]
    [InlineData("home room", "Service location 'home room' may hold only letters, digits and single hyphens.")]
    [InlineData("hôme", "Service location 'hôme' may hold only letters, digits and single hyphens.")]
    public void ServiceLocation_rejects_bad_codes_with_a_message(string? text, string message)
    {
        Assert.Equal(message, ServiceLocation.Parse(text).Error);
        Assert.False(ServiceLocation.TryParse(text, out var value));
        Assert.Equal(default, value);
    }

    [Theory]
    [InlineData("type", "", "Service type is empty.")]
    [InlineData("type", "a b", "Service type 'a b' may hold only letters, digits and single hyphens.")]
    [InlineData("description", " ", "Service description ' ' may hold only letters, digits and single hyphens.")]
    [InlineData("description", "x-", "Service description 'x-' ends with a hyphen.")]
    [InlineData("progress", null, "Progress indicator is empty.")]
    [InlineData("progress", "--", "Progress indicator '--' has a hyphen at the start or two in a row.")]
    public void Every_kind_of_code_names_itself_in_its_refusal(string kind, string? text, string message)
    {
        var error = kind switch
        {
            "type" => ServiceType.Parse(text).Error,
            "description" => ServiceDescription.Parse(text).Error,
            _ => ProgressIndicator.Parse(text).Error,
        };

        Assert.Equal(message, error);
    }

    [Fact]
    public void Codes_longer_than_64_characters_are_refused() =>
        Assert.Equal("Progress indicator is 65 characters long; at most 64 are allowed.", ProgressIndicator.Parse(new string('a', 65)).Error);

    [Theory]
    [InlineData("eng", "eng")]
    [InlineData("ASE", "ase")]
    public void Language_parses_ISO_639_3_codes(string text, string code)
    {
        Assert.True(Language.TryParse(text, out var language));
        Assert.Equal(code, language.Code);
        Assert.Equal(code, language.ToString());
    }

    [Theory]
    [InlineData("en", "Language 'en' is not an ISO 639-3 code (three letters, such as 'eng').")]
    [InlineData("eng1", "Language 'eng1' is not an ISO 639-3 code (three letters, such as 'eng').")]
    [InlineData("e g", "Language 'e g' is not an ISO 639-3 code (three letters, such as 'eng').")]
    [InlineData("", "Language is empty.")]
    public void Language_rejects_other_text(string text, string message)
    {
        Assert.Equal(message, Language.Parse(text).Error);
        Assert.Throws<ArgumentException>(() => new Language(text));
    }

    [Fact]
    public void Default_codes_are_empty_and_equal_to_each_other()
    {
        Assert.Equal(string.Empty, default(ServiceDescription).Code);
        Assert.Equal(string.Empty, default(ServiceType).Code);
        Assert.Equal(string.Empty, default(ServiceLocation).Code);
        Assert.Equal(string.Empty, default(ProgressIndicator).Code);
        Assert.Equal(string.Empty, default(Language).ToString());
        Assert.Equal(default(ServiceType), default);
        Assert.NotEqual(default, ServiceType.Paraprofessional);
    }

    [Fact]
    public void Codes_of_different_text_differ() =>
        Assert.NotEqual(ServiceDescription.Health, ServiceDescription.Crisis);

    [Fact]
    public void Standard_catalogs_hold_the_lists_of_the_spec()
    {
        foreach (var code in new[] { "eng", "spa", "zho", "yue", "cmn", "rus", "ben", "hat", "kor", "ara", "urd", "fra", "pol", "yid", "ase" })
        {
            Assert.True(Language.StandardCatalog.ContainsKey(new Language(code)), code);
        }

        Assert.Equal("American Sign Language", Language.StandardCatalog.NameOf(Language.AmericanSignLanguage));
        Assert.Equal(
            ["Alternate Placement", "Crisis", "Health", "Mobility", "Sign Interpreter", "Special Transportation", "Toileting", "Travel Trainer"],
            ServiceDescription.ParaprofessionalCatalog.Values.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_catalog_finds_codes_by_code_or_name_and_a_host_can_extend_it()
    {
        var catalog = Language.StandardCatalog.With(new Language("tib"), "Tibetan");

        Assert.True(catalog.TryFind("Tibetan", out var tibetan));
        Assert.Equal("tib", tibetan.Code);
        Assert.True(catalog.TryFind("SPA", out var spanish));
        Assert.Equal(Language.Spanish, spanish);
        Assert.False(catalog.TryFind("Klingon", out _));
        Assert.False(catalog.TryFind("  ", out _));
        Assert.False(Language.StandardCatalog.ContainsKey(new Language("tib")));
        Assert.Equal(Language.StandardCatalog.Count + 1, catalog.Count);
        Assert.False(catalog.Without(Language.English).ContainsKey(Language.English));
        Assert.Equal("xyz", catalog.NameOf(new Language("xyz")));
    }

    [Fact]
    public void A_catalog_refuses_a_default_code_a_blank_name_or_a_repeated_code()
    {
        var defaultCode = Assert.Throws<ArgumentException>(() => CodeCatalog<Language>.Empty.With(default, "Nothing"));
        var blankName = Assert.Throws<ArgumentException>(() => CodeCatalog<Language>.Empty.With(Language.English, " "));
        var repeated = Assert.Throws<ArgumentException>(() => CodeCatalog<Language>.Create([new(Language.English, "English"), new(Language.English, "Again")]));

        Assert.StartsWith("A catalog cannot hold the default (empty) code.", defaultCode.Message, StringComparison.Ordinal);
        Assert.StartsWith("The code 'eng' needs a name.", blankName.Message, StringComparison.Ordinal);
        Assert.StartsWith("The code 'eng' appears twice.", repeated.Message, StringComparison.Ordinal);
        Assert.Equal("entries", repeated.ParamName);
    }

    [Fact]
    public void A_catalog_enumerates_in_code_order_and_prints_its_codes()
    {
        var catalog = CodeCatalog<ServiceLocation>.Create([new(ServiceLocation.Remote, "Remote"), new(ServiceLocation.Home, "Home")]);

        Assert.Equal([ServiceLocation.Home, ServiceLocation.Remote], catalog.Select(e => e.Key));
        Assert.Equal("home, remote", catalog.ToString());
        Assert.Equal("Home", catalog[ServiceLocation.Home]);
    }

    [Fact]
    public void A_long_bad_code_is_cut_short_in_its_message()
    {
        var error = ServiceLocation.Parse(new string('x', 45) + " y").Error;

        Assert.Equal($"Service location '{new string('x', 40)}…' may hold only letters, digits and single hyphens.", error);
    }

    [Fact]
    public void Text_for_a_message_is_cut_after_40_characters_and_only_when_longer()
    {
        var forty = new string('a', 40);

        Assert.Equal(forty, CodeText.Printable(forty));
        Assert.Equal(forty + "\u2026", CodeText.Printable(forty + "b"));
        Assert.Equal("a\\u0007b", CodeText.Printable("a\u0007b"));
    }
}
