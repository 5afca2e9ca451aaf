using System.Text;
using NodaTime;

namespace Sesis.Rules;

/// <summary>
/// The outcome of checking a record's certification: valid, or every <see cref="CertificationProblem"/> that
/// holds. Verifying says whether the certification still covers the record (procedure step 15): any edit after
/// certifying changes the digest.
/// </summary>
/// <remarks>
/// A small value (one byte of problem bits), so verifying many records allocates nothing but the digest's
/// work. The default value is "not certified", never "valid": a verification that was never made does not
/// pass.
/// </remarks>
public readonly struct CertificationVerification : IEquatable<CertificationVerification>
{
    // Bit (1 << problem) set for each problem; 0 means valid. The default stands for NotCertified (see Problems).
    private readonly byte _problems;
    private readonly bool _made;

    private CertificationVerification(byte problems)
    {
        _problems = problems;
        _made = true;
    }

    /// <summary>Gets a value indicating whether the certification is present, the provider's own, dated between the session's end and now, and covers the content.</summary>
    public bool IsValid => _made && _problems == 0;

    /// <summary>Gets a value indicating whether the record carries a certification whose digest matches its content.</summary>
    public bool CoversContent => !Has(CertificationProblem.NotCertified) && !Has(CertificationProblem.ContentChanged);

    /// <summary>Verifies <paramref name="record"/>'s certification.</summary>
    /// <param name="record">The record.</param>
    /// <param name="zone">The time zone the record's date and times are in (America/New_York for NYC).</param>
    /// <param name="now">The moment of checking; a certification after it is in the future.</param>
    /// <returns>Valid, or every problem found.</returns>
    /// <remarks>
    /// The session ends at <see cref="SessionEnd"/>, the one reading of local times every rule uses (docs/rules.md):
    /// a record that the validator says has ended (no SR205) can be certified from then on without SR603.
    /// </remarks>
    public static CertificationVerification Of(ServiceRecord record, DateTimeZone zone, Instant now)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(zone);
        if (record.Certification is not { } certification)
        {
            return new(Bit(CertificationProblem.NotCertified));
        }

        byte problems = 0;
        if (certification.CertifiedBy != record.ProviderId)
        {
            problems |= Bit(CertificationProblem.NotTheRecordsProvider);
        }

        if (certification.CertifiedAt < SessionEnd(record, zone))
        {
            problems |= Bit(CertificationProblem.BeforeSessionEnded);
        }

        if (certification.CertifiedAt > now)
        {
            problems |= Bit(CertificationProblem.InTheFuture);
        }

        if (!certification.Covers(record))
        {
            problems |= Bit(CertificationProblem.ContentChanged);
        }

        return new(problems);
    }

    /// <summary>
    /// Gets the instant a record's session ends: the first instant at which the clocks of <paramref name="zone"/>
    /// show its date (read as its ISO date) and end time, or a later time. So an end time that occurs twice (the
    /// fall-back hour) ends at its earlier instant, and one that does not occur (the spring-forward gap) at the
    /// instant the clocks jump past it: 02:30 on a night the clocks go from 02:00 to 03:00 ends at 03:00, the new time.
    /// </summary>
    /// <param name="record">The record.</param>
    /// <param name="zone">The time zone.</param>
    /// <returns>
    /// The end of the session; <see cref="Instant.MinValue"/> or <see cref="Instant.MaxValue"/> for an end before
    /// or after every instant NodaTime represents (a date on its first or last day, such as
    /// <see cref="LocalDate.MaxIsoValue"/> at 23:59 in New York).
    /// </returns>
    public static Instant SessionEnd(ServiceRecord record, DateTimeZone zone)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(zone);
        return LocalTimes.Reached(record.Date, record.EndTime, zone);
    }

    /// <summary>Gets a value indicating whether <paramref name="problem"/> is one of the problems found.</summary>
    /// <param name="problem">The problem.</param>
    /// <returns><see langword="true"/> when it holds.</returns>
    public bool Has(CertificationProblem problem) =>
        problem is >= CertificationProblem.NotCertified and <= CertificationProblem.ContentChanged
        && (Problems & Bit(problem)) != 0;

    /// <inheritdoc/>
    public bool Equals(CertificationVerification other) => Problems == other.Problems;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is CertificationVerification other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => Problems;

    /// <summary>Describes the outcome in words.</summary>
    /// <returns>"valid", or such as "not valid: certified by someone other than the record's provider; the content changed after certifying".</returns>
    public override string ToString()
    {
        if (IsValid)
        {
            return "valid";
        }

        var text = new StringBuilder("not valid: ");
        var first = true;
        for (var problem = CertificationProblem.NotCertified; problem <= CertificationProblem.ContentChanged; problem++)
        {
            if (Has(problem))
            {
                text.Append(first ? string.Empty : "; ").Append(Describe(problem));
                first = false;
            }
        }

        return text.ToString();
    }

    /// <summary>Compares two outcomes for equality.</summary>
    /// <param name="left">The first outcome.</param>
    /// <param name="right">The second outcome.</param>
    /// <returns><see langword="true"/> when they report the same problems.</returns>
    public static bool operator ==(CertificationVerification left, CertificationVerification right) => left.Equals(right);

    /// <summary>Compares two outcomes for inequality.</summary>
    /// <param name="left">The first outcome.</param>
    /// <param name="right">The second outcome.</param>
    /// <returns><see langword="true"/> when they report different problems.</returns>
    public static bool operator !=(CertificationVerification left, CertificationVerification right) => !left.Equals(right);

    internal static string Describe(CertificationProblem problem) => problem switch
    {
        CertificationProblem.NotCertified => "the record is not certified",
        CertificationProblem.NotTheRecordsProvider => "certified by someone other than the record's provider",
        CertificationProblem.BeforeSessionEnded => "certified before the session ended",
        CertificationProblem.InTheFuture => "certified at a time in the future",
        _ => "the content changed after certifying",
    };

    // The default value (never made) reads as NotCertified, so it can never pass for valid.
    private byte Problems => _made ? _problems : Bit(CertificationProblem.NotCertified);

    private static byte Bit(CertificationProblem problem) => (byte)(1 << (int)problem);
}
