using NodaTime;
using NodaTime.Extensions;
using NodaTime.Testing;
using static Sesis.Rules.Tests.NycSchoolYear;

namespace Sesis.Rules.Tests;

/// <summary>A provider's Services Calendar and the SR910 missing-record findings, on real 2025-26 dates.</summary>
public sealed class ServicesCalendarTests
{
    // Ana has a full-time paraprofessional; Ben has speech therapy on Mondays and Wednesdays with the same provider.
    private static readonly ServiceSchedule[] Schedules =
    [
        ServiceSchedule.EverySchoolDay(Para, Ana, ServiceType.Paraprofessional, Year),
        new(Para, Ben, ServiceType.SpeechLanguageTherapy, Year, [IsoDayOfWeek.Monday, IsoDayOfWeek.Wednesday]),
        ServiceSchedule.EverySchoolDay(Other, Ben, ServiceType.Counseling, Year),
    ];

    internal static ServiceRecord Record(ProviderId provider, StudentId student, ServiceType type, LocalDate date, SessionType sessionType = SessionType.ServiceProvided) => new()
    {
        StudentId = student,
        ProviderId = provider,
        ServiceType = type,
        Date = date,
        StartTime = new LocalTime(9, 0),
        EndTime = new LocalTime(10, 0),
        Language = Language.English,
        SessionType = sessionType,
    };

    // November 2025 school days: 3, 5-7, 10, 12-14, 17-21, 24-26 (4: Election Day, 11: Veterans Day, 27-28: Thanksgiving).
    // Ana's record is lacking on the 12th and the 20th; Ben's on Monday the 17th. Ben's session on the 10th was cancelled.
    private static List<ServiceRecord> NovemberRecords()
    {
        int[] schoolDays = [3, 5, 6, 7, 10, 12, 13, 14, 17, 18, 19, 20, 21];
        var records = new List<ServiceRecord>();
        foreach (var day in schoolDays.Except([12, 20]))
        {
            records.Add(Record(Para, Ana, ServiceType.Paraprofessional, new LocalDate(2025, 11, day)));
        }

        foreach (var day in new[] { 3, 5, 12, 19 })
        {
            records.Add(Record(Para, Ben, ServiceType.SpeechLanguageTherapy, new LocalDate(2025, 11, day)));
        }

        records.Add(Record(Para, Ben, ServiceType.SpeechLanguageTherapy, new LocalDate(2025, 11, 10), SessionType.Cancelled));
        records.Add(Record(Other, Ben, ServiceType.Counseling, new LocalDate(2025, 11, 12)));
        return records;
    }

    [Fact]
    public void November_2025_as_of_friday_the_21st()
    {
        var calendar = ServicesCalendar.Create(TestContexts.Of(new LocalDate(2025, 11, 21), Nyc, Schedules, SchoolKind.Elementary), Para, new YearMonth(2025, 11), NovemberRecords());

        Assert.Equal(30, calendar.Days.Count);
        int[] Days(ServicesCalendarDayStatus status) => [.. calendar.Days.Where(d => d.Status == status).Select(static d => d.Date.Day)];
        Assert.Equal([1, 2, 4, 8, 9, 11, 15, 16, 22, 23, 27, 28, 29, 30], Days(ServicesCalendarDayStatus.Gray));
        Assert.Equal([24, 25, 26], Days(ServicesCalendarDayStatus.Future));
        Assert.Equal([12, 17, 20], Days(ServicesCalendarDayStatus.Missing));
        Assert.Equal([3, 5, 6, 7, 10, 13, 14, 18, 19, 21], Days(ServicesCalendarDayStatus.Recorded));
        Assert.Empty(Days(ServicesCalendarDayStatus.NotScheduled));

        var twelfth = calendar[new LocalDate(2025, 11, 12)];
        Assert.Equal(new ExpectedRecord(Para, Ana, ServiceType.Paraprofessional, new LocalDate(2025, 11, 12)), Assert.Single(twelfth.Missing));
        Assert.Equal(Ben, Assert.Single(twelfth.Records).StudentId); // the other provider's record is not shown
        Assert.Equal(2, calendar[new LocalDate(2025, 11, 10)].Records.Count);
        Assert.Equal("P0012345 2025-11: 10 recorded, 3 missing, 3 future, 14 gray, 0 not scheduled", calendar.ToString());
    }

