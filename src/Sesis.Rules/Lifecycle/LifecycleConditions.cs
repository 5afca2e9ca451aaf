using System.Text;

namespace Sesis.Rules;

/// <summary>
/// The facts the record lifecycle's guards read, each named as the guard says it: whether the record has no
/// errors at the draft stage, whether the certifier is its own provider, whether the certification time is
/// allowed, whether the certification is valid and covers the content.
/// </summary>
/// <remarks>
/// A form that knows these facts for many records asks <see cref="RecordLifecycle.AllowedActions"/> which
/// buttons to enable without building a state machine. The default value has no fact holding, so nothing
/// guarded is allowed; <see cref="All"/> has every fact holding.
/// </remarks>
public readonly struct LifecycleConditions : IEquatable<LifecycleConditions>
{
    internal const int Count = 4;
    private const byte NoDraftErrorsBit = 1, OwnProviderBit = 2, TimeBit = 4, ValidBit = 8;

    private readonly byte _bits;

    internal LifecycleConditions(int bits) => _bits = (byte)(bits & ((1 << Count) - 1));

    /// <summary>Gets conditions under which every guard holds.</summary>
    public static LifecycleConditions All { get; } = new((1 << Count) - 1);

    /// <summary>Gets a value indicating whether validating the record at the draft stage gives no finding of severity Error.</summary>
    public bool RecordHasNoDraftErrors { get => Get(NoDraftErrorsBit); init => _bits = Set(NoDraftErrorsBit, value); }

    /// <summary>Gets a value indicating whether the one certifying is the record's own provider.</summary>
    public bool CertifierIsOwnProvider { get => Get(OwnProviderBit); init => _bits = Set(OwnProviderBit, value); }

    /// <summary>Gets a value indicating whether the certification time is not before the session ended and not in the future.</summary>
    public bool CertificationTimeIsAllowed { get => Get(TimeBit); init => _bits = Set(TimeBit, value); }

    /// <summary>Gets a value indicating whether the record's certification is valid and still covers its content (see <see cref="CertificationVerification"/>).</summary>
    public bool CertificationIsValid { get => Get(ValidBit); init => _bits = Set(ValidBit, value); }

    // The table index of RecordLifecycle: one bit per guard.
    internal int Bits => _bits;

    /// <inheritdoc/>
    public bool Equals(LifecycleConditions other) => _bits == other._bits;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is LifecycleConditions other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => _bits;

    /// <summary>Lists the facts that hold.</summary>
    /// <returns>Such as "RecordHasNoDraftErrors, CertifierIsOwnProvider", or "none".</returns>
    public override string ToString()
    {
        if (_bits == 0)
        {
            return "none";
        }

        var text = new StringBuilder();
        Append(RecordHasNoDraftErrors, nameof(RecordHasNoDraftErrors));
        Append(CertifierIsOwnProvider, nameof(CertifierIsOwnProvider));
        Append(CertificationTimeIsAllowed, nameof(CertificationTimeIsAllowed));
        Append(CertificationIsValid, nameof(CertificationIsValid));
        return text.ToString();

        void Append(bool holds, string name)
        {
            if (holds)
            {
                text.Append(text.Length == 0 ? string.Empty : ", ").Append(name);
            }
        }
    }

    /// <summary>Compares two sets of conditions for equality.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns><see langword="true"/> when the same facts hold.</returns>
    public static bool operator ==(LifecycleConditions left, LifecycleConditions right) => left.Equals(right);

    /// <summary>Compares two sets of conditions for inequality.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns><see langword="true"/> when different facts hold.</returns>
    public static bool operator !=(LifecycleConditions left, LifecycleConditions right) => !left.Equals(right);

    private bool Get(byte bit) => (_bits & bit) != 0;

    private byte Set(byte bit, bool value) => (byte)(value ? _bits | bit : _bits & ~bit);
}
