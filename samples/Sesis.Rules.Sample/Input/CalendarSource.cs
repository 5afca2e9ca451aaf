using System.Collections.Immutable;
using Sesis.Rules.Calendars;

namespace Sesis.Rules.Sample.Input;

/// <summary>
/// The batch's "calendar" field: a built-in calendar by name, a path to an iCalendar (.ics) or plain-list file,
/// or the plain-list lines inline as a JSON array of strings. Absent: no calendar (the rules then warn, SR703).
/// An .ics file is either the library's dialect or a district's published feed; the library tells them apart
/// (<see cref="IcsFormat.IsDialect"/>), so the batch does not say which.
/// </summary>
internal static class CalendarSource
{
    public const string NewYorkCity2025To2026 = "nyc-2025-26";

    public static LoadedCalendar Read(ObjectReader root)
    {
        if (root.IsArray("calendar"))
        {
            return new LoadedCalendar(ReadInline(root, [.. root.Array("calendar")]), "inline plain list", null, null);
        }

        if (root.OptionalString("calendar") is not { } text)
        {
            return new LoadedCalendar(null, "none", null, null);
        }

        if (text == NewYorkCity2025To2026)
        {
            return new LoadedCalendar(SchoolCalendars.NewYorkCity2025To2026, "built in", null, null);
        }

        var isIcs = text.EndsWith(".ics", StringComparison.OrdinalIgnoreCase);
        if (!isIcs && !text.EndsWith(".txt", StringComparison.OrdinalIgnoreCase))
        {
            throw root.Error("calendar", $"'{InputException.Shown(text)}' is not a built-in calendar ({NewYorkCity2025To2026}) nor a path ending in .ics or .txt.");
        }

        var full = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(root.File)) ?? ".", text);
        var content = InputFile.ReadText(full, "calendar file");

        if (isIcs && !IcsFormat.IsDialect(content))
        {
            var feed = PublishedFeed.Read(content);
            return new LoadedCalendar(Checked(full, feed.Calendar, feed.Errors), "published feed", full, feed.Events);
        }

        var result = isIcs ? IcsFormat.Read(content) : PlainListFormat.Read(content);
        return new LoadedCalendar(Checked(full, result.Calendar, result.Errors), isIcs ? "iCalendar (Sesis.Rules dialect)" : "plain list", full, null);
    }

    private static SchoolCalendar Checked(string file, SchoolCalendar? calendar, ImmutableArray<CalendarLoadError> errors)
    {
        if (calendar is null)
        {
            var first = errors[0];
            throw new InputException(file, first.Line, null, first.Message);
        }

        return calendar;
    }

    private static SchoolCalendar ReadInline(ObjectReader root, List<JsonItem> lines)
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

/// <summary>The batch's calendar, where it came from, and, for a published feed, what each of its events became.</summary>
/// <param name="Calendar">The calendar, or null when the batch names none.</param>
/// <param name="Kind">Where it came from, in words: built in, plain list, iCalendar (Sesis.Rules dialect), published feed.</param>
/// <param name="File">The calendar file, when there is one.</param>
/// <param name="FeedEvents">The classification report of a published feed; null for the other kinds.</param>
internal sealed record LoadedCalendar(SchoolCalendar? Calendar, string Kind, string? File, ImmutableArray<FeedEvent>? FeedEvents);
