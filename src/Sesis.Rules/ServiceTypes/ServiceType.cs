namespace Sesis.Rules;

/// <summary>
/// A kind of special-education service, such as paraprofessional or speech-language therapy. What each type requires lives in its <see cref="ServiceTypePolicy"/> in a <see cref="ServiceTypeCatalog"/>, so a host adds a type by data.
/// </summary>
/// <remarks>
/// A code such as "speech-language-therapy": lowercase letters and digits in words joined by hyphens, compared ordinally.
/// Parsing accepts upper case and lowers it. The default value has an empty <see cref="Code"/> and stands
/// for "not given"; no catalog holds it.
/// </remarks>
public readonly record struct ServiceType : ICodedValue
{
    private readonly string? _code;

    /// <summary>Initializes a new value from its code.</summary>
    /// <param name="code">The code, such as "speech-language-therapy".</param>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="code"/> is not a well-formed code.</exception>
    public ServiceType(string code) => _code = CodeText.RequireCode(code, "Service type", nameof(code));

    /// <inheritdoc/>
    public string Code => _code ?? string.Empty;

    /// <summary>Gets the paraprofessional service (procedure step 7).</summary>
    public static ServiceType Paraprofessional { get; } = new("paraprofessional");

    /// <summary>Gets speech-language therapy.</summary>
    public static ServiceType SpeechLanguageTherapy { get; } = new("speech-language-therapy");

    /// <summary>Gets occupational therapy.</summary>
    public static ServiceType OccupationalTherapy { get; } = new("occupational-therapy");

    /// <summary>Gets physical therapy.</summary>
    public static ServiceType PhysicalTherapy { get; } = new("physical-therapy");

    /// <summary>Gets counseling.</summary>
    public static ServiceType Counseling { get; } = new("counseling");

    /// <summary>Gets hearing education services.</summary>
    public static ServiceType HearingEducation { get; } = new("hearing-education");

    /// <summary>Gets vision education services.</summary>
    public static ServiceType VisionEducation { get; } = new("vision-education");

    /// <summary>Gets school nurse (health) services.</summary>
    public static ServiceType SchoolNurse { get; } = new("school-nurse");

    /// <summary>Gets Special Education Teacher Support Services.</summary>
    public static ServiceType Setss { get; } = new("setss");

    /// <summary>Gets English as a new language (ESL) services.</summary>
    public static ServiceType Esl { get; } = new("esl");

    /// <summary>Parses a code without throwing.</summary>
    /// <param name="text">The text to parse.</param>
    /// <returns>The value, or what is wrong with <paramref name="text"/>.</returns>
    public static ParseOutcome<ServiceType> Parse(string? text) => CodeText.ParseCode(text, "Service type", static code => new ServiceType(code));

    /// <summary>Parses a code without throwing.</summary>
    /// <param name="text">The text to parse.</param>
    /// <param name="value">The value parsed, or the default.</param>
    /// <returns><see langword="true"/> when <paramref name="text"/> is a well-formed code.</returns>
    public static bool TryParse(string? text, out ServiceType value) => Parse(text).TryGetValue(out value);

    /// <summary>Returns the code.</summary>
    /// <returns>The code, empty for the default value.</returns>
    public override string ToString() => Code;
}
