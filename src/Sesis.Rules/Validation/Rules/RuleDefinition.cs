using System.Linq.Expressions;

namespace Sesis.Rules;

/// <summary>The value a finding shows as its attempted value, as one short line, or <see langword="null"/>.</summary>
internal delegate string? ShownValue(in RecordUnderCheck record);

/// <summary>
/// One single-record rule, written once: its code, severity, field, the stage it waits for, the fields it reads,
/// the condition under which it applies (what keeps out the follow-on findings of another rule), the check, the
/// message, what it checks in words and the procedure step it comes from. The validator evaluates these
/// directly; <see cref="RuleCatalog"/>, the messages and the FluentValidation surface are derived from them.
/// </summary>
internal sealed class RuleDefinition
{
    /// <summary>Gets the stable code, such as "SR201".</summary>
    public required string Code { get; init; }

    /// <summary>Gets the severity unless the host overrides it.</summary>
    public required FindingSeverity Severity { get; init; }

    /// <summary>Gets the field a finding names: exactly one of <see cref="RecordFields"/>.</summary>
    public required RecordFields Field { get; init; }

    /// <summary>
    /// Gets every field the rule reads, in <see cref="AppliesWhen"/> and in <see cref="Holds"/>, directly or
    /// through a lookup of <see cref="RecordUnderCheck"/>; a record whose value of one of them is unreadable
    /// skips the rule.
    /// </summary>
    public required RecordFields Reads { get; init; }

    /// <summary>Gets the first stage at which the rule runs: <see cref="ValidationStage.Save"/> for certification.</summary>
    public ValidationStage From { get; init; } = ValidationStage.Draft;

    /// <summary>
    /// Gets when the rule applies; <see langword="null"/> for always. An expression, so that the rules of a stage
    /// are compiled into one method (<see cref="RuleEvaluator"/>).
    /// </summary>
    public Expression<Func<RecordUnderCheck, bool>>? AppliesWhen { get; init; }

    /// <summary>Gets the check: <see langword="true"/> when the record keeps the rule.</summary>
    public required Expression<Func<RecordUnderCheck, bool>> Holds { get; init; }

    /// <summary>
    /// Gets the default English message, naming fields as <c>{EndTime}</c>: each placeholder becomes the
    /// field's display name (<see cref="RuleMessages"/>).
    /// </summary>
    public required string Message { get; init; }

    /// <summary>Gets what the rule checks, in plain English (the catalog and docs/rules.md).</summary>
    public required string Description { get; init; }

    /// <summary>Gets the procedure step or SESIS fact the rule traces to.</summary>
    public required string Source { get; init; }

    /// <summary>Gets the attempted value a finding shows; <see langword="null"/> shows the value of <see cref="Field"/>.</summary>
    public ShownValue? Shows { get; init; }

    /// <summary>Gets the field's name, as on <see cref="ServiceRecord"/>.</summary>
    public string FieldName => FieldNames.Of(Field);

    /// <summary>Gets the rule as the public catalog describes it.</summary>
    public RuleDescriptor ToDescriptor() => new(Code, Severity, FieldName, Description, Source);
}
