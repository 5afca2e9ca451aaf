using NodaTime;

namespace Sesis.Rules;

/// <summary>
/// A record a schedule calls for: one student, one provider, one service type, one school day. When no
/// record of any session type exists for it, it is a missing record (SR910).
/// </summary>
/// <param name="ProviderId">The provider.</param>
/// <param name="StudentId">The student.</param>
/// <param name="ServiceType">The service type.</param>
/// <param name="Date">The scheduled school day.</param>
public sealed record ExpectedRecord(ProviderId ProviderId, StudentId StudentId, ServiceType ServiceType, LocalDate Date)
{
    /// <summary>Describes the expected record.</summary>
    /// <returns>Such as "2025-10-06 paraprofessional student 204381527 provider P0012345".</returns>
    public override string ToString() => $"{Text.Date(Date)} {ServiceType} student {StudentId} provider {ProviderId}";
}
