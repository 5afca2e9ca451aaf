namespace Sesis.Rules;

/// <summary>
/// A value named by a short, stable code from a list that a host can extend, such as a
/// <see cref="Language"/> or a <see cref="ServiceLocation"/>. Codes compare ordinally.
/// </summary>
public interface ICodedValue
{
    /// <summary>Gets the code; empty for the default (unset) value.</summary>
    string Code { get; }
}
