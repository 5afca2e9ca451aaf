using System.Collections.Immutable;
using NodaTime;

namespace Sesis.Rules.Calendars;

/// <summary>
/// Reads a school calendar from an iCalendar feed as districts publish them (exported from Google Calendar or
/// Outlook): all-day events whose titles say what they are, classified by <see cref="FeedRule"/>s, mixed with
/// events that close nothing, timed, recurring and cancelled events, and time-zone blocks.
/// </summary>
/// <remarks>
/// All-day events (<c>DTSTART;VALUE=DATE</c>, or Outlook's midnight-to-midnight events marked
/// <c>X-MICROSOFT-CDO-ALLDAYEVENT:TRUE</c>) are classified; DTEND is exclusive (RFC 5545), so a multi-day event is
/// a range; <c>DURATION</c> in days or weeks is read too. Timed, recurring and cancelled events are skipped and
/// listed. The school years come from first-day and last-day events, or from
/// <see cref="PublishedFeedOptions.SchoolYear"/>. A closure on a weekend is harmless; an entry outside every
/// school year, or inside an entry of the same type already made, is skipped and listed. The report
/// (<see cref="PublishedFeedResult.Events"/>) says what every event became.
/// </remarks>
public static class PublishedFeed
{
    /// <summary>Reads a calendar from a published iCalendar feed.</summary>
    /// <param name="text">The text of the .ics file.</param>
    /// <param name="options">How to read it; <see langword="null"/> for the defaults.</param>
    /// <returns>The calendar or every error with its line, and the report of every event.</returns>
    public static PublishedFeedResult Read(string text, PublishedFeedOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        options ??= new PublishedFeedOptions();
        var document = IcsDocument.Parse(text);
        if (document.Calendar is not { } calendar)
        {
            return new PublishedFeedResult(CalendarLoadResult.ForErrors(document.Errors), []);
        }

        var draft = new CalendarDraft { Name = options.Name ?? calendar.First("X-WR-CALNAME")?.Text.Trim() };
        if (string.IsNullOrEmpty(draft.Name))
        {
            draft.Error(calendar.First("X-WR-CALNAME")?.Line, "The feed has no name (X-WR-CALNAME): give one in PublishedFeedOptions.Name.");
        }

        if (options.Weekend is { } weekend)
        {
            draft.SetWeekend(weekend, null);
        }

        foreach (var nested in calendar.Components.SelectMany(static c => c.Components).Where(static c => c.Name == "VEVENT"))
        {
            draft.Error(nested.Line, "A VEVENT cannot be inside another component.");
        }

        var events = new List<Classified>();
        foreach (var ev in calendar.Components.Where(static c => c.Name == "VEVENT"))
        {
            if (Classify(ev, options.Rules, draft) is { } classified)
            {
                events.Add(classified);
            }
        }

        var years = options.SchoolYear is { } given ? [given] : SchoolYears(events, draft);
        foreach (var year in years)
        {
            draft.Add(year, events.FirstOrDefault(e => e.Outcome == FeedEventOutcome.FirstDay && e.Dates.Start == year.FirstDay)?.Line);
        }

        foreach (var mark in events.Where(static e => e.Outcome is FeedEventOutcome.FirstDay or FeedEventOutcome.LastDay && e.Reason.Length == 0))
        {
            mark.Reason = $"{(mark.Outcome == FeedEventOutcome.FirstDay ? "first" : "last")} day of school; the school year is given by the host";
        }

        AddEntries(events, years, draft);
        var report = events.Select(static e => e.ToReport()).ToImmutableArray();
        return new PublishedFeedResult(draft.Build(), report);
    }

