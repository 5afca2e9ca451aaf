using System.Diagnostics.CodeAnalysis;

namespace Sesis.Rules;

/// <summary>
/// The outcome of parsing text into a <typeparamref name="T"/>: either a value or a message saying
/// what was wrong with the text. Parsing in this library never throws for bad input.
/// </summary>
/// <typeparam name="T">The type parsed.</typeparam>
/// <remarks>The default value is a failure with a generic message, never a silent success.</remarks>
public readonly struct ParseOutcome<T> : IEquatable<ParseOutcome<T>>
{
    private readonly T _value;
    private readonly string? _error;
    private readonly bool _success;

    private ParseOutcome(T value, string? error, bool success)
    {
        _value = value;
        _error = error;
        _success = success;
    }

    /// <summary>Gets a value indicating whether the text was parsed.</summary>
    public bool Success => _success;

    /// <summary>Gets the parsed value.</summary>
    /// <exception cref="InvalidOperationException">The parse failed; the message is <see cref="Error"/>.</exception>
    public T Value => _success ? _value : throw new InvalidOperationException(Error);

    /// <summary>Gets what was wrong with the text, or <see langword="null"/> when the parse succeeded.</summary>
    public string? Error => _success ? null : _error ?? "The value was never parsed.";

    /// <summary>Creates a successful result.</summary>
    /// <param name="value">The parsed value.</param>
    /// <returns>A result holding <paramref name="value"/>.</returns>
    public static ParseOutcome<T> ForValue(T value) => new(value, null, true);

    /// <summary>Creates a failed result.</summary>
    /// <param name="error">What was wrong with the text, in plain English.</param>
    /// <returns>A result holding <paramref name="error"/>.</returns>
    public static ParseOutcome<T> ForError(string error)
    {
        ArgumentException.ThrowIfNullOrEmpty(error);
        return new(default!, error, false);
    }

    /// <summary>Gets the value when the parse succeeded.</summary>
    /// <param name="value">The parsed value, or the default when the parse failed.</param>
    /// <returns><see langword="true"/> when the parse succeeded.</returns>
    public bool TryGetValue([MaybeNullWhen(false)] out T value)
    {
        value = _value;
        return _success;
    }

    /// <inheritdoc/>
    public bool Equals(ParseOutcome<T> other) =>
        _success == other._success
        && (_success ? EqualityComparer<T>.Default.Equals(_value, other._value) : Error == other.Error);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is ParseOutcome<T> other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => _success ? HashCode.Combine(_value) : HashCode.Combine(Error);

    /// <summary>Describes the result: the value, or the error.</summary>
    /// <returns>The value's text, or "Error: " and the message.</returns>
    public override string ToString() => _success ? _value?.ToString() ?? string.Empty : $"Error: {Error}";

    /// <summary>Compares two results for equality.</summary>
    /// <param name="left">The first result.</param>
    /// <param name="right">The second result.</param>
    /// <returns><see langword="true"/> when both hold the same value or the same error.</returns>
    public static bool operator ==(ParseOutcome<T> left, ParseOutcome<T> right) => left.Equals(right);

    /// <summary>Compares two results for inequality.</summary>
    /// <param name="left">The first result.</param>
    /// <param name="right">The second result.</param>
    /// <returns><see langword="true"/> when the results differ.</returns>
    public static bool operator !=(ParseOutcome<T> left, ParseOutcome<T> right) => !left.Equals(right);
}
