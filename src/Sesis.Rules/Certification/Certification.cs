using NodaTime;

namespace Sesis.Rules;

/// <summary>
/// A provider's electronic signature on a service record (procedure step 15): who certified it, when, and the
/// digest of the content they certified. A record edited after certifying no longer matches the digest.
/// </summary>
/// <param name="CertifiedBy">The provider who certified; only the record's own provider may.</param>
/// <param name="CertifiedAt">When; not before the session ended and not in the future.</param>
/// <param name="Digest">The digest of the record's content, from <see cref="ServiceRecordDigest.Compute"/>.</param>
/// <remarks>
/// Two certifications are equal when they name the same provider, instant and digest. A certification made by
/// <see cref="Of"/> also remembers the record it digested (without that record's own certification), so that
/// <see cref="Covers"/> answers for a record with the same content by comparing its fields instead of computing a
/// second SHA-256 (a reader that certifies a row and a validator that then checks it digest once, not twice); a
/// record whose content differs in any way is digested as before, and so is every record once a with-expression
/// has given the certification another digest. What is remembered is one record whose values the
/// certified record shares, and it is never changed, so a certification stays safe to share between threads.
/// </remarks>
public sealed record Certification(ProviderId CertifiedBy, Instant CertifiedAt, ContentDigest Digest)
{
    private readonly ContentDigest _digest = Digest;

    // The content Of digested, whose digest is Digest; forgotten when a with-expression gives another Digest.
    private readonly ServiceRecord? _digested;

    private Certification(ProviderId certifiedBy, Instant certifiedAt, ContentDigest digest, ServiceRecord digested)
        : this(certifiedBy, certifiedAt, digest) => _digested = digested;

    /// <summary>Gets the digest of the record's content, from <see cref="ServiceRecordDigest.Compute"/>.</summary>
    public ContentDigest Digest
    {
        get => _digest;
        init
        {
            _digest = value;
            _digested = null;
        }
    }

    /// <summary>Certifies a record's current content.</summary>
    /// <param name="record">The record.</param>
    /// <param name="certifiedBy">The certifying provider.</param>
    /// <param name="certifiedAt">When.</param>
    /// <returns>A certification covering the record as it is now.</returns>
    public static Certification Of(ServiceRecord record, ProviderId certifiedBy, Instant certifiedAt)
    {
        var digest = ServiceRecordDigest.Compute(record);

        // A record that is certified already is remembered without its certification, so that certifying again and
        // again never builds a chain of earlier records.
        return new(certifiedBy, certifiedAt, digest, record.Certification is null ? record : record with { Certification = null });
    }

    /// <summary>Gets a value indicating whether this certification still covers <paramref name="record"/>'s content.</summary>
    /// <param name="record">The record.</param>
    /// <returns><see langword="true"/> when the record's digest is the certified one.</returns>
    public bool Covers(ServiceRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return (_digested is { } digested && ServiceRecordDigest.SameContent(digested, record))
            || ServiceRecordDigest.Compute(record) == Digest;
    }

    /// <summary>Compares two certifications by provider, instant and digest.</summary>
    /// <param name="other">The other certification.</param>
    /// <returns><see langword="true"/> when all three are equal.</returns>
    public bool Equals(Certification? other) =>
        ReferenceEquals(this, other)
        || (other is not null && CertifiedBy == other.CertifiedBy && CertifiedAt == other.CertifiedAt && Digest == other.Digest);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(CertifiedBy, CertifiedAt, Digest);

    /// <summary>Describes the certification.</summary>
    /// <returns>Such as "certified by P0012345 at 2025-10-06T20:15:00Z (sha256 3f2a…)".</returns>
    public override string ToString() => $"certified by {CertifiedBy} at {CertifiedAt} (sha256 {Digest})";
}
