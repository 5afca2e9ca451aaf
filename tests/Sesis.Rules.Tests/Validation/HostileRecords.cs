using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace Sesis.Rules.Tests;

/// <summary>
/// Records no form would produce: undefined enum values cast from integers, default structs, null and empty
/// strings, a megabyte of notes, control characters, unpaired surrogates, dates at the ends of time and in
/// other calendar systems, and certifications at the ends of time.
/// </summary>
public static class HostileRecords
{
    private static readonly string Megabyte = new('n', 1 << 20);

    public static Gen<LocalDate> Dates { get; } = Gen.OneOf(
        Gen.Elements(
            LocalDate.MinIsoValue, LocalDate.MaxIsoValue, default, new LocalDate(1, 1, 1), new LocalDate(1900, 2, 28),
            new LocalDate(2025, 10, 6), new LocalDate(9999, 12, 31), new LocalDate(-9998, 1, 1),
            new LocalDate(2025, 10, 6).WithCalendar(CalendarSystem.HebrewCivil),
            new LocalDate(2025, 10, 6).WithCalendar(CalendarSystem.Julian),
            new LocalDate(2025, 10, 6).WithCalendar(CalendarSystem.IslamicBcl)),
        Gen.Choose(-3_000_000, 2_900_000).Select(static days => new LocalDate(2025, 10, 6).PlusDays(days)));

    public static Gen<LocalTime> Times { get; } = Gen.OneOf(
        Gen.Elements(LocalTime.Midnight, LocalTime.MaxValue, LocalTime.Noon, new LocalTime(23, 59, 59)),
        Gen.Choose(0, (24 * 60) - 1).Select(static m => LocalTime.Midnight.PlusMinutes(m)));

    public static Gen<string?> Notes { get; } = Gen.Elements<string?>(
        null, "", " ", "\0", "\u0007bell", "\uD800", "tab\tand\r\nbreaks", Megabyte, Megabyte + "\u001b", new string('\n', 5000),
        "Ambulatory", "\u0085next line", "\uFEFFbom");

    public static Gen<Certification?> Certifications(ServiceRecord content) => Gen.Elements<Certification?>(
        null,
        new Certification(default, Instant.MinValue, default),
        new Certification(new ProviderId("P0012345"), Instant.MaxValue, default),
        new Certification(new ProviderId("P0012345"), default, ServiceRecordDigest.Compute(content)),
        Certification.Of(content, content.ProviderId, Samples.CertifiedAt));

    public static Gen<ServiceRecord> Records { get; } =
        from student in Gen.Elements(default, new StudentId("204381527"), new StudentId("x"), new StudentId(new string('9', 64)))
        from provider in Gen.Elements(default, new ProviderId("P0012345"), new ProviderId(new string('P', 64)))
        from type in Gen.Elements(default, ServiceType.Paraprofessional, ServiceType.Counseling, new ServiceType("unknown-type"))
        from date in Dates
        from start in Times
        from end in Times
        from language in Gen.Elements(default, Language.English, new Language("zzz"))
        from sessionType in Gen.OneOf(Gen.Choose(-2, 6), Gen.Elements(int.MinValue, int.MaxValue))
        from reason in Gen.OneOf(Gen.Constant<int?>(null), Gen.Choose(-2, 16).Select(static r => (int?)r), Gen.Constant<int?>(int.MaxValue))
        from grouping in Gen.Elements(GroupSize.Individual, GroupSize.Group(1), GroupSize.Group(int.MaxValue), default)
        from location in Gen.Elements<ServiceLocation?>(null, default(ServiceLocation), ServiceLocation.Home, new ServiceLocation("moon"))
        from description in Gen.Elements<ServiceDescription?>(null, default(ServiceDescription), ServiceDescription.Health, new ServiceDescription("juggling"))
        from progress in Gen.Elements<ProgressIndicator?>(null, default(ProgressIndicator), ProgressIndicator.Progressing)
        from notes in Notes
        from confidential in Gen.Elements(true, false)
        let record = new ServiceRecord
        {
            StudentId = student,
            ProviderId = provider,
            ServiceType = type,
            Date = date,
            StartTime = start,
            EndTime = end,
            Language = language,
            SessionType = (SessionType)sessionType,
            Reason = (SessionReason?)reason,
            GroupSize = grouping,
            Location = location,
            Description = description,
            Progress = progress,
            Notes = notes,
            NotesConfidential = confidential,
        }
        from certification in Certifications(record)
        select record with { Certification = certification };

    /// <summary>Contexts a host might build: the samples', none at all, odd specialties and mandates.</summary>
    public static Gen<RecordingContext> Options { get; } = Gen.Elements(
        Samples.Options,
        new RecordingContext { Clock = new NodaTime.Testing.FakeClock(Samples.Now) },
        Samples.Options with { Calendar = TestSchoolCalendar.CoversNothing, RequireOsisStudentIds = false, EntryWindowStart = LocalDate.MinIsoValue },
        Samples.Options
            .WithProviders(Samples.Para with { Specialty = " " }, Samples.Counselor with { Specialty = "Ambulatory" })
            .WithAssignments(Samples.ParaAssignment with { MandatedLanguage = Language.Spanish, MandatedGroupSize = GroupSize.Group(2) }));
}
