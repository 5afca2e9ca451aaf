namespace Sesis.Rules;

/// <summary>
/// The families of single-record rules, one bit each, in code order: bit n is the SR(n+1)xx family. The quick
/// check names the families that may find something, and only their rules run.
/// </summary>
[Flags]
internal enum RuleFamilies
{
    None = 0,
    Identity = 1 << 0,
    DateAndTime = 1 << 1,
    SessionType = 1 << 2,
    GroupSizeAndLanguage = 1 << 3,
    ServiceDetails = 1 << 4,
    Certification = 1 << 5,
    Calendar = 1 << 6,
    Caseload = 1 << 7,
    All = (1 << 8) - 1,
}

/// <summary>Reads a rule code's family.</summary>
internal static class RuleFamily
{
    /// <summary>The number of families.</summary>
    public const int Count = 8;

    /// <summary>Gets the family of a single-record code: SR1xx is <see cref="RuleFamilies.Identity"/>, and so on.</summary>
    /// <exception cref="ArgumentException">The code is not SR1xx to SR8xx.</exception>
    public static RuleFamilies Of(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        if (code.Length != 5 || !code.StartsWith("SR", StringComparison.Ordinal) || code[2] is < '1' or > '8')
        {
            throw new ArgumentException($"'{code}' is not a single-record rule code (SR1xx to SR8xx).", nameof(code));
        }

        return (RuleFamilies)(1 << (code[2] - '1'));
    }
}
