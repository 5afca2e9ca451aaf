using NodaTime;

namespace Sesis.Rules.Benchmarks;

/// <summary>
/// Deterministic benchmark data (fixed seeds): batches of service records of many providers over September
/// and October 2025, and the context that makes every record valid on its own (providers, caseload, clock).
/// </summary>
/// <remarks>
/// Each provider has one service type and a caseload of eight students, and works every school day of the
/// two months in 40-minute slots: mostly individual sessions, some groups of two or three, a few absences.
/// About one provider-day in a hundred carries a mistake across records (a duplicate, a wrong group size or an
/// overlapping session), so the batch rules have something to report, as in a real import.
/// </remarks>
public static class RecordFactory
{
    /// <summary>The students on each provider's caseload.</summary>
    public const int StudentsPerProvider = 8;

    private const int SlotsPerDay = 7;

    private static readonly ServiceType[] BatchServiceTypes =
        [ServiceType.SpeechLanguageTherapy, ServiceType.OccupationalTherapy, ServiceType.Counseling, ServiceType.Setss];

    /// <summary>Gets the time zone records are read in.</summary>
    public static DateTimeZone NewYork { get; } = DateTimeZoneProviders.Tzdb["America/New_York"];

    /// <summary>Gets "now" for every validation: the evening of 2025-10-31, so September and October are open for entry.</summary>
    public static Instant Now { get; } = new LocalDateTime(2025, 10, 31, 22, 0).InZoneStrictly(NewYork).ToInstant();

    /// <summary>Gets the NYC 2025-26 school days of September and October 2025 (docs/calendar.md: weekends and closures removed).</summary>
    public static IReadOnlyList<LocalDate> SchoolDays { get; } = BuildSchoolDays();

    /// <summary>Gets the notes every provided session carries (related services require notes).</summary>
    public static string SessionNotes => "Worked on articulation goals with visual prompts; student stayed on task.";

    /// <summary>
    /// Generates <paramref name="count"/> records sorted by provider id (ordinal) and then date, the order
    /// <see cref="BatchValidator.ValidateStream(IEnumerable{ServiceRecord}, ValidationStage)"/> needs and an export by provider gives.
    /// </summary>
    /// <param name="count">How many records.</param>
    /// <returns>The records and the providers and caseload they need.</returns>
    public static BatchData Batch(int count)
    {
        var random = new Random(20251006);
        var records = new List<ServiceRecord>(count);
        var providers = new List<Provider>();
        var assignments = new List<CaseloadAssignment>();
        var period = new DateInterval(new LocalDate(2025, 9, 4), new LocalDate(2026, 6, 26));
        var students = new StudentId[StudentsPerProvider];
        var chosen = new List<int>(3);
        var present = new List<ServiceRecord>(3);

        for (var p = 0; records.Count < count; p++)
        {
            var providerId = new ProviderId("P" + (p + 1).ToString("D7", System.Globalization.CultureInfo.InvariantCulture));
            var serviceType = BatchServiceTypes[p % BatchServiceTypes.Length];
            var policy = ServiceTypeCatalog.Standard[serviceType];
            providers.Add(new Provider(providerId, policy.ProviderRoles[0]));
            for (var s = 0; s < StudentsPerProvider; s++)
            {
                students[s] = new StudentId((200_000_000 + (p * StudentsPerProvider) + s).ToString(System.Globalization.CultureInfo.InvariantCulture));
                assignments.Add(new CaseloadAssignment(providerId, students[s], serviceType, period));
            }

            foreach (var date in SchoolDays)
            {
                var dayStart = records.Count;
                for (var slot = 0; slot < SlotsPerDay && records.Count < count; slot++)
                {
                    var kind = random.Next(10);
                    if (kind == 9)
                    {
                        continue; // a free slot
                    }

                    var size = kind < 6 ? 1 : 2 + random.Next(2);
                    Pick(random, chosen, size);
                    var start = new LocalTime(8, 0).PlusMinutes(45 * slot);
                    var end = start.PlusMinutes(40);
                    present.Clear();
                    foreach (var s in chosen)
                    {
                        if (random.Next(100) < 8)
                        {
                            records.Add(Absent(providerId, students[s], serviceType, date, start, end));
                        }
                        else
                        {
                            var record = Provided(providerId, students[s], serviceType, date, start, end, GroupSize.Individual);
                            present.Add(record);
                            records.Add(record);
                        }
                    }

                    // Every present student of a group session states Group n, n the students present (procedure step 10).
                    if (size > 1)
                    {
                        for (var i = records.Count - chosen.Count; i < records.Count; i++)
                        {
                            if (records[i].SessionType == SessionType.ServiceProvided)
                            {
                                records[i] = Certify(records[i] with { GroupSize = GroupSize.Group(present.Count) });
                            }
                        }
                    }
                }

                if (records.Count > dayStart && records.Count < count && random.Next(100) == 0)
                {
                    AddMistake(random, records, dayStart, students, providerId, serviceType, date);
                }
            }
        }

        return new BatchData([.. records], ProviderDirectory.Create(providers), Caseload.Create(assignments));
    }

