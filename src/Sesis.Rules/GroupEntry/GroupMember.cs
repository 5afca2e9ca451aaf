namespace Sesis.Rules;

/// <summary>
/// One student of a group session entered once for the group (<see cref="GroupSessionEntry"/>): who, and whether
/// they were served.
/// </summary>
/// <param name="StudentId">The student.</param>
public sealed record GroupMember(StudentId StudentId)
{
    /// <summary>Gets the student's session type; Service Provided by default.</summary>
    public SessionType SessionType { get; init; }

    /// <summary>Gets why the student was not served, when known; <see langword="null"/> for a service provided.</summary>
    public SessionReason? Reason { get; init; }

    /// <summary>
    /// Gets notes for this student only, such as why they were absent; <see langword="null"/> to take the
    /// group's notes.
    /// </summary>
    public string? Notes { get; init; }

    /// <summary>Gets a student who was present and served.</summary>
    /// <param name="studentId">The student.</param>
    /// <returns>A member with session type Service Provided.</returns>
    public static GroupMember Present(StudentId studentId) => new(studentId);

    /// <summary>Gets a student who was not served, with the session type the reason decides (procedure step 9).</summary>
    /// <param name="studentId">The student.</param>
    /// <param name="reason">Why the student was not served, such as <see cref="SessionReason.StudentAbsentFromSchool"/>.</param>
    /// <returns>A member with the session type of <paramref name="reason"/> and that reason.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="reason"/> is not a defined reason.</exception>
    public static GroupMember NotServed(StudentId studentId, SessionReason reason) =>
        SessionReasons.TryGetSessionType(reason, out var sessionType)
            ? new(studentId) { SessionType = sessionType, Reason = reason }
            : throw new ArgumentOutOfRangeException(nameof(reason), reason, "The session reason is not defined.");

    /// <summary>Describes the member without notes, which may be confidential.</summary>
    /// <returns>Such as "204381527 StudentAbsent".</returns>
    public override string ToString() => $"{StudentId} {SessionType}";
}
