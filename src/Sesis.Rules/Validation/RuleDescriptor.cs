namespace Sesis.Rules;

/// <summary>
/// One rule of the catalog: its stable code, its default severity, the record field it concerns, what it
/// checks, and the procedure step (docs/procedure.md) or the SESIS fact it comes from.
/// </summary>
/// <param name="Code">The stable code, such as "SR201". Codes are never renumbered or reused.</param>
/// <param name="DefaultSeverity">The severity unless the host overrides it in <see cref="RecordingContext.SeverityOverrides"/>.</param>
/// <param name="Field">The field a finding names, as on <see cref="ServiceRecord"/>.</param>
/// <param name="Description">What the rule checks, in plain English.</param>
/// <param name="Source">The procedure step or SESIS fact the rule traces to, such as "Procedure step 9".</param>
public sealed record RuleDescriptor(string Code, FindingSeverity DefaultSeverity, string Field, string Description, string Source)
{
    private readonly string _code = Guard.NotNull(Code);
    private readonly string _field = Guard.NotNull(Field);
    private readonly string _description = Guard.NotNull(Description);
    private readonly string _source = Guard.NotNull(Source);

    /// <summary>Gets the stable code, such as "SR201". Codes are never renumbered or reused.</summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    public string Code { get => _code; init => _code = Guard.NotNull(value); }

    /// <summary>Gets the field a finding names, as on <see cref="ServiceRecord"/>.</summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    public string Field { get => _field; init => _field = Guard.NotNull(value); }

    /// <summary>Gets what the rule checks, in plain English.</summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    public string Description { get => _description; init => _description = Guard.NotNull(value); }

    /// <summary>Gets the procedure step or SESIS fact the rule traces to, such as "Procedure step 9".</summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    public string Source { get => _source; init => _source = Guard.NotNull(value); }

    /// <summary>Describes the rule on one line.</summary>
    /// <returns>Such as "SR201 Error EndTime: The end time is after the start time."</returns>
    public override string ToString() => $"{Code} {DefaultSeverity} {Field}: {Description}";
}
