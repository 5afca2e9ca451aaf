namespace Sesis.Rules;

/// <summary>The procedure's decision of a session type from a reason (procedure step 9).</summary>
public static class SessionReasons
{
    /// <summary>
    /// Gets the session type a reason calls for: the student's absence or refusal is Student Absent; the
    /// provider's sick or personal leave is Provider Absent; anything else is Cancelled.
    /// </summary>
    /// <param name="reason">A defined reason.</param>
    /// <returns>The one session type for <paramref name="reason"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="reason"/> is not a defined value.</exception>
    public static SessionType SessionTypeOf(SessionReason reason) =>
        TryGetSessionType(reason, out var type)
            ? type
            : throw new ArgumentOutOfRangeException(nameof(reason), reason, "Not a defined session reason.");

    /// <summary>Gets the session type a reason calls for, without throwing for an undefined value.</summary>
    /// <param name="reason">The reason.</param>
    /// <param name="sessionType">The session type, or <see cref="SessionType.Cancelled"/> when undefined.</param>
    /// <returns><see langword="true"/> when <paramref name="reason"/> is a defined value.</returns>
    public static bool TryGetSessionType(SessionReason reason, out SessionType sessionType)
    {
        sessionType = reason switch
        {
            SessionReason.StudentAbsentFromSchool or SessionReason.StudentRefusedService => SessionType.StudentAbsent,
            SessionReason.ProviderSickLeave or SessionReason.ProviderPersonalLeave => SessionType.ProviderAbsent,
            _ => SessionType.Cancelled,
        };
        return IsDefined(reason);
    }

    /// <summary>Gets a value indicating whether <paramref name="reason"/> is one of the defined reasons.</summary>
    /// <param name="reason">The reason.</param>
    /// <returns><see langword="true"/> for a defined value; <see langword="false"/> for an integer cast to the enum.</returns>
    public static bool IsDefined(SessionReason reason) =>
        reason is >= SessionReason.StudentAbsentFromSchool and <= SessionReason.Other;
}
