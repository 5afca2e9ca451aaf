namespace Sesis.Rules;

/// <summary>
/// Why a session was not provided, as structured data. Each reason decides exactly one
/// <see cref="SessionType"/> (procedure step 9); see <see cref="SessionReasons.SessionTypeOf"/>.
/// </summary>
/// <remarks>A record carries no reason (<see langword="null"/>) when the service was provided.</remarks>
public enum SessionReason
{
    /// <summary>The student was absent from school. Student Absent.</summary>
    StudentAbsentFromSchool = 1,

    /// <summary>The student was in school but refused the service. Student Absent.</summary>
    StudentRefusedService = 2,

    /// <summary>The provider was on sick leave. Provider Absent.</summary>
    ProviderSickLeave = 3,

    /// <summary>The provider was on personal leave. Provider Absent.</summary>
    ProviderPersonalLeave = 4,

    /// <summary>An unscheduled school closing, such as a snow day. Cancelled.</summary>
    UnscheduledSchoolClosing = 5,

    /// <summary>An unscheduled half day. Cancelled.</summary>
    HalfDay = 6,

    /// <summary>The student was on a school trip. Cancelled.</summary>
    SchoolTrip = 7,

    /// <summary>The student was at an assembly. Cancelled.</summary>
    Assembly = 8,

    /// <summary>The student was being tested. Cancelled.</summary>
    Testing = 9,

    /// <summary>The provider was at an IEP meeting. Cancelled.</summary>
    IepMeeting = 10,

    /// <summary>The provider was at another DOE meeting. Cancelled.</summary>
    OtherMeeting = 11,

    /// <summary>The provider was at DOE-approved training or professional development. Cancelled.</summary>
    ProfessionalDevelopment = 12,

    /// <summary>Any other reason; name it in the session notes. Cancelled.</summary>
    Other = 13,
}
