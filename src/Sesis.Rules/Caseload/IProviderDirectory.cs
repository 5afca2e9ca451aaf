using System.Diagnostics.CodeAnalysis;

namespace Sesis.Rules;

/// <summary>
/// Finds a provider by id, for the provider rules (SR8xx). A host backs it with its own data (a database, a
/// directory service, a cache) or uses the in-memory <see cref="ProviderDirectory"/>.
/// </summary>
/// <remarks>
/// The validator calls <see cref="TryGet"/> once per record it checks, on every thread that validates, and
/// keeps no copy of the answer: a change in the host's data is seen by the next validation, with no validator
/// to rebuild. So an implementation must be thread-safe and cheap, answering from memory (an index or a cache
/// the host refreshes), never with a network or database round trip per call.
/// </remarks>
public interface IProviderDirectory
{
    /// <summary>Finds a provider by id.</summary>
    /// <param name="id">The id; never the default (empty) id.</param>
    /// <param name="provider">The provider found.</param>
    /// <returns><see langword="true"/> when the directory knows the id.</returns>
    bool TryGet(ProviderId id, [NotNullWhen(true)] out Provider? provider);
}