    private static Classified? Classify(IcsComponent ev, ImmutableArray<FeedRule> rules, CalendarDraft draft)
    {
        var title = ev.First("SUMMARY")?.Text.Trim() ?? string.Empty;
        var description = ev.First("DESCRIPTION")?.Text ?? string.Empty;
        if (ev.First("DTSTART") is not { } start)
        {
            draft.Error(ev.Line, $"The event {CalendarText.Quote(title)} has no DTSTART.");
            return null;
        }

        if (!IcsDateValue.TryParse(start.Value, out var first))
        {
            draft.Error(start.Line, $"DTSTART {CalendarText.Quote(start.Value)} is not a date (YYYYMMDD) or a date-time (YYYYMMDDTHHMMSS).");
            return null;
        }

        var end = ev.First("DTEND");
        IcsDateValue last = default;
        if (end is not null && !IcsDateValue.TryParse(end.Value, out last))
        {
            draft.Error(end.Line, $"DTEND {CalendarText.Quote(end.Value)} is not a date (YYYYMMDD) or a date-time (YYYYMMDDTHHMMSS).");
            return null;
        }

        var allDay = !first.HasTime
            || (string.Equals(ev.First("X-MICROSOFT-CDO-ALLDAYEVENT")?.Value.Trim(), "TRUE", StringComparison.OrdinalIgnoreCase)
                && first.Time == LocalTime.Midnight && (end is null || last.Time == LocalTime.Midnight));
        var status = ev.First("STATUS")?.Value.Trim();
        var recurrence = ev.First("RRULE") ?? ev.First("RDATE") ?? ev.First("RECURRENCE-ID");
        var written = new DateInterval(first.Date, end is not null && last.Date > first.Date ? last.Date.PlusDays(allDay ? -1 : 0) : first.Date);
        Classified Skip(FeedEventOutcome outcome, string reason) => new(ev.Line, title, written, outcome, null, reason);

        if (string.Equals(status, "CANCELLED", StringComparison.OrdinalIgnoreCase))
        {
            return Skip(FeedEventOutcome.Cancelled, "skipped: cancelled (STATUS:CANCELLED)");
        }

        if (recurrence is not null)
        {
            return Skip(FeedEventOutcome.Recurring, recurrence.Name == "RECURRENCE-ID"
                ? "skipped: one occurrence of a recurring event (RECURRENCE-ID)"
                : $"skipped: recurring ({recurrence.Name})");
        }

        if (!allDay)
        {
            return Skip(FeedEventOutcome.Timed, CalendarText.Invariant($"skipped: timed (starts {first.Time:HH:mm}), not an all-day event"));
        }

        if (end is not null && last.HasTime && !first.HasTime)
        {
            draft.Error(end.Line, $"DTEND {CalendarText.Quote(end.Value)} has a time where DTSTART is a date: an all-day event ends on a date.");
            return null;
        }

        var exclusiveEnd = end is not null ? last.Date : ReadDuration(ev, first.Date, draft);
        if (exclusiveEnd is not { } stop)
        {
            return null;
        }

        if (stop <= first.Date)
        {
            draft.Error(end?.Line ?? ev.Line, $"The event {CalendarText.Quote(title)} ends ({CalendarText.Format(stop)}, exclusive) before it starts ({CalendarText.Format(first.Date)}).");
            return null;
        }

        var dates = new DateInterval(first.Date, stop.PlusDays(-1));
        var rule = rules.FirstOrDefault(r => r.Matches(title, description));
        return rule is null
            ? new Classified(ev.Line, title, dates, FeedEventOutcome.Ignored, null, "ignored: no rule matched")
            : new Classified(ev.Line, title, dates, Outcome(rule.Meaning), rule, string.Empty);
    }

    // An all-day event without DTEND lasts one day, or its DURATION in whole days or weeks (P3D, P1W).
    private static LocalDate? ReadDuration(IcsComponent ev, LocalDate first, CalendarDraft draft)
    {
        if (ev.First("DURATION") is not { } duration)
        {
            return first < LocalDate.MaxIsoValue ? first.PlusDays(1) : OutOfRange(ev, first, draft);
        }

        var text = duration.Value.Trim().ToUpperInvariant();
        var unit = text.Length > 2 && text[0] == 'P' ? text[^1] : ' ';
        if (unit is 'D' or 'W' && int.TryParse(text.AsSpan(1, text.Length - 2), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var count)
            && count is > 0 and <= 366)
        {
            var days = unit == 'W' ? count * 7 : count;
            return first <= LocalDate.MaxIsoValue.PlusDays(-days) ? first.PlusDays(days) : OutOfRange(ev, first, draft);
        }

        draft.Error(duration.Line, $"DURATION {CalendarText.Quote(duration.Value)} is not a whole number of days or weeks (such as P3D or P1W) for an all-day event.");
        return null;
    }

