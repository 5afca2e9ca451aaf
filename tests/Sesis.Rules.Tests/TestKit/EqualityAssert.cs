namespace Sesis.Rules.Tests;

/// <summary>Assertions shared by the equality tests of reference types with equality operators.</summary>
public static class EqualityAssert
{
    /// <summary>
    /// Asserts that <paramref name="value"/> equals no null, by <c>Equals</c> and by both operators on either
    /// side, and that the operators find null equal to null. The operators are passed in: C# cannot call a
    /// type's own operators through a type parameter.
    /// </summary>
    public static void NeverEqualsNull<T>(T value, Func<T?, T?, bool> equal, Func<T?, T?, bool> notEqual)
        where T : class, IEquatable<T>
    {
        T? none = null;

        Assert.False(value.Equals(none));
        Assert.False(value.Equals((object?)null));
        Assert.False(equal(value, none));
        Assert.False(equal(none, value));
        Assert.True(equal(none, null));
        Assert.True(notEqual(value, none));
        Assert.True(notEqual(none, value));
        Assert.False(notEqual(none, null));
    }
}
