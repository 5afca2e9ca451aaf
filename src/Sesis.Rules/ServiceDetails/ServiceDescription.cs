namespace Sesis.Rules;

/// <summary>
/// What a paraprofessional did in a session (procedure step 12). Descriptions apply only to the service types whose policy lists them.
/// </summary>
/// <remarks>
/// A code such as "travel-trainer": lowercase letters and digits in words joined by hyphens, compared ordinally.
/// Parsing accepts upper case and lowers it. The default value has an empty <see cref="Code"/> and stands
/// for "not given"; no catalog holds it.
/// </remarks>
public readonly record struct ServiceDescription : ICodedValue
{
    private readonly string? _code;

    /// <summary>Initializes a new value from its code.</summary>
    /// <param name="code">The code, such as "travel-trainer".</param>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="code"/> is not a well-formed code.</exception>
    public ServiceDescription(string code) => _code = CodeText.RequireCode(code, "Service description", nameof(code));

    /// <inheritdoc/>
    public string Code => _code ?? string.Empty;

    /// <summary>Gets "Alternate Placement".</summary>
    public static ServiceDescription AlternatePlacement { get; } = new("alternate-placement");

    /// <summary>Gets "Crisis".</summary>
    public static ServiceDescription Crisis { get; } = new("crisis");

    /// <summary>Gets "Health": also what a paraprofessional of an unlisted specialty records (procedure step 12).</summary>
    public static ServiceDescription Health { get; } = new("health");

    /// <summary>Gets "Mobility".</summary>
    public static ServiceDescription Mobility { get; } = new("mobility");

    /// <summary>Gets "Sign Interpreter".</summary>
    public static ServiceDescription SignInterpreter { get; } = new("sign-interpreter");

    /// <summary>Gets "Travel Trainer".</summary>
    public static ServiceDescription TravelTrainer { get; } = new("travel-trainer");

    /// <summary>Gets "Special Transportation".</summary>
    public static ServiceDescription SpecialTransportation { get; } = new("special-transportation");

    /// <summary>Gets "Toileting".</summary>
    public static ServiceDescription Toileting { get; } = new("toileting");

    /// <summary>Gets the paraprofessional service descriptions of procedure step 12, with their names.</summary>
    public static CodeCatalog<ServiceDescription> ParaprofessionalCatalog { get; } = CodeCatalog<ServiceDescription>.Create(
    [
        new(AlternatePlacement, "Alternate Placement"),
        new(Crisis, "Crisis"),
        new(Health, "Health"),
        new(Mobility, "Mobility"),
        new(SignInterpreter, "Sign Interpreter"),
        new(TravelTrainer, "Travel Trainer"),
        new(SpecialTransportation, "Special Transportation"),
        new(Toileting, "Toileting"),
    ]);

    /// <summary>Parses a code without throwing.</summary>
    /// <param name="text">The text to parse.</param>
    /// <returns>The value, or what is wrong with <paramref name="text"/>.</returns>
    public static ParseOutcome<ServiceDescription> Parse(string? text) => CodeText.ParseCode(text, "Service description", static code => new ServiceDescription(code));

    /// <summary>Parses a code without throwing.</summary>
    /// <param name="text">The text to parse.</param>
    /// <param name="value">The value parsed, or the default.</param>
    /// <returns><see langword="true"/> when <paramref name="text"/> is a well-formed code.</returns>
    public static bool TryParse(string? text, out ServiceDescription value) => Parse(text).TryGetValue(out value);

    /// <summary>Returns the code.</summary>
    /// <returns>The code, empty for the default value.</returns>
    public override string ToString() => Code;
}
