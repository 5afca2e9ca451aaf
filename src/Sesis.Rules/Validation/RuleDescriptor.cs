namespace Sesis.Rules;

/// <summary>
/// One rule of the catalog: its stable code, its default severity, the record field it concerns, what it
/// checks, and the step of the seed procedure or the SESIS fact it comes from.
/// </summary>
/// <param name="Code">The stable code, such as "SR201". Codes are never renumbered or reused.</param>
/// <param name="DefaultSeverity">The severity unless the host overrides it in <see cref="ValidationOptions.SeverityOverrides"/>.</param>
/// <param name="Field">The field a finding names, as on <see cref="ServiceRecord"/>.</param>
/// <param name="Description">What the rule checks, in plain English.</param>
/// <param name="Source">The seed procedure step or SPEC.md fact the rule traces to.</param>
public sealed record RuleDescriptor(string Code, Severity DefaultSeverity, string Field, string Description, string Source)
{
    /// <summary>Describes the rule on one line.</summary>
    /// <returns>Such as "SR201 Error EndTime: The end time is after the start time."</returns>
    public override string ToString() => $"{Code} {DefaultSeverity} {Field}: {Description}";
}
