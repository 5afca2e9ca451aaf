using NodaTime;
using NodaTime.Extensions;
using NodaTime.Testing;
using NodaTime.Text;
using static Sesis.Rules.Tests.NycSchoolYear;

namespace Sesis.Rules.Tests;

/// <summary>
/// The Encounter Attendance report on real 2025-26 dates. November 2025 has 16 school days for every kind of
/// school: 3, 5-7, 10, 12-14, 17-21, 24-26 (docs/procedure.md: 4 Election Day, 11 Veterans Day, 27-28 Thanksgiving recess,
/// and the weekends are gray). Every expected figure below is counted by hand from those dates.
/// </summary>
public sealed class EncounterAttendanceReportTests
{
    private static readonly DateInterval November = new(new LocalDate(2025, 11, 1), new LocalDate(2025, 11, 30));
    private static readonly LocalTimePattern Clock = LocalTimePattern.CreateWithInvariantCulture("HH':'mm':'ss");

    // Noon in New York on Monday 2025-12-01: all of November is past.
    private static readonly ZonedClock December1 = new FakeClock(Instant.FromUtc(2025, 12, 1, 17, 0)).InZone(RecordGenerators.NewYork);

    // 18:00 in New York on Friday 2025-11-21: the 24th-26th are not due yet.
    private static readonly ZonedClock November21 = new FakeClock(Instant.FromUtc(2025, 11, 21, 23, 0)).InZone(RecordGenerators.NewYork);

    private static ServiceRecord Record(
        StudentId student, int day, string start, string end, SessionType sessionType = SessionType.ServiceProvided,
        ProviderId? provider = null, ServiceType? type = null, int month = 11) => new()
        {
            StudentId = student,
            ProviderId = provider ?? Para,
            ServiceType = type ?? ServiceType.Paraprofessional,
            Date = new LocalDate(2025, month, day),
            StartTime = Clock.Parse(start + (start.Length == 5 ? ":00" : "")).Value,
            EndTime = Clock.Parse(end + (end.Length == 5 ? ":00" : "")).Value,
            Language = Language.English,
            SessionType = sessionType,
        };

    // Certified by its own provider at 18:00 New York time on the session's day: after the session, before the report.
    private static ServiceRecord Certified(ServiceRecord record, ProviderId? by = null) => record with
    {
        Certification = Certification.Of(record, by ?? record.ProviderId, (record.Date + new LocalTime(18, 0)).InZoneLeniently(RecordGenerators.NewYork).ToInstant()),
    };

    /// <summary>
    /// Ana, a full-time paraprofessional's student, in November 2025: served 10 school days (45 minutes each),
    /// absent twice, one cancellation, the provider absent once, nothing recorded on the 25th and 26th, and a
    /// 30-minute service recorded on Veterans Day (a gray day).
    /// </summary>
    private static List<ServiceRecord> AnasNovember()
    {
        var records = new List<ServiceRecord>();
        foreach (var day in new[] { 3, 5, 6, 7, 10, 12, 13, 14, 17, 18 })
        {
            records.Add(Certified(Record(Ana, day, "08:00", "08:45")));
        }

        records.Add(Certified(Record(Ana, 11, "09:00", "09:30")));
        records.Add(Certified(Record(Ana, 19, "08:00", "08:45", SessionType.StudentAbsent)));
        records.Add(Certified(Record(Ana, 20, "08:00", "08:45", SessionType.StudentAbsent)));
        records.Add(Certified(Record(Ana, 21, "08:00", "08:45", SessionType.Cancelled)));
        records.Add(Certified(Record(Ana, 24, "08:00", "08:45", SessionType.ProviderAbsent)));

        // Not certified: the 3rd never was; the 5th was edited after certifying; the 6th was certified by someone else.
        records[0] = records[0] with { Certification = null };
        records[1] = records[1] with { Notes = "Edited after certifying." };
        records[2] = Certified(records[2] with { Certification = null }, by: Other);

        // Out of the report: another student, and Ana's record of October 31.
        records.Add(Certified(Record(Ben, 3, "08:00", "08:45")));
        records.Add(Certified(Record(Ana, 31, "08:00", "08:45", month: 10)));
        return records;
    }

    private static readonly ServiceSchedule[] AnaEverySchoolDay = [ServiceSchedule.EverySchoolDay(Para, Ana, ServiceType.Paraprofessional, Year)];