    /// <summary>A valid paraprofessional record of 2025-10-06, certified, for the single-record benchmarks.</summary>
    /// <returns>The record, its provider and its caseload assignment.</returns>
    public static (ServiceRecord Record, Provider Provider, CaseloadAssignment Assignment) ParaprofessionalRecord()
    {
        var providerId = new ProviderId("P0012345");
        var student = new StudentId("204381527");
        var record = new ServiceRecord
        {
            StudentId = student,
            ProviderId = providerId,
            ServiceType = ServiceType.Paraprofessional,
            Date = new LocalDate(2025, 10, 6),
            StartTime = new LocalTime(8, 0),
            EndTime = new LocalTime(14, 20),
            Language = Language.English,
            Location = ServiceLocation.GeneralEducationClassroom,
            Description = ServiceDescription.Health,
            Progress = ProgressIndicator.Progressing,
            Notes = "Ambulatory: walked with the student between classes and to the bus.",
        };
        return (Certify(record), new Provider(providerId, ProviderRole.Paraprofessional),
            new CaseloadAssignment(providerId, student, ServiceType.Paraprofessional,
                new DateInterval(new LocalDate(2025, 9, 4), new LocalDate(2026, 6, 26))));
    }

    /// <summary>Certifies a record as its own provider, ten minutes after the session ended.</summary>
    /// <param name="record">The record.</param>
    /// <returns>The record with a certification covering its content.</returns>
    public static ServiceRecord Certify(ServiceRecord record)
    {
        var ended = (record.Date + record.EndTime).InZoneLeniently(NewYork).ToInstant();
        return record with { Certification = Certification.Of(record, record.ProviderId, ended + Duration.FromMinutes(10)) };
    }

    private static void AddMistake(
        Random random, List<ServiceRecord> records, int dayStart, StudentId[] students, ProviderId providerId, ServiceType serviceType, LocalDate date)
    {
        var victim = dayStart + random.Next(records.Count - dayStart);
        var record = records[victim];
        switch (random.Next(3))
        {
            case 0:
                // The same session entered twice (SR901 on both).
                records.Add(record);
                break;
            case 1 when record.SessionType == SessionType.ServiceProvided:
                // One more student than came (SR903).
                records[victim] = Certify(record with { GroupSize = GroupSize.Group(record.GroupSize.Students + 1) });
                break;
            default:
                // A session that starts before the previous one ended (SR902).
                var start = record.StartTime.PlusMinutes(20);
                records.Add(Provided(providerId, students[random.Next(StudentsPerProvider)], serviceType, date, start, start.PlusMinutes(40), GroupSize.Individual));
                break;
        }
    }

    private static ServiceRecord Provided(
        ProviderId providerId, StudentId student, ServiceType serviceType, LocalDate date, LocalTime start, LocalTime end, GroupSize groupSize) =>
        Certify(new ServiceRecord
        {
            StudentId = student,
            ProviderId = providerId,
            ServiceType = serviceType,
            Date = date,
            StartTime = start,
            EndTime = end,
            Language = Language.English,
            GroupSize = groupSize,
            Location = ServiceLocation.SeparateLocation,
            Progress = ProgressIndicator.Progressing,
            Notes = SessionNotes,
        });

    private static ServiceRecord Absent(ProviderId providerId, StudentId student, ServiceType serviceType, LocalDate date, LocalTime start, LocalTime end) =>
        Certify(new ServiceRecord
        {
            StudentId = student,
            ProviderId = providerId,
            ServiceType = serviceType,
            Date = date,
            StartTime = start,
            EndTime = end,
            Language = Language.English,
            SessionType = SessionType.StudentAbsent,
            Reason = SessionReason.StudentAbsentFromSchool,
        });

    private static void Pick(Random random, List<int> chosen, int size)
    {
        chosen.Clear();
        while (chosen.Count < size)
        {
            var s = random.Next(StudentsPerProvider);
            if (!chosen.Contains(s))
            {
                chosen.Add(s);
            }
        }
    }

    private static List<LocalDate> BuildSchoolDays()
    {
        // NYC 2025-26 (docs/calendar.md): first day Thu 2025-09-04; closed 09-23, 09-24, 10-02, 10-13, 10-20.
        var closed = new HashSet<LocalDate>
        {
            new(2025, 9, 23), new(2025, 9, 24), new(2025, 10, 2), new(2025, 10, 13), new(2025, 10, 20),
        };
        var days = new List<LocalDate>();
        for (var d = new LocalDate(2025, 9, 4); d <= new LocalDate(2025, 10, 31); d = d.PlusDays(1))
        {
            if (d.DayOfWeek is not (IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday) && !closed.Contains(d))
            {
                days.Add(d);
            }
        }

        return days;
    }
}

/// <summary>A generated batch and the context in which each of its records is valid on its own.</summary>
/// <param name="Records">The records, sorted by provider id and then date.</param>
/// <param name="Providers">Every provider of the batch.</param>
/// <param name="Caseload">Every student's assignment to their provider.</param>
public sealed record BatchData(ServiceRecord[] Records, ProviderDirectory Providers, Caseload Caseload);
