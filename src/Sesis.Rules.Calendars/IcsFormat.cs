using NodaTime;

namespace Sesis.Rules.Calendars;

/// <summary>
/// Reads and writes a school calendar as an iCalendar (RFC 5545) file in this library's dialect, where each
/// event says what it is with CATEGORIES. Calendars as districts publish them (titles in words, no categories)
/// are read by <see cref="PublishedFeed"/>; <see cref="IsDialect"/> tells the two apart.
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

    private const string ProductId = "-//Sesis.Rules//Sesis.Rules.Calendars//EN";

    // Properties a VCALENDAR or VEVENT of the dialect holds at most once.
    private static readonly HashSet<string> Once = new(StringComparer.Ordinal)
    {
        "VERSION", "PRODID", NameProperty, WeekendProperty, "UID", "DTSTAMP", "DTSTART", "DTEND", "SUMMARY", SchoolsProperty,
    };

    private static readonly HashSet<string> AllowedComponents = new(StringComparer.Ordinal) { "VEVENT", "VTIMEZONE", "STANDARD", "DAYLIGHT", "VALARM" };

    private static readonly (string Category, CalendarEntryType Type)[] EntryCategories =
    [
        ("CLOSURE", CalendarEntryType.Closure),
        ("REMOTE-LEARNING", CalendarEntryType.RemoteLearning),
        ("EARLY-DISMISSAL", CalendarEntryType.EarlyDismissal),
    ];

    /// <summary>Reads a calendar from iCalendar text in this library's dialect.</summary>
    /// <param name="text">The text of an .ics file.</param>
    /// <returns>The calendar, or every error with its line.</returns>
    public static CalendarLoadResult Read(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var document = IcsDocument.Parse(text);
        if (document.Calendar is not { } calendar)
        {
            return CalendarLoadResult.ForErrors(document.Errors);
        }

        var draft = new CalendarDraft();
        CheckStructure(calendar, draft);
        ReadName(calendar, draft);
        ReadWeekend(calendar, draft);
        foreach (var ev in calendar.Components.Where(static c => c.Name == "VEVENT"))
        {
            ReadEvent(ev, draft);
        }

        if (draft.YearCount == 0 && draft.Errors.Count == 0)
        {
            draft.Error(null, $"The file has no school year: add an all-day VEVENT with CATEGORIES:{SchoolYearCategory} from the first to the last day of school.");
        }

        return draft.Build();
    }

    /// <summary>
    /// Tells whether iCalendar text is in this library's dialect (read it with <see cref="Read"/>) rather than a
    /// published feed (read it with <see cref="PublishedFeed.Read"/>): it is when an event has
    /// <c>CATEGORIES:SCHOOL-YEAR</c> or the file has an <c>X-SESIS-</c> property, which only the dialect uses.
    /// </summary>
    /// <param name="text">The text of an .ics file.</param>
    /// <returns><see langword="true"/> for the dialect; <see langword="false"/> otherwise, also for text that is not iCalendar.</returns>
    public static bool IsDialect(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (IcsDocument.Parse(text).Calendar is not { } calendar)
        {
            return false;
        }

        static bool Marks(IcsComponent c) => c.Properties.Any(static p => p.Name.StartsWith("X-SESIS-", StringComparison.Ordinal)
            || (p.Name == "CATEGORIES" && p.TextList().Any(static t => string.Equals(t.Trim(), SchoolYearCategory, StringComparison.OrdinalIgnoreCase))));
        return Marks(calendar) || calendar.Components.Any(Marks);
    }

    /// <summary>Writes a calendar as iCalendar text, which <see cref="Read"/> reads back to a calendar with the same gray days.</summary>
    /// <param name="calendar">The calendar.</param>
    /// <param name="createdAt">When the file is made, written as every event's DTSTAMP (RFC 5545 requires one).</param>
    /// <returns>The text of an .ics file, with CRLF line endings and lines folded at 75 octets.</returns>
    /// <exception cref="ArgumentException">
    /// The calendar reaches <see cref="LocalDate.MaxIsoValue"/>, whose exclusive DTEND iCalendar cannot write; or a
    /// name holds a control character other than a line feed or a tab, which iCalendar text cannot hold, or half a
    /// character (a lone surrogate), which UTF-8 cannot hold.
    /// </exception>
    public static string Write(SchoolCalendar calendar, Instant createdAt)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        if (calendar.Coverage.End == LocalDate.MaxIsoValue)
        {
            throw new ArgumentException("The calendar runs to the last date there is; iCalendar's exclusive DTEND cannot be written for it.", nameof(calendar));
        }

        var ics = new IcsWriter();
        ics.Line("BEGIN", "VCALENDAR");
        ics.Line("VERSION", "2.0");
        ics.Line("PRODID", ProductId);
        ics.Line(NameProperty, IcsWriter.Text(calendar.Name));
        ics.Line(WeekendProperty, string.Join(",", calendar.Weekend.Select(CalendarText.IcsDay)));
        var stamp = CalendarText.Invariant($"{createdAt.InUtc().LocalDateTime:uuuuMMdd'T'HHmmss}Z");
        var number = 0;
        foreach (var year in calendar.SchoolYears)
        {
            WriteEvent(ics, year.Name, SchoolYearCategory, year.FirstDay, year.LastDay, null, stamp, ++number);
        }

        foreach (var entry in calendar.Entries)
        {
            var category = EntryCategories.First(c => c.Type == entry.Type).Category;
            var kinds = entry.AppliesToEveryKind ? null : string.Join(",", entry.SchoolKinds.Select(static k => k.ToString().ToUpperInvariant()));
            WriteEvent(ics, entry.Name, category, entry.FirstDay, entry.LastDay, kinds, stamp, ++number);
        }

        ics.Line("END", "VCALENDAR");
        return ics.ToString();
    }

    private static void WriteEvent(IcsWriter ics, string summary, string category, LocalDate first, LocalDate last, string? kinds, string stamp, int number)
    {
        ics.Line("BEGIN", "VEVENT");
        ics.Line("UID", CalendarText.Invariant($"{first:uuuuMMdd}-{category.ToLowerInvariant()}-{number}@sesis-rules"));
        ics.Line("DTSTAMP", stamp);
        ics.Line("DTSTART;VALUE=DATE", CalendarText.BasicDate.Format(first));
        ics.Line("DTEND;VALUE=DATE", CalendarText.BasicDate.Format(last.PlusDays(1)));
        ics.Line("SUMMARY", IcsWriter.Text(summary));
        ics.Line("CATEGORIES", category);
        if (kinds is not null)
        {
            ics.Line(SchoolsProperty, kinds);
        }

        ics.Line("END", "VEVENT");
    }

    // The dialect holds events at the top of the VCALENDAR only, the components that say nothing about gray
    // days (time zones, alarms), and each of its properties once.
    private static void CheckStructure(IcsComponent calendar, CalendarDraft draft)
    {
        CheckOnce(calendar, draft);
        foreach (var component in calendar.Components)
        {
            if (!AllowedComponents.Contains(component.Name))
            {
                draft.Error(component.Line, $"{CalendarText.Shorten(component.Name)} is not part of a school calendar: closures, school years and school days are VEVENTs.");
            }

            if (component.Name == "VEVENT")
            {
                CheckOnce(component, draft);
            }

            foreach (var inner in component.Components.Where(static c => c.Name == "VEVENT"))
            {
                draft.Error(inner.Line, $"A VEVENT cannot be inside {CalendarText.Shorten(component.Name)}.");
            }
        }
    }

    private static void CheckOnce(IcsComponent component, CalendarDraft draft)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var property in component.Properties.Where(static p => Once.Contains(p.Name)))
        {
            if (!seen.TryAdd(property.Name, property.Line))
            {
                draft.Error(property.Line, $"{property.Name} is given twice (first on line {seen[property.Name]}).");
            }
        }
    }

    private static void ReadName(IcsComponent calendar, CalendarDraft draft)
    {
        var property = calendar.First(NameProperty);
        if (property?.Text.Trim() is { Length: > 0 } name)
        {
            draft.Name = name;
            return;
        }

        draft.Error(property?.Line, $"The calendar has no name: add {NameProperty}:name to the VCALENDAR.");
    }

    private static void ReadWeekend(IcsComponent calendar, CalendarDraft draft)
    {
        if (calendar.First(WeekendProperty) is not { } property)
        {
            return;
        }

        var days = new List<IsoDayOfWeek>();
        var ok = true;
        foreach (var code in property.Text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (CalendarText.TryParseIcsDay(code, out var day))
            {
                days.Add(day);
            }
            else
            {
                draft.Error(property.Line, $"{WeekendProperty}: {CalendarText.Quote(code)} is not a day (MO, TU, WE, TH, FR, SA, SU).");
                ok = false;
            }
        }

        if (ok)
        {
            draft.SetWeekend(days, property.Line);
        }
    }

    private static void ReadEvent(IcsComponent ev, CalendarDraft draft)
    {
        var before = draft.Errors.Count;
        void Error(IcsProperty? at, string message) => draft.Error(at?.Line ?? ev.Line, message);
        var summary = ev.First("SUMMARY");
        var name = summary?.Text.Trim();
        if (string.IsNullOrEmpty(name))
        {
            Error(summary, "The event has no SUMMARY naming it, such as SUMMARY:Winter recess.");
        }

        foreach (var unsupported in new[] { "RRULE", "RDATE", "EXRULE", "EXDATE", "DURATION" })
        {
            if (ev.First(unsupported) is { } p)
            {
                Error(p, unsupported == "DURATION"
                    ? "DURATION is not supported: give DTEND;VALUE=DATE, the day after the last day."
                    : $"{unsupported} is not supported: list each closure as its own event.");
            }
        }

        var categories = ev.All("CATEGORIES").SelectMany(static p => p.TextList()).Select(static c => c.Trim().ToUpperInvariant());
        var known = categories.Where(c => c == SchoolYearCategory || EntryCategories.Any(e => e.Category == c)).Distinct().ToList();
        if (known.Count != 1)
        {
            Error(ev.First("CATEGORIES"), known.Count == 0
                ? $"The event {Describe(name)} has no CATEGORIES saying what it is: {SchoolYearCategory}, {string.Join(", ", EntryCategories.Select(static e => e.Category))}."
                : $"The event {Describe(name)} is both {string.Join(" and ", known)}; give one.");
        }

        var dtStart = ev.First("DTSTART");
        var first = ReadDate(dtStart, "DTSTART", ev, draft);
        if (first == LocalDate.MaxIsoValue)
        {
            Error(dtStart, $"DTSTART {CalendarText.Format(LocalDate.MaxIsoValue)} is the last date there is; a school calendar cannot start there.");
            return;
        }

        var dtEnd = ev.First("DTEND");
        var end = dtEnd is not null ? ReadDate(dtEnd, "DTEND", ev, draft) : first?.PlusDays(1);
        if (first is { } f && end is { } e && e <= f)
        {
            Error(dtEnd, $"DTEND {CalendarText.Format(e)} is not after DTSTART {CalendarText.Format(f)}: DTEND is the day after the last day.");
        }

        var schools = ev.First(SchoolsProperty);
        var kinds = ReadKinds(schools, draft);
        if (draft.Errors.Count > before)
        {
            return;
        }

        var lastDay = end!.Value.PlusDays(-1);
        if (known[0] == SchoolYearCategory)
        {
            if (kinds is not null)
            {
                Error(schools, $"A school year is for every kind of school: remove {SchoolsProperty}.");
            }
            else
            {
                draft.Add(new SchoolYear(name!, first!.Value, lastDay), ev.Line);
            }

            return;
        }

        var type = EntryCategories.First(c => c.Category == known[0]).Type;
        draft.Add(new CalendarEntry(name!, type, first!.Value, lastDay, kinds), ev.Line);
    }

    private static LocalDate? ReadDate(IcsProperty? property, string what, IcsComponent ev, CalendarDraft draft)
    {
        if (property is null)
        {
            draft.Error(ev.Line, $"The event has no {what}: give {what};VALUE=DATE:YYYYMMDD.");
            return null;
        }

        if (!IcsDateValue.TryParse(property.Value, out var value))
        {
            draft.Error(property.Line, $"{what} {CalendarText.Quote(property.Value)} is not a date: write {what};VALUE=DATE:YYYYMMDD.");
            return null;
        }

        if (value.HasTime)
        {
            draft.Error(property.Line, $"{what} {CalendarText.Quote(property.Value)} has a time: school-calendar events are all-day, {what};VALUE=DATE:YYYYMMDD.");
            return null;
        }

        return value.Date;
    }

    private static List<SchoolKind>? ReadKinds(IcsProperty? property, CalendarDraft draft)
    {
        if (property is null)
        {
            return null;
        }

        var kinds = new List<SchoolKind>();
        var words = property.Text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        foreach (var word in words)
        {
            if (CalendarText.TryParseKind(word, out var kind))
            {
                kinds.Add(kind);
            }
            else
            {
                draft.Error(property.Line, $"{SchoolsProperty}: {CalendarText.Quote(word)} is not a kind of school ({CalendarText.KindNames.ToUpperInvariant()}).");
            }
        }

        if (words.Length == 0)
        {
            draft.Error(property.Line, $"{SchoolsProperty} names no kind of school; remove it for every kind.");
        }

        return kinds;
    }

    private static string Describe(string? name) => string.IsNullOrEmpty(name) ? "(no SUMMARY)" : CalendarText.Quote(name);
}
