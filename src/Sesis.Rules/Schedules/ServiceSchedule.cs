using System.Collections.Immutable;
using NodaTime;

namespace Sesis.Rules;

/// <summary>
/// When a student is scheduled for a service with a provider: on some weekdays (speech therapy on Mondays
/// and Wednesdays) or on every school day (a full-time paraprofessional), over a period. On a scheduled day
/// that is a school day for the student's kind of school, a record is expected: the service, an absence or
/// a cancellation.
/// </summary>
/// <remarks>Immutable; two schedules are equal when every property is equal.</remarks>
public sealed class ServiceSchedule : IEquatable<ServiceSchedule>
{
    // Every set of weekdays, Monday first, by the mask the constructor and the parser build (bit d for IsoDayOfWeek d):
    // made once, since a district's context builds and reads hundreds of thousands of schedules.
    private static readonly ImmutableArray<IsoDayOfWeek>[] WeekdaySets =
        [.. Enumerable.Range(0, 1 << 8).Select(static mask => Enumerable.Range(1, 7).Where(d => (mask & (1 << d)) != 0).Select(static d => (IsoDayOfWeek)d).ToImmutableArray())];

    private static readonly string[] DayNames = [.. Enumerable.Range(1, 7).Select(static d => ((IsoDayOfWeek)d).ToString())];

    private readonly int _weekdayMask;
    private readonly SchoolKind _schoolKind;

    /// <summary>Initializes a new schedule.</summary>
    /// <param name="providerId">The provider.</param>
    /// <param name="studentId">The student.</param>
    /// <param name="serviceType">The service type.</param>
    /// <param name="period">The dates, inclusive, the schedule runs.</param>
    /// <param name="weekdays">The days of the week the service is scheduled; <see langword="null"/> for every school day.</param>
    /// <exception cref="ArgumentException">An id or the service type is empty, or <paramref name="weekdays"/> is empty or holds a value that is not a day of the week.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="period"/> is null.</exception>
    public ServiceSchedule(ProviderId providerId, StudentId studentId, ServiceType serviceType, DateInterval period, IEnumerable<IsoDayOfWeek>? weekdays = null)
    {
        ArgumentNullException.ThrowIfNull(period);
        if (providerId.IsEmpty || studentId.IsEmpty || serviceType.Code.Length == 0)
        {
            throw new ArgumentException("A schedule needs a provider, a student and a service type.", nameof(providerId));
        }

        var mask = 0;
        if (weekdays is not null)
        {
            foreach (var day in weekdays)
            {
                if (day is < IsoDayOfWeek.Monday or > IsoDayOfWeek.Sunday)
                {
                    throw new ArgumentException($"{day} is not a day of the week.", nameof(weekdays));
                }

                mask |= 1 << (int)day;
            }

            if (mask == 0)
            {
                throw new ArgumentException("A schedule on weekdays names at least one; pass null for every school day.", nameof(weekdays));
            }
        }

        ProviderId = providerId;
        StudentId = studentId;
        ServiceType = serviceType;
        Period = period;
        _weekdayMask = mask;
        Weekdays = WeekdaySets[mask];
    }

    /// <summary>
    /// Parses the days of a schedule as a person or an export writes them, without throwing: "every school day", or
    /// days of the week by name or by their first three letters ("Mon Wed", "Monday, Wednesday"), ignoring case,
    /// separated by spaces or commas.
    /// </summary>
    /// <param name="text">The text to parse.</param>
    /// <returns>
    /// The days in week order, each once; empty for "every school day", as <see cref="Weekdays"/> is for such a
    /// schedule (pass <see langword="null"/> to the constructor then). Or what is wrong with <paramref name="text"/>.
    /// </returns>
    public static ParseOutcome<ImmutableArray<IsoDayOfWeek>> ParseWeekdays(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return ParseOutcome<ImmutableArray<IsoDayOfWeek>>.ForError("The days are empty: name the days (such as \"Mon Wed\") or write \"every school day\".");
        }

        if (string.Equals(text.Trim(), "every school day", StringComparison.OrdinalIgnoreCase))
        {
            return ParseOutcome<ImmutableArray<IsoDayOfWeek>>.ForValue([]);
        }

        var mask = 0;
        // Split by hand rather than with MemoryExtensions.SplitAny, which net8.0 lacks.
        var rest = text.AsSpan();
        while (!rest.IsEmpty)
        {
            var end = rest.IndexOfAny(' ', ',');
            var word = end < 0 ? rest : rest[..end];
            rest = end < 0 ? ReadOnlySpan<char>.Empty : rest[(end + 1)..];
            if (word.IsEmpty)
            {
                continue;
            }

            var day = DayNamed(word);
            if (day == IsoDayOfWeek.None)
            {
                return ParseOutcome<ImmutableArray<IsoDayOfWeek>>.ForError(
                    $"'{CodeText.Printable(word.ToString())}' is not a day of the week (Mon, Tue, Wed, Thu, Fri, Sat, Sun, or the full names).");
            }

            mask |= 1 << (int)day;
        }

