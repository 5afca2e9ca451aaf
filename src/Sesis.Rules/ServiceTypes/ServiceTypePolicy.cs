using System.Collections.Immutable;
using System.Text;
using NodaTime;

namespace Sesis.Rules;

/// <summary>
/// What one service type requires of its records: whether notes and progress are required, which service
/// descriptions apply, the largest group, the shortest and longest session, and which provider roles may
/// deliver it. Policies are data: a host changes them with <c>with</c> expressions and a
/// <see cref="ServiceTypeCatalog"/>.
/// </summary>
public sealed record ServiceTypePolicy
{
    private readonly ImmutableArray<ServiceDescription> _descriptions = [];
    private readonly ImmutableArray<ProviderRole> _providerRoles = [];

    /// <summary>Initializes a new policy for <paramref name="serviceType"/>.</summary>
    /// <param name="serviceType">The service type; not the default value.</param>
    /// <param name="name">Its English name, such as "Speech-Language Therapy".</param>
    /// <exception cref="ArgumentException"><paramref name="serviceType"/> is the default value or <paramref name="name"/> is blank.</exception>
    public ServiceTypePolicy(ServiceType serviceType, string name)
    {
        if (serviceType.Code.Length == 0)
        {
            throw new ArgumentException("A policy needs a service type.", nameof(serviceType));
        }

        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ServiceType = serviceType;
        Name = name;
    }

    /// <summary>Gets the service type this policy is for.</summary>
    public ServiceType ServiceType { get; }

    /// <summary>Gets the service type's English name.</summary>
    public string Name { get; init; }

    /// <summary>Gets a value indicating whether session notes are required when the service was provided.</summary>
    public bool NotesRequired { get; init; }

    /// <summary>Gets a value indicating whether session notes may be marked confidential (counseling).</summary>
    public bool NotesMayBeConfidential { get; init; }

    /// <summary>Gets a value indicating whether a progress indicator is required when the service was provided.</summary>
    public bool ProgressRequired { get; init; }

    /// <summary>
    /// Gets the service descriptions that apply, in display order. Empty means descriptions do not apply to
    /// this service type and a record must not carry one.
    /// </summary>
    public ImmutableArray<ServiceDescription> Descriptions
    {
        get => _descriptions;
        init => _descriptions = value.IsDefault ? [] : value;
    }

    /// <summary>Gets the provider roles that may deliver this service type.</summary>
    public ImmutableArray<ProviderRole> ProviderRoles
    {
        get => _providerRoles;
        init => _providerRoles = value.IsDefault ? [] : value;
    }

    /// <summary>Gets the largest group allowed: "Group, n" needs n at most this. At least 1.</summary>
    public int MaxGroupSize
    {
        get;
        init
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, 1);
            field = value;
        }
    } = 1;

    /// <summary>Gets the shortest session a record may state.</summary>
    public Duration MinSessionLength { get; init; } = Duration.FromMinutes(1);

    /// <summary>Gets the longest session a record may state.</summary>
    public Duration MaxSessionLength { get; init; } = Duration.FromHours(1);

    /// <summary>Gets a value indicating whether <paramref name="description"/> applies to this service type.</summary>
    /// <param name="description">The description.</param>
    /// <returns><see langword="true"/> when the policy lists it.</returns>
    public bool AllowsDescription(ServiceDescription description) => _descriptions.Contains(description);

    /// <summary>Gets a value indicating whether a provider of <paramref name="role"/> may deliver this service type.</summary>
    /// <param name="role">The provider's role.</param>
    /// <returns><see langword="true"/> when the policy lists it.</returns>
    public bool AllowsRole(ProviderRole role) => _providerRoles.Contains(role);

    /// <inheritdoc/>
    public bool Equals(ServiceTypePolicy? other) =>
        other is not null
        && ServiceType == other.ServiceType
        && Name == other.Name
        && NotesRequired == other.NotesRequired
        && NotesMayBeConfidential == other.NotesMayBeConfidential
        && ProgressRequired == other.ProgressRequired
        && MaxGroupSize == other.MaxGroupSize
        && MinSessionLength == other.MinSessionLength
        && MaxSessionLength == other.MaxSessionLength
        && _descriptions.SequenceEqual(other._descriptions)
        && _providerRoles.SequenceEqual(other._providerRoles);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(ServiceType, MaxGroupSize, MaxSessionLength, _descriptions.Length);

    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append("ServiceType = ").Append(ServiceType.Code)
            .Append(", Name = ").Append(Name)
            .Append(", NotesRequired = ").Append(NotesRequired)
            .Append(", NotesMayBeConfidential = ").Append(NotesMayBeConfidential)
            .Append(", ProgressRequired = ").Append(ProgressRequired)
            .Append(", Descriptions = [").AppendJoin(", ", _descriptions).Append(']')
            .Append(", ProviderRoles = [").AppendJoin(", ", _providerRoles).Append(']')
            .Append(", MaxGroupSize = ").Append(MaxGroupSize)
            .Append(", MinSessionLength = ").Append(MinSessionLength.TotalMinutes).Append(" min")
            .Append(", MaxSessionLength = ").Append(MaxSessionLength.TotalMinutes).Append(" min");
        return true;
    }
}
