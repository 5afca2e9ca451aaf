using static Sesis.Rules.Tests.LifecycleTestKit;

namespace Sesis.Rules.Tests;

/// <summary>
/// The allowed-actions table is shared static state: from several threads, every state and every combination of
/// the guards' facts gives the sequential answer. Workflows are not shared (their machines are not thread-safe):
/// each thread asks its own, made from the same record.
/// </summary>
public sealed class AllowedActionsConcurrencyTests
{
    private static readonly RecordState[] States = Enum.GetValues<RecordState>();

    private static readonly LifecycleConditions[] Combinations = [.. AllowedActionsTests.Combinations()];

    [Fact]
    public void The_table_from_several_threads_gives_the_sequential_answers()
    {
        var expected = Table();
        Assert.Equal(States.Length * 16, expected.Length);
        Assert.Contains("Edit, Certify", expected);
        Assert.Contains("Amend", expected);

        var results = Concurrently.Run(rounds: 200, _ => Table());

        Assert.All(results, result => Assert.Equal(expected, result));
    }

    [Fact]
    public void Workflows_of_one_record_on_several_threads_offer_the_sequential_actions()
    {
        var expected = Offers();
        Assert.Equal(["Edit, Certify", "Edit", "Edit, Save", "Amend"], expected);

        var results = Concurrently.Run(rounds: 20, _ => Offers());

        Assert.All(results, result => Assert.Equal(expected, result));
    }

    private static string[] Table() =>
        [.. States.SelectMany(state => Combinations.Select(c => RecordLifecycle.AllowedActions(state, c).ToString()))];

    // Each call builds its own workflows over the one shared record and validator.
    private static string[] Offers() =>
        [Draft().AllowedActions(OwnId).ToString(), Draft().AllowedActions(OtherId).ToString(), Certified().AllowedActions(OwnId).ToString(), Saved().AllowedActions(OwnId).ToString()];
}
