using System.Collections;
using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;

namespace Sesis.Rules;

/// <summary>
/// The providers a host knows, by id, held in memory. Immutable, with constant-time lookups, and safe to share
/// across threads; build a new one when the providers change, or back <see cref="IProviderDirectory"/> with the
/// host's own data.
/// </summary>
public sealed class ProviderDirectory : IProviderDirectory, IReadOnlyCollection<Provider>
{
    private readonly FrozenDictionary<ProviderId, Provider> _providers;

    private ProviderDirectory(FrozenDictionary<ProviderId, Provider> providers) => _providers = providers;

    /// <summary>Gets a directory with no providers.</summary>
    public static ProviderDirectory Empty { get; } = new(FrozenDictionary<ProviderId, Provider>.Empty);

    /// <summary>Creates a directory.</summary>
    /// <param name="providers">The providers; each id once, none the default id.</param>
    /// <returns>The directory.</returns>
    /// <exception cref="ArgumentException">An id appears twice, a provider is null, or an id is empty.</exception>
    public static ProviderDirectory Create(IEnumerable<Provider> providers)
    {
        ArgumentNullException.ThrowIfNull(providers);
        var byId = new Dictionary<ProviderId, Provider>();
        foreach (var provider in providers)
        {
            if (provider is null || provider.Id.IsEmpty)
            {
                throw new ArgumentException("A provider is null or has no id.", nameof(providers));
            }

            if (!byId.TryAdd(provider.Id, provider))
            {
                throw new ArgumentException($"The provider id '{provider.Id}' appears twice.", nameof(providers));
            }
        }

        return new(byId.ToFrozenDictionary());
    }

    /// <summary>Gets the number of providers.</summary>
    public int Count => _providers.Count;

    /// <inheritdoc/>
    public bool TryGet(ProviderId id, [NotNullWhen(true)] out Provider? provider) => _providers.TryGetValue(id, out provider);

    /// <inheritdoc/>
    public IEnumerator<Provider> GetEnumerator() => _providers.Values.OrderBy(static p => p.Id).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
