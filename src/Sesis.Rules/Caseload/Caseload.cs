using System.Collections;
using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using NodaTime;

namespace Sesis.Rules;

/// <summary>
/// The caseload assignments a host knows, held in memory: which students each provider serves, for which
/// service type, and when (procedure step 2). Immutable, indexed for constant-time lookups, and safe to share
/// across threads; build a new one when the assignments change, or back <see cref="ICaseload"/> with the host's
/// own data.
/// </summary>
public sealed class Caseload : ICaseload, IReadOnlyCollection<CaseloadAssignment>
{
    private readonly ImmutableArray<CaseloadAssignment> _assignments;
    private readonly FrozenDictionary<(ProviderId, StudentId, ServiceType), CaseloadAssignment[]> _index;

    private Caseload(ImmutableArray<CaseloadAssignment> assignments)
    {
        _assignments = assignments;
        _index = assignments
            .GroupBy(static a => (a.ProviderId, a.StudentId, a.ServiceType))
            .ToFrozenDictionary(static g => g.Key, static g => g.ToArray());
    }

    /// <summary>Gets a caseload with no assignments.</summary>
    public static Caseload Empty { get; } = new([]);

    /// <summary>Creates a caseload.</summary>
    /// <param name="assignments">The assignments; periods of the same provider, student and service type may overlap.</param>
    /// <returns>The caseload.</returns>
    /// <exception cref="ArgumentException">An assignment is null or has an empty id or service type.</exception>
    public static Caseload Create(IEnumerable<CaseloadAssignment> assignments)
    {
        ArgumentNullException.ThrowIfNull(assignments);
        var list = assignments.ToImmutableArray();
        foreach (var a in list)
        {
            if (a is null || a.ProviderId.IsEmpty || a.StudentId.IsEmpty || a.ServiceType.Code.Length == 0 || a.Period is null)
            {
                throw new ArgumentException("An assignment is null or lacks a provider, student, service type or period.", nameof(assignments));
            }
        }

        return new(list);
    }

    /// <summary>Gets the number of assignments.</summary>
    public int Count => _assignments.Length;

    /// <inheritdoc/>
    /// <remarks>When several assignments cover the date, the first given to <see cref="Create"/> is found.</remarks>
    public bool TryFind(ProviderId providerId, StudentId studentId, ServiceType serviceType, LocalDate day, [NotNullWhen(true)] out CaseloadAssignment? assignment)
    {
        if (_index.TryGetValue((providerId, studentId, serviceType), out var candidates))
        {
            foreach (var candidate in candidates)
            {
                if (candidate.Covers(day))
                {
                    assignment = candidate;
                    return true;
                }
            }
        }

        assignment = null;
        return false;
    }

    /// <summary>Gets the assignments of one provider, in student order.</summary>
    /// <param name="providerId">The provider.</param>
    /// <returns>The provider's assignments.</returns>
    public IEnumerable<CaseloadAssignment> ForProvider(ProviderId providerId) =>
        _assignments.Where(a => a.ProviderId == providerId).OrderBy(static a => a.StudentId).ThenBy(static a => a.Period.Start);

    /// <inheritdoc/>
    public IEnumerator<CaseloadAssignment> GetEnumerator() => ((IEnumerable<CaseloadAssignment>)_assignments).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
