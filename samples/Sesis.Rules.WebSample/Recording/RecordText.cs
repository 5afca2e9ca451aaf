using NodaTime;
using NodaTime.Text;

namespace Sesis.Rules.WebSample.Recording;

/// <summary>
/// Named text fields (a form post, a JSON object, a stored row) to and from the library's
/// <see cref="ServiceRecordText"/>, which <see cref="ServiceRecordReader"/> reads. Field names are the
/// <see cref="ServiceRecordText"/> properties, in any case; nothing here parses a record's values.
/// </summary>
public static class RecordText
{
    private static readonly Dictionary<string, Func<ServiceRecordText, string?, ServiceRecordText>> Setters =
        new(StringComparer.OrdinalIgnoreCase)
        {
            [nameof(ServiceRecordText.StudentId)] = (t, v) => t with { StudentId = v },
            [nameof(ServiceRecordText.ProviderId)] = (t, v) => t with { ProviderId = v },
            [nameof(ServiceRecordText.ServiceType)] = (t, v) => t with { ServiceType = v },
            [nameof(ServiceRecordText.Date)] = (t, v) => t with { Date = v },
            [nameof(ServiceRecordText.StartTime)] = (t, v) => t with { StartTime = v },
            [nameof(ServiceRecordText.EndTime)] = (t, v) => t with { EndTime = v },
            [nameof(ServiceRecordText.Language)] = (t, v) => t with { Language = v },
            [nameof(ServiceRecordText.SessionType)] = (t, v) => t with { SessionType = v },
            [nameof(ServiceRecordText.Reason)] = (t, v) => t with { Reason = v },
            [nameof(ServiceRecordText.GroupSize)] = (t, v) => t with { GroupSize = v },
            [nameof(ServiceRecordText.Location)] = (t, v) => t with { Location = v },
            [nameof(ServiceRecordText.Description)] = (t, v) => t with { Description = v },
            [nameof(ServiceRecordText.Progress)] = (t, v) => t with { Progress = v },
            [nameof(ServiceRecordText.Notes)] = (t, v) => t with { Notes = v },
            [nameof(ServiceRecordText.NotesConfidential)] = (t, v) => t with { NotesConfidential = v },
            [nameof(ServiceRecordText.CertifiedBy)] = (t, v) => t with { CertifiedBy = v },
            [nameof(ServiceRecordText.CertifiedAt)] = (t, v) => t with { CertifiedAt = v },
            [nameof(ServiceRecordText.Digest)] = (t, v) => t with { Digest = v },
        };

    /// <summary>The field names, in the form's order.</summary>
    public static IReadOnlyList<string> Fields { get; } = [.. Setters.Keys];

    /// <summary>Builds the library's text form from named fields.</summary>
    /// <param name="fields">The fields; a name that is not a field is reported, never ignored.</param>
    /// <param name="unknown">The names that are not fields of a service record.</param>
    /// <returns>The text form.</returns>
    public static ServiceRecordText ToText(IEnumerable<KeyValuePair<string, string?>> fields, out IReadOnlyList<string> unknown)
    {
        ArgumentNullException.ThrowIfNull(fields);
        var text = new ServiceRecordText();
        var notFields = new List<string>();
        foreach (var (name, value) in fields)
        {
            if (Setters.TryGetValue(name, out var set))
            {
                // An empty input is an absent value, as Write leaves it out: a record round-trips through storage.
                text = set(text, string.IsNullOrEmpty(value) ? null : value);
            }
            else
            {
                notFields.Add(name);
            }
        }

        unknown = notFields;
        return text;
    }

    /// <summary>Writes a record as named fields (absent values left out), through <see cref="ServiceRecordText.From"/>.</summary>
    /// <param name="record">The record.</param>
    /// <returns>The fields.</returns>
    public static IReadOnlyDictionary<string, string?> Write(ServiceRecord record)
    {
        var text = ServiceRecordText.From(record);
        var fields = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase)
        {
            [nameof(text.StudentId)] = text.StudentId,
            [nameof(text.ProviderId)] = text.ProviderId,
            [nameof(text.ServiceType)] = text.ServiceType,
            [nameof(text.Date)] = text.Date,
            [nameof(text.StartTime)] = text.StartTime,
            [nameof(text.EndTime)] = text.EndTime,
            [nameof(text.Language)] = text.Language,
            [nameof(text.SessionType)] = text.SessionType,
            [nameof(text.Reason)] = text.Reason,
            [nameof(text.GroupSize)] = text.GroupSize,
            [nameof(text.Location)] = text.Location,
            [nameof(text.Description)] = text.Description,
            [nameof(text.Progress)] = text.Progress,
            [nameof(text.Notes)] = text.Notes,
            [nameof(text.NotesConfidential)] = text.NotesConfidential == "false" ? null : text.NotesConfidential,
            [nameof(text.CertifiedBy)] = text.CertifiedBy,
            [nameof(text.CertifiedAt)] = text.CertifiedAt,
            [nameof(text.Digest)] = text.Digest,
        };
        return fields.Where(f => !string.IsNullOrEmpty(f.Value)).ToDictionary(f => f.Key, f => f.Value, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Reads a date of a URL's query (yyyy-MM-dd).</summary>
    /// <param name="text">The text.</param>
    /// <returns>The date, or what is wrong.</returns>
    public static ParseOutcome<LocalDate> ParseDate(string text)
    {
        var result = LocalDatePattern.Iso.Parse(text);
        return result.Success ? ParseOutcome<LocalDate>.ForValue(result.Value) : ParseOutcome<LocalDate>.ForError($"'{Shown(text)}' is not a date (yyyy-MM-dd).");
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
}
