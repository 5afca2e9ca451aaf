using NodaTime;

namespace Sesis.Rules;

/// <summary>
/// One service record: what a provider records in SESIS Service Capture for one student and one session
/// (seed steps 4-15). A group session is one record per student.
/// </summary>
/// <remarks>
/// Immutable: change a record with a <c>with</c> expression. The record holds whatever a form or an import
/// supplied, right or wrong; the validators say what is wrong with it. Unset optional fields are
/// <see langword="null"/>; <see cref="SessionType"/> defaults to Service Provided and <see cref="GroupSize"/>
/// to Individual, as in SESIS.
/// </remarks>
public sealed record ServiceRecord
{
    /// <summary>Gets the student (seed step 2).</summary>
    public required StudentId StudentId { get; init; }

    /// <summary>Gets the provider who delivered (or would have delivered) the session.</summary>
    public required ProviderId ProviderId { get; init; }

    /// <summary>Gets the service type (seed step 7).</summary>
    public required ServiceType ServiceType { get; init; }

    /// <summary>Gets the date of the session (seed step 4).</summary>
    public required LocalDate Date { get; init; }

    /// <summary>
    /// Gets the start time: the time the student arrived (seed step 5). For an absence or a cancellation, the
    /// planned start time.
    /// </summary>
    public required LocalTime StartTime { get; init; }

    /// <summary>Gets the session's end time (seed step 6); for an absence or a cancellation, the planned end time.</summary>
    public required LocalTime EndTime { get; init; }

    /// <summary>Gets the language of service (seed step 8).</summary>
    public required Language Language { get; init; }

    /// <summary>Gets the session type (seed step 9); Service Provided by default.</summary>
    public SessionType SessionType { get; init; }

    /// <summary>Gets why the session was not provided, when known; <see langword="null"/> for a service provided.</summary>
    public SessionReason? Reason { get; init; }

    /// <summary>Gets the group size (seed step 10); Individual by default.</summary>
    public GroupSize GroupSize { get; init; }

    /// <summary>Gets where the service was provided (seed step 11); not needed for an absence or a cancellation.</summary>
    public ServiceLocation? Location { get; init; }

    /// <summary>Gets the paraprofessional's service description (seed step 12).</summary>
    public ServiceDescription? Description { get; init; }

    /// <summary>Gets the progress towards the mandated IEP goals (seed step 13).</summary>
    public ProgressIndicator? Progress { get; init; }

    /// <summary>Gets the session notes (seed step 14): at most 4,000 characters, no control characters but line breaks and tabs.</summary>
    public string? Notes { get; init; }

    /// <summary>Gets a value indicating whether the notes are marked confidential, which counseling allows.</summary>
    public bool NotesConfidential { get; init; }

    /// <summary>Gets the provider's certification (seed step 15), or <see langword="null"/> before certifying.</summary>
    public Certification? Certification { get; init; }

    /// <summary>Gets the session's length: end minus start, negative when the end is before the start.</summary>
    public Duration Length => Duration.FromNanoseconds(EndTime.NanosecondOfDay - StartTime.NanosecondOfDay);

    /// <summary>Describes the record without its notes, which may be confidential and must not reach logs.</summary>
    /// <returns>Such as "2025-10-06 08:00-09:00 paraprofessional student 204381527 provider P0012345 ServiceProvided".</returns>
    public override string ToString() =>
        $"{Date:uuuu'-'MM'-'dd} {StartTime:HH':'mm}-{EndTime:HH':'mm} {ServiceType} student {StudentId} provider {ProviderId} {SessionType}";
}