    [Fact]
    public void A_students_November_counted_by_hand()
    {
        var report = EncounterAttendanceReport.Create(TestContexts.Of(December1, Nyc, AnaEverySchoolDay), EncounterAttendanceScope.ForStudent(Ana), November, AnasNovember());

        Assert.Equal(15, report.RecordCount);
        Assert.Equal(
            new Dictionary<SessionType, int>
            {
                [SessionType.ServiceProvided] = 11, [SessionType.StudentAbsent] = 2, [SessionType.ProviderAbsent] = 1, [SessionType.Cancelled] = 1,
            },
            report.RecordsBySessionType);

        // 10 sessions of 45 minutes on school days and 30 minutes on Veterans Day; absences and cancellations deliver nothing.
        Assert.Equal(480, report.MinutesDelivered);
        Assert.Equal(Duration.FromMinutes(480), report.TimeDelivered);

        // 16 school days are scheduled; Veterans Day is not one of them, though a service was recorded on it.
        Assert.Equal(16, report.ScheduledSchoolDays);
        Assert.Equal(10, report.ServedSchoolDays);
        Assert.Equal(0.625, report.ServedShare);

        Assert.Equal([new LocalDate(2025, 11, 25), new LocalDate(2025, 11, 26)], report.DaysMissingARecord.AsEnumerable());
        Assert.Equal(
            [new ExpectedRecord(Para, Ana, ServiceType.Paraprofessional, new LocalDate(2025, 11, 25)), new ExpectedRecord(Para, Ana, ServiceType.Paraprofessional, new LocalDate(2025, 11, 26))],
            report.MissingRecords.AsEnumerable());

        Assert.Equal([3, 5, 6], report.NotCertified.Select(static u => u.Record.Date.Day));
        Assert.Equal(
            [CertificationProblem.NotCertified, CertificationProblem.ContentChanged, CertificationProblem.NotTheRecordsProvider],
            report.NotCertified.Select(static u => Enum.GetValues<CertificationProblem>().Single(u.Verification.Has)));

        Assert.Equal(new LocalDate(2025, 12, 1), report.Today);
        Assert.Equal(
            "student 204381527 [2025-11-01, 2025-11-30]: 15 records (11 ServiceProvided, 2 StudentAbsent, 1 ProviderAbsent, 1 Cancelled), "
            + "480 minutes delivered, 10 of 16 scheduled school days served (62.5%), 2 missing records on 2 days, 3 not certified",
            report.ToString());
    }

    /// <summary>The provider of the Services Calendar example (docs/calendar.md), as of Friday 2025-11-21.</summary>
    private static readonly ServiceSchedule[] ParaSchedules =
    [
        ServiceSchedule.EverySchoolDay(Para, Ana, ServiceType.Paraprofessional, Year),
        new(Para, Ben, ServiceType.SpeechLanguageTherapy, Year, [IsoDayOfWeek.Monday, IsoDayOfWeek.Wednesday]),
        ServiceSchedule.EverySchoolDay(Other, Ben, ServiceType.Counseling, Year),
    ];

    // Ana's record lacks on the 12th and the 20th, Ben's on Monday the 17th; Ben's session on the 10th was cancelled;
    // Ben also sees another provider for counseling on the 12th. Ana 08:00-09:00, Ben 10:00-10:30.
    private static List<ServiceRecord> ParasNovember()
    {
        var records = new List<ServiceRecord>();
        foreach (var day in new[] { 3, 5, 6, 7, 10, 13, 14, 17, 18, 19, 21 })
        {
            records.Add(Record(Ana, day, "08:00", "09:00"));
        }

        foreach (var day in new[] { 3, 5, 12, 19 })
        {
            records.Add(Record(Ben, day, "10:00", "10:30", type: ServiceType.SpeechLanguageTherapy));
        }

        records.Add(Record(Ben, 10, "10:00", "10:30", SessionType.Cancelled, type: ServiceType.SpeechLanguageTherapy));
        records.Add(Record(Ben, 12, "11:00", "11:30", provider: Other, type: ServiceType.Counseling));
        return records;
    }

