using NodaTime;

namespace Sesis.Rules.WebSample.Recording;

/// <summary>A clock stopped at one instant, so the seeded month stays the current one (setting WebSample:Clock).</summary>
/// <param name="now">The instant the clock always reads.</param>
internal sealed class FixedClock(Instant now) : IClock
{
    public Instant GetCurrentInstant() => now;
}
