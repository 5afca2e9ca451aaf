using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;

namespace Sesis.Rules.Calendars;

/// <summary>
/// The outcome of reading a published calendar feed: the calendar or every error, and in both cases the report of
/// what each event became. Reading never throws for a bad file.
/// </summary>
public sealed class PublishedFeedResult
{
    internal PublishedFeedResult(CalendarLoadResult load, ImmutableArray<FeedEvent> events)
    {
        Calendar = load.Calendar;
        Errors = load.Errors;
        Events = events;
    }

    /// <summary>Gets the calendar, or <see langword="null"/> when the feed had errors.</summary>
    public SchoolCalendar? Calendar { get; }

    /// <summary>Gets the errors, in line order where lines are known; empty on success.</summary>
    public ImmutableArray<CalendarLoadError> Errors { get; }

    /// <summary>
    /// Gets the classification report: every event of the feed, in file order, with what it became or why it was
    /// skipped; empty when the file could not be parsed as iCalendar at all.
    /// </summary>
    public ImmutableArray<FeedEvent> Events { get; }

    /// <summary>Gets a value indicating whether the feed was read.</summary>
    [MemberNotNullWhen(true, nameof(Calendar))]
    public bool Success => Calendar is not null;

    /// <summary>Gets the calendar, or throws listing the errors.</summary>
    /// <returns>The calendar.</returns>
    /// <exception cref="InvalidOperationException">The feed had errors; the message lists them with their lines.</exception>
    public SchoolCalendar GetCalendarOrThrow() =>
        Calendar ?? throw new InvalidOperationException("The calendar feed could not be read: " + string.Join(" ", Errors));

    /// <summary>Describes the result.</summary>
    /// <returns>The calendar's description and the number of events, or the errors.</returns>
    public override string ToString() =>
        Calendar is { } calendar ? $"{calendar} (from {Events.Length} events)" : "Errors: " + string.Join(" ", Errors);
}
