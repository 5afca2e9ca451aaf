using NodaTime;
using NodaTime.TimeZones;

namespace Sesis.Rules;

/// <summary>
/// The one reading of a record's local date and time in the district's time zone, used by every rule that asks
/// whether a moment has passed: a session has ended (SR205), a certification is not before the session ended
/// (SR603, <see cref="CertificationVerification"/>, the workflow's Certify). Written once so that they cannot disagree
/// on the two clock-change nights (docs/rules.md, "Local times").
/// </summary>
internal static class LocalTimes
{
    // A local time is reached at the first instant the zone's clocks show it or a later time: an ambiguous time
    // (the fall-back hour, shown twice) at its earlier instant, a skipped time (the spring-forward gap, never
    // shown) at the instant the clocks jump past it.
    private static readonly ZoneLocalMappingResolver FirstShown =
        Resolvers.CreateMappingResolver(Resolvers.ReturnEarlier, Resolvers.ReturnStartOfIntervalAfter);

    // The instants every offset (at most 18 hours either way) shows as a local date and time NodaTime represents.
    private static readonly Instant FirstAnyOffsetShows = Instant.MinValue + Duration.FromHours(18);
    private static readonly Instant LastAnyOffsetShows = Instant.MaxValue - Duration.FromHours(18);

    /// <summary>
    /// Gets the instant a local date (read as its ISO date) and time is reached in <paramref name="zone"/>. A
    /// moment beyond the instants NodaTime represents (the first or last representable day, in a zone whose
    /// offset takes it past the end) is <see cref="Instant.MinValue"/> or <see cref="Instant.MaxValue"/>.
    /// </summary>
    public static Instant Reached(LocalDate date, LocalTime time, DateTimeZone zone)
    {
        var zoned = zone.ResolveLocal(IsoDates.Of(date) + time, FirstShown);
        if (TryAtOffset(zoned.LocalDateTime, zoned.Offset, out var instant))
        {
            return instant;
        }

        // Only an offset west of Greenwich can carry the last day past the end, and only one east of it the first.
        return zoned.Offset < Offset.Zero ? Instant.MaxValue : Instant.MinValue;
    }

    /// <summary>
    /// Gets the instant a local date and time at an offset stands for, or false when it lies beyond the instants
    /// NodaTime represents. The same as <see cref="OffsetDateTime.ToInstant"/>, which throws there instead.
    /// </summary>
    public static bool TryAtOffset(LocalDateTime local, Offset offset, out Instant instant)
    {
        // Every local date and time is a valid instant at offset zero; the offset then moves it by at most 18 hours.
        var atOffsetZero = local.InUtc().ToInstant();
        var shift = Duration.FromSeconds(offset.Seconds);
        if ((shift < Duration.Zero && atOffsetZero > Instant.MaxValue + shift)
            || (shift > Duration.Zero && atOffsetZero < Instant.MinValue + shift))
        {
            instant = default;
            return false;
        }

        instant = atOffsetZero - shift;
        return true;
    }

    /// <summary>
    /// Gets the local date and time an instant shows in <paramref name="zone"/>: what a clock reads. At the very ends
    /// of time, where the zone's offset carries the instant past the last or before the first local date and time
    /// NodaTime represents, it reads as that last or first one (<see cref="Instant.InZone(DateTimeZone)"/> throws
    /// there instead), so that a clock stopped at <see cref="Instant.MaxValue"/> east of Greenwich still validates.
    /// </summary>
    public static LocalDateTime LocalAt(Instant instant, DateTimeZone zone)
    {
        var offset = zone.GetUtcOffset(instant);

        // Every clock reading but those within 18 hours of the ends: read as InZone reads it, at no extra cost.
        // Stryker disable once Equality,Block : the shortcut only: at its bounds and without it, the reading below gives the same
        if (instant >= FirstAnyOffsetShows && instant <= LastAnyOffsetShows)
        {
            return instant.WithOffset(offset).LocalDateTime;
        }

        var shift = Duration.FromSeconds(offset.Seconds);
        if (shift > Duration.Zero && instant > Instant.MaxValue - shift)
        {
            return Instant.MaxValue.InUtc().LocalDateTime;
        }

        if (shift < Duration.Zero && instant < Instant.MinValue - shift)
        {
            return Instant.MinValue.InUtc().LocalDateTime;
        }

        return (instant + shift).InUtc().LocalDateTime;
    }
}
