
namespace Sesis.Rules.Tests;

public sealed class ParseResultTests
{
    [Fact]
    public void A_success_holds_its_value()
    {
        var result = ParseOutcome<int>.ForValue(3);

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
        var result = ParseOutcome<int>.ForError("Bad.");

        Assert.False(result.Success);
        Assert.Equal("Bad.", result.Error);
        Assert.Equal("Bad.", Assert.Throws<InvalidOperationException>(() => result.Value).Message);
        Assert.False(result.TryGetValue(out _));
        Assert.Equal("Error: Bad.", result.ToString());
    }

    [Fact]
    public void The_default_is_a_failure_never_a_silent_success()
    {
        var result = default(ParseOutcome<GroupSize>);

        Assert.False(result.Success);
        Assert.Equal("The value was never parsed.", result.Error);
    }

    [Fact]
    public void Equality_compares_values_or_messages()
    {
        EqualityAssert.Equality(ParseOutcome<int>.ForValue(1), ParseOutcome<int>.ForValue(1), ParseOutcome<int>.ForValue(2), ParseOutcome<int>.ForError("x"));
        EqualityAssert.Equality(ParseOutcome<int>.ForError("x"), ParseOutcome<int>.ForError("x"), ParseOutcome<int>.ForValue(0), default);
    }

    [Fact]
    public void A_failure_needs_a_message() =>
        Assert.Throws<ArgumentException>(() => ParseOutcome<int>.ForError(""));

    [Fact]
    public void Failures_with_different_messages_differ_and_successes_with_different_values_differ()
    {
        EqualityAssert.Equality(ParseOutcome<int>.ForError("x"), ParseOutcome<int>.ForError("x"), ParseOutcome<int>.ForError("y"));
        EqualityAssert.Equality(ParseOutcome<int>.ForValue(2), ParseOutcome<int>.ForValue(2), ParseOutcome<int>.ForValue(1));
        Assert.NotEqual(ParseOutcome<int>.ForError("x").GetHashCode(), ParseOutcome<int>.ForError("y").GetHashCode());
        Assert.NotEqual(ParseOutcome<int>.ForValue(1).GetHashCode(), ParseOutcome<int>.ForValue(2).GetHashCode());
    }

    [Fact]
    public void A_result_describes_its_value_or_its_error()
    {
        Assert.Equal("7", ParseOutcome<int>.ForValue(7).ToString());
        Assert.Equal("Error: not a number", ParseOutcome<int>.ForError("not a number").ToString());
        Assert.Equal(string.Empty, ParseOutcome<string?>.ForValue(null).ToString());
        Assert.Equal("Error: The value was never parsed.", default(ParseOutcome<int>).ToString());
    }
}
