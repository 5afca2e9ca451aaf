using System.Text;
using NodaTime;

namespace Sesis.Rules.Calendars;

/// <summary>
/// Reads and writes a school calendar as a plain list, one fact per line, for calendars typed by hand:
/// <code>
/// # New York City, 2025-26 (NYC DOE school year calendar)
/// calendar New York City public schools
/// weekend Saturday Sunday
/// school-year 2025-09-04..2026-06-26 2025-26
/// closure 2025-11-27..2025-11-28 Thanksgiving recess
/// closure 2026-06-05 Clerical Day | Elementary, Middle, K12, District75
/// remote-learning 2026-01-27 Snow day
/// early-dismissal 2025-11-20 Parent-teacher conferences | Elementary
/// </code>
/// </summary>
/// <remarks>
/// Blank lines and lines starting with <c>#</c> are ignored. Keywords and kinds of school are case-insensitive;
/// dates are ISO (<c>YYYY-MM-DD</c>), a range is <c>first..last</c>, both inclusive. <c>calendar</c> is required
/// once; <c>weekend</c> is optional (Saturday and Sunday; <c>weekend none</c> for none). After <c>|</c> come the kinds of school an entry is
/// for; without it, the entry is for every kind.
/// </remarks>
public static class PlainListFormat
{
    // The one table of the format's entry keywords: the reader looks words up in it, the writer types up in it.
    private static readonly (string Keyword, CalendarEntryType Type)[] EntryKeywords =
    [
        ("closure", CalendarEntryType.Closure),
        ("remote-learning", CalendarEntryType.RemoteLearning),
        ("early-dismissal", CalendarEntryType.EarlyDismissal),
    ];

    // A school open every day of the week writes its weekend so; an empty 'weekend' line is a mistake.
    private const string NoWeekend = "none";

    private static readonly string Keywords = 
        $"calendar, weekend, school-year, {string.Join(", ", EntryKeywords[..^1].Select(static k => k.Keyword))} or {EntryKeywords[^1].Keyword}";

    /// <summary>Reads a calendar from plain-list text.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The calendar, or every error with its line.</returns>
    public static CalendarLoadResult Read(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var draft = new CalendarDraft();
        var weekendGiven = false;

        var lines = text.ReplaceLineEndings("\n").Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var lineNumber = i + 1;
            var line = lines[i].Trim();
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var space = line.IndexOfAny([' ', '\t']);
            var keyword = (space < 0 ? line : line[..space]).ToLowerInvariant();
            var rest = space < 0 ? string.Empty : line[(space + 1)..].Trim();
            void Error(string message) => draft.Error(lineNumber, message);

            switch (keyword)
            {
                case "calendar":
                    if (draft.Name is not null)
                        Error("The calendar is named twice; keep one 'calendar' line.");
                    else if (rest.Length == 0)
                        Error("'calendar' needs the calendar's name, such as 'calendar New York City public schools'.");
                    else
                        draft.Name = rest;
                    break;

                case "weekend":
                    if (weekendGiven)
                    {
                        Error("The weekend is given twice; keep one 'weekend' line.");
                        break;
                    }

                    weekendGiven = true;
                    if (ReadWeekend(rest, Error) is { } days)
                    {
                        draft.SetWeekend(days, lineNumber);
                    }

                    break;

                case "school-year":
                    if (TryReadDatesAndName(rest, keyword, Error, out var first, out var last, out var yearName, out var kindsText))
                    {
                        if (kindsText is not null)
                            Error("A school year is for every kind of school: remove the '|' and what follows.");
                        else if (!rest.Split([' ', '\t'], 2)[0].Contains("..", StringComparison.Ordinal))
                            Error("'school-year' needs the first and the last day, such as 'school-year 2025-09-04..2026-06-26 2025-26'.");
                        else
                            draft.Add(new SchoolYear(yearName, first, last), lineNumber);
                    }

                    break;

                case var entryKeyword when Array.FindIndex(EntryKeywords, k => k.Keyword == entryKeyword) is var index and >= 0:
                    if (TryReadDatesAndName(rest, keyword, Error, out var from, out var to, out var entryName, out var kinds)
                        && TryReadKinds(kinds, Error, out var schoolKinds))
                    {
                        draft.Add(new CalendarEntry(entryName, EntryKeywords[index].Type, from, to, schoolKinds), lineNumber);
                    }

                    break;

                default:
                    Error($"{CalendarText.Quote(keyword)} is not a keyword: a line starts with {Keywords}, or # for a comment.");
                    break;
            }
        }

        if (draft.Name is null)
        {
            draft.Error(null, "The file has no 'calendar' line naming the calendar.");
        }

        if (draft.YearCount == 0 && draft.Errors.Count == 0)
        {
            draft.Error(null, "The file has no 'school-year' line: give the first and last day of at least one school year.");
        }

