using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using NodaTime;

namespace Sesis.Rules.Calendars;

/// <summary>
/// Reads and writes a school calendar as an iCalendar (RFC 5545) file, the way districts publish calendars,
/// with Ical.Net.
/// </summary>
/// <remarks>
/// Conventions: every school year, closure, remote-learning day and early dismissal is an all-day VEVENT
/// (<c>DTSTART;VALUE=DATE</c>, and <c>DTEND;VALUE=DATE</c> the day after the last, as RFC 5545 makes it
/// exclusive; no DTEND means one day). <c>SUMMARY</c> is its name; <c>CATEGORIES</c> says what it is:
/// <c>SCHOOL-YEAR</c>, <c>CLOSURE</c>, <c>REMOTE-LEARNING</c> or <c>EARLY-DISMISSAL</c> (other categories are
/// allowed and ignored). <c>X-SESIS-SCHOOLS</c> lists the kinds of school an entry is for (ELEMENTARY,
/// MIDDLE, HIGH, K12, DISTRICT75), every kind when absent. On the VCALENDAR, <c>X-WR-CALNAME</c> names the
/// calendar (required) and <c>X-SESIS-WEEKEND</c> lists the weekend (<c>SA,SU</c> when absent). Recurring
/// events, DURATION and date-times are refused rather than guessed at.
/// </remarks>
public static class IcsFormat
{
    private const string SchoolYearCategory = "SCHOOL-YEAR";
    private const string SchoolsProperty = "X-SESIS-SCHOOLS";
    private const string WeekendProperty = "X-SESIS-WEEKEND";
    private const string NameProperty = "X-WR-CALNAME";

    private static readonly (string Category, CalendarEntryType Type)[] EntryCategories =
    [
        ("CLOSURE", CalendarEntryType.Closure),
        ("REMOTE-LEARNING", CalendarEntryType.RemoteLearning),
        ("EARLY-DISMISSAL", CalendarEntryType.EarlyDismissal),
    ];

    /// <summary>Reads a calendar from iCalendar text.</summary>
    /// <param name="text">The text of an .ics file.</param>
    /// <returns>The calendar, or every error with its line.</returns>
    public static CalendarLoadResult Read(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var scan = IcsContentLines.Scan(text);
        if (scan.Errors.Count > 0)
        {
            return CalendarLoadResult.ForErrors(scan.Errors);
        }

        Calendar? parsed;
        try
        {
            parsed = Calendar.Load(text);
        }
#pragma warning disable CA1031 // Ical.Net throws several exception types on bad input; a bad file is an error result, never an exception.
        catch (Exception e) when (e is not OutOfMemoryException)
#pragma warning restore CA1031
        {
            return CalendarLoadResult.ForErrors([new CalendarLoadError(LineOf(text, e.Message), $"Ical.Net could not read the file: {e.Message}")]);
        }

        if (parsed is null || parsed.Events.Count != scan.Events.Count)
        {
            return CalendarLoadResult.ForErrors([new CalendarLoadError(null, $"Ical.Net read {parsed?.Events.Count ?? 0} events where the file has {scan.Events.Count} VEVENTs.")]);
        }

        var errors = new List<CalendarLoadError>();
        var name = ReadName(scan, errors);
        var weekend = ReadWeekend(scan, errors);
        var years = new List<SchoolYear>();
        var yearLines = new List<int>();
        var entries = new List<CalendarEntry>();
        var entryLines = new List<int>();
        var index = 0;
        foreach (var ev in parsed.Events)
        {
            var raw = scan.Events[index++];
            ReadEvent(ev, raw, errors, years, yearLines, entries, entryLines);
        }

        if (years.Count == 0 && errors.Count == 0)
        {
            errors.Add(new CalendarLoadError(null, $"The file has no school year: add an all-day VEVENT with CATEGORIES:{SchoolYearCategory} from the first to the last day of school."));
        }

        return errors.Count > 0
            ? CalendarLoadResult.ForErrors(errors)
            : CalendarLoadResult.Build(name!, years, yearLines, entries, entryLines, weekend);
    }

    /// <summary>Writes a calendar as iCalendar text, which <see cref="Read"/> reads back to a calendar with the same gray days.</summary>
    /// <param name="calendar">The calendar.</param>
    /// <param name="createdAt">When the file is made, written as every event's DTSTAMP (RFC 5545 requires one).</param>
    /// <returns>The text of an .ics file, with CRLF line endings.</returns>
    /// <exception cref="ArgumentException">The calendar reaches <see cref="LocalDate.MaxIsoValue"/>, whose exclusive DTEND iCalendar cannot write.</exception>
    public static string Write(SchoolCalendar calendar, Instant createdAt)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        if (calendar.Coverage.End == LocalDate.MaxIsoValue)
        {
            throw new ArgumentException("The calendar runs to the last date there is; iCalendar's exclusive DTEND cannot be written for it.", nameof(calendar));
        }

