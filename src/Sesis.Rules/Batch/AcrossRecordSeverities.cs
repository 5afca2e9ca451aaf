using System.Collections.Frozen;

namespace Sesis.Rules;

/// <summary>
/// The severities a batch gives the across-record codes (SR9xx): the catalog's defaults unless the host overrides
/// them, in the record validator's <see cref="ValidationOptions"/> or in <see cref="BatchValidatorOptions"/>.
/// Applied to findings after they are made, so the per-partition checks stay unchanged. Immutable.
/// </summary>
internal sealed class AcrossRecordSeverities
{
    private static readonly FrozenSet<string> AcrossRecordCodes =
        RuleCatalog.AcrossRecords.Select(static r => r.Code).ToFrozenSet(StringComparer.Ordinal);

    private readonly FrozenDictionary<string, FindingSeverity> _overridden;

    private AcrossRecordSeverities(FrozenDictionary<string, FindingSeverity> overridden) => _overridden = overridden;

    /// <summary>
    /// Resolves the overrides: the SR9xx codes of a <see cref="ServiceRecordValidator"/>'s options (already checked
    /// when it was built), then the batch's own. Both naming one code with different severities is refused rather
    /// than one silently winning.
    /// </summary>
    public static AcrossRecordSeverities Resolve(BatchValidatorOptions options)
    {
        var overridden = new Dictionary<string, FindingSeverity>(StringComparer.Ordinal);
        if (options.RecordValidator is ServiceRecordValidator { Options.SeverityOverrides: { } fromRecordValidator })
        {
            foreach (var (code, severity) in fromRecordValidator)
            {
                if (AcrossRecordCodes.Contains(code))
                {
                    overridden[code] = severity;
                }
            }
        }

        var own = options.SeverityOverrides
            ?? throw new ArgumentException("BatchValidatorOptions.SeverityOverrides is null; leave it unset for none.", nameof(options));
        foreach (var (code, severity) in own)
        {
            if (code is null || !AcrossRecordCodes.Contains(code))
            {
                throw new ArgumentException(
                    $"BatchValidatorOptions.SeverityOverrides names '{code}', which is not an across-record rule code (see RuleCatalog.AcrossRecords); " +
                    "single-record codes belong in ValidationOptions.SeverityOverrides.",
                    nameof(options));
            }

            if (severity is not (FindingSeverity.Error or FindingSeverity.Warning))
            {
                throw new ArgumentException(
                    $"BatchValidatorOptions.SeverityOverrides gives {code} the severity {(int)severity}, which is neither Error nor Warning.", nameof(options));
            }

            if (overridden.TryGetValue(code, out var other) && other != severity)
            {
                throw new ArgumentException(
                    $"{code} is {other} in the record validator's ValidationOptions.SeverityOverrides but {severity} in " +
                    "BatchValidatorOptions.SeverityOverrides: give it one severity.",
                    nameof(options));
            }

            overridden[code] = severity;
        }

        // Keep only real changes, so a batch without overrides skips the pass entirely.
        foreach (var rule in RuleCatalog.AcrossRecords)
        {
            if (overridden.TryGetValue(rule.Code, out var severity) && severity == rule.DefaultSeverity)
            {
                overridden.Remove(rule.Code);
            }
        }

        return new(overridden.ToFrozenDictionary(StringComparer.Ordinal));
    }

    /// <summary>Gets the finding with the batch's severity for its code (the same instance when unchanged).</summary>
    public Finding Apply(Finding finding) =>
        _overridden.Count > 0 && _overridden.TryGetValue(finding.Code, out var severity) && severity != finding.Severity
            ? finding with { Severity = severity }
            : finding;

    /// <summary>Gets the record finding with the batch's severity for its code (the same instance when unchanged).</summary>
    public RecordFinding Apply(RecordFinding finding)
    {
        // Apply(Finding) already returns the same instance at once when nothing is overridden.
        var changed = Apply(finding.Finding);
        return ReferenceEquals(changed, finding.Finding) ? finding : finding with { Finding = changed };
    }

    /// <summary>Applies the severities to every finding of a list, in place.</summary>
    public void Apply(List<RecordFinding> findings)
    {
        if (_overridden.Count == 0)
        {
            return;
        }

        for (var i = 0; i < findings.Count; i++)
        {
            findings[i] = Apply(findings[i]);
        }
    }
}
