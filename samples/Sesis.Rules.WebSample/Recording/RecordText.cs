using NodaTime;
using NodaTime.Text;

namespace Sesis.Rules.WebSample.Recording;

/// <summary>
/// A service record as text, the way a form posts it and the API receives it: one string per field, named as the
/// <see cref="ServiceRecord"/> property (case-insensitive), plus CertifiedBy, CertifiedAt and Digest for a
/// certification. Read through the library's parsers; every unreadable value is reported, never only the first.
/// </summary>
public static class RecordText
{
    /// <summary>The field names, in the form's order.</summary>
    public static readonly IReadOnlyList<string> Fields =
    [
        nameof(ServiceRecord.StudentId), nameof(ServiceRecord.ProviderId), nameof(ServiceRecord.ServiceType),
        nameof(ServiceRecord.Date), nameof(ServiceRecord.StartTime), nameof(ServiceRecord.EndTime),
        nameof(ServiceRecord.Language), nameof(ServiceRecord.SessionType), nameof(ServiceRecord.Reason),
        nameof(ServiceRecord.GroupSize), nameof(ServiceRecord.Location), nameof(ServiceRecord.Description),
        nameof(ServiceRecord.Progress), nameof(ServiceRecord.Notes), nameof(ServiceRecord.NotesConfidential),
        CertifiedBy, CertifiedAt, Digest,
    ];

    /// <summary>The field naming who certified.</summary>
    public const string CertifiedBy = "CertifiedBy";

    /// <summary>The field holding when the record was certified (an instant with Z or an offset).</summary>
    public const string CertifiedAt = "CertifiedAt";

    /// <summary>The field holding a stored certification's digest (64 hex digits).</summary>
    public const string Digest = "Digest";

    private static readonly LocalTimePattern Minutes = LocalTimePattern.CreateWithInvariantCulture("HH:mm");
    private static readonly LocalTimePattern Seconds = LocalTimePattern.CreateWithInvariantCulture("HH:mm:ss");

    /// <summary>Reads a record from its fields.</summary>
    /// <param name="fields">The fields; a null or blank value is absent.</param>
    /// <returns>The record when every value was readable, and every problem otherwise.</returns>
    public static RecordReading Read(IReadOnlyDictionary<string, string?> fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        var reader = new Reader(fields);
        foreach (var name in fields.Keys)
        {
            if (!Fields.Contains(name, StringComparer.OrdinalIgnoreCase))
            {
                reader.Problem(name, $"'{Shown(name)}' is not a field of a service record; the fields are {string.Join(", ", Fields)}.");
            }
        }

        var record = new ServiceRecord
        {
            // Absent identities, service type and language stay empty so the library's own rules (SR101, SR103,
            // SR104, SR402) report them; a record has no meaningful default date or time, so those are required.
            StudentId = reader.Optional(nameof(ServiceRecord.StudentId), StudentId.Parse) ?? default,
            ProviderId = reader.Optional(nameof(ServiceRecord.ProviderId), ProviderId.Parse) ?? default,
            ServiceType = reader.Optional(nameof(ServiceRecord.ServiceType), ServiceType.Parse) ?? default,
            Date = reader.Required(nameof(ServiceRecord.Date), ParseDate),
            StartTime = reader.Required(nameof(ServiceRecord.StartTime), ParseTime),
            EndTime = reader.Required(nameof(ServiceRecord.EndTime), ParseTime),
            Language = reader.Optional(nameof(ServiceRecord.Language), Language.Parse) ?? default,
            SessionType = reader.Optional(nameof(ServiceRecord.SessionType), ParseEnum<SessionType>) ?? SessionType.ServiceProvided,
            Reason = reader.Optional(nameof(ServiceRecord.Reason), ParseEnum<SessionReason>),
            GroupSize = reader.Optional(nameof(ServiceRecord.GroupSize), GroupSize.Parse) ?? GroupSize.Individual,
            Location = reader.Optional(nameof(ServiceRecord.Location), ServiceLocation.Parse),
            Description = reader.Optional(nameof(ServiceRecord.Description), ServiceDescription.Parse),
            Progress = reader.Optional(nameof(ServiceRecord.Progress), ProgressIndicator.Parse),
            Notes = reader.Text(nameof(ServiceRecord.Notes)),
            NotesConfidential = reader.Optional(nameof(ServiceRecord.NotesConfidential), ParseBool) ?? false,
        };

        var by = reader.Optional(CertifiedBy, ProviderId.Parse);
        var at = reader.Optional(CertifiedAt, ParseInstant);
        var digest = reader.Optional(Digest, ContentDigest.Parse);
        if (by is null != at is null)
        {
            reader.Problem(by is null ? CertifiedBy : CertifiedAt, "A certification needs both CertifiedBy and CertifiedAt.");
        }
        else if (digest is not null && by is null)
        {
            reader.Problem(Digest, "A digest belongs to a certification: give CertifiedBy and CertifiedAt too.");
        }

        if (reader.Problems.Count > 0)
        {
            return new RecordReading(null, reader.Problems);
        }

        // CertifiedBy and CertifiedAt alone certify the content as read; with a digest they state a stored
        // certification, which then covers the record only if the content still matches.
        return new RecordReading(
            by is { } provider && at is { } instant
                ? record with { Certification = digest is { } stored ? new Certification(provider, instant, stored) : Certification.Of(record, provider, instant) }
                : record,
            []);
    }

