
namespace Sesis.Rules.Tests;

public sealed class GroupSizeTests
{
    [Fact]
    public void Default_is_Individual()
    {
        Assert.Equal(GroupSize.Individual, default);
        Assert.True(default(GroupSize).IsIndividual);
        Assert.False(default(GroupSize).IsGroup);
        Assert.Equal(1, default(GroupSize).Students);
        Assert.Equal("Individual", default(GroupSize).ToString());
    }

    [Fact]
    public void Group_of_one_is_legal_and_differs_from_Individual()
    {
        var one = GroupSize.Group(1);

        Assert.True(one.IsGroup);
        Assert.Equal(1, one.Students);
        Assert.NotEqual(GroupSize.Individual, one);
        Assert.True(one != GroupSize.Individual);
        Assert.Equal("Group, 1", one.ToString());
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-3)]
    public void Group_needs_at_least_one_student(int n) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => GroupSize.Group(n));

    [Theory]
    [InlineData("Individual", 0)]
    [InlineData("individual", 0)]
    [InlineData("Group, 3", 3)]
    [InlineData("Group 3", 3)]
    [InlineData("group of 12", 12)]
    [InlineData("Group, 1000", 1000)]
    [InlineData("Group, 9999", 9999)]
    [InlineData(" Group,1 ", 1)]
    public void Parses_the_ways_people_write_it(string text, int group)
    {
        var expected = group == 0 ? GroupSize.Individual : GroupSize.Group(group);

        Assert.True(GroupSize.TryParse(text, out var value));
        EqualityAssert.Equality(expected, value, group == 0 ? GroupSize.Group(1) : GroupSize.Individual);
    }

    [Theory]
    [InlineData("Group, 0")]
    [InlineData("Group, -1")]
    [InlineData("Group")]
    [InlineData("Group, 99999")]
    [InlineData("Group, 10000")]
    [InlineData("Group, ")]
    [InlineData("Group of")]
    [InlineData("Pair")]
    public void Rejects_other_text_with_a_message(string text) =>
        Assert.StartsWith($"Group size '{text}' is not 'Individual' or 'Group, n'", GroupSize.Parse(text).Error, StringComparison.Ordinal);

    [Fact]
    public void Rejects_empty_text() => Assert.Equal("Group size is empty.", GroupSize.Parse(" ").Error);

    [Fact]
    public void ToString_round_trips_through_Parse()
    {
        foreach (var size in new[] { GroupSize.Individual, GroupSize.Group(1), GroupSize.Group(7) })
        {
            Assert.Equal(size, GroupSize.Parse(size.ToString()).Value);
        }
    }
}
