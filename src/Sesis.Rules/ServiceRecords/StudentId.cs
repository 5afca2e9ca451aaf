namespace Sesis.Rules;

/// <summary>
/// A student's identifier: in NYC the nine-digit OSIS number, by default.
/// </summary>
/// <remarks>
/// Up to 64 ASCII letters, digits and hyphens, kept exactly as written and compared ordinally, so "a1" and
/// "A1" are different ids. Ordering is ordinal too, for stable reports. The default value has an empty
/// <see cref="Value"/> and stands for "not given".
/// </remarks>
public readonly record struct StudentId : IComparable<StudentId>
{
    private readonly string? _value;

    /// <summary>Initializes a new id.</summary>
    /// <param name="value">The id, such as "204381527".</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="value"/> is empty, too long or holds other characters.</exception>
    public StudentId(string value) => _value = CodeText.RequireIdentifier(value, "Student id", nameof(value));

    /// <summary>Gets the id's text; empty for the default value.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Gets a value indicating whether this is the default value, which names no student.</summary>
    public bool IsEmpty => _value is null;

    /// <summary>
    /// Gets a value indicating whether this id is an NYC OSIS number: exactly nine digits. Validation
    /// requires that format by default; a host outside NYC may turn it off.
    /// </summary>
    public bool IsOsisNumber => _value is { Length: 9 } v && v.AsSpan().IndexOfAnyExceptInRange('0', '9') < 0;

    /// <summary>Parses an id without throwing.</summary>
    /// <param name="text">The text to parse.</param>
    /// <returns>The id, or what is wrong with <paramref name="text"/>.</returns>
    public static ParseOutcome<StudentId> Parse(string? text) =>
        CodeText.TryCheckIdentifier(text, "Student id", out var error)
            ? ParseOutcome<StudentId>.ForValue(new StudentId(text!))
            : ParseOutcome<StudentId>.ForError(error);

    /// <summary>Parses an id without throwing.</summary>
    /// <param name="text">The text to parse.</param>
    /// <param name="value">The id parsed, or the default.</param>
    /// <returns><see langword="true"/> when <paramref name="text"/> is a well-formed id.</returns>
    public static bool TryParse(string? text, out StudentId value) => Parse(text).TryGetValue(out value);

    /// <inheritdoc/>
    public int CompareTo(StudentId other) => string.CompareOrdinal(_value, other._value);

    /// <summary>Returns the id's text.</summary>
    /// <returns>The id, empty for the default value.</returns>
    public override string ToString() => Value;

    /// <summary>Compares two ids ordinally.</summary>
    /// <param name="left">The first id.</param>
    /// <param name="right">The second id.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> sorts before <paramref name="right"/>.</returns>
    public static bool operator <(StudentId left, StudentId right) => left.CompareTo(right) < 0;

    /// <summary>Compares two ids ordinally.</summary>
    /// <param name="left">The first id.</param>
    /// <param name="right">The second id.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> sorts after <paramref name="right"/>.</returns>
    public static bool operator >(StudentId left, StudentId right) => left.CompareTo(right) > 0;

    /// <summary>Compares two ids ordinally.</summary>
    /// <param name="left">The first id.</param>
    /// <param name="right">The second id.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> sorts before or equals <paramref name="right"/>.</returns>
    public static bool operator <=(StudentId left, StudentId right) => left.CompareTo(right) <= 0;

    /// <summary>Compares two ids ordinally.</summary>
    /// <param name="left">The first id.</param>
    /// <param name="right">The second id.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> sorts after or equals <paramref name="right"/>.</returns>
    public static bool operator >=(StudentId left, StudentId right) => left.CompareTo(right) >= 0;
}
