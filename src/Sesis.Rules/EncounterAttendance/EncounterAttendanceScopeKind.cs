namespace Sesis.Rules;

/// <summary>Whom an Encounter Attendance report covers. The default is <see cref="Student"/>.</summary>
public enum EncounterAttendanceScopeKind
{
    /// <summary>One student's records and schedules, with every provider and service type. The default.</summary>
    Student = 0,

    /// <summary>One provider's records and schedules, for every student and service type.</summary>
    Provider = 1,

    /// <summary>
    /// The assignments of a <see cref="Rules.Caseload"/>: a record or a scheduled day counts when an assignment
    /// covers its provider, student, service type and date.
    /// </summary>
    Caseload = 2,
}
