using NodaTime;

namespace Sesis.Rules;

/// <summary>
/// Small facts about a record that the rules need, written once so that two rules cannot disagree about
/// what, say, a forbidden control character is.
/// </summary>
internal static class RecordFacts
{
    // Years within which date + time converts to an Instant in any time zone without overflow.
    private const int FirstSafeYear = -9997;
    private const int LastSafeYear = 9998;

    /// <summary>
    /// Gets a value indicating whether a student id is an NYC OSIS number, nine ASCII digits, as
    /// <see cref="StudentId.IsOsisNumber"/> says, with a plain loop: the vectorized search behind that property
    /// allocates until the JIT has optimized it, and the valid-record path must not allocate.
    /// </summary>
    public static bool IsOsisNumber(StudentId id)
    {
        var value = id.Value;
        if (value.Length != 9)
        {
            return false;
        }

        foreach (var c in value)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Gets a value indicating whether a session of this ISO date converts to an instant in any time zone.</summary>
    public static bool HasSessionEnd(LocalDate isoDate) => isoDate.Year is >= FirstSafeYear and <= LastSafeYear;

    /// <summary>
    /// Gets a value indicating whether it is certain, without allocating, that <paramref name="certifiedAt"/> is
    /// not before the session's end as <see cref="LocalTimes.Reached"/> computes it. Reads the end time at the zone's
    /// offset at <paramref name="certifiedAt"/>: when the zone has that offset at the resulting instant, that
    /// instant is the end's only mapping or the later of two (the end is the earlier), so a
    /// certification at or after it is after the end. Otherwise (a gap, a transition in between) it is not certain.
    /// </summary>
    public static bool CertainlyNotBeforeSessionEnd(Instant certifiedAt, LocalDate isoDate, LocalTime endTime, DateTimeZone zone)
    {
        if (isoDate.Year is < FirstSafeYear or > LastSafeYear)
        {
            return false;
        }

        var offset = zone.GetUtcOffset(certifiedAt);
        var end = new OffsetDateTime(isoDate + endTime, offset).ToInstant();
        return certifiedAt >= end && zone.GetUtcOffset(end) == offset;
    }

    /// <summary>Gets a value indicating whether <paramref name="notes"/> hold a control character other than a line break or a tab.</summary>
    public static bool HasForbiddenControlCharacter(string? notes)
    {
        if (notes is null)
        {
            return false;
        }

        foreach (var c in notes)
        {
            if (char.IsControl(c) && c is not ('\r' or '\n' or '\t'))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Gets the provider's specialty when it is not one of the descriptions the policy lists (by code or by
    /// name, ignoring case), as procedure step 12 asks such a provider to record Health and name the specialty in
    /// the notes; <see langword="null"/> when the provider has no specialty, it is listed, or descriptions do not apply.
    /// </summary>
    public static string? UnlistedSpecialty(Provider? provider, ServiceTypePolicy? policy)
    {
        if (provider?.Specialty is not { } specialty || string.IsNullOrWhiteSpace(specialty) || policy is null || policy.Descriptions.IsEmpty)
        {
            return null;
        }

        var trimmed = specialty.AsSpan().Trim();
        foreach (var description in policy.Descriptions)
        {
            if (trimmed.Equals(description.Code, StringComparison.OrdinalIgnoreCase)
                || trimmed.Equals(ServiceDescription.ParaprofessionalCatalog.NameOf(description), StringComparison.OrdinalIgnoreCase))
            {
                return null;
            }
        }

        return specialty.Trim();
    }

    /// <summary>
    /// Gets a value indicating whether a record's grouping agrees with the mandate: Individual for Individual,
    /// and for a mandated Group n a group of at most n (fewer students may come, procedure step 10).
    /// </summary>
    public static bool GroupingAgrees(GroupSize mandated, GroupSize recorded) =>
        mandated.IsIndividual
            ? recorded.IsIndividual
            : recorded.IsGroup && recorded.Students <= mandated.Students;
}
