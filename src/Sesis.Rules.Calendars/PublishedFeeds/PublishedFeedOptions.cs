using System.Collections.Immutable;
using NodaTime;

namespace Sesis.Rules.Calendars;

/// <summary>How <see cref="PublishedFeed.Read(string, PublishedFeedOptions?)"/> reads a feed; the defaults suit most districts.</summary>
public sealed record PublishedFeedOptions
{
    private readonly ImmutableArray<FeedRule> _rules = FeedRules.Default;

    /// <summary>Gets the rules events are classified by, tried in order; <see cref="FeedRules.Default"/> unless set.</summary>
    /// <exception cref="ArgumentException">Set to a default (uninitialized) array or one holding null.</exception>
    public ImmutableArray<FeedRule> Rules
    {
        get => _rules;
        init => _rules = value.IsDefault || value.Any(static r => r is null)
            ? throw new ArgumentException("The rules must be an initialized array without null.", nameof(value))
            : value;
    }

    /// <summary>
    /// Gets the school year, for a feed without first-day and last-day events; <see langword="null"/> (the default)
    /// to take the school years from those events. When set, first-day and last-day events are listed but decide nothing.
    /// </summary>
    public SchoolYear? SchoolYear { get; init; }

    /// <summary>Gets the calendar's name; <see langword="null"/> (the default) for the feed's X-WR-CALNAME.</summary>
    public string? Name { get; init; }

    private readonly ImmutableArray<IsoDayOfWeek>? _weekend;

    /// <summary>Gets the weekend; <see langword="null"/> (the default) for <see cref="SchoolCalendar.DefaultWeekend"/>.</summary>
    /// <exception cref="ArgumentException">Set to a default (uninitialized) array.</exception>
    public ImmutableArray<IsoDayOfWeek>? Weekend
    {
        get => _weekend;
        init => _weekend = value is { IsDefault: true } ? throw new ArgumentException("The weekend must be an initialized array (empty for none).", nameof(value)) : value;
    }
}
