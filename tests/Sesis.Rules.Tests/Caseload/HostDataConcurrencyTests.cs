using System.Globalization;
using NodaTime;
using NodaTime.Testing;

namespace Sesis.Rules.Tests;

/// <summary>
/// The lookups backed by a host's data (caseload, provider directory, service types, code lists, schedules, and the
/// reports computed from them) are built once and shared by threads: fresh instances, first used by every thread at
/// once so that no lazy first use can race, give exactly the answers of one thread.
/// </summary>
public sealed class HostDataConcurrencyTests
{
    private static readonly LocalDate First = new(2025, 10, 1);
    private static readonly ServiceType[] Types = [ServiceType.Paraprofessional, ServiceType.SpeechLanguageTherapy, ServiceType.Counseling];
    private static readonly ProviderId[] Providers = [.. Enumerable.Range(1, 6).Select(static i => new ProviderId(string.Create(CultureInfo.InvariantCulture, $"P{i:D7}")))];
    private static readonly StudentId[] Students = [.. Enumerable.Range(0, 24).Select(static i => new StudentId((204_381_500 + i).ToString(CultureInfo.InvariantCulture)))];

    // Periods that start and end on different days, some overlapping, one in the Julian calendar; some
    // (provider, student, type) have none.
    private static IEnumerable<CaseloadAssignment> Assignments() =>
        from p in Enumerable.Range(0, Providers.Length)
        from s in Enumerable.Range(0, Students.Length)
        where (p + s) % 3 != 0
        let type = Types[(p + s) % Types.Length]
        let start = First.PlusDays((p * 3) + s)
        select new CaseloadAssignment(Providers[p], Students[s], type, new DateInterval(start, start.PlusDays(10 + (s % 7))))
        {
            MandatedLanguage = s % 4 == 0 ? Language.Spanish : null,
        };

    private static IEnumerable<ServiceSchedule> Schedules() =>
        from a in Assignments()
        select new ServiceSchedule(a.ProviderId, a.StudentId, a.ServiceType, a.Period, a.StudentId.Value.EndsWith('1') ? null : new[] { IsoDayOfWeek.Monday, IsoDayOfWeek.Thursday })
        {
            SchoolKind = (SchoolKind)(a.StudentId.Value[^1] % 5),
        };

    private static IEnumerable<ServiceRecord> Records() =>
        from a in Assignments()
        from d in Enumerable.Range(0, 20).Where(d => d % 3 != (a.StudentId.Value[^1] % 3))
        let date = First.PlusDays(d)
        where a.Covers(date)
        select new ServiceRecord
        {
            StudentId = a.StudentId,
            ProviderId = a.ProviderId,
            ServiceType = a.ServiceType,
            Date = d % 5 == 0 ? date.WithCalendar(CalendarSystem.Julian) : date,
            StartTime = new LocalTime(9, 0),
            EndTime = new LocalTime(9, 45),
            Language = Language.English,
            SessionType = d % 4 == 0 ? SessionType.StudentAbsent : SessionType.ServiceProvided,
            Reason = d % 4 == 0 ? SessionReason.StudentAbsentFromSchool : null,
        };

    [Fact]
    public void Caseload_directory_catalog_and_schedule_lookups_from_several_threads_are_the_sequential_answers()
    {
        var expected = Lookups(Caseload.Create(Assignments()), Directory(), Catalog(), Schedules().ToArray());
        Assert.Contains(expected, static a => a.Contains("found=True", StringComparison.Ordinal));
        Assert.Contains(expected, static a => a.Contains("found=False", StringComparison.Ordinal));
        Assert.Contains(expected, static a => a.Contains("expects=True", StringComparison.Ordinal));

        // Fresh instances, shared by every thread; odd threads ask in reverse order.
        var caseload = Caseload.Create(Assignments());
        var directory = Directory();
        var catalog = Catalog();
        var schedules = Schedules().ToArray();
        var results = Concurrently.Run(rounds: 5, t => Lookups(caseload, directory, catalog, schedules, backwards: t % 2 == 1));

        Assert.All(results, result => Assert.Equal(expected, result));
    }

    [Fact]
    public void Services_calendars_missing_records_and_attendance_reports_over_shared_host_data_are_the_sequential_answers()
    {
        var expected = Reports(Context(Caseload.Create(Assignments()), Schedules()), Records().ToArray());
        Assert.Contains(expected, static a => a.Contains("SR910", StringComparison.Ordinal));

        var context = Context(Caseload.Create(Assignments()), Schedules());
        var records = Records().ToArray();
        var results = Concurrently.Run(rounds: 3, _ => Reports(context, records));

        Assert.All(results, result => Assert.Equal(expected, result));
    }

