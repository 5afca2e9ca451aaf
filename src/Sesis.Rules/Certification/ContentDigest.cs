using System.Buffers.Binary;
using System.Globalization;

namespace Sesis.Rules;

/// <summary>
/// A SHA-256 digest of a service record's certified content (procedure step 15): a certification covers a record
/// only while the record's digest is unchanged.
/// </summary>
/// <remarks>
/// Thirty-two bytes held in four fields, so it never allocates. Shown as 64 lowercase hex digits. The default
/// value is all zeros, which no real content produces in practice.
/// </remarks>
public readonly struct ContentDigest : IEquatable<ContentDigest>
{
    /// <summary>The length of a digest in bytes.</summary>
    public const int Length = 32;

    private readonly ulong _a, _b, _c, _d;

    private ContentDigest(ulong a, ulong b, ulong c, ulong d) => (_a, _b, _c, _d) = (a, b, c, d);

    /// <summary>Creates a digest from its 32 bytes.</summary>
    /// <param name="bytes">Exactly <see cref="Length"/> bytes.</param>
    /// <returns>The digest.</returns>
    /// <exception cref="ArgumentException"><paramref name="bytes"/> is not 32 bytes long.</exception>
    public static ContentDigest FromBytes(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length != Length)
        {
            throw new ArgumentException($"A digest is {Length} bytes, not {bytes.Length}.", nameof(bytes));
        }

        return new(
            BinaryPrimitives.ReadUInt64BigEndian(bytes),
            BinaryPrimitives.ReadUInt64BigEndian(bytes[8..]),
            BinaryPrimitives.ReadUInt64BigEndian(bytes[16..]),
            BinaryPrimitives.ReadUInt64BigEndian(bytes[24..]));
    }

    /// <summary>Writes the digest's 32 bytes.</summary>
    /// <param name="destination">At least <see cref="Length"/> bytes.</param>
    /// <exception cref="ArgumentException"><paramref name="destination"/> is too short.</exception>
    public void CopyTo(Span<byte> destination)
    {
        if (destination.Length < Length)
        {
            throw new ArgumentException($"A digest needs {Length} bytes.", nameof(destination));
        }

        BinaryPrimitives.WriteUInt64BigEndian(destination, _a);
        BinaryPrimitives.WriteUInt64BigEndian(destination[8..], _b);
        BinaryPrimitives.WriteUInt64BigEndian(destination[16..], _c);
        BinaryPrimitives.WriteUInt64BigEndian(destination[24..], _d);
    }

    /// <summary>Parses 64 hex digits (either case) without throwing.</summary>
    /// <param name="text">The text to parse.</param>
    /// <returns>The digest, or what is wrong with <paramref name="text"/>.</returns>
    public static ParseOutcome<ContentDigest> Parse(string? text)
    {
        if (text is not { Length: Length * 2 })
        {
            return ParseOutcome<ContentDigest>.ForError($"A content digest is {Length * 2} hex digits.");
        }

        return TryReadHex(text, out var digest)
            ? ParseOutcome<ContentDigest>.ForValue(digest)
            : ParseOutcome<ContentDigest>.ForError($"Content digest '{CodeText.Printable(text)}' holds a character that is not a hex digit.");
    }

    /// <summary>Parses 64 hex digits without throwing.</summary>
    /// <param name="text">The text to parse.</param>
    /// <param name="value">The digest parsed, or the default.</param>
    /// <returns><see langword="true"/> when <paramref name="text"/> is 64 hex digits.</returns>
    public static bool TryParse(string? text, out ContentDigest value) => Parse(text).TryGetValue(out value);

    // 64 ASCII hex digits, either case, and nothing else: a reader of exported rows parses one digest per row, so
    // no general number parser (which also skipped NULs after the digits of each group of 16).
    private static bool TryReadHex(string text, out ContentDigest digest)
    {
#if NET9_0_OR_GREATER
        Span<byte> bytes = stackalloc byte[Length];
        var read = Convert.FromHexString(text, bytes, out _, out var written) == System.Buffers.OperationStatus.Done && written == Length;
        digest = read ? FromBytes(bytes) : default;
        return read;
#else
        var digits = text.AsSpan();
        var read = TryReadHex(digits[..16], out var a) & TryReadHex(digits[16..32], out var b) & TryReadHex(digits[32..48], out var c) & TryReadHex(digits[48..], out var d);
        digest = new(a, b, c, d);
        return read;
#endif
    }

#if !NET9_0_OR_GREATER
    // Sixteen hex digits as one number, digit by digit (net8.0 has no span form of Convert.FromHexString).
    private static bool TryReadHex(ReadOnlySpan<char> digits, out ulong value)
    {
        value = 0;
        foreach (var c in digits)
        {
            var digit = c switch
            {
                >= '0' and <= '9' => c - '0',
                >= 'a' and <= 'f' => c - 'a' + 10,
                >= 'A' and <= 'F' => c - 'A' + 10,
                _ => -1,
            };
            if (digit < 0)
            {
                return false;
            }

            value = (value << 4) | (uint)digit;
        }

        return true;
    }
#endif

    /// <inheritdoc/>
    public bool Equals(ContentDigest other) => _a == other._a && _b == other._b && _c == other._c && _d == other._d;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is ContentDigest other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => _a.GetHashCode();

    /// <summary>Returns the digest as 64 lowercase hex digits.</summary>
    /// <returns>The hex text.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{_a:x16}{_b:x16}{_c:x16}{_d:x16}");

    /// <summary>Compares two digests for equality.</summary>
    /// <param name="left">The first digest.</param>
    /// <param name="right">The second digest.</param>
    /// <returns><see langword="true"/> when the digests are the same.</returns>
    public static bool operator ==(ContentDigest left, ContentDigest right) => left.Equals(right);

    /// <summary>Compares two digests for inequality.</summary>
    /// <param name="left">The first digest.</param>
    /// <param name="right">The second digest.</param>
    /// <returns><see langword="true"/> when the digests differ.</returns>
    public static bool operator !=(ContentDigest left, ContentDigest right) => !left.Equals(right);
}
