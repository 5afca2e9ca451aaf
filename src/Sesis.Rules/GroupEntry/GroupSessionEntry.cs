using NodaTime;

namespace Sesis.Rules;

/// <summary>
/// A group session entered once: the data every student's record shares, fanned out by <see cref="FanOut"/> to
/// one <see cref="ServiceRecord"/> per student, as SESIS records a group session (one record per student).
/// </summary>
/// <remarks>
/// <para>
/// Group size is set, not entered: a served student's record states "Group, n" with n the number of distinct
/// students served (procedure step 10; "Group, 1" when only one came), which is what <see cref="BatchValidator"/>'s
/// SR903 checks. A record of a student who was not served (absent, cancelled) states the group as planned,
/// "Group, m" with m the number of distinct students entered, as its times are the planned times; SR903 does not
/// check the group size of records that are not Service Provided.
/// </para>
/// <para>
/// Location, description and progress go to the served students' records only: for an absence or cancellation
/// they do not apply (the same fields a record's lifecycle clears when its session type leaves Service
/// Provided). Notes go to every record unless a member has notes of their own. The records are not certified:
/// each is certified on its own, since a certification covers one record's content.
/// </para>
/// </remarks>
public sealed record GroupSessionEntry
{
    /// <summary>Gets the provider who led the session.</summary>
    public required ProviderId ProviderId { get; init; }

    /// <summary>Gets the service type.</summary>
    public required ServiceType ServiceType { get; init; }

    /// <summary>Gets the date of the session.</summary>
    public required LocalDate Date { get; init; }

    /// <summary>Gets the start time.</summary>
    public required LocalTime StartTime { get; init; }

    /// <summary>Gets the end time.</summary>
    public required LocalTime EndTime { get; init; }

    /// <summary>Gets the language of service.</summary>
    public required Language Language { get; init; }

    /// <summary>Gets where the service was provided; given to served students' records.</summary>
    public ServiceLocation? Location { get; init; }

    /// <summary>Gets the paraprofessional's service description; given to served students' records.</summary>
    public ServiceDescription? Description { get; init; }

    /// <summary>Gets the progress indicator; given to served students' records.</summary>
    public ProgressIndicator? Progress { get; init; }

    /// <summary>Gets the session notes, given to every record whose member has no notes of their own.</summary>
    public string? Notes { get; init; }

    /// <summary>Gets a value indicating whether the notes are marked confidential.</summary>
    public bool NotesConfidential { get; init; }

    /// <summary>Makes one record per member, in the members' order.</summary>
    /// <param name="members">The students of the group with their session types. A student entered twice is kept
    /// twice (nothing is dropped) but counted once; <see cref="BatchValidator"/> reports the duplicate (SR901).</param>
    /// <returns>The records, uncertified; none for no members.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="members"/> is null.</exception>
    /// <exception cref="ArgumentException">A member is null; the message gives its position.</exception>
    public IReadOnlyList<ServiceRecord> FanOut(IEnumerable<GroupMember> members)
    {
        ArgumentNullException.ThrowIfNull(members);
        var list = members.ToList();
        for (var i = 0; i < list.Count; i++)
        {
            if (list[i] is null)
            {
                throw new ArgumentException($"Group member {i} is null.", nameof(members));
            }
        }

        var entered = list.Select(static m => m.StudentId).Distinct().Count();
        var served = list.Where(static m => m.SessionType == SessionType.ServiceProvided).Select(static m => m.StudentId).Distinct().Count();
        var records = new ServiceRecord[list.Count];
        for (var i = 0; i < list.Count; i++)
        {
            var member = list[i];
            var isServed = member.SessionType == SessionType.ServiceProvided;
            records[i] = new ServiceRecord
            {
                StudentId = member.StudentId,
                ProviderId = ProviderId,
                ServiceType = ServiceType,
                Date = Date,
                StartTime = StartTime,
                EndTime = EndTime,
                Language = Language,
                SessionType = member.SessionType,
                Reason = member.Reason,
                GroupSize = GroupSize.Group(isServed ? served : entered),
                Location = isServed ? Location : null,
                Description = isServed ? Description : null,
                Progress = isServed ? Progress : null,
                Notes = member.Notes ?? Notes,
                NotesConfidential = NotesConfidential,
            };
        }

        return records;
    }

    /// <summary>Describes the session without its notes.</summary>
    /// <returns>Such as "2025-10-06 08:00-09:00 paraprofessional provider P0012345 group".</returns>
    public override string ToString() =>
        $"{Text.Date(Date)} {Text.Time(StartTime)}-{Text.Time(EndTime)} {ServiceType} provider {ProviderId} group";
}
