using NodaTime;

namespace Sesis.Rules.Calendars;

/// <summary>
/// One line of the classification report of a published calendar feed: an event, what it became, and why.
/// </summary>
/// <param name="Line">The line of the event's BEGIN:VEVENT, from 1.</param>
/// <param name="Title">The event's title (SUMMARY), unescaped; empty when it has none.</param>
/// <param name="Dates">The days the event covers, inclusive (for a timed event, the dates it is written with).</param>
/// <param name="Outcome">What it became, or why it was skipped.</param>
/// <param name="Rule">The rule that matched it, or <see langword="null"/> when none was tried or none matched.</param>
/// <param name="Entry">The calendar entry it became, when <paramref name="Outcome"/> is <see cref="FeedEventOutcome.Entry"/>.</param>
/// <param name="Reason">The same in words, such as "closure for every kind of school" or "timed (17:00), not all-day".</param>
public sealed record FeedEvent(int Line, string Title, DateInterval Dates, FeedEventOutcome Outcome, FeedRule? Rule, CalendarEntry? Entry, string Reason)
{
    /// <summary>Gets a value indicating whether the event was skipped rather than classified.</summary>
    public bool IsSkipped => Outcome >= FeedEventOutcome.Timed;

    /// <summary>Describes the event and its outcome on one line.</summary>
    /// <returns>Such as "line 40: 2025-12-24..2026-01-02 'Winter Recess, schools closed': closure for every kind of school".</returns>
    public override string ToString()
    {
        var dates = Dates.Start == Dates.End ? CalendarText.Format(Dates.Start) : $"{CalendarText.Format(Dates.Start)}..{CalendarText.Format(Dates.End)}";
        return $"line {Line}: {dates} {CalendarText.Quote(Title)}: {Reason}";
    }
}
