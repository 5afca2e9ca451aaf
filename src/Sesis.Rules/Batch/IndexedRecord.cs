namespace Sesis.Rules;

/// <summary>
/// A record with its position in the input, and the reading it came from when the input was read from text
/// (its row key and unreadable fields); <see langword="null"/> for a typed record.
/// </summary>
internal readonly record struct IndexedRecord(ServiceRecord Record, long Index, ServiceRecordReading? Reading = null)
{
    // The fields the rules across records compare within a provider-day.
    private const RecordFields Compared = RecordFields.StudentId | RecordFields.ServiceType | RecordFields.StartTime | RecordFields.EndTime | RecordFields.SessionType;

    public RecordFields Unreadable => Reading?.Unreadable ?? RecordFields.None;

    public string? RowKey => Reading?.RowKey;

    /// <summary>Gets a value indicating whether the record's provider and date were read, so it belongs to one provider-day.</summary>
    public bool IsPlaced => (Unreadable & (RecordFields.ProviderId | RecordFields.Date)) == RecordFields.None;

    /// <summary>Gets a value indicating whether every field the rules across records compare was read (the group size aside).</summary>
    public bool IsCertain => (Unreadable & Compared) == RecordFields.None;
}
