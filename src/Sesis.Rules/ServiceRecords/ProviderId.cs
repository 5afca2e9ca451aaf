namespace Sesis.Rules;

/// <summary>
/// A provider's identifier, as the district's staff system issues it.
/// </summary>
/// <remarks>
/// Up to 64 ASCII letters, digits and hyphens, kept exactly as written and compared ordinally, so "a1" and
/// "A1" are different ids. Ordering is ordinal too, for stable reports. The default value has an empty
/// <see cref="Value"/> and stands for "not given".
/// </remarks>
public readonly record struct ProviderId : IComparable<ProviderId>
{
    private readonly string? _value;

    /// <summary>Initializes a new id.</summary>
    /// <param name="value">The id, such as "P0012345".</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="value"/> is empty, too long or holds other characters.</exception>
    public ProviderId(string value) => _value = CodeText.RequireIdentifier(value, "Provider id", nameof(value));

    /// <summary>Gets the id's text; empty for the default value.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Gets a value indicating whether this is the default value, which names no provider.</summary>
    public bool IsEmpty => _value is null;

    /// <summary>Parses an id without throwing.</summary>
    /// <param name="text">The text to parse.</param>
    /// <returns>The id, or what is wrong with <paramref name="text"/>.</returns>
    public static ParseOutcome<ProviderId> Parse(string? text) =>
        CodeText.TryCheckIdentifier(text, "Provider id", out var error)
            ? ParseOutcome<ProviderId>.ForValue(new ProviderId(text!))
            : ParseOutcome<ProviderId>.ForError(error);

    /// <summary>Parses an id without throwing.</summary>
    /// <param name="text">The text to parse.</param>
    /// <param name="value">The id parsed, or the default.</param>
    /// <returns><see langword="true"/> when <paramref name="text"/> is a well-formed id.</returns>
    public static bool TryParse(string? text, out ProviderId value) => Parse(text).TryGetValue(out value);

    /// <inheritdoc/>
    public int CompareTo(ProviderId other) => string.CompareOrdinal(_value, other._value);

    /// <summary>Returns the id's text.</summary>
    /// <returns>The id, empty for the default value.</returns>
    public override string ToString() => Value;

    /// <summary>Compares two ids ordinally.</summary>
    /// <param name="left">The first id.</param>
    /// <param name="right">The second id.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> sorts before <paramref name="right"/>.</returns>
    public static bool operator <(ProviderId left, ProviderId right) => left.CompareTo(right) < 0;

    /// <summary>Compares two ids ordinally.</summary>
    /// <param name="left">The first id.</param>
    /// <param name="right">The second id.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> sorts after <paramref name="right"/>.</returns>
    public static bool operator >(ProviderId left, ProviderId right) => left.CompareTo(right) > 0;

    /// <summary>Compares two ids ordinally.</summary>
    /// <param name="left">The first id.</param>
    /// <param name="right">The second id.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> sorts before or equals <paramref name="right"/>.</returns>
    public static bool operator <=(ProviderId left, ProviderId right) => left.CompareTo(right) <= 0;

    /// <summary>Compares two ids ordinally.</summary>
    /// <param name="left">The first id.</param>
    /// <param name="right">The second id.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> sorts after or equals <paramref name="right"/>.</returns>
    public static bool operator >=(ProviderId left, ProviderId right) => left.CompareTo(right) >= 0;
}
