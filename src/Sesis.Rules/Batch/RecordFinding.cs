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
/// <param name="Record">The record the finding concerns.</param>
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

    /// <summary>Describes the finding on one line, with the record's position.</summary>
    /// <returns>Such as "#12 SR901 Error StudentId: ...".</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"#{Index} {Finding}");
}
