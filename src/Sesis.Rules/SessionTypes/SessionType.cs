namespace Sesis.Rules;

/// <summary>
/// The type of a session (procedure step 9). A record starts as <see cref="ServiceProvided"/>, the default value;
/// <see cref="SessionReasons.SessionTypeOf"/> decides the type from a reason.
/// </summary>
public enum SessionType
{
    /// <summary>The service was provided. The default.</summary>
    ServiceProvided = 0,

    /// <summary>The student was absent from school, or was in school but refused the service.</summary>
    StudentAbsent = 1,

    /// <summary>The provider was absent from the DOE (sick leave, personal leave).</summary>
    ProviderAbsent = 2,

    /// <summary>The session was cancelled for any other reason (closings, school activities, other DOE tasks).</summary>
    Cancelled = 3,
}
