using System.Collections.Immutable;
using NodaTime;

namespace Sesis.Rules;

/// <summary>
/// A named run of days on a school calendar: a closure (gray days), a remote-learning day or an early
/// dismissal, for every kind of school or for some kinds only (NYC closes elementary, middle, K-12 and
/// District 75 schools on Clerical Day while high schools stay open).
/// </summary>
/// <remarks>Immutable; two entries are equal when name, type, days and kinds of school are equal.</remarks>
public sealed class CalendarEntry : IEquatable<CalendarEntry>
{
    private const int AllKindsMask = (1 << 5) - 1;
    private readonly int _kindMask;

    /// <summary>Initializes a new entry.</summary>
    /// <param name="name">What the days are, such as "Thanksgiving recess".</param>
    /// <param name="type">Closure, remote learning or early dismissal.</param>
    /// <param name="firstDay">The first day, inclusive.</param>
    /// <param name="lastDay">The last day, inclusive, on or after <paramref name="firstDay"/>.</param>
    /// <param name="schoolKinds">The kinds of school the entry applies to; <see langword="null"/> or empty for every kind.</param>
    /// <exception cref="ArgumentException">The name is blank, the days are reversed or not ISO, or a kind or type is undefined.</exception>
    public CalendarEntry(string name, CalendarEntryType type, LocalDate firstDay, LocalDate lastDay, IEnumerable<SchoolKind>? schoolKinds = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (!Enum.IsDefined(type))
        {
            throw new ArgumentException($"The entry type {(int)type} is not defined.", nameof(type));
        }

        RequireIso(name, firstDay, nameof(firstDay));
        RequireIso(name, lastDay, nameof(lastDay));

        if (lastDay < firstDay)
        {
            throw new ArgumentException($"The entry '{name}' ends ({Text.Date(lastDay)}) before it starts ({Text.Date(firstDay)}).", nameof(lastDay));
        }

        var mask = 0;
        foreach (var kind in schoolKinds ?? [])
        {
            if (!Enum.IsDefined(kind))
            {
                throw new ArgumentException($"The kind of school {(int)kind} is not defined.", nameof(schoolKinds));
            }

            mask |= 1 << (int)kind;
        }

        Name = name.Trim();
        Type = type;
        FirstDay = firstDay;
        LastDay = lastDay;
        _kindMask = mask == 0 ? AllKindsMask : mask;
        SchoolKinds = [.. Enum.GetValues<SchoolKind>().Where(k => (_kindMask & (1 << (int)k)) != 0)];
    }

    /// <summary>Gets what the days are, such as "Thanksgiving recess".</summary>
    public string Name { get; }

    /// <summary>Gets whether the days are closed or open though unusual.</summary>
    public CalendarEntryType Type { get; }

    /// <summary>Gets the first day, inclusive.</summary>
    public LocalDate FirstDay { get; }

    /// <summary>Gets the last day, inclusive.</summary>
    public LocalDate LastDay { get; }

    /// <summary>Gets the days, inclusive.</summary>
    public DateInterval Days => new(FirstDay, LastDay);

    /// <summary>Gets the kinds of school the entry applies to, in enum order; all five when it applies to every school.</summary>
    public ImmutableArray<SchoolKind> SchoolKinds { get; }

    /// <summary>Gets a value indicating whether the entry applies to every kind of school.</summary>
    public bool AppliesToEveryKind => _kindMask == AllKindsMask;

    /// <summary>Gets a value indicating whether the entry closes school (its days are gray).</summary>
    public bool IsClosure => Type == CalendarEntryType.Closure;

    /// <summary>Creates a closure for every kind of school.</summary>
    /// <param name="name">What the closure is, such as "Winter recess".</param>
    /// <param name="firstDay">The first day closed.</param>
    /// <param name="lastDay">The last day closed; <see langword="null"/> for a one-day closure.</param>
    /// <returns>The closure.</returns>
    public static CalendarEntry Closure(string name, LocalDate firstDay, LocalDate? lastDay = null) =>
        new(name, CalendarEntryType.Closure, firstDay, lastDay ?? firstDay);

