using System.Linq.Expressions;

namespace Sesis.Rules;

/// <summary>
/// The rule definitions of one stage compiled into one method, which answers with one bit per failed rule (bit
/// i for <see cref="RuleDefinitions.SingleRecord"/>[i]). One call per record instead of one per rule is what
/// lets a valid record be checked at the speed of a hand-written if-chain. Compiled once per process and
/// stage; the compiled method is thread-safe (it reads the record and its settings only).
/// </summary>
internal static class RuleEvaluator
{
    /// <summary>The most rules one mask holds.</summary>
    public const int MaxRules = 64;

    private static readonly Lazy<Evaluate> Draft = new(() => Compile(ValidationStage.Draft));
    private static readonly Lazy<Evaluate> Save = new(() => Compile(ValidationStage.Save));

    /// <summary>Evaluates the rules of a stage on a record under check.</summary>
    /// <param name="record">The record, with what was looked up about it.</param>
    /// <returns>Bit i set when rule i applies and does not hold.</returns>
    public delegate ulong Evaluate(ref RecordUnderCheck record);

    /// <summary>Gets the compiled rules of a stage.</summary>
    public static Evaluate For(ValidationStage stage) => stage == ValidationStage.Save ? Save.Value : Draft.Value;

    /// <summary>Gets the mask of the rules that read any of <paramref name="fields"/>.</summary>
    public static ulong Reading(RecordFields fields)
    {
        var mask = 0UL;
        var rules = RuleDefinitions.SingleRecord;
        for (var i = 0; i < rules.Count; i++)
        {
            if ((rules[i].Reads & fields) != 0)
            {
                mask |= 1UL << i;
            }
        }

        return mask;
    }

    private static Evaluate Compile(ValidationStage stage)
    {
        var rules = RuleDefinitions.SingleRecord;
        if (rules.Count > MaxRules)
        {
            throw new InvalidOperationException($"{rules.Count} single-record rules do not fit in one mask of {MaxRules} bits.");
        }

        // x is the record under check by reference; each rule is "applies && !holds ? bit : 0", or-ed together.
        var x = Expression.Parameter(typeof(RecordUnderCheck).MakeByRefType(), "x");
        Expression mask = Expression.Constant(0UL);
        for (var i = 0; i < rules.Count; i++)
        {
            var rule = rules[i];
            if (stage < rule.From)
            {
                continue;
            }

            Expression fails = Expression.Not(Body(rule.Holds, x));
            if (rule.AppliesWhen is { } applies)
            {
                fails = Expression.AndAlso(Body(applies, x), fails);
            }

            mask = Expression.Or(mask, Expression.Condition(fails, Expression.Constant(1UL << i), Expression.Constant(0UL)));
        }

        return Expression.Lambda<Evaluate>(mask, x).Compile();
    }

    // The condition's body with its parameter replaced by the by-reference one.
    private static Expression Body(Expression<Func<RecordUnderCheck, bool>> condition, ParameterExpression x) =>
        new Replace(condition.Parameters[0], x).Visit(condition.Body);

    private sealed class Replace(ParameterExpression from, ParameterExpression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : base.VisitParameter(node);
    }
}
