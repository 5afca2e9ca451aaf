namespace Sesis.Rules;

/// <summary>
/// Where a service was provided (procedure step 11).
/// </summary>
/// <remarks>
/// A code such as "separate-location": lowercase letters and digits in words joined by hyphens, compared ordinally.
/// Parsing accepts upper case and lowers it. The default value has an empty <see cref="Code"/> and stands
/// for "not given"; no catalog holds it.
/// </remarks>
public readonly record struct ServiceLocation : ICodedValue
{
    private readonly string? _code;

    /// <summary>Initializes a new value from its code.</summary>
    /// <param name="code">The code, such as "separate-location".</param>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="code"/> is not a well-formed code.</exception>
    public ServiceLocation(string code) => _code = CodeText.RequireCode(code, "Service location", nameof(code));

    /// <inheritdoc/>
    public string Code => _code ?? string.Empty;

    /// <summary>Gets "General education classroom".</summary>
    public static ServiceLocation GeneralEducationClassroom { get; } = new("general-education-classroom");

    /// <summary>Gets "Special education classroom".</summary>
    public static ServiceLocation SpecialEducationClassroom { get; } = new("special-education-classroom");

    /// <summary>Gets "Separate location in school" (a therapy room, an office).</summary>
    public static ServiceLocation SeparateLocation { get; } = new("separate-location");

    /// <summary>Gets "Elsewhere in school" (hallway, cafeteria, gym, playground, bathroom).</summary>
    public static ServiceLocation ElsewhereInSchool { get; } = new("elsewhere-in-school");

    /// <summary>Gets "School bus or transportation".</summary>
    public static ServiceLocation Transportation { get; } = new("transportation");

    /// <summary>Gets "Community" (a school trip, travel training).</summary>
    public static ServiceLocation Community { get; } = new("community");

    /// <summary>Gets "Student's home".</summary>
    public static ServiceLocation Home { get; } = new("home");

    /// <summary>Gets "Hospital".</summary>
    public static ServiceLocation Hospital { get; } = new("hospital");

    /// <summary>Gets "Remote" (teletherapy or remote learning).</summary>
    public static ServiceLocation Remote { get; } = new("remote");

    /// <summary>
    /// Gets this library's list of locations. SESIS's own list is not public; this one is documented in the
    /// README and a host extends it with <see cref="CodeCatalog{T}.With"/>.
    /// </summary>
    public static CodeCatalog<ServiceLocation> StandardCatalog { get; } = CodeCatalog<ServiceLocation>.Create(
    [
        new(GeneralEducationClassroom, "General education classroom"),
        new(SpecialEducationClassroom, "Special education classroom"),
        new(SeparateLocation, "Separate location in school"),
        new(ElsewhereInSchool, "Elsewhere in school"),
        new(Transportation, "School bus or transportation"),
        new(Community, "Community"),
        new(Home, "Student's home"),
        new(Hospital, "Hospital"),
        new(Remote, "Remote"),
    ]);

    /// <summary>Parses a code without throwing.</summary>
    /// <param name="text">The text to parse.</param>
    /// <returns>The value, or what is wrong with <paramref name="text"/>.</returns>
    public static ParseOutcome<ServiceLocation> Parse(string? text) => CodeText.ParseCode(text, "Service location", static code => new ServiceLocation(code));

    /// <summary>Parses a code without throwing.</summary>
    /// <param name="text">The text to parse.</param>
    /// <param name="value">The value parsed, or the default.</param>
    /// <returns><see langword="true"/> when <paramref name="text"/> is a well-formed code.</returns>
    public static bool TryParse(string? text, out ServiceLocation value) => Parse(text).TryGetValue(out value);

    /// <summary>Returns the code.</summary>
    /// <returns>The code, empty for the default value.</returns>
    public override string ToString() => Code;
}
