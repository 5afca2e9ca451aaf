namespace Sesis.Rules;

/// <summary>
/// A record of an Encounter Attendance report whose certification does not stand (procedure step 15): never
/// certified, or certified but no longer valid, with every reason.
/// </summary>
/// <param name="Record">The record.</param>
/// <param name="Verification">Why its certification does not stand, as <see cref="CertificationVerification.Of"/> found.</param>
public sealed record UncertifiedRecord(ServiceRecord Record, CertificationVerification Verification)
{
    private readonly ServiceRecord _record = Guard.NotNull(Record);

    /// <summary>Gets the record.</summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    public ServiceRecord Record { get => _record; init => _record = Guard.NotNull(value); }

    /// <summary>Describes the record and why it is not certified.</summary>
    /// <returns>Such as "2025-11-03 08:00-08:45 paraprofessional student 204381527 provider P0012345 ServiceProvided: not valid: the record is not certified".</returns>
    public override string ToString() => $"{Record}: {Verification}";
}
