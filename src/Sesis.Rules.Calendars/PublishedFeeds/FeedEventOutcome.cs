namespace Sesis.Rules.Calendars;

/// <summary>What an event of a published calendar feed became, or why it was skipped.</summary>
public enum FeedEventOutcome
{
    /// <summary>It became a calendar entry: a closure, remote-learning day or early dismissal.</summary>
    Entry = 0,

    /// <summary>It gave the first day of a school year.</summary>
    FirstDay = 1,

    /// <summary>It gave the last day of a school year.</summary>
    LastDay = 2,

    /// <summary>A rule says it is not a calendar entry.</summary>
    NotAnEntry = 3,

    /// <summary>No rule matched it.</summary>
    Ignored = 4,

    /// <summary>Skipped: it has a time of day, so it is not an all-day event.</summary>
    Timed = 5,

    /// <summary>Skipped: it recurs (RRULE, RDATE) or is one occurrence of an event that does (RECURRENCE-ID).</summary>
    Recurring = 6,

    /// <summary>Skipped: it is cancelled (STATUS:CANCELLED).</summary>
    Cancelled = 7,

    /// <summary>Skipped: a closure, remote-learning day or early dismissal outside every school year, where every day is gray anyway.</summary>
    OutsideSchoolYear = 8,

    /// <summary>
    /// Skipped: its days lie inside an entry of the same type and kinds of school made from another event, or
    /// overlap one, which is then extended to cover them (both say the same of those days).
    /// </summary>
    InsideEntry = 9,
}
