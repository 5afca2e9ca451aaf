namespace Sesis.Rules.Sample.Input;

/// <summary>
/// A record as read, with where it came from, so findings can point back to the file: the reading (the record,
/// or the values that could not be read), the record's line, and the line of each field that could not be read.
/// </summary>
internal sealed record SourcedRecord(ServiceRecordReading Reading, string File, int Line, string Label, IReadOnlyDictionary<string, int> UnreadableLines)
{
    /// <summary>
    /// Gets the record, for the commands that need every value (calendar, report): there an unreadable value makes the
    /// batch unreadable, named like any other input error. The validate command reports it as a finding instead.
    /// </summary>
    public ServiceRecord Record => Reading.Record ?? throw Unreadable();

    /// <summary>Gets where a finding's field is in the file: the field's own line for an unreadable value, else the record's.</summary>
    public string Where(Finding finding) =>
        $"{File}:{UnreadableLines.GetValueOrDefault(finding.Field, Line)}";

    /// <summary>Gets the record as text, or, for a record read in part, what could not be read (its findings say the rest).</summary>
    public string Describe() =>
        Reading.Record?.ToString() ?? $"not read in full ({string.Join(", ", Reading.UnreadableFields.Select(RecordMapper.ColumnOf))})";

    /// <summary>Gets where an unreadable value's finding (SR0xx) is in the file, or null for any other finding.</summary>
    public string? At(Finding finding) => IsUnreadable(finding) ? Where(finding) : null;

    // An unreadable value (SR0xx) is located in the file: its field's own line.
    private static bool IsUnreadable(Finding f) => f.Code.StartsWith("SR0", StringComparison.Ordinal);

    private InputException Unreadable()
    {
        var finding = Reading.Findings[0];
        return new InputException(File, UnreadableLines.GetValueOrDefault(finding.Field, Line), RecordMapper.ColumnOf(finding.Field), finding.Message);
    }
}

/// <summary>
/// Turns one record's fields (a JSON object or a CSV row) into the library's text form and reads it with the
/// library's <see cref="ServiceRecordReader"/>: all the host still knows about records is its own field names.
/// </summary>
internal static class RecordMapper
{
    private static readonly IReadOnlyDictionary<string, int> NoLines = new Dictionary<string, int>();

    public static readonly string[] Fields =
    [
        "studentId", "providerId", "serviceType", "date", "startTime", "endTime", "language", "sessionType",
        "reason", "groupSize", "location", "description", "progress", "notes", "notesConfidential",
        "certifiedBy", "certifiedAt", "digest",
    ];

    /// <summary>The host's name of a text field: camelCase ("CertifiedAt" is "certifiedAt").</summary>
    public static string ColumnOf(string field) => field.Length == 0 ? field : char.ToLowerInvariant(field[0]) + field[1..];

    public static SourcedRecord Read(FieldSource fields, ServiceRecordReader reader, int line, string label)
    {
        var reading = reader.Read(
            new ServiceRecordText
            {
                StudentId = fields.OptionalString("studentId"),
                ProviderId = fields.OptionalString("providerId"),
                ServiceType = fields.OptionalString("serviceType"),
                Date = fields.OptionalString("date"),
                StartTime = fields.OptionalString("startTime"),
                EndTime = fields.OptionalString("endTime"),
                Language = fields.OptionalString("language"),
                SessionType = fields.OptionalString("sessionType"),
                Reason = fields.OptionalString("reason"),
                GroupSize = fields.OptionalString("groupSize"),
                Location = fields.OptionalString("location"),
                Description = fields.OptionalString("description"),
                Progress = fields.OptionalString("progress"),
                Notes = fields.OptionalString("notes"),
                NotesConfidential = fields.OptionalString("notesConfidential"),
                CertifiedBy = fields.OptionalString("certifiedBy"),
                CertifiedAt = fields.OptionalString("certifiedAt"),
                Digest = fields.OptionalString("digest"),
            },
            rowKey: label);
        IReadOnlyDictionary<string, int> lines = reading.IsComplete
            ? NoLines
            : reading.UnreadableFields.Distinct().ToDictionary(f => f, f => fields.LineOf(ColumnOf(f)));
        return new SourcedRecord(reading, fields.File, line, label, lines);
    }
}