    [Fact]
    public void A_parallel_batch_validator_shared_by_threads_gives_the_findings_of_one_thread_on_one_core()
    {
        // One record validator that reads the caseload, directory and calendar, inside a batch validator that
        // checks on several threads itself, shared by several threads: the findings and missing records of the
        // same validator at degree 1 on one thread, in the same order.
        var options = Context(Caseload.Create(Assignments()), Schedules()) with { Providers = Directory() };
        var check = new MissingRecordCheck { Period = new DateInterval(First, First.PlusDays(29)) };
        var records = Records().ToArray();
        var sequential = Text(new BatchValidator(new BatchValidatorOptions { RecordValidator = new ServiceRecordValidator(options), MissingRecordCheck = check })
            .Validate(records, ValidationStage.Save));
        Assert.Contains(sequential, static f => f.Contains("SR910", StringComparison.Ordinal));
        Assert.Contains(sequential, static f => f.Contains("SR803", StringComparison.Ordinal) || f.Contains("SR7", StringComparison.Ordinal));

        var shared = new BatchValidator(new BatchValidatorOptions
        {
            RecordValidator = new ServiceRecordValidator(options),
            MissingRecordCheck = check,
            MaxDegreeOfParallelism = 3,
        });
        var results = Concurrently.Run(rounds: 3, _ => Text(shared.Validate(records, ValidationStage.Save)));

        Assert.All(results, result => Assert.Equal(sequential, result));
    }

    private static ProviderDirectory Directory() =>
        ProviderDirectory.Create(Providers.Select(static (p, i) => new Provider(p, i % 2 == 0 ? ProviderRole.Paraprofessional : ProviderRole.SpeechProvider)));

    private static ServiceTypeCatalog Catalog() => ServiceTypeCatalog.Create(ServiceTypeCatalog.Standard.Values);

    private static List<string> Lookups(Caseload caseload, ProviderDirectory directory, ServiceTypeCatalog catalog, ServiceSchedule[] schedules, bool backwards = false)
    {
        var answers = new List<string>();
        var calendar = SchoolCalendars.NewYorkCity2025To2026;
        var days = Enumerable.Range(-2, 40).Select(static d => First.PlusDays(d)).ToArray();
        var providers = backwards ? Enumerable.Reverse(Providers).ToArray() : Providers;
        foreach (var provider in providers)
        {
            answers.Add($"{provider}: known={directory.TryGet(provider, out var known)} role={known?.Role}");
            foreach (var student in Students)
            {
                foreach (var type in Types)
                {
                    foreach (var day in days)
                    {
                        var found = caseload.TryFind(provider, student, type, day, out var assignment);
                        var julian = caseload.TryFind(provider, student, type, day.WithCalendar(CalendarSystem.Julian), out _);
                        answers.Add($"{provider} {student} {type} {day:uuuu-MM-dd}: found={found} julian={julian} {assignment?.Period} {assignment?.MandatedLanguage}");
                    }
                }
            }
        }

        foreach (var text in new[] { "paraprofessional", "Speech-Language Therapy", "COUNSELING", "nothing", "" })
        {
            answers.Add($"{text}: {catalog.TryFind(text, out var type)} {type} {Language.StandardCatalog.TryFind(text, out var language)} {language}");
        }

        foreach (var schedule in backwards ? Enumerable.Reverse(schedules) : schedules)
        {
            foreach (var day in days)
            {
                answers.Add($"{schedule} {day:uuuu-MM-dd}: scheduled={schedule.IsScheduledOn(day)} expects={schedule.ExpectsRecordOn(day, calendar)}");
            }
        }

        // Each answer names its question, so answers asked in any order compare once sorted.
        return [.. answers.Order(StringComparer.Ordinal)];
    }

    private static RecordingContext Context(Caseload caseload, IEnumerable<ServiceSchedule> schedules) => new()
    {
        Clock = new FakeClock(Instant.FromUtc(2025, 10, 31, 22, 0)),
        Calendar = SchoolCalendars.NewYorkCity2025To2026,
        Caseload = caseload,
        Schedules = ServiceSchedules.Create(schedules),
    };

    private static List<string> Reports(RecordingContext context, ServiceRecord[] records)
    {
        var answers = new List<string>();
        var month = new YearMonth(2025, 10);
        foreach (var provider in Providers)
        {
            var services = ServicesCalendar.Create(context, provider, month, records);
            answers.Add(services.ToString());
            answers.AddRange(services.Days.Select(static d => $"{d.Date:uuuu-MM-dd} {d.Status} {d.Records.Count} {string.Join(",", d.Missing)}"));
            answers.Add(EncounterAttendanceReport.Create(context, EncounterAttendanceScope.ForProvider(provider), month.ToDateInterval(), records).ToString());
        }

        answers.Add(EncounterAttendanceReport.Create(context, EncounterAttendanceScope.ForCaseload((Caseload)context.Caseload), month.ToDateInterval(), records).ToString());
        answers.AddRange(MissingRecords.Find(context, month.ToDateInterval(), records).Select(static f => f.ToString()));
        return answers;
    }

    private static List<string> Text(BatchValidationResult result) =>
        [
            .. result.Findings.Select(static f => $"{f.Index}: {f.Finding} [{f.Finding.AttemptedValue}]"),
            .. result.MissingRecords.Select(static m => m.ToString()),
        ];
}
