
namespace Sesis.Rules;

/// <summary>
/// What <see cref="ServiceRecordReader"/> made of one record's text: the record when every value could be read,
/// and a finding (SR0xx) for each value that could not, all at once.
/// </summary>
/// <remarks>
/// A reading with unreadable values still takes part in validation: <see cref="ServiceRecordValidator.Validate(ServiceRecordReading, ValidationStage)"/>
/// runs every rule that does not read an unreadable field, and <see cref="BatchValidator"/> checks it across records
/// with what was read. The host's <see cref="RowKey"/> travels with it onto every finding of a batch.
/// </remarks>
public sealed class ServiceRecordReading
{
    internal ServiceRecordReading(ServiceRecord partial, RecordFields unreadable, IReadOnlyList<Finding> findings, IReadOnlyList<string> unreadableFields, string? rowKey)
    {
        Partial = partial;
        Unreadable = unreadable;
        Findings = findings;
        UnreadableFields = unreadableFields;
        RowKey = rowKey;
    }

    /// <summary>
    /// Gets the record, or <see langword="null"/> when a value could not be read (see <see cref="Findings"/>): a record
    /// is never built on a guessed value.
    /// </summary>
    public ServiceRecord? Record => Unreadable == RecordFields.None ? Partial : null;

    /// <summary>Gets a value indicating whether every value was read, so <see cref="Record"/> is set.</summary>
    public bool IsComplete => Unreadable == RecordFields.None;

    /// <summary>Gets one finding (SR0xx, an error) per value that could not be read, in field order; empty when every value was read.</summary>
    public IReadOnlyList<Finding> Findings { get; }

    /// <summary>
    /// Gets the text fields that could not be read, named as on <see cref="ServiceRecordText"/>, in field order; a
    /// certification whose parts were each read but do not make a whole one (SR018) is named <c>Certification</c>.
    /// </summary>
    public IReadOnlyList<string> UnreadableFields { get; }

    /// <summary>Gets the key the host gave this record (a row number, a database key), or <see langword="null"/>.</summary>
    public string? RowKey { get; }

    /// <summary>
    /// Gets the record as read: the values read, and in each unreadable field the type's default, which no rule
    /// reads (the rules that read such a field are skipped).
    /// </summary>
    internal ServiceRecord Partial { get; }

    /// <summary>Gets the fields of <see cref="Partial"/> that hold a default in place of an unreadable value.</summary>
    internal RecordFields Unreadable { get; }

    /// <summary>Wraps a typed record as a complete reading, to give it a row key in a batch.</summary>
    /// <param name="record">The record.</param>
    /// <param name="rowKey">The host's key for the record, or <see langword="null"/>.</param>
    /// <returns>A complete reading of <paramref name="record"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="record"/> is null.</exception>
    public static ServiceRecordReading Of(ServiceRecord record, string? rowKey = null) =>
        new(Guard.NotNull(record), RecordFields.None, [], [], rowKey);

    /// <summary>Describes the reading in a few words, without the notes.</summary>
    /// <returns>Such as "read: 2025-10-06 08:00-09:00 ..." or "2 unreadable values (Date, StartTime), row 12".</returns>
    public override string ToString()
    {
        var key = RowKey is null ? string.Empty : $", row {CodeText.Printable(RowKey)}";
        return IsComplete
            ? $"read: {Partial}{key}"
            : $"{Findings.Count} unreadable {(Findings.Count == 1 ? "value" : "values")} ({string.Join(", ", UnreadableFields)}){key}";
    }
}
