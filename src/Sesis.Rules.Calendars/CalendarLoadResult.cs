using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;

namespace Sesis.Rules.Calendars;

/// <summary>The outcome of reading a calendar file: the calendar, or every error found. Reading never throws for a bad file.</summary>
public sealed class CalendarLoadResult
{
    private CalendarLoadResult(SchoolCalendar? calendar, ImmutableArray<CalendarLoadError> errors)
    {
        Calendar = calendar;
        Errors = errors;
    }

    /// <summary>Gets the calendar, or <see langword="null"/> when the file had errors.</summary>
    public SchoolCalendar? Calendar { get; }

    /// <summary>Gets the errors, in line order where lines are known; empty on success.</summary>
    public ImmutableArray<CalendarLoadError> Errors { get; }

    /// <summary>Gets a value indicating whether the file was read.</summary>
    [MemberNotNullWhen(true, nameof(Calendar))]
    public bool Success => Calendar is not null;

    /// <summary>Gets the calendar, or throws listing the errors.</summary>
    /// <returns>The calendar.</returns>
    /// <exception cref="InvalidOperationException">The file had errors; the message lists them with their lines.</exception>
    public SchoolCalendar GetCalendarOrThrow() =>
        Calendar ?? throw new InvalidOperationException("The calendar file could not be read: " + string.Join(" ", Errors));

    /// <summary>Describes the result.</summary>
    /// <returns>The calendar's description, or the errors.</returns>
    public override string ToString() => Calendar?.ToString() ?? "Errors: " + string.Join(" ", Errors);

    internal static CalendarLoadResult ForCalendar(SchoolCalendar calendar) => new(calendar, []);

    internal static CalendarLoadResult ForErrors(IEnumerable<CalendarLoadError> errors) =>
        new(null, [.. errors.OrderBy(static e => e.Line ?? 0)]);
}
