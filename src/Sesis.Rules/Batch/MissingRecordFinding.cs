namespace Sesis.Rules;

/// <summary>
/// A finding of a batch that concerns a record that does not exist: the record a schedule calls for (SR910).
/// It has no position in the input and no record, so it is kept apart from <see cref="RecordFinding"/>, in
/// <see cref="BatchValidationResult.MissingRecords"/>.
/// </summary>
/// <param name="Expected">The record the schedule calls for: provider, student, service type and school day.</param>
/// <param name="Finding">The SR910 finding, as <see cref="MissingRecords.ToFinding"/> describes it, with the batch's severity.</param>
public sealed record MissingRecordFinding(ExpectedRecord Expected, Finding Finding)
{
    private readonly ExpectedRecord _expected = Guard.NotNull(Expected);
    private readonly Finding _finding = Guard.NotNull(Finding);

    /// <summary>Gets the record the schedule calls for: provider, student, service type and school day.</summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    public ExpectedRecord Expected { get => _expected; init => _expected = Guard.NotNull(value); }

    /// <summary>Gets the SR910 finding, as <see cref="MissingRecords.ToFinding"/> describes it, with the batch's severity.</summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    public Finding Finding { get => _finding; init => _finding = Guard.NotNull(value); }

    /// <summary>Describes the finding on one line.</summary>
    /// <returns>Such as "2025-11-17 speech-language-therapy student 204381535 provider P0012345: SR910 Error Date: ...".</returns>
    public override string ToString() => $"{Expected}: {Finding}";
}