    [Fact]
    public void Missing_records_are_SR910_errors_one_per_student_provider_service_and_day()
    {
        var findings = MissingRecords.Find(TestContexts.Of(new LocalDate(2025, 11, 21), Nyc, Schedules.Take(2)), new DateInterval(new LocalDate(2025, 11, 1), new LocalDate(2025, 11, 30)), NovemberRecords()).Select(static m => m.Finding).ToList();

        Assert.Equal(["2025-11-12", "2025-11-17", "2025-11-20"], findings.Select(static f => f.AttemptedValue));
        Assert.All(findings, static f => Assert.Equal(("SR910", FindingSeverity.Error, "Date"), (f.Code, f.Severity, f.Field)));
        Assert.Equal(
            "No record for student 204381535, speech-language-therapy, on 2025-11-17 (provider P0012345): it is a scheduled school day, so record the service, an absence or a cancellation.",
            findings[1].Message);
    }

    [Fact]
    public void The_other_providers_schedule_is_missing_every_school_day_it_has_no_record()
    {
        // Counseling with P0099999 every school day, one record (the 12th): the other 12 school days up to the 21st are missing.
        var findings = MissingRecords.Find(TestContexts.Of(new LocalDate(2025, 11, 21), Nyc, Schedules.Skip(2)), new DateInterval(new LocalDate(2025, 11, 1), new LocalDate(2025, 11, 30)), NovemberRecords()).Select(static m => m.Finding).ToList();
        Assert.Equal(12, findings.Count);
        Assert.DoesNotContain(findings, static f => f.AttemptedValue == "2025-11-12");
    }

    [Fact]
    public void Two_schedules_of_the_same_service_call_for_one_record()
    {
        var twice = new[] { Schedules[0], new ServiceSchedule(Para, Ana, ServiceType.Paraprofessional, Year, [IsoDayOfWeek.Thursday]) };
        var findings = MissingRecords.Find(TestContexts.Of(new LocalDate(2025, 9, 30), Nyc, twice), new DateInterval(new LocalDate(2025, 9, 4), new LocalDate(2025, 9, 4)), []).Select(static m => m.Finding).ToList();
        Assert.Equal("2025-09-04", Assert.Single(findings).AttemptedValue);
    }

    [Fact]
    public void Clerical_day_is_gray_for_an_elementary_provider_unless_a_high_school_student_is_scheduled()
    {
        var clerical = new LocalDate(2026, 6, 5);
        var june = new YearMonth(2026, 6);
        var today = new LocalDate(2026, 6, 30);
        var elementary = ServicesCalendar.Create(TestContexts.Of(today, Nyc, [Schedules[0]], SchoolKind.Elementary), Para, june, []);
        Assert.Equal(ServicesCalendarDayStatus.Gray, elementary[clerical].Status);

        var highSchool = ServiceSchedule.EverySchoolDay(Para, Ben, ServiceType.Paraprofessional, Year);
        var mixed = ServicesCalendar.Create(TestContexts.Of(today, Nyc, [Schedules[0], WithKind(highSchool, SchoolKind.High)], SchoolKind.Elementary), Para, june, []);
        Assert.Equal(ServicesCalendarDayStatus.Missing, mixed[clerical].Status);
        Assert.Equal(Ben, Assert.Single(mixed[clerical].Missing).StudentId);

        // After the last day of school (2026-06-26) June is gray again; the 29th is a Monday.
        Assert.Equal(ServicesCalendarDayStatus.Gray, mixed[new LocalDate(2026, 6, 29)].Status);
        Assert.Equal(ServicesCalendarDayStatus.Missing, mixed[new LocalDate(2026, 6, 26)].Status);
    }

