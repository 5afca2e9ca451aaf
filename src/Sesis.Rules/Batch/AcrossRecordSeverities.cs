using System.Collections.Frozen;

namespace Sesis.Rules;

/// <summary>
/// The severities a batch gives the across-record codes (SR9xx): the catalog's defaults unless the host overrides
/// them in the record validator's <see cref="RecordingContext.SeverityOverrides"/>.
/// Applied to findings after they are made, so the per-partition checks stay unchanged. Immutable.
/// </summary>
internal sealed class AcrossRecordSeverities
{
    private static readonly FrozenSet<string> AcrossRecordCodes =
        RuleCatalog.AcrossRecords.Select(static r => r.Code).ToFrozenSet(StringComparer.Ordinal);

    private readonly FrozenDictionary<string, FindingSeverity> _overridden;

    private AcrossRecordSeverities(FrozenDictionary<string, FindingSeverity> overridden) => _overridden = overridden;

    /// <summary>
    /// Resolves the SR9xx codes of a context's overrides (every code and severity of which the record validator
    /// built on the context has already checked), keeping only real changes, so a batch without overrides skips
    /// the pass entirely.
    /// </summary>
    public static AcrossRecordSeverities Resolve(RecordingContext context)
    {
        var overrides = context.SeverityOverrides ?? throw RecordingContext.Missing(nameof(context.SeverityOverrides));
        var overridden = new Dictionary<string, FindingSeverity>(StringComparer.Ordinal);
        foreach (var (code, severity) in overrides)
        {
            if (code is not null && AcrossRecordCodes.Contains(code))
            {
                if (severity is not (FindingSeverity.Error or FindingSeverity.Warning))
                {
                    throw new ArgumentException(
                        $"RecordingContext.SeverityOverrides gives {code} the severity {(int)severity}, which is neither Error nor Warning.", nameof(context));
                }

                overridden[code] = severity;
            }
        }

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
        // Stryker disable once Block,Statement : a shortcut: with no override the loop changes nothing
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