        return draft.Build();
    }

    /// <summary>Writes a calendar as plain-list text, which <see cref="Read"/> reads back to the same calendar.</summary>
    /// <param name="calendar">The calendar.</param>
    /// <returns>The text, one fact per line.</returns>
    /// <exception cref="ArgumentException">A name holds a line break or, for an entry, a '|', which the format cannot hold.</exception>
    public static string Write(SchoolCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        var text = new StringBuilder();
        text.Append("calendar ").Append(Checked(calendar.Name, allowBar: true)).Append('\n');
        text.Append("weekend ").Append(calendar.Weekend.IsEmpty ? NoWeekend : string.Join(' ', calendar.Weekend)).Append('\n');
        foreach (var year in calendar.SchoolYears)
        {
            text.Append("school-year ").Append(CalendarText.Format(year.FirstDay)).Append("..").Append(CalendarText.Format(year.LastDay))
                .Append(' ').Append(Checked(year.Name, allowBar: false)).Append('\n');
        }

        foreach (var entry in calendar.Entries)
        {
            var keyword = EntryKeywords.First(k => k.Type == entry.Type).Keyword;
            text.Append(keyword).Append(' ').Append(CalendarText.Format(entry.FirstDay));
            if (entry.LastDay != entry.FirstDay)
            {
                text.Append("..").Append(CalendarText.Format(entry.LastDay));
            }

            text.Append(' ').Append(Checked(entry.Name, allowBar: false));
            if (!entry.AppliesToEveryKind)
            {
                text.Append(" | ").AppendJoin(", ", entry.SchoolKinds);
            }

            text.Append('\n');
        }

        return text.ToString();
    }

    private static string Checked(string name, bool allowBar) =>
        name.AsSpan().ContainsAny('\r', '\n') || (!allowBar && name.Contains('|', StringComparison.Ordinal))
            ? throw new ArgumentException($"The name {CalendarText.Quote(name)} holds a line break or '|', which a plain list cannot hold.", nameof(name))
            : name;

    // The days named; whether they make a weekend is the calendar's rule (SchoolCalendar.WeekendProblems).
    private static List<IsoDayOfWeek>? ReadWeekend(string rest, Action<string> error)
    {
        if (string.Equals(rest, NoWeekend, StringComparison.OrdinalIgnoreCase))
        {
            return [];
        }

        var days = new List<IsoDayOfWeek>();
        var ok = true;
        foreach (var word in rest.Split([' ', ',', '\t'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (CalendarText.TryParseDayName(word, out var day))
                days.Add(day);
            else
            {
                error($"{CalendarText.Quote(word)} is not a day of the week (Monday..Sunday, or Mon..Sun).");
                ok = false;
            }
        }

        if (ok && days.Count == 0)
        {
            error($"'weekend' needs the days school is closed, such as 'weekend Saturday Sunday', or '{NoWeekend}'.");
            return null;
        }

        return ok ? days : null;
    }

    private static bool TryReadDatesAndName(
        string rest, string keyword, Action<string> error,
        out LocalDate first, out LocalDate last, out string name, out string? kinds)
    {
        first = last = default;
        kinds = null;
        var space = rest.IndexOfAny([' ', '\t']);
        var dates = space < 0 ? rest : rest[..space];
        var tail = space < 0 ? string.Empty : rest[(space + 1)..];
        var bar = tail.IndexOf('|', StringComparison.Ordinal);
        if (bar >= 0)
        {
            kinds = tail[(bar + 1)..];
            tail = tail[..bar];
        }

        name = tail.Trim();
        if (dates.Length == 0)
        {
            error($"'{keyword}' needs a date or a range (first..last), then a name.");
            return false;
        }

        var parts = dates.Split("..");
        if (parts.Length > 2)
        {
            error($"{CalendarText.Quote(dates)} is not a date or a range: write YYYY-MM-DD or YYYY-MM-DD..YYYY-MM-DD.");
            return false;
        }

        var ok = TryDate(parts[0], error, out first);
        last = first;
        if (parts.Length == 2)
        {
            ok &= TryDate(parts[1], error, out last);
        }

        if (!ok)
        {
            return false;
        }

        if (last < first)
        {
            error($"The range {dates} ends before it starts.");
            return false;
        }

        if (name.Length == 0)
        {
            error($"'{keyword} {dates}' needs a name after the dates, such as '{keyword} {dates} Winter recess'.");
            return false;
        }

        return true;
    }

    private static bool TryDate(string text, Action<string> error, out LocalDate date)
    {
        var result = CalendarText.IsoDate.Parse(text);
        date = result.Success ? result.Value : default;
        if (!result.Success)
        {
            error($"{CalendarText.Quote(text)} is not a date: write YYYY-MM-DD, such as 2025-11-27.");
        }

        return result.Success;
    }

    private static bool TryReadKinds(string? text, Action<string> error, out List<SchoolKind>? kinds)
    {
        kinds = null;
        if (text is null)
        {
            return true;
        }

        kinds = [];
        var ok = true;
        foreach (var word in text.Split([',', ' ', '\t'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (CalendarText.TryParseKind(word, out var kind))
                kinds.Add(kind);
            else
            {
                error($"{CalendarText.Quote(word)} is not a kind of school ({CalendarText.KindNames}).");
                ok = false;
            }
        }

        if (ok && kinds.Count == 0)
        {
            error($"After '|' name the kinds of school the entry is for ({CalendarText.KindNames}), or remove the '|'.");
            ok = false;
        }

        return ok;
    }
}