        return ParseOutcome<ImmutableArray<IsoDayOfWeek>>.ForValue(WeekdaySets[mask]);
    }

    private static IsoDayOfWeek DayNamed(ReadOnlySpan<char> word)
    {
        for (var day = IsoDayOfWeek.Monday; day <= IsoDayOfWeek.Sunday; day++)
        {
            var name = DayNames[(int)day - 1];
            if (word.Equals(name, StringComparison.OrdinalIgnoreCase) || word.Equals(name.AsSpan(0, 3), StringComparison.OrdinalIgnoreCase))
            {
                return day;
            }
        }

        return IsoDayOfWeek.None;
    }

    /// <summary>Gets the provider.</summary>
    public ProviderId ProviderId { get; }

    /// <summary>Gets the student.</summary>
    public StudentId StudentId { get; }

    /// <summary>Gets the service type.</summary>
    public ServiceType ServiceType { get; }

    /// <summary>Gets the dates, inclusive, the schedule runs.</summary>
    public DateInterval Period { get; }

    /// <summary>Gets the days of the week the service is scheduled, Monday first; empty when it is every school day.</summary>
    public ImmutableArray<IsoDayOfWeek> Weekdays { get; }

    /// <summary>Gets a value indicating whether the service is scheduled on every school day.</summary>
    public bool IsEverySchoolDay => _weekdayMask == 0;

    /// <summary>
    /// Gets the kind of the student's school, whose gray days apply; <see cref="SchoolKind.Elementary"/> (the
    /// enum's default) unless set.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to a value that is not a defined kind of school.</exception>
    public SchoolKind SchoolKind
    {
        get => _schoolKind;

        // Refused here, when the schedule is built, rather than when a calendar is asked about the kind much later.
        init => _schoolKind = Enum.IsDefined(value)
            ? value
            : throw new ArgumentOutOfRangeException(nameof(SchoolKind), value, $"The kind of school {(int)value} is not defined.");
    }

    /// <summary>Creates a schedule on every school day, as for a full-time paraprofessional.</summary>
    /// <param name="providerId">The provider.</param>
    /// <param name="studentId">The student.</param>
    /// <param name="serviceType">The service type.</param>
    /// <param name="period">The dates, inclusive.</param>
    /// <returns>The schedule.</returns>
    public static ServiceSchedule EverySchoolDay(ProviderId providerId, StudentId studentId, ServiceType serviceType, DateInterval period) =>
        new(providerId, studentId, serviceType, period);

    /// <summary>Gets a value indicating whether the service is scheduled on a date, whatever the calendar says.</summary>
    /// <param name="date">The date.</param>
    /// <returns><see langword="true"/> when the date, read as its ISO date, is in the period and on a scheduled weekday.</returns>
    public bool IsScheduledOn(LocalDate date) =>
        IsoDates.Contains(Period, date) && (_weekdayMask == 0 || (_weekdayMask & (1 << (int)date.DayOfWeek)) != 0);

    /// <summary>Gets a value indicating whether a record is expected on a date: scheduled, and a school day for the student's school.</summary>
    /// <param name="date">The date.</param>
    /// <param name="calendar">The school calendar.</param>
    /// <returns><see langword="true"/> when a service, absence or cancellation record is expected.</returns>
    public bool ExpectsRecordOn(LocalDate date, ISchoolCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        return IsScheduledOn(date) && !calendar.IsGrayDay(date, SchoolKind);
    }

    /// <inheritdoc/>
    public bool Equals(ServiceSchedule? other) =>
        other is not null
        && ProviderId == other.ProviderId
        && StudentId == other.StudentId
        && ServiceType == other.ServiceType
        && Period == other.Period
        && _weekdayMask == other._weekdayMask
        && SchoolKind == other.SchoolKind;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as ServiceSchedule);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(ProviderId, StudentId, ServiceType, Period, _weekdayMask, SchoolKind);

    /// <summary>Describes the schedule.</summary>
    /// <returns>Such as "P0012345 serves 204381527 speech-language-therapy on Monday, Wednesday [2025-09-04, 2026-06-26] (Elementary)".</returns>
    public override string ToString()
    {
        var when = IsEverySchoolDay ? "every school day" : "on " + string.Join(", ", Weekdays);
        return $"{ProviderId} serves {StudentId} {ServiceType} {when} {Period} ({SchoolKind})";
    }

    /// <summary>Compares two schedules for equality.</summary>
    /// <param name="left">The first schedule.</param>
    /// <param name="right">The second schedule.</param>
    /// <returns><see langword="true"/> when both are equal or both null.</returns>
    public static bool operator ==(ServiceSchedule? left, ServiceSchedule? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two schedules for inequality.</summary>
    /// <param name="left">The first schedule.</param>
    /// <param name="right">The second schedule.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(ServiceSchedule? left, ServiceSchedule? right) => !(left == right);
}
