namespace Sesis.Rules;

/// <summary>
/// A language of service (procedure step 8), named by its ISO 639-3 code, such as "eng" or "ase"
/// (American Sign Language).
/// </summary>
/// <remarks>
/// Codes are three ASCII letters; parsing accepts upper case and lowers it. The default value has an empty
/// <see cref="Code"/> and stands for "not given". Whether a code is accepted is up to the host's catalog,
/// <see cref="StandardCatalog"/> by default.
/// </remarks>
public readonly record struct Language : ICodedValue
{
    private readonly string? _code;

    /// <summary>Initializes a new language from its ISO 639-3 code.</summary>
    /// <param name="code">Three ASCII letters, such as "spa".</param>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="code"/> is not three ASCII letters.</exception>
    public Language(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        var (normalized, error) = Normalize(code);
        _code = normalized ?? throw new ArgumentException(error, nameof(code));
    }

    /// <inheritdoc/>
    public string Code => _code ?? string.Empty;

    /// <summary>Gets English (eng).</summary>
    public static Language English { get; } = new("eng");

    /// <summary>Gets Spanish (spa).</summary>
    public static Language Spanish { get; } = new("spa");

    /// <summary>Gets Chinese (zho), the macrolanguage.</summary>
    public static Language Chinese { get; } = new("zho");

    /// <summary>Gets Cantonese (yue).</summary>
    public static Language Cantonese { get; } = new("yue");

    /// <summary>Gets Mandarin (cmn).</summary>
    public static Language Mandarin { get; } = new("cmn");

    /// <summary>Gets American Sign Language (ase).</summary>
    public static Language AmericanSignLanguage { get; } = new("ase");

    /// <summary>
    /// Gets the languages this library knows with their English names: at least those of docs/rules.md; a host
    /// extends the list with <see cref="CodeCatalog{T}.With"/>.
    /// </summary>
    public static CodeCatalog<Language> StandardCatalog { get; } = CodeCatalog<Language>.Create(
    [
        new(English, "English"),
        new(Spanish, "Spanish"),
        new(Chinese, "Chinese"),
        new(Cantonese, "Cantonese"),
        new(Mandarin, "Mandarin"),
        new(new Language("rus"), "Russian"),
        new(new Language("ben"), "Bengali"),
        new(new Language("hat"), "Haitian Creole"),
        new(new Language("kor"), "Korean"),
        new(new Language("ara"), "Arabic"),
        new(new Language("urd"), "Urdu"),
        new(new Language("fra"), "French"),
        new(new Language("pol"), "Polish"),
        new(new Language("yid"), "Yiddish"),
        new(AmericanSignLanguage, "American Sign Language"),
        new(new Language("alb"), "Albanian"),
        new(new Language("ita"), "Italian"),
        new(new Language("jpn"), "Japanese"),
        new(new Language("por"), "Portuguese"),
        new(new Language("tgl"), "Tagalog"),
        new(new Language("uzb"), "Uzbek"),
        new(new Language("vie"), "Vietnamese"),
        new(new Language("fuf"), "Pular"),
        new(new Language("wol"), "Wolof"),
    ]);

    /// <summary>Parses an ISO 639-3 code without throwing.</summary>
    /// <param name="text">The text to parse.</param>
    /// <returns>The language, or what is wrong with <paramref name="text"/>.</returns>
    public static ParseOutcome<Language> Parse(string? text)
    {
        var (code, error) = Normalize(text);
        return code is null ? ParseOutcome<Language>.ForError(error!) : ParseOutcome<Language>.ForValue(new Language(code));
    }

    /// <summary>Parses an ISO 639-3 code without throwing.</summary>
    /// <param name="text">The text to parse.</param>
    /// <param name="value">The language parsed, or the default.</param>
    /// <returns><see langword="true"/> when <paramref name="text"/> is three ASCII letters.</returns>
    public static bool TryParse(string? text, out Language value) => Parse(text).TryGetValue(out value);

    /// <summary>Returns the ISO 639-3 code.</summary>
    /// <returns>The code, empty for the default value.</returns>
    public override string ToString() => Code;

    // The code in lower case, or what is wrong with the text: exactly one of the two is null.
    private static (string? Code, string? Error) Normalize(string? text) =>
        text is { Length: 3 } && char.IsAsciiLetter(text[0]) && char.IsAsciiLetter(text[1]) && char.IsAsciiLetter(text[2])
            ? (text.ToLowerInvariant(), null)
            : (null, string.IsNullOrEmpty(text)
                ? "Language is empty."
                : $"Language '{CodeText.Printable(text)}' is not an ISO 639-3 code (three letters, such as 'eng').");
}
