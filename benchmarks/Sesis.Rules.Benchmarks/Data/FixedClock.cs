using NodaTime;

namespace Sesis.Rules.Benchmarks;

/// <summary>A clock stopped at one instant, so every run checks the same records against the same "now".</summary>
/// <param name="now">The instant it always reads.</param>
public sealed class FixedClock(Instant now) : IClock
{
    /// <inheritdoc/>
    public Instant GetCurrentInstant() => now;
}
