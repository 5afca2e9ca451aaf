using System.Collections.Immutable;

namespace Sesis.Rules.Calendars;

/// <summary>The rules <see cref="PublishedFeed"/> classifies events by unless a host gives its own.</summary>
public static class FeedRules
{
    /// <summary>
    /// Gets the default rules, in the order they are tried (docs/calendar.md lists them in one table). They look at
    /// titles only: "schools open" is not an entry; "first day of school", "last day of school"; early dismissals
    /// ("early dismissal", "dismissed early", "half day", "early release"); remote learning ("remote learning",
    /// "remote instruction", "virtual learning"); closures ("schools closed", "no school", "no classes", "no
    /// students", "students do not attend", "recess", "winter break" and the like). Each is for every kind of school.
    /// </summary>
    /// <remarks>
    /// A host extends them by putting its own rules first, as in <c>[new FeedRule(FeedMeaning.Closure,
    /// "chancellor's conference day"), .. FeedRules.Default]</c>, or replaces them.
    /// </remarks>
    public static ImmutableArray<FeedRule> Default { get; } =
    [
        new(FeedMeaning.NotAnEntry, @"\bschools? (is |are )?open\b"),
        new(FeedMeaning.FirstDay, @"\bfirst day (of school|for students|of classes)\b"),
        new(FeedMeaning.LastDay, @"\blast day (of school|for students|of classes)\b"),
        new(FeedMeaning.EarlyDismissal, @"\b(early dismissal|dismissed early|half[- ]day|early release)\b"),
        new(FeedMeaning.RemoteLearning, @"\b(remote|virtual) (learning|instruction)\b"),
        new(FeedMeaning.Closure, @"\b(schools? (is |are )?closed|no school|no classes|no students|students do not (attend|report)|recess|(winter|spring|mid-?winter|february|thanksgiving|holiday) break)\b"),
    ];
}
