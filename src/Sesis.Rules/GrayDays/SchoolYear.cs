using NodaTime;

namespace Sesis.Rules;

/// <summary>
/// One school year of a <see cref="SchoolCalendar"/>: its name and its first and last day of school, both
/// inclusive. Days before the first day and after the last are gray (summer).
/// </summary>
/// <remarks>Immutable; equal when name and both days are equal.</remarks>
public sealed record SchoolYear
{
    /// <summary>Initializes a new school year.</summary>
    /// <param name="name">The year's name, such as "2025-26".</param>
    /// <param name="firstDay">The first day of school.</param>
    /// <param name="lastDay">The last day of school, on or after <paramref name="firstDay"/>.</param>
    /// <exception cref="ArgumentException">The name is blank, the last day is before the first, or a day is not in the ISO calendar.</exception>
    public SchoolYear(string name, LocalDate firstDay, LocalDate lastDay)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (firstDay.Calendar != CalendarSystem.Iso || lastDay.Calendar != CalendarSystem.Iso)
        {
            throw new ArgumentException(
                $"The school year {name} must be given in the ISO calendar.", firstDay.Calendar != CalendarSystem.Iso ? nameof(firstDay) : nameof(lastDay));
        }

        if (lastDay < firstDay)
        {
            throw new ArgumentException($"The school year {name} ends ({Text.Date(lastDay)}) before it starts ({Text.Date(firstDay)}).", nameof(lastDay));
        }

        Name = name.Trim();
        FirstDay = firstDay;
        LastDay = lastDay;
    }

    /// <summary>Gets the year's name, such as "2025-26".</summary>
    public string Name { get; }

    /// <summary>Gets the first day of school.</summary>
    public LocalDate FirstDay { get; }

    /// <summary>Gets the last day of school.</summary>
    public LocalDate LastDay { get; }

    /// <summary>Gets the days from the first to the last day of school, inclusive.</summary>
    public DateInterval Days => new(FirstDay, LastDay);

    /// <summary>Gets a value indicating whether <paramref name="day"/> is between the first and the last day, inclusive.</summary>
    /// <param name="day">The date.</param>
    /// <returns><see langword="true"/> when the day, read as its ISO date, is inside the school year.</returns>
    public bool Contains(LocalDate day) => IsoDates.Between(day, FirstDay, LastDay);

    /// <summary>Describes the year.</summary>
    /// <returns>Such as "2025-26 [2025-09-04, 2026-06-26]".</returns>
    public override string ToString() => $"{Name} [{Text.Date(FirstDay)}, {Text.Date(LastDay)}]";
}
