using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;

namespace Sesis.Rules;

/// <summary>
/// The catalog of every rule code of the library, in code order: the unreadable values of a record's text
/// (SR0xx), which <see cref="ServiceRecordReader"/> reports, the single-record rules (SR1xx to SR8xx),
/// which <see cref="ServiceRecordValidator"/> reports, and the rules across records (SR9xx), which
/// <see cref="BatchValidator"/> and <see cref="MissingRecords"/> report. docs/rules.md lists the same rules;
/// a test keeps them equal and checks that no code is used twice.
/// </summary>
public static class RuleCatalog
{
    // Derived from the rule definitions: each rule is written once, in RuleDefinitions.
    private static readonly RuleDescriptor[] OneRecordRules = [.. RuleDefinitions.SingleRecord.Select(static d => d.ToDescriptor())];

    private static readonly RuleDescriptor[] AcrossRecordRules = [.. RuleDefinitions.AcrossRecords];

    private static readonly RuleDescriptor[] ReadingRules = [.. UnreadableValueRules.All];

    private static readonly RuleDescriptor[] Rules = [.. ReadingRules, .. OneRecordRules, .. AcrossRecordRules];

    private static readonly FrozenDictionary<string, RuleDescriptor> ByCode =
        Rules.ToFrozenDictionary(static r => r.Code, StringComparer.Ordinal);

    /// <summary>
    /// Gets the unreadable-value rules (SR0xx), in code order: what <see cref="ServiceRecordReader"/> reports for a
    /// value of a record's text it cannot read.
    /// </summary>
    public static IReadOnlyList<RuleDescriptor> UnreadableValues { get; } = Array.AsReadOnly(ReadingRules);

    /// <summary>Gets the single-record rules (SR1xx to SR8xx), in code order: what <see cref="ServiceRecordValidator"/> reports.</summary>
    public static IReadOnlyList<RuleDescriptor> SingleRecord { get; } = Array.AsReadOnly(OneRecordRules);

    /// <summary>
    /// Gets the rules across records (SR9xx), in code order: SR901-SR904, which <see cref="BatchValidator"/>
    /// reports on records, and SR910, a missing record, which <see cref="MissingRecords"/> and the batch
    /// (<see cref="BatchValidationResult.MissingRecords"/>) report.
    /// </summary>
    public static IReadOnlyList<RuleDescriptor> AcrossRecords { get; } = Array.AsReadOnly(AcrossRecordRules);

    /// <summary>Gets every rule of the library, unreadable values, single-record and across records, in code order.</summary>
    public static IReadOnlyList<RuleDescriptor> All { get; } = Array.AsReadOnly(Rules);

    /// <summary>Finds a rule of the catalog by its code.</summary>
    /// <param name="code">The code, such as "SR201"; compared ordinally.</param>
    /// <param name="rule">The rule found.</param>
    /// <returns><see langword="true"/> when the catalog holds the code.</returns>
    public static bool TryGet(string? code, [NotNullWhen(true)] out RuleDescriptor? rule)
    {
        if (code is null)
        {
            rule = null;
            return false;
        }

        return ByCode.TryGetValue(code, out rule);
    }

    internal static RuleDescriptor Get(string code) => ByCode[code];
}