    /// <summary>Writes a record as its fields (absent values left out), the inverse of <see cref="Read"/>.</summary>
    /// <param name="record">The record.</param>
    /// <returns>The fields, in the form's order.</returns>
    public static IReadOnlyDictionary<string, string?> Write(ServiceRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var fields = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase)
        {
            [nameof(ServiceRecord.StudentId)] = record.StudentId.ToString(),
            [nameof(ServiceRecord.ProviderId)] = record.ProviderId.ToString(),
            [nameof(ServiceRecord.ServiceType)] = record.ServiceType.ToString(),
            [nameof(ServiceRecord.Date)] = LocalDatePattern.Iso.Format(record.Date),
            [nameof(ServiceRecord.StartTime)] = Minutes.Format(record.StartTime),
            [nameof(ServiceRecord.EndTime)] = Minutes.Format(record.EndTime),
            [nameof(ServiceRecord.Language)] = record.Language.ToString(),
            [nameof(ServiceRecord.SessionType)] = record.SessionType.ToString(),
            [nameof(ServiceRecord.Reason)] = record.Reason?.ToString(),
            [nameof(ServiceRecord.GroupSize)] = record.GroupSize.ToString(),
            [nameof(ServiceRecord.Location)] = record.Location?.ToString(),
            [nameof(ServiceRecord.Description)] = record.Description?.ToString(),
            [nameof(ServiceRecord.Progress)] = record.Progress?.ToString(),
            [nameof(ServiceRecord.Notes)] = record.Notes,
            [nameof(ServiceRecord.NotesConfidential)] = record.NotesConfidential ? "true" : null,
        };
        if (record.Certification is { } certification)
        {
            fields[CertifiedBy] = certification.CertifiedBy.ToString();
            fields[CertifiedAt] = InstantPattern.ExtendedIso.Format(certification.CertifiedAt);
            fields[Digest] = certification.Digest.ToString();
        }