    [Fact]
    public void A_providers_month_so_far_counts_each_student_and_service_on_each_scheduled_school_day()
    {
        var report = EncounterAttendanceReport.Create(TestContexts.Of(November21, Nyc, ParaSchedules), EncounterAttendanceScope.ForProvider(Para), November, ParasNovember());

        // Up to the 21st: Ana 13 school days (3, 5-7, 10, 12-14, 17-21); Ben on Mondays and Wednesdays 3, 5, 10, 12, 17, 19.
        Assert.Equal(19, report.ScheduledSchoolDays);
        Assert.Equal(15, report.ServedSchoolDays); // Ana 11, Ben 4; Ben's cancellation on the 10th is scheduled, not served
        Assert.Equal(15.0 / 19.0, report.ServedShare);
        Assert.Equal([12, 17, 20], report.DaysMissingARecord.Select(static d => d.Day));
        Assert.Equal(["204381527 12", "204381535 17", "204381527 20"], report.MissingRecords.Select(static m => $"{m.StudentId} {m.Date.Day}"));

        Assert.Equal(16, report.RecordCount); // the other provider's counseling record is not the provider's
        Assert.Equal(15, report.RecordsBySessionType[SessionType.ServiceProvided]);
        Assert.Equal(1, report.RecordsBySessionType[SessionType.Cancelled]);
        Assert.Equal(0, report.RecordsBySessionType[SessionType.StudentAbsent]);
        Assert.Equal((11 * 60) + (4 * 30), report.MinutesDelivered);
        Assert.Equal(16, report.NotCertified.Count); // nothing was certified
        Assert.All(report.NotCertified, static u => Assert.True(u.Verification.Has(CertificationProblem.NotCertified)));

        // The report and the SR910 findings agree on what is missing.
        Assert.Equal(
            MissingRecords.Find(TestContexts.Of(November21, Nyc, ParaSchedules.Take(2)), November, ParasNovember()).Select(static m => m.Finding),
            report.MissingRecords.Select(MissingRecords.ToFinding));
    }

    [Fact]
    public void A_caseload_report_counts_only_what_its_assignments_cover_on_each_date()
    {
        // Ana is assigned to the paraprofessional until Friday the 14th only; Ben's speech therapy all year.
        var caseload = Caseload.Create(
        [
            new CaseloadAssignment(Para, Ana, ServiceType.Paraprofessional, new DateInterval(new LocalDate(2025, 9, 4), new LocalDate(2025, 11, 14))),
            new CaseloadAssignment(Para, Ben, ServiceType.SpeechLanguageTherapy, Year),
        ]);

        var report = EncounterAttendanceReport.Create(TestContexts.Of(November21, Nyc, ParaSchedules), EncounterAttendanceScope.ForCaseload(caseload), November, ParasNovember());

        // Ana: school days 3, 5-7, 10, 12-14 (8), recorded on all but the 12th. Ben: 6 scheduled, 4 served, the 10th
        // cancelled, the 17th missing. Ben's counseling with another provider is on no assignment.
        Assert.Equal(8 + 6, report.ScheduledSchoolDays);
        Assert.Equal(7 + 4, report.ServedSchoolDays);
        Assert.Equal(["204381527 12", "204381535 17"], report.MissingRecords.Select(static m => $"{m.StudentId} {m.Date.Day}"));
        Assert.Equal(7 + 5, report.RecordCount);
        Assert.Equal("caseload of 2 assignments", report.Scope.ToString());
    }

    [Fact]
    public void A_day_with_an_absence_is_scheduled_but_not_served()
    {
        // Monday 2025-11-03 only: Ana absent.
        var monday = new DateInterval(new LocalDate(2025, 11, 3), new LocalDate(2025, 11, 3));
        var report = EncounterAttendanceReport.Create(TestContexts.Of(December1, Nyc, AnaEverySchoolDay), EncounterAttendanceScope.ForStudent(Ana), monday, [Record(Ana, 3, "08:00", "08:45", SessionType.StudentAbsent)]);

        Assert.Equal((1, 0), (report.ScheduledSchoolDays, report.ServedSchoolDays));
        Assert.Equal(0.0, report.ServedShare);
        Assert.Empty(report.MissingRecords);
        Assert.Equal(0, report.MinutesDelivered);
    }

