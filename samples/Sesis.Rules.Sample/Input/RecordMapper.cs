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

    /// <summary>
    /// Where each of <see cref="Fields"/> is among a table's columns (a CSV header, a records table), or -1: worked
    /// out once per table, so that a row's fields are found by position rather than by name.
    /// </summary>
    public static int[] ColumnsOf(IReadOnlyList<string> columns)
    {
        var at = new int[Fields.Length];
        for (var i = 0; i < Fields.Length; i++)
        {
            at[i] = -1;
            for (var c = 0; c < columns.Count; c++)
            {
                if (string.Equals(columns[c], Fields[i], StringComparison.Ordinal))
                {
                    at[i] = c;
                    break;
                }
            }
        }

        return at;
    }

    /// <summary>The host's name of a text field: camelCase ("CertifiedAt" is "certifiedAt").</summary>
    public static string ColumnOf(string field) => field.Length == 0 ? field : char.ToLowerInvariant(field[0]) + field[1..];

    public static SourcedRecord Read(FieldSource fields, ServiceRecordReader reader, int line, string label)
    {
        // Each field by its position in Fields (the same order as here), which a row finds without comparing names.
        var reading = reader.Read(
            new ServiceRecordText
            {
                StudentId = fields.RecordField(0),
                ProviderId = fields.RecordField(1),
                ServiceType = fields.RecordField(2),
                Date = fields.RecordField(3),
                StartTime = fields.RecordField(4),
                EndTime = fields.RecordField(5),
                Language = fields.RecordField(6),
                SessionType = fields.RecordField(7),
                Reason = fields.RecordField(8),
                GroupSize = fields.RecordField(9),
                Location = fields.RecordField(10),
                Description = fields.RecordField(11),
                Progress = fields.RecordField(12),
                Notes = fields.RecordField(13),
                NotesConfidential = fields.RecordField(14),
                CertifiedBy = fields.RecordField(15),
                CertifiedAt = fields.RecordField(16),
                Digest = fields.RecordField(17),
            },
            rowKey: label);
        IReadOnlyDictionary<string, int> lines = reading.IsComplete
            ? NoLines
            : reading.UnreadableFields.Distinct().ToDictionary(f => f, f => fields.LineOf(ColumnOf(f)));
        return new SourcedRecord(reading, fields.File, line, label, lines);
    }
}
