using NodaTime;

namespace Sesis.Rules.Tests;

/// <summary>
/// A host's schedules as a test needs them: a plain list read at each call (so it may change under the library),
/// nulls passed through, every question remembered, and, with <see cref="AnswersNull"/>, the bug of answering null.
/// </summary>
public sealed class ListedSchedules(IEnumerable<ServiceSchedule> schedules) : IServiceSchedules
{
    public List<ServiceSchedule> Items { get; } = [.. schedules];

    /// <summary>Gets what the library asked, in order: "During", or "ForProvider" and the provider.</summary>
    public List<string> Asked { get; } = [];

    /// <summary>Gets a value indicating whether every answer is null instead of a list, as a buggy host's may be.</summary>
    public bool AnswersNull { get; init; }

    public IEnumerable<ServiceSchedule> During(DateInterval period)
    {
        Asked.Add("During");
        return AnswersNull ? null! : Items;
    }

    public IEnumerable<ServiceSchedule> ForProvider(ProviderId providerId, DateInterval period)
    {
        Asked.Add($"ForProvider {providerId}");
        return AnswersNull ? null! : Items.Where(s => s is null || s.ProviderId == providerId);
    }
}
