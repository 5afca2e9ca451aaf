namespace Sesis.Rules.Calendars.Tests.PublishedFeeds;

public sealed class FeedRuleEdgeTests
{
    [Fact]
    public void Matching_refuses_null_text_by_name_even_when_the_other_pattern_would_decide()
    {
        // The title rule would match without looking at the description, and the description rule has no title pattern.
        Assert.Equal("description", Assert.Throws<ArgumentNullException>(static () => new FeedRule(FeedMeaning.Closure, "closed").Matches("closed", null!)).ParamName);
        Assert.Equal("title", Assert.Throws<ArgumentNullException>(static () => new FeedRule(FeedMeaning.Closure, null, "closed").Matches(null!, "closed")).ParamName);
    }

    [Fact]
    public void The_hash_code_depends_on_every_part_of_the_rule()
    {
        // Rules that differ in one part only: were that part left out of the hash, all their hashes would be equal.
        // Equal hashes for all of them otherwise would take a collision of 2^-32 several times over.
        AssertVaries(Enum.GetValues<FeedMeaning>().Select(static m => new FeedRule(m, "closed")));
        AssertVaries(["a", "b", "c", "d", "e"], static p => new FeedRule(FeedMeaning.Closure, p));
        AssertVaries(["a", "b", "c", "d", "e"], static p => new FeedRule(FeedMeaning.Closure, "closed", p));
        AssertVaries(Enum.GetValues<SchoolKind>().Select(static k => new FeedRule(FeedMeaning.Closure, "closed", null, [k])));
    }

    private static void AssertVaries(IEnumerable<string> patterns, Func<string, FeedRule> rule) => AssertVaries(patterns.Select(rule));

    private static void AssertVaries(IEnumerable<FeedRule> rules)
    {
        var list = rules.ToList();
        Assert.Equal(list.Count, list.Distinct().Count());
        Assert.True(list.Select(static r => r.GetHashCode()).Distinct().Count() > 1);
    }
}
