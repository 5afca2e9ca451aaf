using System.Globalization;

namespace Sesis.Rules;

/// <summary>
/// The group size of a session (procedure step 10): Individual, or Group of n students present.
/// </summary>
/// <remarks>
/// "Group, 1" is legal and differs from Individual: it is what a student gets when only they came to a group
/// session. The default value is <see cref="Individual"/>. Group sizes have no meaningful order (Individual and
/// Group, 1 both serve one student), so the type is not comparable.
/// </remarks>
public readonly struct GroupSize : IEquatable<GroupSize>
{
    // 0 is Individual so that default(GroupSize) is Individual; n > 0 is "Group, n".
    private readonly int _students;

    private GroupSize(int students) => _students = students;

    /// <summary>Gets an individual session.</summary>
    public static GroupSize Individual => default;

    /// <summary>Gets a value indicating whether this is an individual session.</summary>
    public bool IsIndividual => _students == 0;

    /// <summary>Gets a value indicating whether this is a group session, even a group of one.</summary>
    public bool IsGroup => _students > 0;

    /// <summary>Gets the number of students the record says were present: 1 for Individual, n for Group n.</summary>
    public int Students => IsIndividual ? 1 : _students;

    /// <summary>Creates a group session of <paramref name="studentsPresent"/> students.</summary>
    /// <param name="studentsPresent">The students present, at least 1.</param>
    /// <returns>The group size.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="studentsPresent"/> is less than 1.</exception>
    public static GroupSize Group(int studentsPresent)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(studentsPresent, 1);
        return new GroupSize(studentsPresent);
    }

    /// <summary>
    /// Parses "Individual" or a group as SESIS shows it ("Group, 2") or as people write it ("Group 2",
    /// "Group of 2"), ignoring case, without throwing.
    /// </summary>
    /// <param name="text">The text to parse.</param>
    /// <returns>The group size, or what is wrong with <paramref name="text"/>.</returns>
    public static ParseOutcome<GroupSize> Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return ParseOutcome<GroupSize>.ForError("Group size is empty.");
        }

        var span = text.AsSpan().Trim();
        if (span.Equals("Individual", StringComparison.OrdinalIgnoreCase))
        {
            return ParseOutcome<GroupSize>.ForValue(Individual);
        }

        if (span.StartsWith("Group", StringComparison.OrdinalIgnoreCase))
        {
            var rest = span["Group".Length..].TrimStart();
            if (rest.StartsWith(",", StringComparison.Ordinal))
            {
                rest = rest[1..].TrimStart();
            }
            else if (rest.StartsWith("of ", StringComparison.OrdinalIgnoreCase))
            {
                rest = rest[3..].TrimStart();
            }

            if (rest.Length <= 4 && int.TryParse(rest, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= 1)
            {
                return ParseOutcome<GroupSize>.ForValue(new GroupSize(n));
            }
        }

        return ParseOutcome<GroupSize>.ForError(
            $"Group size '{CodeText.Printable(text)}' is not 'Individual' or 'Group, n' with n a whole number from 1.");
    }

    /// <summary>Parses a group size without throwing.</summary>
    /// <param name="text">The text to parse.</param>
    /// <param name="value">The group size parsed, or Individual.</param>
    /// <returns><see langword="true"/> when <paramref name="text"/> is a group size.</returns>
    public static bool TryParse(string? text, out GroupSize value) => Parse(text).TryGetValue(out value);

    /// <inheritdoc/>
    public bool Equals(GroupSize other) => _students == other._students;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is GroupSize other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => _students;

    /// <summary>Returns the group size as SESIS shows it.</summary>
    /// <returns>"Individual" or "Group, n".</returns>
    public override string ToString() =>
        IsIndividual ? "Individual" : string.Create(CultureInfo.InvariantCulture, $"Group, {_students}");

    /// <summary>Compares two group sizes for equality.</summary>
    /// <param name="left">The first group size.</param>
    /// <param name="right">The second group size.</param>
    /// <returns><see langword="true"/> when both are Individual or both are groups of the same size.</returns>
    public static bool operator ==(GroupSize left, GroupSize right) => left.Equals(right);

    /// <summary>Compares two group sizes for inequality.</summary>
    /// <param name="left">The first group size.</param>
    /// <param name="right">The second group size.</param>
    /// <returns><see langword="true"/> when the group sizes differ.</returns>
    public static bool operator !=(GroupSize left, GroupSize right) => !left.Equals(right);
}