        return fields.Where(f => !string.IsNullOrEmpty(f.Value)).ToDictionary(f => f.Key, f => f.Value, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Reads a date written yyyy-MM-dd.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The date, or what is wrong.</returns>
    public static ParseOutcome<LocalDate> ParseDate(string text)
    {
        var result = LocalDatePattern.Iso.Parse(text);
        return result.Success ? ParseOutcome<LocalDate>.ForValue(result.Value) : ParseOutcome<LocalDate>.ForError($"'{Shown(text)}' is not a date (yyyy-MM-dd).");
    }

    /// <summary>Reads a time written HH:mm or HH:mm:ss (24-hour).</summary>
    /// <param name="text">The text.</param>
    /// <returns>The time, or what is wrong.</returns>
    public static ParseOutcome<LocalTime> ParseTime(string text)
    {
        var result = Minutes.Parse(text);
        if (!result.Success)
        {
            result = Seconds.Parse(text);
        }

        return result.Success ? ParseOutcome<LocalTime>.ForValue(result.Value) : ParseOutcome<LocalTime>.ForError($"'{Shown(text)}' is not a time (HH:mm, 24-hour).");
    }

    /// <summary>Reads an instant with Z or an offset.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The instant, or what is wrong.</returns>
    public static ParseOutcome<Instant> ParseInstant(string text)
    {
        var result = InstantPattern.ExtendedIso.Parse(text);
        if (result.Success)
        {
            return ParseOutcome<Instant>.ForValue(result.Value);
        }

        var offset = OffsetDateTimePattern.ExtendedIso.Parse(text);
        return offset.Success
            ? ParseOutcome<Instant>.ForValue(offset.Value.ToInstant())
            : ParseOutcome<Instant>.ForError($"'{Shown(text)}' is not an instant (such as 2025-10-06T19:00:00Z or 2025-10-06T15:00:00-04:00).");
    }

    /// <summary>Reads an enum by name (never by number: a number would let an undefined value through).</summary>
    /// <typeparam name="T">The enum.</typeparam>
    /// <param name="text">The text.</param>
    /// <returns>The value, or what is wrong.</returns>
    public static ParseOutcome<T> ParseEnum<T>(string text)
        where T : struct, Enum =>
        Enum.GetNames<T>().FirstOrDefault(n => string.Equals(n, text.Replace(" ", string.Empty, StringComparison.Ordinal), StringComparison.OrdinalIgnoreCase)) is { } name
            ? ParseOutcome<T>.ForValue(Enum.Parse<T>(name))
            : ParseOutcome<T>.ForError($"'{Shown(text)}' is not one of {string.Join(", ", Enum.GetNames<T>())}.");

    /// <summary>A value quoted safely in a message: at most 40 characters, control characters escaped.</summary>
    /// <param name="text">The value.</param>
    /// <returns>The value as shown.</returns>
    public static string Shown(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var shown = string.Concat(text.Take(40).Select(c => char.IsControl(c) ? $"\\u{(int)c:x4}" : c.ToString()));
        return text.Length > 40 ? shown + "..." : shown;
    }

    private static ParseOutcome<bool> ParseBool(string text) =>
        bool.TryParse(text, out var value) ? ParseOutcome<bool>.ForValue(value)
        : text == "on" ? ParseOutcome<bool>.ForValue(true) // an HTML checkbox
        : ParseOutcome<bool>.ForError($"'{Shown(text)}' is not true or false.");

    private sealed class Reader(IReadOnlyDictionary<string, string?> fields)
    {
        private readonly Dictionary<string, string?> _fields = fields
            .GroupBy(f => f.Key, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.First().Value, StringComparer.OrdinalIgnoreCase);

        public List<FieldProblem> Problems { get; } = [];

        public void Problem(string field, string message) => Problems.Add(new FieldProblem(field, message));

        public string? Text(string name) =>
            _fields.TryGetValue(name, out var text) && !string.IsNullOrWhiteSpace(text) ? text : null;

        public T? Optional<T>(string name, Func<string, ParseOutcome<T>> parse)
            where T : struct
        {
            if (Text(name) is not { } text)
            {
                return null;
            }

            var result = parse(text.Trim());
            if (result.Success)
            {
                return result.Value;
            }

            Problem(name, result.Error!);
            return null;
        }

        public T Required<T>(string name, Func<string, ParseOutcome<T>> parse)
            where T : struct
        {
            if (Text(name) is null)
            {
                Problem(name, $"{name} is required.");
                return default;
            }

            return Optional(name, parse) ?? default;
        }
    }
}

/// <summary>What reading a record's text gave: the record, or every unreadable value.</summary>
/// <param name="Record">The record; null when some value was unreadable.</param>
/// <param name="Problems">The unreadable values, in field order of discovery.</param>
public sealed record RecordReading(ServiceRecord? Record, IReadOnlyList<FieldProblem> Problems);
