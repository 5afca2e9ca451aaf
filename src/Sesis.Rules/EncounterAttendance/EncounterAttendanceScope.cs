using NodaTime;

namespace Sesis.Rules;

/// <summary>
/// Whom an <see cref="EncounterAttendanceReport"/> covers: a student, a provider, or a caseload. A record, and a
/// day a schedule calls for, are in scope by their provider, student, service type and date.
/// </summary>
/// <remarks>
/// A provider's report covers all of the provider's records, on or off the caseload; a caseload report covers
/// only what its assignments cover on each date, so a host that wants "provider P's caseload" builds it with
/// <c>Caseload.Create(caseload.ForProvider(p))</c>. Immutable. Two scopes are equal when they are of the same
/// kind and name the same student, the same provider, or the same <see cref="Rules.Caseload"/> instance.
/// </remarks>
public sealed class EncounterAttendanceScope : IEquatable<EncounterAttendanceScope>
{
    private EncounterAttendanceScope(EncounterAttendanceScopeKind kind, StudentId studentId, ProviderId providerId, Caseload? caseload)
    {
        Kind = kind;
        StudentId = studentId;
        ProviderId = providerId;
        Caseload = caseload;
    }

    /// <summary>Gets whom the report covers.</summary>
    public EncounterAttendanceScopeKind Kind { get; }

    /// <summary>Gets the student of a <see cref="EncounterAttendanceScopeKind.Student"/> scope; empty otherwise.</summary>
    public StudentId StudentId { get; }

    /// <summary>Gets the provider of a <see cref="EncounterAttendanceScopeKind.Provider"/> scope; empty otherwise.</summary>
    public ProviderId ProviderId { get; }

    /// <summary>Gets the caseload of a <see cref="EncounterAttendanceScopeKind.Caseload"/> scope; <see langword="null"/> otherwise.</summary>
    public Caseload? Caseload { get; }

    /// <summary>Covers one student, with every provider and service type.</summary>
    /// <param name="studentId">The student.</param>
    /// <returns>The scope.</returns>
    /// <exception cref="ArgumentException"><paramref name="studentId"/> is empty.</exception>
    public static EncounterAttendanceScope ForStudent(StudentId studentId) =>
        studentId.IsEmpty
            ? throw new ArgumentException("A student report needs a student id.", nameof(studentId))
            : new(EncounterAttendanceScopeKind.Student, studentId, default, null);

    /// <summary>Covers one provider, for every student and service type.</summary>
    /// <param name="providerId">The provider.</param>
    /// <returns>The scope.</returns>
    /// <exception cref="ArgumentException"><paramref name="providerId"/> is empty.</exception>
    public static EncounterAttendanceScope ForProvider(ProviderId providerId) =>
        providerId.IsEmpty
            ? throw new ArgumentException("A provider report needs a provider id.", nameof(providerId))
            : new(EncounterAttendanceScopeKind.Provider, default, providerId, null);

    /// <summary>Covers what a caseload's assignments cover: provider, student and service type, on the assignment's dates.</summary>
    /// <param name="caseload">The caseload.</param>
    /// <returns>The scope.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="caseload"/> is null.</exception>
    public static EncounterAttendanceScope ForCaseload(Caseload caseload)
    {
        ArgumentNullException.ThrowIfNull(caseload);
        return new(EncounterAttendanceScopeKind.Caseload, default, default, caseload);
    }

    /// <summary>Gets a value indicating whether a provider, student, service type and date are in scope.</summary>
    /// <param name="providerId">The provider.</param>
    /// <param name="studentId">The student.</param>
    /// <param name="serviceType">The service type.</param>
    /// <param name="date">The date.</param>
    /// <returns><see langword="true"/> when the report counts a record or a scheduled day with these values.</returns>
    public bool Includes(ProviderId providerId, StudentId studentId, ServiceType serviceType, LocalDate date) => Kind switch
    {
        EncounterAttendanceScopeKind.Student => studentId == StudentId,
        EncounterAttendanceScopeKind.Provider => providerId == ProviderId,
        _ => Caseload!.TryFind(providerId, studentId, serviceType, date, out _),
    };

    /// <inheritdoc/>
    public bool Equals(EncounterAttendanceScope? other) =>
        other is not null && Kind == other.Kind && StudentId == other.StudentId && ProviderId == other.ProviderId
        && ReferenceEquals(Caseload, other.Caseload);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as EncounterAttendanceScope);

    /// <inheritdoc/>
    public override int GetHashCode() =>
        HashCode.Combine(Kind, StudentId, ProviderId, System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(Caseload)); // 0 for no caseload

    /// <summary>Compares two scopes for equality.</summary>
    /// <param name="left">The first scope.</param>
    /// <param name="right">The second scope.</param>
    /// <returns><see langword="true"/> when both are equal or both null.</returns>
    public static bool operator ==(EncounterAttendanceScope? left, EncounterAttendanceScope? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two scopes for inequality.</summary>
    /// <param name="left">The first scope.</param>
    /// <param name="right">The second scope.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(EncounterAttendanceScope? left, EncounterAttendanceScope? right) => !(left == right);

    /// <summary>Describes the scope.</summary>
    /// <returns>Such as "student 204381527", "provider P0012345" or "caseload of 12 assignments".</returns>
    public override string ToString() => Kind switch
    {
        EncounterAttendanceScopeKind.Student => $"student {StudentId}",
        EncounterAttendanceScopeKind.Provider => $"provider {ProviderId}",
        _ => $"caseload of {Caseload!.Count} assignment{(Caseload.Count == 1 ? "" : "s")}",
    };
}