    [Fact]
    public void With_no_scheduled_school_day_the_served_share_is_null_not_zero_or_NaN()
    {
        // Thanksgiving recess (27-28) and the weekend after: no school day, though a service was recorded on the 27th.
        var thanksgiving = new DateInterval(new LocalDate(2025, 11, 27), new LocalDate(2025, 11, 30));
        var gray = EncounterAttendanceReport.Create(TestContexts.Of(December1, Nyc, AnaEverySchoolDay), EncounterAttendanceScope.ForStudent(Ana), thanksgiving, [Record(Ana, 27, "08:00", "08:45")]);
        Assert.Equal((0, 0), (gray.ScheduledSchoolDays, gray.ServedSchoolDays));
        Assert.Null(gray.ServedShare);
        Assert.Equal((1, 45L), (gray.RecordCount, gray.MinutesDelivered));
        Assert.EndsWith("0 of 0 scheduled school days served (nothing scheduled), 0 missing records on 0 days, 1 not certified", gray.ToString(), StringComparison.Ordinal);

        // The last week of November as of Friday the 21st: every school day is still ahead.
        var lastWeek = new DateInterval(new LocalDate(2025, 11, 24), new LocalDate(2025, 11, 30));
        Assert.Null(EncounterAttendanceReport.Create(TestContexts.Of(November21, Nyc, AnaEverySchoolDay), EncounterAttendanceScope.ForStudent(Ana), lastWeek, []).ServedShare);

        // A student with no schedule at all.
        Assert.Null(EncounterAttendanceReport.Create(TestContexts.Of(December1, Nyc, AnaEverySchoolDay), EncounterAttendanceScope.ForStudent(Ben), November, []).ServedShare);
    }

    [Fact]
    public void Minutes_delivered_are_the_whole_minutes_of_the_total_and_a_backwards_record_adds_nothing()
    {
        var report = EncounterAttendanceReport.Create(TestContexts.Of(December1, Nyc, []), EncounterAttendanceScope.ForStudent(Ana), November, [
                Record(Ana, 3, "08:00:00", "08:45:30"),
                Record(Ana, 5, "08:00:00", "08:44:30"),
                Record(Ana, 6, "09:00", "08:00"), // end before start: SR201's business, delivers nothing here
                Record(Ana, 7, "08:00", "09:00", SessionType.Cancelled),
            ]);

        // 45.5 + 44.5 minutes: 90, where rounding each record down would give 89.
        Assert.Equal(90, report.MinutesDelivered);
        Assert.Equal(Duration.FromMinutes(90), report.TimeDelivered);
        Assert.Equal(3, report.RecordsBySessionType[SessionType.ServiceProvided]);
    }

    [Fact]
    public void A_record_of_an_undefined_session_type_is_counted_under_its_value_not_dropped()
    {
        var report = EncounterAttendanceReport.Create(TestContexts.Of(December1, Nyc, AnaEverySchoolDay), EncounterAttendanceScope.ForStudent(Ana), November, [Record(Ana, 3, "08:00", "08:45", (SessionType)9)]);

        Assert.Equal(1, report.RecordsBySessionType[(SessionType)9]);
        Assert.Equal(report.RecordCount, report.RecordsBySessionType.Values.Sum());
        Assert.Equal((16, 0), (report.ScheduledSchoolDays, report.ServedSchoolDays)); // recorded, so not missing, but not served
        Assert.Equal(15, report.MissingRecords.Count);
    }

    [Fact]
    public void A_high_school_students_report_keeps_Clerical_Day_as_a_school_day()
    {
        // June 2026 up to the last day of school (the 26th): Anniversary Day (4th) and Juneteenth (19th) are closed for
        // everyone; Clerical Day (5th) only for elementary, middle, K-12 and District 75 schools.
        var june = new DateInterval(new LocalDate(2026, 6, 1), new LocalDate(2026, 6, 30));
        var asOf = new FakeClock(Instant.FromUtc(2026, 7, 1, 16, 0)).InZone(RecordGenerators.NewYork);
        ServiceSchedule[] high = [new(Para, Ana, ServiceType.Paraprofessional, Year) { SchoolKind = SchoolKind.High }];
        ServiceSchedule[] elementary = [new(Para, Ana, ServiceType.Paraprofessional, Year) { SchoolKind = SchoolKind.Elementary }];

        // Weekdays 1-26 June: 20; less the 4th and the 19th: 18 for high schools, and 17 without Clerical Day.
        Assert.Equal(18, EncounterAttendanceReport.Create(TestContexts.Of(asOf, Nyc, high), EncounterAttendanceScope.ForStudent(Ana), june, []).ScheduledSchoolDays);
        Assert.Equal(17, EncounterAttendanceReport.Create(TestContexts.Of(asOf, Nyc, elementary), EncounterAttendanceScope.ForStudent(Ana), june, []).ScheduledSchoolDays);
    }

