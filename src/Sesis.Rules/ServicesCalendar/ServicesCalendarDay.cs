using NodaTime;

namespace Sesis.Rules;

/// <summary>One day of a provider's <see cref="ServicesCalendar"/>: its status, its records and the records it lacks.</summary>
/// <remarks>Immutable; its lists never change. Two days are equal only when they are the same instance.</remarks>
public sealed class ServicesCalendarDay
{
    internal ServicesCalendarDay(LocalDate date, ServicesCalendarDayStatus status, IReadOnlyList<ServiceRecord> records, IReadOnlyList<ExpectedRecord> missing)
    {
        Date = date;
        Status = status;
        Records = records;
        Missing = missing;
    }

    /// <summary>Gets the date.</summary>
    public LocalDate Date { get; }

    /// <summary>Gets what the calendar shows for the day.</summary>
    public ServicesCalendarDayStatus Status { get; }

    /// <summary>
    /// Gets the provider's records of the day, by start time then student, whatever the status: a record on a
    /// gray or future day is shown, not dropped (the validators flag it).
    /// </summary>
    public IReadOnlyList<ServiceRecord> Records { get; }

    /// <summary>Gets the scheduled records the day lacks; empty unless <see cref="Status"/> is <see cref="ServicesCalendarDayStatus.Missing"/>.</summary>
    public IReadOnlyList<ExpectedRecord> Missing { get; }

    /// <summary>Describes the day.</summary>
    /// <returns>Such as "2025-10-06 Missing (1 record, 1 missing)".</returns>
    public override string ToString() => $"{Text.Date(Date)} {Status} ({Records.Count} record{(Records.Count == 1 ? "" : "s")}, {Missing.Count} missing)";
}
