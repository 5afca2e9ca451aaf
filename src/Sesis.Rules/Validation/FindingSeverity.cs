namespace Sesis.Rules;

/// <summary>How serious a finding is. The default is <see cref="Error"/>, so a severity never defaults to leniency.</summary>
public enum FindingSeverity
{
    /// <summary>The record must not be saved, certified or billed as it is.</summary>
    Error = 0,

    /// <summary>The record may be saved, but something deserves a look.</summary>
    Warning = 1,
}
