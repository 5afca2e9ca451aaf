namespace Sesis.Rules.Benchmarks;

/// <summary>
/// Checked in every [GlobalSetup]: the hand-written baseline finds the same codes on the same records as the
/// library, so a ratio compares two ways of doing the same work. A disagreement stops the run.
/// </summary>
public static class Agreement
{
    /// <summary>Requires the same (record position, code) pairs, in any order.</summary>
    /// <param name="what">The comparison, for the message.</param>
    /// <param name="baseline">The baseline's findings.</param>
    /// <param name="library">The library's findings.</param>
    /// <exception cref="InvalidOperationException">They differ.</exception>
    public static void Require(string what, IReadOnlyList<RecordFinding> baseline, IReadOnlyList<RecordFinding> library)
    {
        var expected = baseline.Select(static f => (f.Index, f.Finding.Code)).Order().ToArray();
        var actual = library.Select(static f => (f.Index, f.Finding.Code)).Order().ToArray();
        if (!expected.SequenceEqual(actual))
        {
            var missing = expected.Except(actual).Take(5);
            var extra = actual.Except(expected).Take(5);
            throw new InvalidOperationException(
                $"{what}: the baseline and the library disagree ({expected.Length} and {actual.Length} findings; " +
                $"only the baseline: {string.Join(", ", missing)}; only the library: {string.Join(", ", extra)}).");
        }
    }

    /// <summary>Requires the same codes, in any order, for one record.</summary>
    /// <param name="what">The comparison, for the message.</param>
    /// <param name="baseline">The baseline's codes.</param>
    /// <param name="library">The library's findings.</param>
    /// <exception cref="InvalidOperationException">They differ.</exception>
    public static void Require(string what, IEnumerable<string> baseline, IReadOnlyList<Finding> library)
    {
        var expected = baseline.Order(StringComparer.Ordinal).ToArray();
        var actual = library.Select(static f => f.Code).Order(StringComparer.Ordinal).ToArray();
        if (!expected.SequenceEqual(actual))
        {
            throw new InvalidOperationException(
                $"{what}: the baseline finds [{string.Join(", ", expected)}], the library [{string.Join(", ", actual)}].");
        }
    }
}