    [Fact]
    public void A_record_on_a_gray_day_is_shown_not_dropped_and_a_day_with_nothing_scheduled_says_so()
    {
        var thanksgiving = new LocalDate(2025, 11, 27);
        var records = new[] { Record(Para, Ana, ServiceType.Paraprofessional, thanksgiving) };
        var calendar = ServicesCalendar.Create(TestContexts.Of(new LocalDate(2025, 11, 30), Nyc, [], SchoolKind.Elementary), Para, new YearMonth(2025, 11), records);

        Assert.Equal(ServicesCalendarDayStatus.Gray, calendar[thanksgiving].Status);
        Assert.Single(calendar[thanksgiving].Records);
        Assert.Equal(ServicesCalendarDayStatus.NotScheduled, calendar[new LocalDate(2025, 11, 3)].Status);
        Assert.Throws<ArgumentOutOfRangeException>(() => calendar[new LocalDate(2025, 12, 1)]);
    }

    [Fact]
    public void Today_is_read_from_a_clock_in_the_districts_time_zone()
    {
        // 03:00 UTC on the 22nd is 22:00 on Friday the 21st in New York: the 21st is past, Monday the 24th future.
        var clock = new FakeClock(Instant.FromUtc(2025, 11, 22, 3, 0)).InZone(RecordGenerators.NewYork);
        var calendar = ServicesCalendar.Create(TestContexts.Of(clock, Nyc, Schedules, SchoolKind.Elementary), Para, new YearMonth(2025, 11), NovemberRecords());
        Assert.Equal(new LocalDate(2025, 11, 21), calendar.Today);
        Assert.Equal(ServicesCalendarDayStatus.Recorded, calendar[new LocalDate(2025, 11, 21)].Status);
        Assert.Equal(ServicesCalendarDayStatus.Future, calendar[new LocalDate(2025, 11, 24)].Status);

        var findings = MissingRecords.Find(TestContexts.Of(clock, Nyc, Schedules.Take(2)), new DateInterval(new LocalDate(2025, 11, 1), new LocalDate(2025, 11, 30)), NovemberRecords()).Select(static m => m.Finding).ToList();
        Assert.Equal(3, findings.Count);
    }

    [Fact]
    public void Nothing_is_missing_in_a_period_that_starts_after_today() =>
        Assert.Empty(MissingRecords.Find(TestContexts.Of(new LocalDate(2025, 11, 21), Nyc, Schedules), new DateInterval(new LocalDate(2025, 12, 1), new LocalDate(2025, 12, 31)), []));

    [Fact]
    public void A_schedule_knows_its_days_and_refuses_an_incomplete_definition()
    {
        var speech = Schedules[1];
        Assert.True(speech.IsScheduledOn(new LocalDate(2025, 11, 17)));
        Assert.False(speech.IsScheduledOn(new LocalDate(2025, 11, 18)));
        Assert.False(speech.IsScheduledOn(new LocalDate(2026, 6, 29)));
        Assert.True(speech.IsScheduledOn(new LocalDate(2025, 10, 13)));
        Assert.False(speech.ExpectsRecordOn(new LocalDate(2025, 10, 13), Nyc)); // a Monday closure: Indigenous Peoples' Day
        Assert.True(Schedules[0].IsEverySchoolDay);
        Assert.Equal("P0012345 serves 204381535 speech-language-therapy on Monday, Wednesday [2025-09-04, 2026-06-26] (Elementary)", speech.ToString());
        Assert.Equal(speech, new ServiceSchedule(Para, Ben, ServiceType.SpeechLanguageTherapy, Year, [IsoDayOfWeek.Wednesday, IsoDayOfWeek.Monday]));
        Assert.NotEqual(speech, WithKind(speech, SchoolKind.High));

        Assert.Throws<ArgumentException>(() => new ServiceSchedule(Para, Ben, ServiceType.SpeechLanguageTherapy, Year, []));
        Assert.Throws<ArgumentException>(() => new ServiceSchedule(Para, Ben, ServiceType.SpeechLanguageTherapy, Year, [IsoDayOfWeek.None]));
        Assert.Throws<ArgumentException>(() => new ServiceSchedule(default, Ben, ServiceType.SpeechLanguageTherapy, Year));
        Assert.Throws<ArgumentNullException>(() => new ServiceSchedule(Para, Ben, ServiceType.SpeechLanguageTherapy, null!));
    }

