using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;

namespace Sesis.Rules;

/// <summary>
/// The outcome of building a <see cref="SchoolCalendar"/>: the calendar, or every problem found in its input.
/// Building never throws for bad input.
/// </summary>
public sealed class SchoolCalendarResult
{
    private SchoolCalendarResult(SchoolCalendar? calendar, ImmutableArray<CalendarProblem> problems)
    {
        Calendar = calendar;
        Problems = problems;
    }

    /// <summary>Gets the calendar, or <see langword="null"/> when the input had problems.</summary>
    public SchoolCalendar? Calendar { get; }

    /// <summary>Gets every problem found, in input order; empty on success.</summary>
    public ImmutableArray<CalendarProblem> Problems { get; }

    /// <summary>Gets a value indicating whether the calendar was built.</summary>
    [MemberNotNullWhen(true, nameof(Calendar))]
    public bool Success => Calendar is not null;

    /// <summary>Gets the calendar, or throws listing the problems; for calendars written in code, where a problem is a bug.</summary>
    /// <returns>The calendar.</returns>
    /// <exception cref="InvalidOperationException">The input had problems; the message lists them.</exception>
    public SchoolCalendar GetCalendarOrThrow() =>
        Calendar ?? throw new InvalidOperationException("The school calendar could not be built: " + string.Join(" ", Problems.Select(static p => p.Message)));

    /// <summary>Describes the result.</summary>
    /// <returns>The calendar's description, or the problems.</returns>
    public override string ToString() =>
        Calendar?.ToString() ?? "Errors: " + string.Join(" ", Problems.Select(static p => p.Message));

    internal static SchoolCalendarResult ForCalendar(SchoolCalendar calendar) => new(calendar, []);

    internal static SchoolCalendarResult ForProblems(ImmutableArray<CalendarProblem> problems) => new(null, problems);
}
