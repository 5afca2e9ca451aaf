using NodaTime;

namespace Sesis.Rules.Tests;

/// <summary>A host's schedules that change under the library: a plain list, read at each call, nulls passed through.</summary>
public sealed class ListedSchedules(IEnumerable<ServiceSchedule> schedules) : IServiceSchedules
{
    public List<ServiceSchedule> Items { get; } = [.. schedules];

    public IEnumerable<ServiceSchedule> During(DateInterval period) => Items;

    public IEnumerable<ServiceSchedule> ForProvider(ProviderId providerId, DateInterval period) => Items.Where(s => s is null || s.ProviderId == providerId);
}
