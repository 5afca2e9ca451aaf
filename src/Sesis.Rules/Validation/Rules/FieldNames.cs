using System.Collections.Frozen;
using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace Sesis.Rules;

/// <summary>The names of the record's fields, as on <see cref="ServiceRecord"/>, and how a finding shows a field's value.</summary>
internal static class FieldNames
{
    private static readonly LocalDatePattern DatePattern = LocalDatePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd");
    private static readonly LocalTimePattern TimePattern = LocalTimePattern.CreateWithInvariantCulture("HH':'mm':'ss");

    private static readonly FrozenDictionary<RecordFields, string> Names =
        Enum.GetValues<RecordFields>().Where(static f => f is not (RecordFields.None or RecordFields.All))
            .ToFrozenDictionary(static f => f, static f => f.ToString());

    /// <summary>Gets every field name, in the order of <see cref="RecordFields"/>.</summary>
    public static IReadOnlyList<string> All { get; } = [.. Names.OrderBy(static p => p.Key).Select(static p => p.Value)];

    /// <summary>Gets the name of one field.</summary>
    public static string Of(RecordFields field) =>
        Names.TryGetValue(field, out var name) ? name : throw new ArgumentOutOfRangeException(nameof(field), field, "Not one field.");

    /// <summary>Gets the value of one field as one short line. Notes are never echoed: they may be confidential.</summary>
    public static string? Show(ServiceRecord record, RecordFields field) => field switch
    {
        RecordFields.StudentId => CodeText.Printable(record.StudentId.ToString()),
        RecordFields.ProviderId => CodeText.Printable(record.ProviderId.ToString()),
        RecordFields.ServiceType => CodeText.Printable(record.ServiceType.ToString()),
        RecordFields.Date => Show(IsoDates.Of(record.Date)),
        RecordFields.StartTime => Show(record.StartTime),
        RecordFields.EndTime => Show(record.EndTime),
        RecordFields.Language => CodeText.Printable(record.Language.ToString()),
        RecordFields.SessionType => record.SessionType.ToString(),
        RecordFields.Reason => record.Reason?.ToString(),
        RecordFields.GroupSize => record.GroupSize.ToString(),
        RecordFields.Location => record.Location is { } location ? CodeText.Printable(location.ToString()) : null,
        RecordFields.Description => record.Description is { } description ? CodeText.Printable(description.ToString()) : null,
        RecordFields.Progress => record.Progress is { } progress ? CodeText.Printable(progress.ToString()) : null,
        RecordFields.Notes => record.Notes is { } notes ? string.Create(CultureInfo.InvariantCulture, $"{notes.Length} characters") : null,
        RecordFields.NotesConfidential => record.NotesConfidential ? "true" : "false",
        RecordFields.Certification => record.Certification?.ToString(),
        _ => null,
    };

    /// <summary>Shows a session's length in minutes.</summary>
    public static string Show(Duration length) => string.Create(CultureInfo.InvariantCulture, $"{length.TotalMinutes:0.##} minutes");

    private static string Show(LocalDate date) => DatePattern.Format(date);

    private static string Show(LocalTime time) => TimePattern.Format(time);
}
