using System.Collections;
using System.Collections.Frozen;
using System.Collections.Immutable;
using NodaTime;

namespace Sesis.Rules;

/// <summary>
/// The schedules a host knows, held in memory and indexed by provider. Immutable and safe to share across
/// threads; build a new one when the schedules change, or back <see cref="IServiceSchedules"/> with the host's own data.
/// </summary>
public sealed class ServiceSchedules : IServiceSchedules, IReadOnlyCollection<ServiceSchedule>
{
    private readonly ImmutableArray<ServiceSchedule> _schedules;
    private readonly FrozenDictionary<ProviderId, ServiceSchedule[]> _byProvider;

    private ServiceSchedules(ImmutableArray<ServiceSchedule> schedules)
    {
        _schedules = schedules;
        _byProvider = schedules.GroupBy(static s => s.ProviderId).ToFrozenDictionary(static g => g.Key, static g => g.ToArray());
    }

    /// <summary>Gets a set with no schedules.</summary>
    public static ServiceSchedules Empty { get; } = new([]);

    /// <summary>Creates a set of schedules.</summary>
    /// <param name="schedules">The schedules; the same schedule may appear twice (it calls for one record a day).</param>
    /// <returns>The set.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="schedules"/> is null.</exception>
    /// <exception cref="ArgumentException">A schedule is null; the message gives its position.</exception>
    public static ServiceSchedules Create(IEnumerable<ServiceSchedule> schedules)
    {
        ArgumentNullException.ThrowIfNull(schedules);
        var list = schedules.ToImmutableArray();
        var nullAt = list.IndexOf(null!);
        return nullAt >= 0
            ? throw new ArgumentException($"The list holds a null at position {nullAt}.", nameof(schedules))
            : new(list);
    }

    /// <summary>Gets the number of schedules.</summary>
    public int Count => _schedules.Length;

    /// <inheritdoc/>
    /// <exception cref="ArgumentNullException"><paramref name="period"/> is null.</exception>
    public IEnumerable<ServiceSchedule> During(DateInterval period)
    {
        ArgumentNullException.ThrowIfNull(period);
        return _schedules.Where(s => Overlaps(s.Period, period));
    }

    /// <inheritdoc/>
    /// <exception cref="ArgumentNullException"><paramref name="period"/> is null.</exception>
    public IEnumerable<ServiceSchedule> ForProvider(ProviderId providerId, DateInterval period)
    {
        ArgumentNullException.ThrowIfNull(period);
        return _byProvider.TryGetValue(providerId, out var own) ? own.Where(s => Overlaps(s.Period, period)) : [];
    }

    /// <inheritdoc/>
    public IEnumerator<ServiceSchedule> GetEnumerator() => ((IEnumerable<ServiceSchedule>)_schedules).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    // Compared as ISO dates: schedules and school calendars are ISO, whatever calendar a period was built in.
    private static bool Overlaps(DateInterval a, DateInterval b) =>
        IsoDates.Of(a.Start) <= IsoDates.Of(b.End) && IsoDates.Of(b.Start) <= IsoDates.Of(a.End);
}
