namespace Sesis.Rules.Calendars;

/// <summary>What a <see cref="FeedRule"/> says an event of a published calendar feed is.</summary>
public enum FeedMeaning
{
    /// <summary>School is closed: the days are gray (a <see cref="CalendarEntryType.Closure"/>).</summary>
    Closure = 0,

    /// <summary>A remote-learning day: a school day (a <see cref="CalendarEntryType.RemoteLearning"/>).</summary>
    RemoteLearning = 1,

    /// <summary>An early dismissal: a school day (a <see cref="CalendarEntryType.EarlyDismissal"/>).</summary>
    EarlyDismissal = 2,

    /// <summary>The first day of a school year.</summary>
    FirstDay = 3,

    /// <summary>The last day of a school year.</summary>
    LastDay = 4,

    /// <summary>Not a calendar entry (such as "schools open"): listed in the report, changes nothing.</summary>
    NotAnEntry = 5,
}
