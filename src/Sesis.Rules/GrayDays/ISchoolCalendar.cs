using NodaTime;

namespace Sesis.Rules;

/// <summary>
/// What the rules need to know of a school calendar: which dates it covers and which of them are gray days
/// (days shown in gray on the Services Calendar, when school is closed and no record is needed, procedure step 9).
/// Implementations are immutable and safe to share across threads; asking about a day should not allocate.
/// </summary>
public interface ISchoolCalendar
{
    /// <summary>Gets a value indicating whether the calendar says anything about <paramref name="day"/>.</summary>
    /// <param name="day">The date.</param>
    /// <returns><see langword="true"/> when the date falls in a period the calendar describes.</returns>
    bool Covers(LocalDate day);

    /// <summary>Gets a value indicating whether <paramref name="day"/> is a gray day for a kind of school.</summary>
    /// <param name="day">The date; a date the calendar does not cover is gray (no school is known to be open).</param>
    /// <param name="kind">The kind of school.</param>
    /// <returns><see langword="true"/> when school is closed that day.</returns>
    bool IsGrayDay(LocalDate day, SchoolKind kind);
}