    [Fact]
    public void A_null_schedule_or_record_is_a_caller_bug_not_skipped()
    {
        var november = new YearMonth(2025, 11);
        Assert.Throws<ArgumentException>(() => ServicesCalendar.Create(TestContexts.Of(new LocalDate(2025, 11, 21), Nyc, [null!], SchoolKind.Elementary), Para, november, []));
        Assert.Throws<ArgumentException>(() => MissingRecords.Find(TestContexts.Of(new LocalDate(2025, 11, 21), Nyc, Schedules), november.ToDateInterval(), [null!]));
    }

    [Fact]
    public void A_day_describes_its_status_records_and_missing_records_in_words()
    {
        var calendar = ServicesCalendar.Create(TestContexts.Of(new LocalDate(2025, 11, 21), Nyc, Schedules, SchoolKind.Elementary), Para, new YearMonth(2025, 11), NovemberRecords());

        Assert.Equal("2025-11-12 Missing (1 record, 1 missing)", calendar[new LocalDate(2025, 11, 12)].ToString());
        Assert.Equal("2025-11-10 Recorded (2 records, 0 missing)", calendar[new LocalDate(2025, 11, 10)].ToString());
        Assert.Equal("2025-11-01 Gray (0 records, 0 missing)", calendar[new LocalDate(2025, 11, 1)].ToString());
    }