    // Exclusive ends past the last date there is cannot be written, so no school calendar can use such an event.
    private static LocalDate? OutOfRange(IcsComponent ev, LocalDate first, CalendarDraft draft)
    {
        draft.Error(ev.Line, $"The event starting {CalendarText.Format(first)} ends after the last date there is.");
        return null;
    }

    private static FeedEventOutcome Outcome(FeedMeaning meaning) => meaning switch
    {
        FeedMeaning.FirstDay => FeedEventOutcome.FirstDay,
        FeedMeaning.LastDay => FeedEventOutcome.LastDay,
        FeedMeaning.NotAnEntry => FeedEventOutcome.NotAnEntry,
        _ => FeedEventOutcome.Entry,
    };

    // First and last days, in date order, pair up into school years: first, last, first, last.
    private static List<SchoolYear> SchoolYears(List<Classified> events, CalendarDraft draft)
    {
        var marks = events.Where(static e => e.Outcome is FeedEventOutcome.FirstDay or FeedEventOutcome.LastDay)
            .OrderBy(static e => e.Dates.Start).ThenBy(static e => e.Outcome).ToList();
        var years = new List<SchoolYear>();
        foreach (var e in marks)
        {
            e.Reason = e.Outcome == FeedEventOutcome.FirstDay ? "first day of school" : "last day of school";
        }

        if (marks.Count == 0)
        {
            draft.Error(null, "The feed has no first-day or last-day event (such as \"First Day of School\"): give the school year in PublishedFeedOptions.SchoolYear.");
            return years;
        }

        for (var i = 0; i < marks.Count; i += 2)
        {
            var first = marks[i];
            var last = i + 1 < marks.Count ? marks[i + 1] : null;
            if (first.Outcome != FeedEventOutcome.FirstDay || last is null || last.Outcome != FeedEventOutcome.LastDay)
            {
                var odd = first.Outcome != FeedEventOutcome.FirstDay ? first : last ?? first;
                draft.Error(odd.Line, $"{CalendarText.Quote(odd.Title)} ({CalendarText.Format(odd.Dates.Start)}) does not pair up: a school year is a first day, then a last day. "
                    + "Remove the extra event, add the missing one, or give the school year in PublishedFeedOptions.SchoolYear.");
                return [];
            }

            var name = CalendarText.Invariant($"{first.Dates.Start.Year}-{last.Dates.End.Year % 100:00}");
            if (first.Dates.Start.Year == last.Dates.End.Year)
            {
                name = CalendarText.Invariant($"{first.Dates.Start.Year}");
            }

            years.Add(new SchoolYear(name, first.Dates.Start, last.Dates.End));
            first.Reason = $"first day of school {name}";
            last.Reason = $"last day of school {name}";
        }

        return years;
    }

