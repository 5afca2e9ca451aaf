using System.Reflection;

namespace Sesis.Rules.Tests;

/// <summary>
/// Equality assertions in one call, after NodaTime's test helpers: <c>Equals</c> both ways and as object,
/// <c>GetHashCode</c>, the <c>==</c> and <c>!=</c> operators and <see cref="IEquatable{T}"/>, so that no
/// type's tests check one of them and forget another.
/// </summary>
public static class EqualityAssert
{
    /// <summary>
    /// Asserts that <paramref name="value"/> equals itself and <paramref name="equal"/> (a distinct instance
    /// of the same value), with the same hash code, and equals none of <paramref name="unequal"/>, nor null,
    /// nor an object of another type; by <c>Equals(T)</c> both ways, <c>Equals(object)</c>, <c>==</c> and
    /// <c>!=</c>. The operators are looked up by reflection: C# cannot call a type's own operators through a
    /// type parameter, and a type without them fails here.
    /// </summary>
    public static void Equality<T>(T value, T equal, params T[] unequal)
        where T : IEquatable<T>
    {
        Assert.NotNull(value);
        Assert.NotNull(equal);
        var (equals, notEquals) = Operators<T>();

        Assert.True(value.Equals(value), $"{value} does not equal itself.");
        Assert.True(value.Equals(equal), $"{value} does not equal {equal}.");
        Assert.True(equal.Equals(value), $"{equal} does not equal {value}.");
        Assert.True(value.Equals((object)equal), $"{value} does not equal {equal} as an object.");
        Assert.Equal(value.GetHashCode(), equal.GetHashCode());
        Assert.True(equals(value, equal), $"{value} == {equal} is false.");
        Assert.False(notEquals(value, equal), $"{value} != {equal} is true.");
        Assert.False(value.Equals((object?)null), $"{value} equals null as an object.");
        Assert.False(value.Equals(new object()), $"{value} equals an object of another type.");

        foreach (var other in unequal)
        {
            Assert.False(value.Equals(other), $"{value} equals {other}.");
            Assert.False(other.Equals(value), $"{other} equals {value}.");
            Assert.False(value.Equals((object?)other), $"{value} equals {other} as an object.");
            Assert.False(equals(value, other), $"{value} == {other} is true.");
            Assert.True(notEquals(value, other), $"{value} != {other} is false.");
        }

        if (!typeof(T).IsValueType)
        {
            NeverEqualsNull(value, equals, notEquals);
        }
    }

    /// <summary>
    /// Asserts that <paramref name="value"/> equals no null, by <c>Equals</c> and by both operators on either
    /// side, and that the operators find null equal to null.
    /// </summary>
    public static void NeverEqualsNull<T>(T value)
        where T : class, IEquatable<T>
    {
        var (equals, notEquals) = Operators<T>();
        NeverEqualsNull(value, equals, notEquals);
    }

    private static void NeverEqualsNull<T>(T value, Func<T?, T?, bool> equals, Func<T?, T?, bool> notEquals)
    {
        var none = default(T);

        Assert.False(((IEquatable<T>)value!).Equals(none));
        Assert.False(value!.Equals((object?)null));
        Assert.False(equals(value, none));
        Assert.False(equals(none, value));
        Assert.True(equals(none, none));
        Assert.True(notEquals(value, none));
        Assert.True(notEquals(none, value));
        Assert.False(notEquals(none, none));
    }

    private static (Func<T?, T?, bool> AreEqual, Func<T?, T?, bool> AreNotEqual) Operators<T>() =>
        (Operator<T>("op_Equality", "=="), Operator<T>("op_Inequality", "!="));

    private static Func<T?, T?, bool> Operator<T>(string name, string symbol)
    {
        var method = typeof(T).GetMethod(name, BindingFlags.Public | BindingFlags.Static, [typeof(T), typeof(T)]);
        Assert.True(method is not null && method.ReturnType == typeof(bool), $"{typeof(T).Name} has no {symbol} operator.");
        var found = method!;
        return (left, right) => (bool)found.Invoke(null, [left, right])!;
    }
}
