using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;

namespace Sesis.Rules;

/// <summary>Argument checks for members that cannot call <see cref="ArgumentNullException.ThrowIfNull(object?, string?)"/> as a statement.</summary>
internal static class Guard
{
    /// <summary>Returns <paramref name="value"/>, or throws naming the argument when it is null.</summary>
    /// <typeparam name="T">The argument's type.</typeparam>
    /// <param name="value">The argument.</param>
    /// <param name="name">The argument's name, filled in by the compiler.</param>
    /// <returns><paramref name="value"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    public static T NotNull<T>([NotNull] T? value, [CallerArgumentExpression(nameof(value))] string? name = null)
        where T : class =>
        value ?? throw new ArgumentNullException(name);
}