    /// <summary>Creates a closure for some kinds of school only.</summary>
    /// <param name="name">What the closure is, such as "Clerical Day".</param>
    /// <param name="firstDay">The first day closed.</param>
    /// <param name="lastDay">The last day closed.</param>
    /// <param name="schoolKinds">The kinds of school that close.</param>
    /// <returns>The closure.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="schoolKinds"/> is null.</exception>
    public static CalendarEntry ClosureFor(string name, LocalDate firstDay, LocalDate lastDay, params SchoolKind[] schoolKinds)
    {
        ArgumentNullException.ThrowIfNull(schoolKinds);
        return new(name, CalendarEntryType.Closure, firstDay, lastDay, schoolKinds);
    }

    /// <summary>Creates a remote-learning day (a snow day): a school day, not a closure.</summary>
    /// <param name="name">What the day is, such as "Snow day (remote learning)".</param>
    /// <param name="day">The day.</param>
    /// <returns>The entry.</returns>
    public static CalendarEntry RemoteLearning(string name, LocalDate day)
    {
        RequireIso(name, day, nameof(day));
        return new(name, CalendarEntryType.RemoteLearning, day, day);
    }

    /// <summary>Creates an early dismissal: a school day, not a closure.</summary>
    /// <param name="name">What the day is, such as "Parent-teacher conferences".</param>
    /// <param name="day">The day.</param>
    /// <param name="schoolKinds">The kinds of school dismissed early; none for every kind.</param>
    /// <returns>The entry.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="schoolKinds"/> is null.</exception>
    public static CalendarEntry EarlyDismissal(string name, LocalDate day, params SchoolKind[] schoolKinds)
    {
        ArgumentNullException.ThrowIfNull(schoolKinds);
        RequireIso(name, day, nameof(day));
        return new(name, CalendarEntryType.EarlyDismissal, day, day, schoolKinds);
    }

    /// <summary>Gets a value indicating whether the entry applies to a kind of school.</summary>
    /// <param name="kind">The kind of school.</param>
    /// <returns><see langword="true"/> when it does.</returns>
    public bool AppliesTo(SchoolKind kind) => (uint)kind < 5 && (_kindMask & (1 << (int)kind)) != 0;

    /// <summary>Gets a value indicating whether the entry includes <paramref name="day"/>.</summary>
    /// <param name="day">The date.</param>
    /// <returns><see langword="true"/> when the day, read as its ISO date, is between the first and the last day, inclusive.</returns>
    public bool Contains(LocalDate day) => IsoDates.Between(day, FirstDay, LastDay);

    // Entries are given in the ISO calendar, as school years are; the refusal names the parameter that is not.
    private static void RequireIso(string name, LocalDate day, string parameterName)
    {
        if (day.Calendar != CalendarSystem.Iso)
        {
            throw new ArgumentException($"The entry '{name}' must be given in the ISO calendar.", parameterName);
        }
    }

    /// <inheritdoc/>
    public bool Equals(CalendarEntry? other) =>
        other is not null
        && Name == other.Name
        && Type == other.Type
        && FirstDay == other.FirstDay
        && LastDay == other.LastDay
        && _kindMask == other._kindMask;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as CalendarEntry);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Name, Type, FirstDay, LastDay, _kindMask);

    /// <summary>Describes the entry.</summary>
    /// <returns>Such as "Closure 2025-11-27..2025-11-28 Thanksgiving recess" or "Closure 2026-06-05 Clerical Day (Elementary, Middle, K12, District75 only)".</returns>
    public override string ToString()
    {
        var days = FirstDay == LastDay ? Text.Date(FirstDay) : $"{Text.Date(FirstDay)}..{Text.Date(LastDay)}";
        var kinds = AppliesToEveryKind ? string.Empty : $" ({string.Join(", ", SchoolKinds)} only)";
        return $"{Type} {days} {Name}{kinds}";
    }

    /// <summary>Compares two entries for equality.</summary>
    /// <param name="left">The first entry.</param>
    /// <param name="right">The second entry.</param>
    /// <returns><see langword="true"/> when both are equal or both null.</returns>
    public static bool operator ==(CalendarEntry? left, CalendarEntry? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two entries for inequality.</summary>
    /// <param name="left">The first entry.</param>
    /// <param name="right">The second entry.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(CalendarEntry? left, CalendarEntry? right) => !(left == right);

    internal int KindMask => _kindMask;
}
