using System.Text;

namespace Sesis.Rules;

/// <summary>
/// The <see cref="RecordAction"/>s the record lifecycle allows for a record in its state: what a form enables.
/// A small value, so asking for many records allocates nothing. The default allows nothing.
/// </summary>
public readonly struct AllowedActions : IEquatable<AllowedActions>
{
    private readonly byte _bits;

    private AllowedActions(byte bits) => _bits = bits;

    /// <summary>Gets the value that allows no action.</summary>
    public static AllowedActions None => default;

    /// <summary>Gets a value indicating whether editing is allowed.</summary>
    public bool CanEdit => Contains(RecordAction.Edit);

    /// <summary>Gets a value indicating whether certifying is allowed.</summary>
    public bool CanCertify => Contains(RecordAction.Certify);

    /// <summary>Gets a value indicating whether saving is allowed.</summary>
    public bool CanSave => Contains(RecordAction.Save);

    /// <summary>Gets a value indicating whether amending is allowed.</summary>
    public bool CanAmend => Contains(RecordAction.Amend);

    /// <summary>Gets a value indicating whether <paramref name="action"/> is allowed.</summary>
    /// <param name="action">The action; an undefined value is never allowed.</param>
    /// <returns><see langword="true"/> when allowed.</returns>
    public bool Contains(RecordAction action) =>
        action is >= RecordAction.Edit and <= RecordAction.Amend && (_bits & Bit(action)) != 0;

    /// <summary>Returns these actions with <paramref name="action"/> allowed too.</summary>
    /// <param name="action">A defined action.</param>
    /// <returns>The wider set.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="action"/> is not a defined value.</exception>
    public AllowedActions With(RecordAction action)
    {
        if (action is < RecordAction.Edit or > RecordAction.Amend)
        {
            throw new ArgumentOutOfRangeException(nameof(action), action, "Not a defined record action.");
        }

        return new((byte)(_bits | Bit(action)));
    }

    /// <inheritdoc/>
    public bool Equals(AllowedActions other) => _bits == other._bits;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is AllowedActions other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => _bits;

    /// <summary>Lists the allowed actions.</summary>
    /// <returns>Such as "Edit, Certify", or "none".</returns>
    public override string ToString()
    {
        if (_bits == 0)
        {
            return "none";
        }

        var text = new StringBuilder();
        for (var action = RecordAction.Edit; action <= RecordAction.Amend; action++)
        {
            if (Contains(action))
            {
                text.Append(text.Length == 0 ? string.Empty : ", ").Append(action);
            }
        }

        return text.ToString();
    }

    /// <summary>Compares two sets of actions for equality.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns><see langword="true"/> when they allow the same actions.</returns>
    public static bool operator ==(AllowedActions left, AllowedActions right) => left.Equals(right);

    /// <summary>Compares two sets of actions for inequality.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns><see langword="true"/> when they allow different actions.</returns>
    public static bool operator !=(AllowedActions left, AllowedActions right) => !left.Equals(right);

    private static byte Bit(RecordAction action) => (byte)(1 << (int)action);
}
