namespace Sesis.Rules;

/// <summary>
/// The role of a provider, such as paraprofessional or occupational therapist: a service type's policy says which roles may deliver it.
/// </summary>
/// <remarks>
/// A code such as "occupational-therapist": lowercase letters and digits in words joined by hyphens, compared ordinally.
/// Parsing accepts upper case and lowers it. The default value has an empty <see cref="Code"/> and stands
/// for "not given"; no catalog holds it.
/// </remarks>
public readonly record struct ProviderRole : ICodedValue
{
    private readonly string? _code;

    /// <summary>Initializes a new value from its code.</summary>
    /// <param name="code">The code, such as "occupational-therapist".</param>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="code"/> is not a well-formed code.</exception>
    public ProviderRole(string code) => _code = CodeText.RequireCode(code, "Provider role", nameof(code));

    /// <inheritdoc/>
    public string Code => _code ?? string.Empty;

    /// <summary>Gets a paraprofessional.</summary>
    public static ProviderRole Paraprofessional { get; } = new("paraprofessional");

    /// <summary>Gets a speech-language pathologist or teacher of the speech and hearing handicapped.</summary>
    public static ProviderRole SpeechProvider { get; } = new("speech-provider");

    /// <summary>Gets an occupational therapist.</summary>
    public static ProviderRole OccupationalTherapist { get; } = new("occupational-therapist");

    /// <summary>Gets a physical therapist.</summary>
    public static ProviderRole PhysicalTherapist { get; } = new("physical-therapist");

    /// <summary>Gets a counselor (school counselor, social worker or psychologist).</summary>
    public static ProviderRole Counselor { get; } = new("counselor");

    /// <summary>Gets a teacher of the deaf and hard of hearing.</summary>
    public static ProviderRole HearingTeacher { get; } = new("hearing-teacher");

    /// <summary>Gets a teacher of the visually impaired.</summary>
    public static ProviderRole VisionTeacher { get; } = new("vision-teacher");

    /// <summary>Gets a school nurse.</summary>
    public static ProviderRole Nurse { get; } = new("nurse");

    /// <summary>Gets a special education (SETSS) teacher.</summary>
    public static ProviderRole SpecialEducationTeacher { get; } = new("special-education-teacher");

    /// <summary>Gets an ESL (English as a new language) teacher.</summary>
    public static ProviderRole EslTeacher { get; } = new("esl-teacher");

    /// <summary>Gets the roles this library knows, with their names; a host extends the list.</summary>
    public static CodeCatalog<ProviderRole> StandardCatalog { get; } = CodeCatalog<ProviderRole>.Create(
    [
        new(Paraprofessional, "Paraprofessional"),
        new(SpeechProvider, "Speech-language provider"),
        new(OccupationalTherapist, "Occupational therapist"),
        new(PhysicalTherapist, "Physical therapist"),
        new(Counselor, "Counselor"),
        new(HearingTeacher, "Teacher of the deaf and hard of hearing"),
        new(VisionTeacher, "Teacher of the visually impaired"),
        new(Nurse, "School nurse"),
        new(SpecialEducationTeacher, "Special education teacher"),
        new(EslTeacher, "ESL teacher"),
    ]);

    /// <summary>Parses a code without throwing.</summary>
    /// <param name="text">The text to parse.</param>
    /// <returns>The value, or what is wrong with <paramref name="text"/>.</returns>
    public static ParseOutcome<ProviderRole> Parse(string? text) => CodeText.ParseCode(text, "Provider role", static code => new ProviderRole(code));

    /// <summary>Parses a code without throwing.</summary>
    /// <param name="text">The text to parse.</param>
    /// <param name="value">The value parsed, or the default.</param>
    /// <returns><see langword="true"/> when <paramref name="text"/> is a well-formed code.</returns>
    public static bool TryParse(string? text, out ProviderRole value) => Parse(text).TryGetValue(out value);

    /// <summary>Returns the code.</summary>
    /// <returns>The code, empty for the default value.</returns>
    public override string ToString() => Code;
}