        var stamp = createdAt.ToDateTimeUtc();
        var ics = new Calendar { ProductId = "-//Sesis.Rules//Sesis.Rules.Calendars//EN" };
        ics.AddProperty(NameProperty, calendar.Name);
        ics.AddProperty(WeekendProperty, string.Join(",", calendar.Weekend.Select(CalendarText.IcsDay)));
        var number = 0;
        foreach (var year in calendar.SchoolYears)
        {
            ics.Events.Add(Event(year.Name, SchoolYearCategory, year.FirstDay, year.LastDay, null, stamp, ++number));
        }

        foreach (var entry in calendar.Entries)
        {
            var category = EntryCategories.First(c => c.Type == entry.Type).Category;
            var kinds = entry.AppliesToEveryKind ? null : string.Join(",", entry.SchoolKinds.Select(static k => k.ToString().ToUpperInvariant()));
            ics.Events.Add(Event(entry.Name, category, entry.FirstDay, entry.LastDay, kinds, stamp, ++number));
        }

        return new CalendarSerializer().SerializeToString(ics) ?? string.Empty;
    }

    private static CalendarEvent Event(string summary, string category, LocalDate first, LocalDate last, string? kinds, DateTime stamp, int number)
    {
        var ev = new CalendarEvent
        {
            Summary = summary,
            DtStart = new CalDateTime(first.ToDateOnly()),
            DtEnd = new CalDateTime(last.PlusDays(1).ToDateOnly()),
            DtStamp = new CalDateTime(stamp, CalDateTime.UtcTzId),
            Uid = CalendarText.Invariant($"{first:uuuuMMdd}-{category.ToLowerInvariant()}-{number}@sesis-rules"),
        };
        ev.Categories.Add(category);
        if (kinds is not null)
        {
            ev.AddProperty(SchoolsProperty, kinds);
        }

        return ev;
    }

    private static string? ReadName(IcsContentLines scan, List<CalendarLoadError> errors)
    {
        if (scan.CalendarProperties.TryGetValue(NameProperty, out var property) && property.UnescapedValue.Trim() is { Length: > 0 } name)
        {
            return name;
        }

        errors.Add(new CalendarLoadError(property?.Line, $"The calendar has no name: add {NameProperty}:name to the VCALENDAR."));
        return null;
    }

    private static List<IsoDayOfWeek>? ReadWeekend(IcsContentLines scan, List<CalendarLoadError> errors)
    {
        if (!scan.CalendarProperties.TryGetValue(WeekendProperty, out var property))
        {
            return null;
        }

        var days = new List<IsoDayOfWeek>();
        foreach (var code in property.UnescapedValue.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (CalendarText.TryParseIcsDay(code, out var day))
                days.Add(day);
            else
                errors.Add(new CalendarLoadError(property.Line, $"{WeekendProperty}: {CalendarText.Quote(code)} is not a day (MO, TU, WE, TH, FR, SA, SU)."));
        }

        if (days.Count == 0 || days.Distinct().Count() == 7)
        {
            errors.Add(new CalendarLoadError(property.Line, $"{WeekendProperty} must name some days of the week, not none or all, such as SA,SU."));
        }

        return days;
    }

    private static void ReadEvent(
        CalendarEvent ev, IcsContentLines.Component raw, List<CalendarLoadError> errors,
        List<SchoolYear> years, List<int> yearLines, List<CalendarEntry> entries, List<int> entryLines)
    {
        var before = errors.Count;
        void Error(IcsContentLines.Property? at, string message) => errors.Add(new CalendarLoadError(at?.Line ?? raw.Line, message));
        var summaryLine = raw.Properties.GetValueOrDefault("SUMMARY");
        var name = ev.Summary?.Trim();
        if (string.IsNullOrEmpty(name))
        {
            Error(summaryLine, "The event has no SUMMARY naming it, such as SUMMARY:Winter recess.");
        }

        foreach (var unsupported in new[] { "RRULE", "RDATE", "EXRULE", "EXDATE", "DURATION" })
        {
            if (raw.Properties.TryGetValue(unsupported, out var p))
            {
                Error(p, unsupported == "DURATION"
                    ? "DURATION is not supported: give DTEND;VALUE=DATE, the day after the last day."
                    : $"{unsupported} is not supported: list each closure as its own event.");
            }
        }

        var categories = ev.Categories.Select(static c => c.Trim().ToUpperInvariant()).ToList();
        var known = categories.Where(c => c == SchoolYearCategory || EntryCategories.Any(e => e.Category == c)).Distinct().ToList();
        var categoriesLine = raw.Properties.GetValueOrDefault("CATEGORIES");
        if (known.Count != 1)
        {
            Error(categoriesLine, known.Count == 0
                ? $"The event {Describe(name)} has no CATEGORIES saying what it is: {SchoolYearCategory}, {string.Join(", ", EntryCategories.Select(static e => e.Category))}."
                : $"The event {Describe(name)} is both {string.Join(" and ", known)}; give one.");
        }

        var first = ReadDate(ev.DtStart, raw.Properties.GetValueOrDefault("DTSTART"), "DTSTART", raw, errors);
        if (first == LocalDate.MaxIsoValue)
        {
            Error(raw.Properties.GetValueOrDefault("DTSTART"), $"DTSTART {CalendarText.Format(LocalDate.MaxIsoValue)} is the last date there is; a school calendar cannot start there.");
            return;
        }

        var end = raw.Properties.TryGetValue("DTEND", out var dtEnd) ? ReadDate(ev.DtEnd, dtEnd, "DTEND", raw, errors) : first?.PlusDays(1);
        if (first is { } f && end is { } e && e <= f)
        {
            Error(raw.Properties.GetValueOrDefault("DTEND"), $"DTEND {CalendarText.Format(e)} is not after DTSTART {CalendarText.Format(f)}: DTEND is the day after the last day.");
        }

        var kinds = ReadKinds(raw.Properties.GetValueOrDefault(SchoolsProperty), errors);
        if (errors.Count > before)
        {
            return;
        }

        var lastDay = end!.Value.PlusDays(-1);
        if (known[0] == SchoolYearCategory)
        {
            if (kinds is not null)
            {
                Error(raw.Properties[SchoolsProperty], $"A school year is for every kind of school: remove {SchoolsProperty}.");
                return;
            }

            years.Add(new SchoolYear(name!, first!.Value, lastDay));
            yearLines.Add(raw.Line);
            return;
        }

        var type = EntryCategories.First(c => c.Category == known[0]).Type;
        entries.Add(new CalendarEntry(name!, type, first!.Value, lastDay, kinds));
        entryLines.Add(raw.Line);
    }

    private static LocalDate? ReadDate(CalDateTime? value, IcsContentLines.Property? raw, string what, IcsContentLines.Component ev, List<CalendarLoadError> errors)
    {
        if (raw is null)
        {
            errors.Add(new CalendarLoadError(ev.Line, $"The event has no {what}: give {what};VALUE=DATE:YYYYMMDD."));
            return null;
        }

        if (value is { HasTime: true })
        {
            errors.Add(new CalendarLoadError(raw.Line, $"{what} {CalendarText.Quote(raw.Value)} has a time: school-calendar events are all-day, {what};VALUE=DATE:YYYYMMDD."));
            return null;
        }

        var basic = CalendarText.BasicDate.Parse(raw.Value.Trim());
        if (value is null || !basic.Success)
        {
            errors.Add(new CalendarLoadError(raw.Line, $"{what} {CalendarText.Quote(raw.Value)} is not a date: write {what};VALUE=DATE:YYYYMMDD."));
            return null;
        }

        var date = LocalDate.FromDateOnly(value.Date);
        if (date != basic.Value)
        {
            // Ical.Net's events and the lines scanned here are matched by order; a mismatch must not go unnoticed.
            errors.Add(new CalendarLoadError(raw.Line, $"{what} {raw.Value} was read by Ical.Net as {CalendarText.Format(date)}."));
            return null;
        }

        return date;
    }

    private static List<SchoolKind>? ReadKinds(IcsContentLines.Property? raw, List<CalendarLoadError> errors)
    {
        if (raw is null)
        {
            return null;
        }

        var kinds = new List<SchoolKind>();
        var words = raw.UnescapedValue.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        foreach (var word in words)
        {
            if (CalendarText.TryParseKind(word, out var kind))
                kinds.Add(kind);
            else
                errors.Add(new CalendarLoadError(raw.Line, $"{SchoolsProperty}: {CalendarText.Quote(word)} is not a kind of school ({CalendarText.KindNames.ToUpperInvariant()})."));
        }

        if (words.Length == 0)
        {
            errors.Add(new CalendarLoadError(raw.Line, $"{SchoolsProperty} names no kind of school; remove it for every kind."));
        }

        return kinds;
    }

    private static string Describe(string? name) => name is null ? "(no SUMMARY)" : CalendarText.Quote(name);

    // Ical.Net's messages quote the offending line, as in "Could not parse line: 'garbage'".
    private static int? LineOf(string text, string message)
    {
        var start = message.IndexOf('\'', StringComparison.Ordinal);
        var end = message.LastIndexOf('\'');
        if (start < 0 || end <= start + 1)
        {
            return null;
        }

        var quoted = message[(start + 1)..end];
        var lines = text.ReplaceLineEndings("\n").Split('\n');
        var index = Array.FindIndex(lines, l => l.Contains(quoted, StringComparison.Ordinal));
        return index < 0 ? null : index + 1;
    }
}
