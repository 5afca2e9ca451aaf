using NodaTime;
using NodaTime.Testing;

namespace Sesis.Rules.Tests;

/// <summary>
/// Hand-made valid records and their context for the example tests: a paraprofessional session on Monday
/// 2025-10-06 and a speech session on Tuesday 2025-10-07, checked on Wednesday 2025-10-08 at 18:00 in
/// New York, both school days of the NYC 2025-26 calendar the library ships.
/// </summary>
public static class Samples
{
    public static readonly DateTimeZone Zone = RecordingContext.NewYork;

    public static readonly Instant Now = At(2025, 10, 8, 18, 0);

    /// <summary>When the samples were certified: after both sessions ended, before now.</summary>
    public static readonly Instant CertifiedAt = At(2025, 10, 8, 17, 0);

    public static readonly Provider Para = new(new ProviderId("P0012345"), ProviderRole.Paraprofessional);

    public static readonly Provider SpeechTherapist = new(new ProviderId("P0054321"), ProviderRole.SpeechProvider);

    public static readonly Provider Counselor = new(new ProviderId("P0077777"), ProviderRole.Counselor);

    public static readonly StudentId Student = new("204381527");

    public static readonly DateInterval SchoolYear = new(new LocalDate(2025, 9, 4), new LocalDate(2026, 6, 26));

    public static readonly CaseloadAssignment ParaAssignment = new(Para.Id, Student, ServiceType.Paraprofessional, SchoolYear);

    public static readonly CaseloadAssignment SpeechAssignment = new(SpeechTherapist.Id, Student, ServiceType.SpeechLanguageTherapy, SchoolYear);

    public static readonly CaseloadAssignment CounselingAssignment = new(Counselor.Id, Student, ServiceType.Counseling, SchoolYear);

    /// <summary>
    /// Gets the paraprofessional's session, not yet certified: procedure steps 4-15 filled in. The one sample
    /// record of the tests: the lifecycle, certification and digest tests start from it.
    /// </summary>
    public static ServiceRecord ParaSession { get; } = new()
    {
        StudentId = Student,
        ProviderId = Para.Id,
        ServiceType = ServiceType.Paraprofessional,
        Date = new LocalDate(2025, 10, 6),
        StartTime = new LocalTime(8, 0),
        EndTime = new LocalTime(14, 20),
        Language = Language.English,
        Location = ServiceLocation.GeneralEducationClassroom,
        Description = ServiceDescription.Health,
        Progress = ProgressIndicator.Progressing,
    };

    /// <summary>Gets the paraprofessional's session, certified.</summary>
    public static ServiceRecord ParaRecord { get; } = Certify(ParaSession);

    /// <summary>Gets the paraprofessional's certified record of the student's absence that day.</summary>
    public static ServiceRecord ParaAbsence { get; } = Certify(ParaRecord with
    {
        SessionType = SessionType.StudentAbsent,
        Reason = SessionReason.StudentAbsentFromSchool,
        Location = null,
        Description = null,
        Progress = null,
    });

    /// <summary>Gets a certified group speech session, with the notes a related service requires.</summary>
    public static ServiceRecord SpeechRecord { get; } = Certify(new ServiceRecord
    {
        StudentId = Student,
        ProviderId = SpeechTherapist.Id,
        ServiceType = ServiceType.SpeechLanguageTherapy,
        Date = new LocalDate(2025, 10, 7),
        StartTime = new LocalTime(10, 0),
        EndTime = new LocalTime(10, 30),
        Language = Language.Spanish,
        GroupSize = GroupSize.Group(3),
        Location = ServiceLocation.SeparateLocation,
        Notes = "Worked on /s/ blends in short phrases.",
    });

    /// <summary>Gets a certified counseling session with confidential notes.</summary>
    public static ServiceRecord CounselingRecord { get; } = Certify(SpeechRecord with
    {
        ProviderId = Counselor.Id,
        ServiceType = ServiceType.Counseling,
        GroupSize = GroupSize.Individual,
        Notes = "Discussed coping strategies.",
        NotesConfidential = true,
    });

    /// <summary>Gets the context of the samples: clock, calendar, directory and caseload.</summary>
    public static RecordingContext Options { get; } = new()
    {
        Clock = new FakeClock(Now),
        Calendar = TestSchoolCalendar.Nyc2025To2026,
        Providers = ProviderDirectory.Create([Para, SpeechTherapist, Counselor]),
        Caseload = Caseload.Create([ParaAssignment, SpeechAssignment, CounselingAssignment]),
    };

    public static Instant At(int year, int month, int day, int hour, int minute) =>
        new LocalDateTime(year, month, day, hour, minute).InZoneStrictly(Zone).ToInstant();

    /// <summary>Certifies a record's current content by its own provider.</summary>
    public static ServiceRecord Certify(ServiceRecord record, Instant? at = null) =>
        record with { Certification = Certification.Of(record, record.ProviderId, at ?? CertifiedAt) };

    public static RecordingContext WithAssignments(this RecordingContext options, params CaseloadAssignment[] assignments) =>
        options with { Caseload = Caseload.Create(assignments) };

    public static RecordingContext WithProviders(this RecordingContext options, params Provider[] providers) =>
        options with { Providers = ProviderDirectory.Create(providers) };

    /// <summary>Gets the codes of the findings, in order.</summary>
    public static string[] Codes(this IReadOnlyList<Finding> findings) => [.. findings.Select(static f => f.Code)];
}
