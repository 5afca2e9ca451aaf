namespace Sesis.Rules;

/// <summary>
/// A provider who records services: a paraprofessional, a therapist, a teacher or a nurse.
/// </summary>
/// <param name="Id">The provider's id.</param>
/// <param name="Role">The provider's role, which must be one the service type's policy allows (SR8xx).</param>
public sealed record Provider(ProviderId Id, ProviderRole Role)
{
    /// <summary>Gets the provider's name, for reports; optional.</summary>
    public string? Name { get; init; }

    /// <summary>
    /// Gets the provider's specialty, such as "Ambulatory" for a paraprofessional. A paraprofessional whose
    /// specialty is not a listed service description records "Health" and names the specialty in the session
    /// notes (procedure step 12). <see langword="null"/> when none.
    /// </summary>
    public string? Specialty { get; init; }

    /// <summary>Describes the provider without personal data beyond the id.</summary>
    /// <returns>The id and role, such as "P0012345 (paraprofessional)".</returns>
    public override string ToString() => $"{Id} ({Role})";
}
