using Sesis.Rules.Calendars;

namespace Sesis.Rules.Sample.Input;

/// <summary>
/// The batch's "calendar" field: a built-in calendar by name, a path to an iCalendar (.ics) or plain-list file,
/// or the plain-list lines inline as a JSON array of strings. Absent: no calendar (the rules then warn, SR703).
/// </summary>
internal static class CalendarSource
{
    public const string NewYorkCity2025To2026 = "nyc-2025-26";

    public static SchoolCalendar? Read(ObjectReader root)
    {
        if (root.IsArray("calendar"))
        {
            return ReadInline(root, [.. root.Array("calendar")]);
        }

        if (root.OptionalString("calendar") is not { } text)
        {
            return null;
        }

        if (text == NewYorkCity2025To2026)
        {
            return SchoolCalendars.NewYorkCity2025To2026;
        }

        var isIcs = text.EndsWith(".ics", StringComparison.OrdinalIgnoreCase);
        if (!isIcs && !text.EndsWith(".txt", StringComparison.OrdinalIgnoreCase))
        {
            throw root.Error("calendar", $"'{InputException.Shown(text)}' is not a built-in calendar ({NewYorkCity2025To2026}) nor a path ending in .ics or .txt.");
        }

        var full = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(root.File)) ?? ".", text);
        var content = InputFile.ReadText(full, "calendar file");

        var result = isIcs ? IcsFormat.Read(content) : PlainListFormat.Read(content);
        if (!result.Success)
        {
            var first = result.Errors[0];
            throw new InputException(full, first.Line, null, first.Message);
        }

        return result.Calendar;
    }

    private static SchoolCalendar ReadInline(ObjectReader root, List<(JsonTree Node, string Path)> lines)
    {
        var texts = lines.Select(l => l.Node is JsonScalar { IsString: true, Text: { } s }
            ? s
            : throw new InputException(root.File, l.Node.Line, l.Path, "A calendar line is a string in the plain-list format."));
        var result = PlainListFormat.Read(string.Join('\n', texts));
        if (result.Success)
        {
            return result.Calendar!;
        }

        // The plain-list reader counts lines of the joined text: line n is the n-th string of the array.
        var first = result.Errors[0];
        if (first.Line is { } n && n >= 1 && n <= lines.Count)
        {
            throw new InputException(root.File, lines[n - 1].Node.Line, lines[n - 1].Path, first.Message);
        }

        throw root.Error("calendar", first.Message);
    }
}
