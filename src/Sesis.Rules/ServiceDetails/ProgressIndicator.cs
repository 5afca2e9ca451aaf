namespace Sesis.Rules;

/// <summary>
/// Progress towards the student's mandated IEP annual goals, recorded with a service (procedure step 13).
/// </summary>
/// <remarks>
/// A code such as "progressing": lowercase letters and digits in words joined by hyphens, compared ordinally.
/// Parsing accepts upper case and lowers it. The default value has an empty <see cref="Code"/> and stands
/// for "not given"; no catalog holds it.
/// </remarks>
public readonly record struct ProgressIndicator : ICodedValue
{
    private readonly string? _code;

    /// <summary>Initializes a new value from its code.</summary>
    /// <param name="code">The code, such as "progressing".</param>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="code"/> is not a well-formed code.</exception>
    public ProgressIndicator(string code) => _code = CodeText.RequireCode(code, "Progress indicator", nameof(code));

    /// <inheritdoc/>
    public string Code => _code ?? string.Empty;

    /// <summary>Gets "Goal achieved".</summary>
    public static ProgressIndicator GoalAchieved { get; } = new("goal-achieved");

    /// <summary>Gets "Progressing toward the goal".</summary>
    public static ProgressIndicator Progressing { get; } = new("progressing");

    /// <summary>Gets "Emerging skill".</summary>
    public static ProgressIndicator Emerging { get; } = new("emerging");

    /// <summary>Gets "No progress observed".</summary>
    public static ProgressIndicator NoProgress { get; } = new("no-progress");

    /// <summary>Gets "Regression observed".</summary>
    public static ProgressIndicator Regressing { get; } = new("regressing");

    /// <summary>
    /// Gets this library's progress indicators towards mandated IEP annual goals (procedure step 13). SESIS's own
    /// list is not public; this one is documented in the README and a host extends it.
    /// </summary>
    public static CodeCatalog<ProgressIndicator> StandardCatalog { get; } = CodeCatalog<ProgressIndicator>.Create(
    [
        new(GoalAchieved, "Goal achieved"),
        new(Progressing, "Progressing toward the goal"),
        new(Emerging, "Emerging skill"),
        new(NoProgress, "No progress observed"),
        new(Regressing, "Regression observed"),
    ]);

    /// <summary>Parses a code without throwing.</summary>
    /// <param name="text">The text to parse.</param>
    /// <returns>The value, or what is wrong with <paramref name="text"/>.</returns>
    public static ParseOutcome<ProgressIndicator> Parse(string? text) => CodeText.ParseCode(text, "Progress indicator", static code => new ProgressIndicator(code));

    /// <summary>Parses a code without throwing.</summary>
    /// <param name="text">The text to parse.</param>
    /// <param name="value">The value parsed, or the default.</param>
    /// <returns><see langword="true"/> when <paramref name="text"/> is a well-formed code.</returns>
    public static bool TryParse(string? text, out ProgressIndicator value) => Parse(text).TryGetValue(out value);

    /// <summary>Returns the code.</summary>
    /// <returns>The code, empty for the default value.</returns>
    public override string ToString() => Code;
}