    [Fact]
    public void A_date_outside_the_month_is_refused_naming_the_month()
    {
        var calendar = ServicesCalendar.Create(TestContexts.Of(new LocalDate(2025, 11, 21), Nyc, Schedules, SchoolKind.Elementary), Para, new YearMonth(2025, 11), []);

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => calendar[new LocalDate(2025, 12, 1)]);
        Assert.Equal("date", error.ParamName);
        Assert.StartsWith("The date is not in 2025-11.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_days_records_are_shown_by_start_time_then_student()
    {
        var monday = new LocalDate(2025, 11, 3);
        ServiceRecord At(StudentId student, int hour) =>
            Record(Para, student, ServiceType.Paraprofessional, monday) with { StartTime = new LocalTime(hour, 0), EndTime = new LocalTime(hour, 30) };
        var calendar = ServicesCalendar.Create(TestContexts.Of(new LocalDate(2025, 11, 21), Nyc, [], SchoolKind.Elementary), Para, new YearMonth(2025, 11), [At(Ben, 10), At(Ben, 9), At(Ana, 9)]);

        Assert.Equal(
            ["09:00 204381527", "09:00 204381535", "10:00 204381535"],
            calendar[monday].Records.Select(static r => $"{r.StartTime:HH':'mm} {r.StudentId}"));
    }

    [Fact]
    public void A_days_missing_records_are_listed_by_student_then_service_type_whatever_the_order_of_the_schedules()
    {
        ServiceSchedule[] schedules =
        [
            ServiceSchedule.EverySchoolDay(Para, Ben, ServiceType.Counseling, Year),
            ServiceSchedule.EverySchoolDay(Para, Ana, ServiceType.SpeechLanguageTherapy, Year),
            ServiceSchedule.EverySchoolDay(Para, Ana, ServiceType.Counseling, Year),
        ];
        var calendar = ServicesCalendar.Create(TestContexts.Of(new LocalDate(2025, 11, 21), Nyc, schedules, SchoolKind.Elementary), Para, new YearMonth(2025, 11), []);

        Assert.Equal(
            ["204381527 counseling", "204381527 speech-language-therapy", "204381535 counseling"],
            calendar[new LocalDate(2025, 11, 3)].Missing.Select(static m => $"{m.StudentId} {m.ServiceType}"));
    }

    [Fact]
    public void Missing_records_come_in_provider_student_and_service_type_order_one_per_service_whatever_the_order_of_the_schedules()
    {
        // Monday 2025-11-03, nothing recorded: each of the four services lacks its record.
        var monday = new DateInterval(new LocalDate(2025, 11, 3), new LocalDate(2025, 11, 3));
        ServiceSchedule[] schedules =
        [
            ServiceSchedule.EverySchoolDay(Other, Ana, ServiceType.Counseling, Year),
            ServiceSchedule.EverySchoolDay(Para, Ben, ServiceType.SpeechLanguageTherapy, Year),
            ServiceSchedule.EverySchoolDay(Para, Ana, ServiceType.SpeechLanguageTherapy, Year),
            ServiceSchedule.EverySchoolDay(Para, Ana, ServiceType.Counseling, Year),
        ];

        var findings = MissingRecords.Find(TestContexts.Of(new LocalDate(2025, 11, 21), Nyc, schedules), monday, []).Select(static m => m.Finding).ToList();

        Assert.Equal(
            [
                "student 204381527, counseling, on 2025-11-03 (provider P0012345)",
                "student 204381527, speech-language-therapy, on 2025-11-03 (provider P0012345)",
                "student 204381535, speech-language-therapy, on 2025-11-03 (provider P0012345)",
                "student 204381527, counseling, on 2025-11-03 (provider P0099999)",
            ],
            findings.Select(static f => f.Message[(f.Message.IndexOf("student", StringComparison.Ordinal))..f.Message.IndexOf(':', StringComparison.Ordinal)]));
    }

    [Fact]
    public void A_schedule_refuses_a_bad_definition_with_a_message_naming_the_parameter()
    {
        var missing = Assert.Throws<ArgumentException>(() => new ServiceSchedule(default, Ben, ServiceType.SpeechLanguageTherapy, Year));
        Assert.Equal(("providerId", "A schedule needs a provider, a student and a service type. (Parameter 'providerId')"), (missing.ParamName, missing.Message));

        var notADay = Assert.Throws<ArgumentException>(() => new ServiceSchedule(Para, Ben, ServiceType.SpeechLanguageTherapy, Year, [IsoDayOfWeek.Monday, (IsoDayOfWeek)8]));
        Assert.Equal(("weekdays", "8 is not a day of the week. (Parameter 'weekdays')"), (notADay.ParamName, notADay.Message));

        var none = Assert.Throws<ArgumentException>(() => new ServiceSchedule(Para, Ben, ServiceType.SpeechLanguageTherapy, Year, []));
        Assert.Equal(
            ("weekdays", "A schedule on weekdays names at least one; pass null for every school day. (Parameter 'weekdays')"),
            (none.ParamName, none.Message));
    }

    [Fact]
    public void A_schedule_takes_Sunday_and_a_weekday_named_twice_once()
    {
        var sundays = new ServiceSchedule(Para, Ben, ServiceType.SpeechLanguageTherapy, Year, [IsoDayOfWeek.Sunday]);
        Assert.Equal([IsoDayOfWeek.Sunday], sundays.Weekdays.AsEnumerable());
        Assert.True(sundays.IsScheduledOn(new LocalDate(2025, 11, 2)));

        var twice = new ServiceSchedule(Para, Ben, ServiceType.SpeechLanguageTherapy, Year, [IsoDayOfWeek.Monday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Monday]);
        Assert.Equal([IsoDayOfWeek.Monday, IsoDayOfWeek.Wednesday], twice.Weekdays.AsEnumerable());
        Assert.Equal(Schedules[1], twice);
        Assert.Equal([IsoDayOfWeek.Monday], new ServiceSchedule(Para, Ben, ServiceType.SpeechLanguageTherapy, Year, [IsoDayOfWeek.Monday, IsoDayOfWeek.Monday]).Weekdays.AsEnumerable());
    }

    [Fact]
    public void A_schedule_on_every_school_day_says_so()
    {
        Assert.Equal("P0012345 serves 204381527 paraprofessional every school day [2025-09-04, 2026-06-26] (Elementary)", Schedules[0].ToString());
        Assert.Empty(Schedules[0].Weekdays);
    }

    [Fact]
    public void Schedules_differing_in_any_one_property_are_not_equal()
    {
        var speech = Schedules[1];
        var same = new ServiceSchedule(Para, Ben, ServiceType.SpeechLanguageTherapy, Year, [IsoDayOfWeek.Monday, IsoDayOfWeek.Wednesday]);
        ServiceSchedule[] others =
        [
            new(Other, Ben, ServiceType.SpeechLanguageTherapy, Year, [IsoDayOfWeek.Monday, IsoDayOfWeek.Wednesday]),
            new(Para, Ana, ServiceType.SpeechLanguageTherapy, Year, [IsoDayOfWeek.Monday, IsoDayOfWeek.Wednesday]),
            new(Para, Ben, ServiceType.Counseling, Year, [IsoDayOfWeek.Monday, IsoDayOfWeek.Wednesday]),
            new(Para, Ben, ServiceType.SpeechLanguageTherapy, new DateInterval(Year.Start, Year.End.PlusDays(-1)), [IsoDayOfWeek.Monday, IsoDayOfWeek.Wednesday]),
            new(Para, Ben, ServiceType.SpeechLanguageTherapy, Year, [IsoDayOfWeek.Monday]),
            new(Para, Ben, ServiceType.SpeechLanguageTherapy, Year),
            WithKind(speech, SchoolKind.High),
        ];

        EqualityAssert.Equality(speech, same, others);
    }

    [Fact]
    public void A_schedule_is_never_equal_to_null_and_null_equals_null()
    {
        EqualityAssert.NeverEqualsNull(Schedules[1]);
    }

    private static ServiceSchedule WithKind(ServiceSchedule schedule, SchoolKind kind) =>
        new(schedule.ProviderId, schedule.StudentId, schedule.ServiceType, schedule.Period, schedule.IsEverySchoolDay ? null : schedule.Weekdays) { SchoolKind = kind };

    [Fact]
    public void A_period_that_starts_today_expects_todays_records()
    {
        // Friday 2025-11-21 is a school day and today: Ana's paraprofessional record for it is already due.
        var today = new LocalDate(2025, 11, 21);
        var period = new DateInterval(today, new LocalDate(2025, 11, 30));

        var missing = MissingRecords.Find(TestContexts.Of(today, Nyc, Schedules.Take(1)), period, []);

        Assert.Equal([today], missing.Select(static m => m.Expected.Date));
    }

    [Fact]
    public void A_context_without_a_calendar_or_with_a_lookup_that_answers_null_is_refused_saying_which()
    {
        var november = new YearMonth(2025, 11);
        var context = TestContexts.Of(new LocalDate(2025, 11, 21), Nyc, Schedules);

        var noCalendar = context with { Calendar = null };
        Assert.Equal(
            "RecordingContext.Calendar is null: the Services Calendar needs a school calendar to know which days are gray. (Parameter 'context')",
            Assert.Throws<ArgumentException>(() => ServicesCalendar.Create(noCalendar, Para, november, [])).Message);
        Assert.Equal(
            "RecordingContext.Calendar is null: the missing-record check (SR910) needs a school calendar to know which days are gray. (Parameter 'context')",
            Assert.Throws<ArgumentException>(() => MissingRecords.Find(noCalendar, november.ToDateInterval(), [])).Message);

        var nullAnswers = context with { Schedules = new ListedSchedules([]) { AnswersNull = true } };
        const string NullList = "RecordingContext.Schedules returned null instead of a list of schedules. (Parameter 'context')";
        Assert.Equal(NullList, Assert.Throws<ArgumentException>(() => ServicesCalendar.Create(nullAnswers, Para, november, [])).Message);
        Assert.Equal(NullList, Assert.Throws<ArgumentException>(() => MissingRecords.Find(nullAnswers, november.ToDateInterval(), [])).Message);
    }
}
