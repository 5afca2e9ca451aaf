using System.Globalization;

namespace Sesis.Rules;

/// <summary>
/// A finding of a batch, with the record it concerns: the record's position in the input and the record itself.
/// </summary>
/// <remarks>
/// The position says where to look in the input; the record says what was checked, so findings can be compared
/// across inputs in different orders (the same records give the same <see cref="Record"/>-<see cref="Finding"/>
/// pairs whatever their order; only <see cref="Index"/> moves).
/// </remarks>
/// <param name="Index">The record's position in the input, from 0.</param>
/// <param name="Record">
/// The record the finding concerns. For a reading with unreadable values, the record as read: each unreadable
/// field holds its type's default (see <see cref="ServiceRecordReading.UnreadableFields"/>).
/// </param>
/// <param name="Finding">What is wrong with it.</param>
public sealed record RecordFinding(long Index, ServiceRecord Record, Finding Finding)
{
    private readonly ServiceRecord _record = Guard.NotNull(Record);
    private readonly Finding _finding = Guard.NotNull(Finding);

    /// <summary>Gets the record the finding concerns.</summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    public ServiceRecord Record { get => _record; init => _record = Guard.NotNull(value); }

    /// <summary>Gets what is wrong with it.</summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    public Finding Finding { get => _finding; init => _finding = Guard.NotNull(value); }

    /// <summary>
    /// Gets the key the host gave the record (<see cref="ServiceRecordReading.RowKey"/>: a row number, a database key),
    /// so findings can be written next to the host's own rows; <see langword="null"/> when none was given.
    /// </summary>
    public string? RowKey { get; init; }

    /// <summary>Describes the finding on one line, with the record's position and row key.</summary>
    /// <returns>Such as "#12 SR901 Error StudentId: ...", or "#12 [row-88] SR901 ..." with a row key.</returns>
    public override string ToString() =>
        RowKey is null
            ? string.Create(CultureInfo.InvariantCulture, $"#{Index} {Finding}")
            : string.Create(CultureInfo.InvariantCulture, $"#{Index} [{CodeText.Printable(RowKey)}] {Finding}");
}
