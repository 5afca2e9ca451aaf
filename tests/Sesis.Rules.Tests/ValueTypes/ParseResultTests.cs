
namespace Sesis.Rules.Tests;

public sealed class ParseResultTests
{
    [Fact]
    public void A_success_holds_its_value()
    {
        var result = ParseResult<int>.ForValue(3);

        Assert.True(result.Success);
        Assert.Equal(3, result.Value);
        Assert.Null(result.Error);
        Assert.True(result.TryGetValue(out var value));
        Assert.Equal(3, value);
        Assert.Equal("3", result.ToString());
    }

    [Fact]
    public void A_failure_holds_its_message_and_refuses_its_value()
    {
        var result = ParseResult<int>.ForError("Bad.");

        Assert.False(result.Success);
        Assert.Equal("Bad.", result.Error);
        Assert.Equal("Bad.", Assert.Throws<InvalidOperationException>(() => result.Value).Message);
        Assert.False(result.TryGetValue(out _));
        Assert.Equal("Error: Bad.", result.ToString());
    }

    [Fact]
    public void The_default_is_a_failure_never_a_silent_success()
    {
        var result = default(ParseResult<GroupSize>);

        Assert.False(result.Success);
        Assert.Equal("The value was never parsed.", result.Error);
    }

    [Fact]
    public void Equality_compares_values_or_messages()
    {
        Assert.Equal(ParseResult<int>.ForValue(1), ParseResult<int>.ForValue(1));
        Assert.True(ParseResult<int>.ForValue(1) != ParseResult<int>.ForValue(2));
        Assert.True(ParseResult<int>.ForError("x") == ParseResult<int>.ForError("x"));
        Assert.NotEqual(ParseResult<int>.ForError("x"), ParseResult<int>.ForValue(0));
        Assert.Equal(ParseResult<int>.ForError("x").GetHashCode(), ParseResult<int>.ForError("x").GetHashCode());
    }

    [Fact]
    public void A_failure_needs_a_message() =>
        Assert.Throws<ArgumentException>(() => ParseResult<int>.ForError(""));

    [Fact]
    public void Failures_with_different_messages_differ_and_successes_with_different_values_differ()
    {
        Assert.NotEqual(ParseResult<int>.ForError("x"), ParseResult<int>.ForError("y"));
        Assert.False(ParseResult<int>.ForError("x").Equals((object)ParseResult<int>.ForError("y")));
        Assert.True(ParseResult<int>.ForError("x").Equals((object)ParseResult<int>.ForError("x")));
        Assert.NotEqual(ParseResult<int>.ForError("x").GetHashCode(), ParseResult<int>.ForError("y").GetHashCode());
        Assert.NotEqual(ParseResult<int>.ForValue(1).GetHashCode(), ParseResult<int>.ForValue(2).GetHashCode());
        Assert.Equal(ParseResult<int>.ForValue(2).GetHashCode(), ParseResult<int>.ForValue(2).GetHashCode());
    }

    [Fact]
    public void A_result_describes_its_value_or_its_error()
    {
        Assert.Equal("7", ParseResult<int>.ForValue(7).ToString());
        Assert.Equal("Error: not a number", ParseResult<int>.ForError("not a number").ToString());
        Assert.Equal(string.Empty, ParseResult<string?>.ForValue(null).ToString());
        Assert.Equal("Error: The value was never parsed.", default(ParseResult<int>).ToString());
    }
}