    [Fact]
    public void Bad_input_is_refused_with_a_clear_error()
    {
        var scope = EncounterAttendanceScope.ForStudent(Ana);
        var error = Assert.Throws<ArgumentException>(() => EncounterAttendanceReport.Create(TestContexts.Of(December1, Nyc, []), scope, November, [Record(Ana, 3, "08:00", "08:45"), null!]));
        Assert.Contains("position 1", error.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => EncounterAttendanceReport.Create(TestContexts.Of(December1, Nyc, [null!]), scope, November, []));
        Assert.Throws<ArgumentNullException>(() => EncounterAttendanceReport.Create(TestContexts.Of(December1, Nyc, []), scope, null!, []));
        Assert.Throws<ArgumentException>(() => EncounterAttendanceScope.ForStudent(default));
        Assert.Throws<ArgumentException>(() => EncounterAttendanceScope.ForProvider(default));
        Assert.Throws<ArgumentNullException>(() => EncounterAttendanceScope.ForCaseload(null!));
    }

    [Fact]
    public void Overlapping_schedules_of_the_same_service_call_for_one_record_a_day()
    {
        // Mondays (3, 10, 17, 24) from one schedule; Mondays and Wednesdays (5, 12, 19, 26) from another: 8 days, not 12.
        ServiceSchedule[] schedules =
        [
            new(Para, Ana, ServiceType.SpeechLanguageTherapy, Year, [IsoDayOfWeek.Monday, IsoDayOfWeek.Wednesday]),
            new(Para, Ana, ServiceType.SpeechLanguageTherapy, Year, [IsoDayOfWeek.Monday]),
            new(Other, Ana, ServiceType.SpeechLanguageTherapy, Year, [IsoDayOfWeek.Friday]) { SchoolKind = SchoolKind.High },
        ];
        var report = EncounterAttendanceReport.Create(TestContexts.Of(December1, Nyc, schedules), EncounterAttendanceScope.ForProvider(Para), November, []);

        Assert.Equal(8, report.ScheduledSchoolDays);
        Assert.Equal([3, 5, 10, 12, 17, 19, 24, 26], report.DaysMissingARecord.Select(static d => d.Day));

        // The student's report adds the other provider's Fridays: 7, 14, 21 (the 28th is Thanksgiving recess).
        Assert.Equal(11, EncounterAttendanceReport.Create(TestContexts.Of(December1, Nyc, schedules), EncounterAttendanceScope.ForStudent(Ana), November, []).ScheduledSchoolDays);
    }

    [Fact]
    public void A_record_dated_in_another_calendar_system_is_read_as_its_ISO_date_and_a_non_ISO_period_is_refused()
    {
        // 2025-11-03 (ISO) is 2025-10-21 in the Julian calendar.
        var julian = Record(Ana, 3, "08:00", "08:45") with { Date = new LocalDate(2025, 11, 3).WithCalendar(CalendarSystem.Julian) };
        var report = EncounterAttendanceReport.Create(TestContexts.Of(December1, Nyc, AnaEverySchoolDay), EncounterAttendanceScope.ForStudent(Ana), November, [julian, Record(Ana, 5, "08:00", "08:45")]);

        Assert.Equal((2, 2, 16), (report.RecordCount, report.ServedSchoolDays, report.ScheduledSchoolDays));
        Assert.DoesNotContain(new LocalDate(2025, 11, 3), report.DaysMissingARecord);

        var julianPeriod = new DateInterval(November.Start.WithCalendar(CalendarSystem.Julian), November.End.WithCalendar(CalendarSystem.Julian));
        Assert.Throws<ArgumentException>(() => EncounterAttendanceReport.Create(TestContexts.Of(December1, Nyc, AnaEverySchoolDay), EncounterAttendanceScope.ForStudent(Ana), julianPeriod, []));
    }

