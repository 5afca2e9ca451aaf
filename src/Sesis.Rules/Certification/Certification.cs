using NodaTime;

namespace Sesis.Rules;

/// <summary>
/// A provider's electronic signature on a service record (procedure step 15): who certified it, when, and the
/// digest of the content they certified. A record edited after certifying no longer matches the digest.
/// </summary>
/// <param name="CertifiedBy">The provider who certified; only the record's own provider may.</param>
/// <param name="CertifiedAt">When; not before the session ended and not in the future.</param>
/// <param name="Digest">The digest of the record's content, from <see cref="ServiceRecordDigest.Compute"/>.</param>
public sealed record Certification(ProviderId CertifiedBy, Instant CertifiedAt, ContentDigest Digest)
{
    /// <summary>Certifies a record's current content.</summary>
    /// <param name="record">The record.</param>
    /// <param name="certifiedBy">The certifying provider.</param>
    /// <param name="certifiedAt">When.</param>
    /// <returns>A certification covering the record as it is now.</returns>
    public static Certification Of(ServiceRecord record, ProviderId certifiedBy, Instant certifiedAt) =>
        new(certifiedBy, certifiedAt, ServiceRecordDigest.Compute(record));

    /// <summary>Gets a value indicating whether this certification still covers <paramref name="record"/>'s content.</summary>
    /// <param name="record">The record.</param>
    /// <returns><see langword="true"/> when the record's digest is the certified one.</returns>
    public bool Covers(ServiceRecord record) => ServiceRecordDigest.Compute(record) == Digest;

    /// <summary>Describes the certification.</summary>
    /// <returns>Such as "certified by P0012345 at 2025-10-06T20:15:00Z (sha256 3f2a…)".</returns>
    public override string ToString() => $"certified by {CertifiedBy} at {CertifiedAt} (sha256 {Digest})";
}