    // Entries in date order, the longest first on a day, so a holiday inside a recess finds the recess made. An entry
    // inside one of the same type and kinds is skipped; one that overlaps it extends it (both mean the same days).
    private static void AddEntries(List<Classified> events, List<SchoolYear> years, CalendarDraft draft)
    {
        var made = new List<Classified>();
        foreach (var e in events.Where(static e => e.Outcome == FeedEventOutcome.Entry).OrderBy(static e => e.Dates.Start).ThenByDescending(static e => e.Dates.Length))
        {
            var rule = e.Rule!;
            var type = rule.Meaning switch
            {
                FeedMeaning.Closure => CalendarEntryType.Closure,
                FeedMeaning.RemoteLearning => CalendarEntryType.RemoteLearning,
                _ => CalendarEntryType.EarlyDismissal,
            };
            var year = years.FirstOrDefault(y => y.FirstDay <= e.Dates.End && e.Dates.Start <= y.LastDay);
            if (year is null)
            {
                e.Outcome = FeedEventOutcome.OutsideSchoolYear;
                e.Reason = $"skipped: {Describe(type)} outside every school year";
                continue;
            }

            var kinds = rule.SchoolKinds;
            var first = LocalDate.Max(e.Dates.Start, year.FirstDay);
            var last = LocalDate.Min(e.Dates.End, year.LastDay);
            var container = made.FirstOrDefault(m => m.Entry!.Type == type && m.Entry.FirstDay <= first && last <= m.Entry.LastDay
                && (m.Entry.AppliesToEveryKind || (!kinds.IsEmpty && kinds.All(m.Entry.AppliesTo))));
            if (container is not null)
            {
                e.Outcome = FeedEventOutcome.InsideEntry;
                e.Reason = $"skipped: inside {CalendarText.Quote(container.Title)} (line {container.Line}), which already makes these days a {Describe(type)}";
                continue;
            }

            // Entries come in date order, so the one made starts on or before this one: it overlaps when it reaches it.
            var overlapped = made.FirstOrDefault(m => m.Entry!.Type == type && first <= m.Entry.LastDay
                && Enum.GetValues<SchoolKind>().All(k => m.Entry.AppliesTo(k) == (kinds.IsEmpty || kinds.Contains(k))) && year.Contains(m.Entry.FirstDay));
            if (overlapped is not null)
            {
                var old = overlapped.Entry!;
                overlapped.Entry = new CalendarEntry(old.Name, type, old.FirstDay, LocalDate.Max(old.LastDay, last), kinds);
                overlapped.Reason += CalendarText.Invariant($", extended to {CalendarText.Format(overlapped.Entry.LastDay)} by line {e.Line}");
                e.Outcome = FeedEventOutcome.InsideEntry;
                e.Reason = $"skipped: overlaps {CalendarText.Quote(overlapped.Title)} (line {overlapped.Line}), which is extended to cover these days";
                continue;
            }

            e.Entry = new CalendarEntry(e.Title.Length > 0 ? e.Title : "(untitled)", type, first, last, kinds); // no kinds: every kind
            var who = kinds.IsEmpty ? "every kind of school" : $"{string.Join(", ", kinds)} only";
            var clipped = first != e.Dates.Start || last != e.Dates.End ? $", clipped to the school year {year.Name}" : string.Empty;
            e.Reason = $"{Describe(type)} for {who}{clipped}";
            made.Add(e);
        }

        foreach (var e in made)
        {
            draft.Add(e.Entry!, e.Line);
        }

        foreach (var e in events.Where(static e => e.Outcome == FeedEventOutcome.NotAnEntry))
        {
            e.Reason = "not a calendar entry (a rule says so)";
        }
    }

    private static string Describe(CalendarEntryType type) => type switch
    {
        CalendarEntryType.Closure => "closure",
        CalendarEntryType.RemoteLearning => "remote-learning day",
        _ => "early dismissal",
    };

    // An event while it is classified; the report's FeedEvent is made from it at the end.
    private sealed class Classified(int line, string title, DateInterval dates, FeedEventOutcome outcome, FeedRule? rule, string reason)
    {
        public int Line { get; } = line;

        public string Title { get; } = title;

        public DateInterval Dates { get; } = dates;

        public FeedEventOutcome Outcome { get; set; } = outcome;

        public FeedRule? Rule { get; } = rule;

        public CalendarEntry? Entry { get; set; }

        public string Reason { get; set; } = reason;

        // Only an event whose outcome stays Entry is given one.
        public FeedEvent ToReport() => new(Line, Title, Dates, Outcome, Rule, Entry, Reason);
    }
}
