namespace Sesis.Rules;

/// <summary>
/// What a <see cref="CalendarEntry"/> says about its days: closed (gray), or open though unusual. The default
/// is <see cref="Closure"/>.
/// </summary>
public enum CalendarEntryType
{
    /// <summary>School is closed: the days are gray and no record is needed (procedure step 9). The default.</summary>
    Closure = 0,

    /// <summary>
    /// School is open remotely, as on a snow day: a school day, not a closure (docs/procedure.md, facts), so services are still
    /// recorded (a cancelled session is recorded as Cancelled, reason unscheduled school closing).
    /// </summary>
    RemoteLearning = 1,

    /// <summary>Students leave early, as on parent-teacher conference afternoons: a school day, not a closure.</summary>
    EarlyDismissal = 2,
}
