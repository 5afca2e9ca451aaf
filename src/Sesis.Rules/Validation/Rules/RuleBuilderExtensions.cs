using FluentValidation;

namespace Sesis.Rules;

/// <summary>Gives a FluentValidation rule its catalog identity: code, effective severity, field and message.</summary>
internal static class RuleBuilderExtensions
{
    public static IRuleBuilderOptions<RecordUnderCheck, TProperty> Coded<TProperty>(
        this IRuleBuilderOptions<RecordUnderCheck, TProperty> rule, SingleRecordRules rules, string code, string message) =>
        rule.WithErrorCode(code)
            .WithSeverity(rules.SeverityOf(code))
            .WithMessage(message)
            .OverridePropertyName(RuleCatalog.Get(code).Field);
}