    [Fact]
    public void Scopes_are_equal_by_kind_and_what_they_name()
    {
        var caseload = Caseload.Create([new CaseloadAssignment(Para, Ana, ServiceType.Paraprofessional, Year)]);
        EqualityAssert.Equality(EncounterAttendanceScope.ForStudent(Ana), EncounterAttendanceScope.ForStudent(new StudentId("204381527")), EncounterAttendanceScope.ForStudent(Ben));
        EqualityAssert.Equality(EncounterAttendanceScope.ForProvider(Para), EncounterAttendanceScope.ForProvider(new ProviderId("P0012345")), EncounterAttendanceScope.ForProvider(Other));
        EqualityAssert.Equality(EncounterAttendanceScope.ForCaseload(caseload), EncounterAttendanceScope.ForCaseload(caseload), EncounterAttendanceScope.ForCaseload(Caseload.Create(caseload)));
        Assert.Equal(("student 204381527", "provider P0012345"), (EncounterAttendanceScope.ForStudent(Ana).ToString(), EncounterAttendanceScope.ForProvider(Para).ToString()));
        Assert.Equal(EncounterAttendanceScopeKind.Caseload, EncounterAttendanceScope.ForCaseload(caseload).Kind);
    }

    [Fact]
    public void A_non_ISO_period_is_refused_naming_the_period_and_its_calendar_system()
    {
        var julianPeriod = new DateInterval(November.Start.WithCalendar(CalendarSystem.Julian), November.End.WithCalendar(CalendarSystem.Julian));

        var error = Assert.Throws<ArgumentException>(() => EncounterAttendanceReport.Create(TestContexts.Of(December1, Nyc, AnaEverySchoolDay), EncounterAttendanceScope.ForStudent(Ana), julianPeriod, []));

        Assert.Equal("period", error.ParamName);
        Assert.StartsWith($"The period {julianPeriod} is in the Julian calendar system; give it in the ISO calendar.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Minutes_delivered_count_whole_days_of_service_as_1440_minutes_each()
    {
        // Two sessions of 23 hours and 30 minutes: 47 hours, one day and 23 hours, in all.
        var report = EncounterAttendanceReport.Create(TestContexts.Of(December1, Nyc, []), EncounterAttendanceScope.ForStudent(Ana), November, [Record(Ana, 3, "00:00", "23:30"), Record(Ana, 5, "00:15", "23:45")]);

        Assert.Equal(Duration.FromHours(47), report.TimeDelivered);
        Assert.Equal(47 * 60, report.MinutesDelivered);
    }

    [Fact]
    public void Records_of_a_day_are_in_start_time_provider_student_and_service_type_order()
    {
        List<ServiceRecord> anas =
        [
            Record(Ana, 3, "09:00", "09:30"),
            Record(Ana, 3, "08:00", "08:30", provider: Other, type: ServiceType.Counseling),
            Record(Ana, 3, "08:00", "08:30", type: ServiceType.SpeechLanguageTherapy),
            Record(Ana, 3, "08:00", "08:30", type: ServiceType.Counseling),
        ];
        var student = EncounterAttendanceReport.Create(TestContexts.Of(December1, Nyc, []), EncounterAttendanceScope.ForStudent(Ana), November, anas);
        Assert.Equal(
            [
                "08:00 P0012345 204381527 counseling",
                "08:00 P0012345 204381527 speech-language-therapy",
                "08:00 P0099999 204381527 counseling",
                "09:00 P0012345 204381527 paraprofessional",
            ],
            student.Records.Select(static r => $"{r.StartTime:HH':'mm} {r.ProviderId} {r.StudentId} {r.ServiceType}"));

        var provider = EncounterAttendanceReport.Create(TestContexts.Of(December1, Nyc, []), EncounterAttendanceScope.ForProvider(Para), November, [Record(Ben, 3, "08:00", "08:30"), Record(Ana, 3, "08:00", "08:30")]);
        Assert.Equal([Ana, Ben], provider.Records.Select(static r => r.StudentId));
    }

    [Fact]
    public void The_served_share_is_shown_as_a_percentage_to_one_decimal()
    {
        // Wednesday 5 to Friday 7 November: three school days, two served.
        var days = new DateInterval(new LocalDate(2025, 11, 5), new LocalDate(2025, 11, 7));
        var report = EncounterAttendanceReport.Create(TestContexts.Of(December1, Nyc, AnaEverySchoolDay), EncounterAttendanceScope.ForStudent(Ana), days, [Record(Ana, 5, "08:00", "08:45"), Record(Ana, 6, "08:00", "08:45")]);

        Assert.Equal((2, 3), (report.ServedSchoolDays, report.ScheduledSchoolDays));
        Assert.Contains("2 of 3 scheduled school days served (66.7%)", report.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_record_not_certified_describes_the_record_and_why()
    {
        var report = EncounterAttendanceReport.Create(TestContexts.Of(December1, Nyc, AnaEverySchoolDay), EncounterAttendanceScope.ForStudent(Ana), November, [Record(Ana, 3, "08:00", "08:45")]);

        Assert.Equal(
            "2025-11-03 08:00-08:45 paraprofessional student 204381527 provider P0012345 ServiceProvided: not valid: the record is not certified",
            Assert.Single(report.NotCertified).ToString());
    }

    [Fact]
    public void A_scope_refuses_an_empty_id_naming_it()
    {
        var student = Assert.Throws<ArgumentException>(() => EncounterAttendanceScope.ForStudent(default));
        Assert.Equal(("studentId", "A student report needs a student id. (Parameter 'studentId')"), (student.ParamName, student.Message));

        var provider = Assert.Throws<ArgumentException>(() => EncounterAttendanceScope.ForProvider(default));
        Assert.Equal(("providerId", "A provider report needs a provider id. (Parameter 'providerId')"), (provider.ParamName, provider.Message));
    }

    [Fact]
    public void A_scope_is_never_equal_to_null_and_differs_from_a_scope_of_another_kind()
    {
        var ana = EncounterAttendanceScope.ForStudent(Ana);
        var para = EncounterAttendanceScope.ForProvider(Para);

        EqualityAssert.NeverEqualsNull(ana);
        EqualityAssert.Equality(ana, EncounterAttendanceScope.ForStudent(new StudentId("204381527")), para, EncounterAttendanceScope.ForStudent(Ben));
    }

    [Fact]
    public void A_caseload_scope_of_one_assignment_says_assignment()
    {
        var caseload = Caseload.Create([new CaseloadAssignment(Para, Ana, ServiceType.Paraprofessional, Year)]);
        Assert.Equal("caseload of 1 assignment", EncounterAttendanceScope.ForCaseload(caseload).ToString());
        Assert.Equal(EncounterAttendanceScope.ForCaseload(caseload).GetHashCode(), EncounterAttendanceScope.ForCaseload(caseload).GetHashCode());
    }

    [Fact]
    public void The_report_does_not_depend_on_the_order_of_the_records()
    {
        var records = AnasNovember();
        var forward = EncounterAttendanceReport.Create(TestContexts.Of(December1, Nyc, AnaEverySchoolDay), EncounterAttendanceScope.ForStudent(Ana), November, records);
        records.Reverse();
        var backward = EncounterAttendanceReport.Create(TestContexts.Of(December1, Nyc, AnaEverySchoolDay), EncounterAttendanceScope.ForStudent(Ana), November, records);

        Assert.Equal(forward.ToString(), backward.ToString());
        Assert.Equal(forward.Records.AsEnumerable(), backward.Records);
        Assert.Equal(forward.NotCertified.AsEnumerable(), backward.NotCertified);
    }

    [Fact]
    public void A_context_without_a_calendar_is_refused_naming_the_report()
    {
        var context = TestContexts.Of(November21, Nyc, ParaSchedules) with { Calendar = null };

        var error = Assert.Throws<ArgumentException>(() => EncounterAttendanceReport.Create(context, EncounterAttendanceScope.ForProvider(Para), November, []));

        Assert.Equal(
            "RecordingContext.Calendar is null: the Encounter Attendance report needs a school calendar to know which days are gray. (Parameter 'context')",
            error.Message);
    }

    [Fact]
    public void A_providers_report_asks_the_hosts_lookup_for_that_providers_schedules_only()
    {
        // A host's lookup may be a database query: a provider's report must not read the whole district's schedules.
        var lookup = new ListedSchedules(ParaSchedules);
        var context = TestContexts.Of(November21, Nyc, []) with { Schedules = lookup };

        var report = EncounterAttendanceReport.Create(context, EncounterAttendanceScope.ForProvider(Para), November, ParasNovember());

        Assert.Equal([$"ForProvider {Para}"], lookup.Asked);
        Assert.Equal(19, report.ScheduledSchoolDays);
    }
}
