using NodaTime;

namespace Sesis.Rules;

/// <summary>
/// Finds the schedules that call for records (procedure step 17): what the missing-record check (SR910), the
/// Services Calendar and the Encounter Attendance report expect. A host backs it with its own data or uses the
/// in-memory <see cref="ServiceSchedules"/>.
/// </summary>
/// <remarks>
/// Asked once per report, calendar or batch (not per record), and its answer is read while that one is made; it
/// must be thread-safe. Returning a schedule that does not run in the period is harmless (it expects no record
/// there); leaving out one that does hides its missing records.
/// </remarks>
public interface IServiceSchedules
{
    /// <summary>Finds the schedules that run on at least one day of a period.</summary>
    /// <param name="period">The dates, inclusive.</param>
    /// <returns>The schedules, in any order; no null.</returns>
    IEnumerable<ServiceSchedule> During(DateInterval period);

    /// <summary>Finds one provider's schedules that run on at least one day of a period.</summary>
    /// <param name="providerId">The provider.</param>
    /// <param name="period">The dates, inclusive.</param>
    /// <returns>The provider's schedules, in any order; no null.</returns>
    IEnumerable<ServiceSchedule> ForProvider(ProviderId providerId, DateInterval period);
}
