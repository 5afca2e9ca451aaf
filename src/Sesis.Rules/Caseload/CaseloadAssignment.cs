using NodaTime;

namespace Sesis.Rules;

/// <summary>
/// One student on one provider's caseload for one service type over a period: the student has an IEP mandate
/// for the service and the provider is assigned to deliver it (procedure step 2).
/// </summary>
/// <param name="ProviderId">The assigned provider.</param>
/// <param name="StudentId">The student.</param>
/// <param name="ServiceType">The mandated service type.</param>
/// <param name="Period">The dates, inclusive, while the mandate exists and the provider is assigned.</param>
public sealed record CaseloadAssignment(ProviderId ProviderId, StudentId StudentId, ServiceType ServiceType, DateInterval Period)
{
    private readonly DateInterval _period = Guard.NotNull(Period);

    /// <summary>Gets the dates, inclusive, while the mandate exists and the provider is assigned.</summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    public DateInterval Period { get => _period; init => _period = Guard.NotNull(value); }

    /// <summary>Gets the mandated language of service, when the host supplies the mandate; a record in another language gets a warning.</summary>
    public Language? MandatedLanguage { get; init; }

    /// <summary>Gets the mandated grouping, when the host supplies the mandate; a record grouped otherwise gets a warning.</summary>
    public GroupSize? MandatedGroupSize { get; init; }

    /// <summary>Gets a value indicating whether the assignment covers <paramref name="date"/>.</summary>
    /// <param name="date">The date.</param>
    /// <returns><see langword="true"/> when <paramref name="date"/> is inside <see cref="Period"/>; dates of any calendar system are read as their ISO dates.</returns>
    public bool Covers(LocalDate date) => IsoDates.Contains(Period, date);

    /// <summary>Describes the assignment.</summary>
    /// <returns>Such as "P0012345 serves 204381527 paraprofessional [2025-09-04, 2026-06-26]".</returns>
    public override string ToString() => $"{ProviderId} serves {StudentId} {ServiceType} {Period}";
}
