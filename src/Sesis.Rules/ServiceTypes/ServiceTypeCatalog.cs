using System.Collections;
using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;
using NodaTime;

namespace Sesis.Rules;

/// <summary>
/// The service types a host accepts, each with its <see cref="ServiceTypePolicy"/>. Immutable, with
/// constant-time lookups, and safe to share across threads.
/// </summary>
public sealed class ServiceTypeCatalog : IReadOnlyDictionary<ServiceType, ServiceTypePolicy>
{
    private readonly FrozenDictionary<ServiceType, ServiceTypePolicy> _policies;

    private ServiceTypeCatalog(FrozenDictionary<ServiceType, ServiceTypePolicy> policies) => _policies = policies;

    /// <summary>
    /// Gets this library's catalog: Paraprofessional (docs/procedure.md) and the other service types of docs/procedure.md (step 7),
    /// with the policies documented in the README. Limits other than the procedure's own are this library's
    /// defaults; a district sets its own with <see cref="With"/>.
    /// </summary>
    public static ServiceTypeCatalog Standard { get; } = Create(StandardPolicies());

    /// <summary>Creates a catalog from policies.</summary>
    /// <param name="policies">One policy per service type.</param>
    /// <returns>The catalog.</returns>
    /// <exception cref="ArgumentException">Two policies are for the same service type, or one is null.</exception>
    public static ServiceTypeCatalog Create(IEnumerable<ServiceTypePolicy> policies)
    {
        ArgumentNullException.ThrowIfNull(policies);
        var byType = new Dictionary<ServiceType, ServiceTypePolicy>();
        foreach (var policy in policies)
        {
            if (policy is null)
            {
                throw new ArgumentException("A policy is null.", nameof(policies));
            }

            if (!byType.TryAdd(policy.ServiceType, policy))
            {
                throw new ArgumentException($"The service type '{policy.ServiceType}' has two policies.", nameof(policies));
            }
        }

        return new(byType.ToFrozenDictionary());
    }

    /// <summary>Returns a catalog with <paramref name="policy"/> added, or replacing the policy of its service type.</summary>
    /// <param name="policy">The policy.</param>
    /// <returns>A new catalog; this one is unchanged.</returns>
    public ServiceTypeCatalog With(ServiceTypePolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        var byType = new Dictionary<ServiceType, ServiceTypePolicy>(_policies) { [policy.ServiceType] = policy };
        return new(byType.ToFrozenDictionary());
    }

    /// <summary>Returns a catalog without <paramref name="serviceType"/>.</summary>
    /// <param name="serviceType">The service type to remove.</param>
    /// <returns>A new catalog; this one is unchanged.</returns>
    public ServiceTypeCatalog Without(ServiceType serviceType)
    {
        var byType = new Dictionary<ServiceType, ServiceTypePolicy>(_policies);
        byType.Remove(serviceType);
        return new(byType.ToFrozenDictionary());
    }

    /// <summary>Finds a service type by its code or its English name, ignoring case, as an export might spell it.</summary>
    /// <param name="text">The code ("counseling") or the name ("Counseling").</param>
    /// <param name="serviceType">The service type found.</param>
    /// <returns><see langword="true"/> when the catalog holds such a service type.</returns>
    public bool TryFind(string? text, out ServiceType serviceType)
    {
        if (!string.IsNullOrWhiteSpace(text))
        {
            foreach (var (type, policy) in _policies)
            {
                if (string.Equals(type.Code, text, StringComparison.OrdinalIgnoreCase)
                    || string.Equals(policy.Name, text, StringComparison.OrdinalIgnoreCase))
                {
                    serviceType = type;
                    return true;
                }
            }
        }

        serviceType = default;
        return false;
    }

    /// <inheritdoc/>
    public ServiceTypePolicy this[ServiceType key] => _policies[key];

    /// <inheritdoc/>
    public IEnumerable<ServiceType> Keys => _policies.Keys;

    /// <inheritdoc/>
    public IEnumerable<ServiceTypePolicy> Values => _policies.Values;

    /// <inheritdoc/>
    public int Count => _policies.Count;

    /// <inheritdoc/>
    public bool ContainsKey(ServiceType key) => _policies.ContainsKey(key);

    /// <inheritdoc/>
    public bool TryGetValue(ServiceType key, [MaybeNullWhen(false)] out ServiceTypePolicy value) => _policies.TryGetValue(key, out value);

    /// <inheritdoc/>
    public IEnumerator<KeyValuePair<ServiceType, ServiceTypePolicy>> GetEnumerator() =>
        _policies.OrderBy(static e => e.Key.Code, StringComparer.Ordinal).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>Lists the service type codes, for logs and debugging.</summary>
    /// <returns>The codes in ordinal order, comma-separated.</returns>
    public override string ToString() => string.Join(", ", this.Select(static e => e.Key.Code));

    private static IEnumerable<ServiceTypePolicy> StandardPolicies()
    {
        var hour = Duration.FromHours(1);
        var ninetyMinutes = Duration.FromMinutes(90);

        // Procedure steps 12-14: descriptions apply, progress is required, notes are not.
        yield return new ServiceTypePolicy(ServiceType.Paraprofessional, "Paraprofessional")
        {
            ProgressRequired = true,
            Descriptions = [.. ServiceDescription.ParaprofessionalCatalog.Keys.OrderBy(static d => d.Code, StringComparer.Ordinal)],
            ProviderRoles = [ProviderRole.Paraprofessional],
            MaxGroupSize = 12,
            MaxSessionLength = Duration.FromHours(8),
        };

        // Related services: notes required (SESIS help pages), groups of up to five, sessions up to an hour.
        yield return Related(ServiceType.SpeechLanguageTherapy, "Speech-Language Therapy", ProviderRole.SpeechProvider);
        yield return Related(ServiceType.OccupationalTherapy, "Occupational Therapy", ProviderRole.OccupationalTherapist);
        yield return Related(ServiceType.PhysicalTherapy, "Physical Therapy", ProviderRole.PhysicalTherapist);
        yield return Related(ServiceType.Counseling, "Counseling", ProviderRole.Counselor) with { NotesMayBeConfidential = true };
        yield return Related(ServiceType.HearingEducation, "Hearing Education Services", ProviderRole.HearingTeacher);
        yield return Related(ServiceType.VisionEducation, "Vision Education Services", ProviderRole.VisionTeacher);
        yield return Related(ServiceType.SchoolNurse, "School Nurse Services", ProviderRole.Nurse) with { MaxGroupSize = 1 };

        // SETSS and ESL teachers need not write notes (SESIS help pages).
        yield return new ServiceTypePolicy(ServiceType.Setss, "SETSS")
        {
            ProviderRoles = [ProviderRole.SpecialEducationTeacher],
            MaxGroupSize = 8,
            MaxSessionLength = ninetyMinutes,
        };
        yield return new ServiceTypePolicy(ServiceType.Esl, "ESL")
        {
            ProviderRoles = [ProviderRole.EslTeacher],
            MaxGroupSize = 15,
            MaxSessionLength = ninetyMinutes,
        };

        ServiceTypePolicy Related(ServiceType type, string name, ProviderRole role) => new(type, name)
        {
            NotesRequired = true,
            ProviderRoles = [role],
            MaxGroupSize = 5,
            MaxSessionLength = hour,
        };
    }
}
