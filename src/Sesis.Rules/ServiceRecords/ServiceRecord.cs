using NodaTime;

namespace Sesis.Rules;

/// <summary>
/// One service record: what a provider records in SESIS Service Capture for one student and one session
/// (procedure steps 4-15). A group session is one record per student.
/// </summary>
/// <remarks>
/// <para>
/// Seven members are <c>required</c> (C# 11): <see cref="StudentId"/>, <see cref="ProviderId"/>,
/// <see cref="ServiceType"/>, <see cref="Date"/>, <see cref="StartTime"/>, <see cref="EndTime"/> and
/// <see cref="Language"/>. An object initializer that leaves one out does not compile (CS9035), so every record
/// names its student, provider, service, date, times and language; the compiler does not check their values (a
/// default id or an end before the start compiles), which is what the validators are for. A language without
/// <c>required</c> support (Visual Basic, F# before 7) must set all seven too.
/// </para>
/// <para>
/// Immutable: change a record with a <c>with</c> expression. The record holds whatever a form or an import
/// supplied, right or wrong; the validators say what is wrong with it. Unset optional fields are
/// <see langword="null"/>; <see cref="SessionType"/> defaults to Service Provided and <see cref="GroupSize"/>
/// to Individual, as in SESIS. Two records are equal when every member is equal.
/// </para>
/// </remarks>
public sealed record ServiceRecord
{
    /// <summary>Gets the student (procedure step 2). Required.</summary>
    public required StudentId StudentId { get; init; }

    /// <summary>Gets the provider who delivered (or would have delivered) the session. Required.</summary>
    public required ProviderId ProviderId { get; init; }

    /// <summary>Gets the service type (procedure step 7). Required.</summary>
    public required ServiceType ServiceType { get; init; }

    /// <summary>Gets the date of the session (procedure step 4). Required.</summary>
    public required LocalDate Date { get; init; }

    /// <summary>
    /// Gets the start time: the time the student arrived (procedure step 5). For an absence or a cancellation, the
    /// planned start time. Required.
    /// </summary>
    public required LocalTime StartTime { get; init; }

    /// <summary>Gets the session's end time (procedure step 6); for an absence or a cancellation, the planned end time. Required.</summary>
    public required LocalTime EndTime { get; init; }

    /// <summary>Gets the language of service (procedure step 8). Required.</summary>
    public required Language Language { get; init; }

    /// <summary>Gets the session type (procedure step 9); Service Provided by default.</summary>
    public SessionType SessionType { get; init; }

    /// <summary>Gets why the session was not provided, when known; <see langword="null"/> for a service provided.</summary>
    public SessionReason? Reason { get; init; }

    /// <summary>Gets the group size (procedure step 10); Individual by default.</summary>
    public GroupSize GroupSize { get; init; }

    /// <summary>Gets where the service was provided (procedure step 11); not needed for an absence or a cancellation.</summary>
    public ServiceLocation? Location { get; init; }

    /// <summary>Gets the paraprofessional's service description (procedure step 12).</summary>
    public ServiceDescription? Description { get; init; }

    /// <summary>Gets the progress towards the mandated IEP goals (procedure step 13).</summary>
    public ProgressIndicator? Progress { get; init; }

    /// <summary>Gets the session notes (procedure step 14): at most 4,000 characters, no control characters but line breaks and tabs.</summary>
    public string? Notes { get; init; }

    /// <summary>Gets a value indicating whether the notes are marked confidential, which counseling allows.</summary>
    public bool NotesConfidential { get; init; }

    /// <summary>Gets the provider's certification (procedure step 15), or <see langword="null"/> before certifying.</summary>
    public Certification? Certification { get; init; }

    /// <summary>Gets the session's length: end minus start, negative when the end is before the start.</summary>
    public Duration Length => Duration.FromNanoseconds(EndTime.NanosecondOfDay - StartTime.NanosecondOfDay);

    /// <summary>Describes the record without its notes, which may be confidential and must not reach logs.</summary>
    /// <returns>Such as "2025-10-06 08:00-09:00 paraprofessional student 204381527 provider P0012345 ServiceProvided".</returns>
    public override string ToString() =>
        $"{Text.Date(Date)} {Text.Time(StartTime)}-{Text.Time(EndTime)} {ServiceType} student {StudentId} provider {ProviderId} {SessionType}";
}
