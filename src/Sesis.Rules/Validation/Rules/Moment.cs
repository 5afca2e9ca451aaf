using NodaTime;

namespace Sesis.Rules;

/// <summary>When one validation runs: the instant, the same in local time, and the first date open for entry.</summary>
/// <param name="Now">The clock's instant.</param>
/// <param name="NowLocal">The instant in the configured time zone.</param>
/// <param name="WindowStart">The first date of the entry window (ISO calendar).</param>
internal readonly record struct Moment(Instant Now, LocalDateTime NowLocal, LocalDate WindowStart)
{
    public LocalDate Today => NowLocal.Date;
}
