using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using NodaTime.Testing;
using static Sesis.Rules.Tests.BatchRecords;

namespace Sesis.Rules.Tests;

/// <summary>SR910 in batch validation: missing records beside the record findings, on real November 2025 dates.</summary>
public sealed class MissingRecordsInBatchTests
{
    private static readonly SchoolCalendar Nyc = SchoolCalendars.NewYorkCity2025To2026;
    private static readonly DateInterval Year = new(new LocalDate(2025, 9, 4), new LocalDate(2026, 6, 26));
    private static readonly DateInterval November = new(new LocalDate(2025, 11, 1), new LocalDate(2025, 11, 30));

    // 18:00 in New York on Friday 2025-11-21.
    private static readonly FakeClock November21 = new(Instant.FromUtc(2025, 11, 21, 23, 0));

    // Ana every school day 08:00-09:00 with the paraprofessional; Ben speech therapy on Mondays and Wednesdays 10:00-10:30.
    private static readonly ServiceSchedule[] Schedules =
    [
        ServiceSchedule.EverySchoolDay(ProviderOne, new StudentId(Ana), ServiceType.Paraprofessional, Year),
        new(ProviderOne, new StudentId(Ben), ServiceType.SpeechLanguageTherapy, Year, [IsoDayOfWeek.Monday, IsoDayOfWeek.Wednesday]),
    ];

    private static readonly RecordingContext Context = new()
    {
        Calendar = Nyc,
        Clock = November21,
        TimeZone = RecordGenerators.NewYork,
        Schedules = ServiceSchedules.Create(Schedules),
    };

    private static LocalDate Nov(int day) => new(2025, 11, day);

    // Ana's record lacks on the 12th and the 20th; Ben's on Monday the 17th; Ben's session of the 10th was cancelled.
    private static List<ServiceRecord> NovemberRecords()
    {
        var records = new List<ServiceRecord>();
        foreach (var day in new[] { 3, 5, 6, 7, 10, 13, 14, 17, 18, 19, 21 })
        {
            records.Add(Record(Ana, "08:00", "09:00", date: Nov(day)));
        }

        foreach (var day in new[] { 3, 5, 12, 19 })
        {
            records.Add(Record(Ben, "10:00", "10:30", serviceType: ServiceType.SpeechLanguageTherapy, date: Nov(day)));
        }

        records.Add(Record(Ben, "10:00", "10:30", sessionType: SessionType.Cancelled, serviceType: ServiceType.SpeechLanguageTherapy, date: Nov(10)));
        return records;
    }

    private static BatchValidator WithCheck() => new(new BatchValidatorOptions
    {
        RecordValidator = new NoFindingsValidator(Context),
        MissingRecordCheck = new MissingRecordCheck { Period = November },
    });

    [Fact]
    public void Missing_records_are_reported_apart_from_the_record_findings()
    {
        var records = NovemberRecords();
        records.Add(Record(Cy, "08:30", "09:30", date: Nov(3))); // overlaps Ana's session on the 3rd: SR902 on both

        var result = WithCheck().Validate(records, ValidationStage.Save);

        Assert.Equal(["0:SR902", "16:SR902"], result.Codes());
        Assert.Equal(
            [
                new ExpectedRecord(ProviderOne, new StudentId(Ana), ServiceType.Paraprofessional, Nov(12)),
                new ExpectedRecord(ProviderOne, new StudentId(Ben), ServiceType.SpeechLanguageTherapy, Nov(17)),
                new ExpectedRecord(ProviderOne, new StudentId(Ana), ServiceType.Paraprofessional, Nov(20)),
            ],
            result.MissingRecords.Select(static m => m.Expected));
        Assert.All(result.MissingRecords, static m => Assert.Equal(("SR910", FindingSeverity.Error, "Date"), (m.Finding.Code, m.Finding.Severity, m.Finding.Field)));
        Assert.Equal(MissingRecords.Find(Context, November, records), result.MissingRecords);
        Assert.Equal("17 records, 2 findings, 3 missing records", result.ToString());
        Assert.StartsWith("2025-11-12 paraprofessional student 204381527 provider P0000001: SR910 Error Date: No record for student 204381527", result.MissingRecords[0].ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_records_alone_make_the_batch_have_errors()
    {
        var result = WithCheck().Validate(NovemberRecords(), ValidationStage.Save);
        Assert.Empty(result.Findings);
        Assert.Equal(3, result.MissingRecords.Count);
        Assert.True(result.HasErrors);
    }

    [Fact]
    public void Without_a_check_there_are_no_missing_records()
    {
        var result = new BatchValidator(NoFindingsValidator.Instance).Validate([Record(Ana, "08:00", "09:00")], ValidationStage.Save);
        Assert.Empty(result.MissingRecords);
        Assert.Equal("1 records, 0 findings", result.ToString());
    }

    [Fact]
    public void Any_session_type_fills_a_day_and_a_record_outside_the_period_fills_none()
    {
        // Ana absent on the 12th and the 20th, Ben's session of the 17th cancelled: nothing is missing. A record of
        // October 31 does not count for November.
        var records = NovemberRecords();
        records.Add(Record(Ana, "08:00", "09:00", sessionType: SessionType.StudentAbsent, date: Nov(12)));
        records.Add(Record(Ana, "08:00", "09:00", sessionType: SessionType.ProviderAbsent, date: Nov(20)));
        records.Add(Record(Ben, "10:00", "10:30", sessionType: SessionType.Cancelled, serviceType: ServiceType.SpeechLanguageTherapy, date: Nov(17)));
        records.Add(Record(Ana, "08:00", "09:00", date: new LocalDate(2025, 10, 31)));

        Assert.Empty(WithCheck().Validate(records, ValidationStage.Save).MissingRecords);
    }

    [Fact]
    public void A_record_dated_in_another_calendar_system_fills_its_ISO_day()
    {
        var records = NovemberRecords();
        records.Add(Record(Ana, "08:00", "09:00", date: Nov(12).WithCalendar(CalendarSystem.Julian)));

        Assert.Equal([17, 20], WithCheck().Validate(records, ValidationStage.Save).MissingRecords.Select(static m => m.Expected.Date.Day));
    }

    [Fact]
    public void Streaming_with_a_missing_record_check_but_no_handler_is_refused_rather_than_dropping_the_missing_records()
    {
        var validator = WithCheck();
        var error = Assert.Throws<InvalidOperationException>(() => validator.ValidateStream(NovemberRecords(), ValidationStage.Save));
        Assert.Equal(
            "This BatchValidator has a MissingRecordCheck (SR910), and this stream yields findings on records only: call the " +
            "ValidateStream overload that takes a handler for missing records, or Validate, whose result holds them.",
            error.Message);
        Assert.Throws<InvalidOperationException>(() => validator.ValidateStreamAsync(AsyncRecords(), ValidationStage.Save));

        static async IAsyncEnumerable<ServiceRecord> AsyncRecords()
        {
            await Task.Yield();
            yield return Record(Ana, "08:00", "09:00");
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void Streaming_finds_the_missing_records_the_whole_batch_finds_provider_by_provider(int degree)
    {
        // Four providers: P0000001 (Ana and Ben, above), P0000002 scheduled with no record at all, P0000003 with
        // records but no schedule, P0000004 scheduled and recorded on two days only; P0000000 scheduled and
        // before every record. Sorted by provider and date.
        ProviderId Provider(int n) => new($"P{n:D7}");
        var schedules = Schedules.Concat(
        [
            ServiceSchedule.EverySchoolDay(Provider(0), new StudentId(Cy), ServiceType.Paraprofessional, Year),
            ServiceSchedule.EverySchoolDay(Provider(2), new StudentId(Cy), ServiceType.Paraprofessional, Year),
            ServiceSchedule.EverySchoolDay(Provider(4), new StudentId(Ana), ServiceType.Paraprofessional, Year),
            new(Provider(4), new StudentId(Ben), ServiceType.Paraprofessional, Year, [IsoDayOfWeek.Tuesday]),
        ]).ToArray();
        var records = NovemberRecords()
            .Append(Record(Cy, "08:00", "09:00", provider: Provider(3), date: Nov(3)))
            .Append(Record(Ana, "08:00", "09:00", provider: Provider(4), date: Nov(3)))
            .Append(Record(Ana, "08:00", "09:00", provider: Provider(4), date: Nov(4)))
            .OrderBy(static r => r.ProviderId).ThenBy(static r => r.Date).ToArray();
        BatchValidator Validator(int threads) => new(new BatchValidatorOptions
        {
            RecordValidator = new NoFindingsValidator(Context with { Schedules = ServiceSchedules.Create(schedules) }),
            MissingRecordCheck = new MissingRecordCheck { Period = November },
            MaxDegreeOfParallelism = threads,
        });
        var whole = Validator(1).Validate(records, ValidationStage.Save);
        var wholeInParallel = Validator(2).Validate(records, ValidationStage.Save);

        var streamed = new List<MissingRecordFinding>();
        var findings = Validator(degree).ValidateStream(records, ValidationStage.Save, streamed.Add).ToList();

        Assert.Equal(whole.Findings, findings);
        Assert.Equal(whole.Findings, wholeInParallel.Findings);
        Assert.Equal(whole.MissingRecords, wholeInParallel.MissingRecords);
        Assert.Equal(3 + 13 + 13 + 12 + 1, whole.MissingRecords.Count);
        Assert.Equal(
            whole.MissingRecords.OrderBy(static m => m.Expected.ProviderId).ThenBy(static m => m.Expected.Date)
                .ThenBy(static m => m.Expected.StudentId).ThenBy(static m => m.Expected.ServiceType.Code, StringComparer.Ordinal),
            streamed);

        // The same records as readings (as a host reading text hands them on): the same findings and missing records.
        var streamedFromReadings = new List<MissingRecordFinding>();
        var readingFindings = Validator(degree).ValidateStream(records.Select(static r => ServiceRecordReading.Of(r)), ValidationStage.Save, streamedFromReadings.Add).ToList();
        Assert.Equal(whole.Findings, readingFindings);
        Assert.Equal(streamed, streamedFromReadings);

        // A reading whose student could not be read keeps its place but does not count as a record for SR910,
        // streamed as in the whole batch: Ana's Nov 3 record with provider 4 is missing again.
        var reader = new ServiceRecordReader();
        var spoilt = records.Select(r => r.ProviderId == Provider(4) && r.Date == Nov(3)
            ? reader.Read(UnreadableText.Spoil(r, "StudentId"))
            : ServiceRecordReading.Of(r)).ToArray();
        Assert.Contains(spoilt, static r => !r.IsComplete);
        var wholeSpoilt = Validator(1).Validate(spoilt, ValidationStage.Save);
        var streamedSpoilt = new List<MissingRecordFinding>();
        var spoiltFindings = Validator(degree).ValidateStream(spoilt, ValidationStage.Save, streamedSpoilt.Add).ToList();
        Assert.Equal(whole.MissingRecords.Count + 1, wholeSpoilt.MissingRecords.Count);
        Assert.Equal(wholeSpoilt.Findings, spoiltFindings);
        Assert.Equal(
            wholeSpoilt.MissingRecords.OrderBy(static m => m.Expected.ProviderId).ThenBy(static m => m.Expected.Date)
                .ThenBy(static m => m.Expected.StudentId).ThenBy(static m => m.Expected.ServiceType.Code, StringComparer.Ordinal),
            streamedSpoilt);
    }

    [Fact]
    public void A_streamed_providers_missing_records_are_reported_once_its_records_have_gone_by()
    {
        var seenWhenReported = new List<int>();
        var taken = 0;
        IEnumerable<ServiceRecord> Source()
        {
            foreach (var record in NovemberRecords().OrderBy(static r => r.Date))
            {
                taken++;
                yield return record;
            }

            // A record of a later provider ends provider one.
            taken++;
            yield return Record(Cy, "08:00", "09:00", provider: OtherProvider, date: Nov(3));
        }

        var count = NovemberRecords().Count;
        _ = WithCheck().ValidateStream(Source(), ValidationStage.Save, _ => seenWhenReported.Add(taken)).ToList();

        Assert.Equal([count + 1, count + 1, count + 1], seenWhenReported);
    }

    [Fact]
    public void A_check_without_a_period_or_a_calendar_is_refused_when_the_validator_is_built()
    {
        static ArgumentException Refusal(RecordingContext context, DateInterval period) =>
            Assert.Throws<ArgumentException>(() => new BatchValidator(new BatchValidatorOptions
            {
                RecordValidator = new NoFindingsValidator(context),
                MissingRecordCheck = new MissingRecordCheck { Period = period },
            }));

        Assert.Equal(
            "RecordingContext.Calendar is null: the missing-record check (SR910) needs a school calendar to know which days are gray. (Parameter 'context')",
            Refusal(Context with { Calendar = null }, November).Message);
        Assert.Equal(
            "BatchValidatorOptions.MissingRecordCheck.Period is null: the missing-record check needs a period. (Parameter 'check')",
            Refusal(Context, null!).Message);
        Assert.Equal(
            "RecordingContext.Schedules is null; leave it unset for the default. (Parameter 'context')",
            Refusal(Context with { Schedules = null! }, November).Message);

        var julian = new DateInterval(Nov(1).WithCalendar(CalendarSystem.Julian), Nov(30).WithCalendar(CalendarSystem.Julian));
        var nonIso = Refusal(Context, julian);
        Assert.Equal("check.Period", nonIso.ParamName);
        Assert.Contains("Julian calendar system; give it in the ISO calendar", nonIso.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_null_schedule_from_the_host_is_named_when_the_batch_is_validated()
    {
        var validator = new BatchValidator(new BatchValidatorOptions
        {
            RecordValidator = new NoFindingsValidator(Context with { Schedules = new ListedSchedules([null!, Schedules[0]]) }),
            MissingRecordCheck = new MissingRecordCheck { Period = November },
        });

        var error = Assert.Throws<ArgumentException>(() => validator.Validate(NovemberRecords(), ValidationStage.Save));
        Assert.StartsWith("RecordingContext.Schedules returned a null schedule at position 0.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_check_describes_its_period()
    {
        Assert.Equal("SR910 over [2025-11-01, 2025-11-30]", new MissingRecordCheck { Period = November }.ToString());
    }

    [Fact]
    public void The_schedules_are_read_at_each_validation_so_the_same_validator_sees_a_change()
    {
        var schedules = new ListedSchedules([.. Schedules]);
        var validator = new BatchValidator(new BatchValidatorOptions
        {
            RecordValidator = new NoFindingsValidator(Context with { Schedules = schedules }),
            MissingRecordCheck = new MissingRecordCheck { Period = November },
        });
        Assert.Equal(3, validator.Validate(NovemberRecords(), ValidationStage.Save).MissingRecords.Count);

        schedules.Items.RemoveAt(1); // Ben's speech therapy ends: his Monday the 17th is no longer expected
        Assert.Equal([12, 20], validator.Validate(NovemberRecords(), ValidationStage.Save).MissingRecords.Select(static m => m.Expected.Date.Day));
    }

    [Property(MaxTest = 100)]
    public Property Shuffling_the_input_gives_the_same_missing_records() =>
        Prop.ForAll(
            (from month in ServicesCalendarArbitraries.Scenario().Generator
             from shuffled in Gen.Shuffle(month.Records.ToArray())
             select (month, shuffled)).ToArbitrary(),
            static c =>
            {
                var clock = new FakeClock((c.month.Today + new LocalTime(22, 0)).InZoneLeniently(RecordGenerators.NewYork).ToInstant());
                var context = new RecordingContext { Calendar = Nyc, Clock = clock, Schedules = ServiceSchedules.Create(c.month.Schedules) };
                var validator = new BatchValidator(new BatchValidatorOptions
                {
                    RecordValidator = new NoFindingsValidator(context),
                    MissingRecordCheck = new MissingRecordCheck { Period = c.month.Month.ToDateInterval() },
                });

                var before = validator.Validate(c.month.Records, ValidationStage.Save).MissingRecords;
                var after = validator.Validate(c.shuffled, ValidationStage.Save).MissingRecords;
                Assert.Equal(before, after);
                Assert.Equal(MissingRecords.Find(context, c.month.Month.ToDateInterval(), c.month.Records), after);
            });

    [Fact]
    public void A_stream_reports_the_scheduled_providers_that_sort_after_its_last_record()
    {
        // Provider two is scheduled for Cy but the input holds provider one's records only: Cy's days are missing too.
        var context = Context with
        {
            Schedules = ServiceSchedules.Create([.. Schedules, ServiceSchedule.EverySchoolDay(OtherProvider, new StudentId(Cy), ServiceType.Paraprofessional, Year)]),
        };
        var validator = new BatchValidator(new BatchValidatorOptions { RecordValidator = new NoFindingsValidator(context), MissingRecordCheck = new MissingRecordCheck { Period = November } });
        var records = NovemberRecords().OrderBy(static r => r.Date).ToList();
        var streamed = new List<MissingRecordFinding>();

        Assert.Empty(validator.ValidateStream(records, ValidationStage.Save, streamed.Add));

        var whole = validator.Validate(records, ValidationStage.Save).MissingRecords;
        Assert.Contains(streamed, static m => m.Expected.ProviderId == OtherProvider);
        Assert.Equal(whole.Select(static m => m.ToString()).Order(StringComparer.Ordinal), streamed.Select(static m => m.ToString()).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void On_several_threads_a_record_of_an_unscheduled_provider_or_outside_the_period_counts_for_no_one()
    {
        // One scheduled provider: the records of another provider, and those before the period or after today, are
        // kept out of every provider's set of recorded days.
        var context = Context with { Schedules = ServiceSchedules.Create([Schedules[0]]) };
        BatchValidator Validator(int degree) => new(new BatchValidatorOptions
        {
            RecordValidator = new NoFindingsValidator(context),
            MissingRecordCheck = new MissingRecordCheck { Period = November },
            MaxDegreeOfParallelism = degree,
        });
        ServiceRecord[] records =
        [
            Record(Ana, "08:00", "09:00", date: Nov(3)),
            Record(Ana, "08:00", "09:00", provider: OtherProvider, date: Nov(6)),
            Record(Ana, "08:00", "09:00", date: new LocalDate(2025, 10, 31)),
            Record(Ana, "08:00", "09:00", date: Nov(24)),
            Record(Ana, "08:00", "09:00", date: Nov(5)),
        ];

        var sequential = Validator(1).Validate(records, ValidationStage.Save).MissingRecords;

        Assert.Equal([6, 7, 10, 12, 13, 14, 17, 18, 19, 20, 21], sequential.Select(static m => m.Expected.Date.Day));
        Assert.Equal(sequential, Validator(2).Validate(records, ValidationStage.Save).MissingRecords);
    }

    [Fact]
    public void On_several_threads_the_missing_records_come_in_the_same_order_down_to_the_service_type()
    {
        // One student with ten service types at two providers: many missing records share date, provider and student.
        ServiceType[] types =
        [
            ServiceType.Paraprofessional, ServiceType.SpeechLanguageTherapy, ServiceType.OccupationalTherapy, ServiceType.PhysicalTherapy, ServiceType.Counseling,
            ServiceType.HearingEducation, ServiceType.VisionEducation, ServiceType.SchoolNurse, ServiceType.Setss, ServiceType.Esl,
        ];
        var context = Context with
        {
            Schedules = ServiceSchedules.Create([.. from provider in new[] { OtherProvider, ProviderOne } from type in types select ServiceSchedule.EverySchoolDay(provider, new StudentId(Ana), type, Year)]),
        };
        BatchValidator Validator(int degree) => new(new BatchValidatorOptions
        {
            RecordValidator = new NoFindingsValidator(context),
            MissingRecordCheck = new MissingRecordCheck { Period = November },
            MaxDegreeOfParallelism = degree,
        });
        ServiceRecord[] records = [Record(Ana, "08:00", "09:00", date: Nov(3))];

        var sequential = Validator(1).Validate(records, ValidationStage.Save).MissingRecords;

        Assert.Equal(2 * 10 * 13 - 1, sequential.Count); // 13 school days to the 21st, one of them recorded
        Assert.Equal(sequential, Validator(2).Validate(records, ValidationStage.Save).MissingRecords);
    }

    [Fact]
    public void On_several_threads_a_provider_with_nothing_missing_and_a_last_provider_whose_days_end_early_keep_the_one_order()
    {
        // P0000001 misses Ana's days up to the 21st; P0000002 recorded its one scheduled day; P0000003, last in id
        // order, misses Ben's days up to the 7th only, so the latest missing day is not the last provider's.
        var done = new ProviderId("P0000002");
        var early = new ProviderId("P0000003");
        var context = Context with
        {
            Schedules = ServiceSchedules.Create(
            [
                ServiceSchedule.EverySchoolDay(ProviderOne, new StudentId(Ana), ServiceType.Paraprofessional, Year),
                ServiceSchedule.EverySchoolDay(done, new StudentId(Cy), ServiceType.Paraprofessional, new DateInterval(Nov(3), Nov(3))),
                ServiceSchedule.EverySchoolDay(early, new StudentId(Ben), ServiceType.Paraprofessional, new DateInterval(Nov(3), Nov(7))),
            ]),
        };
        BatchValidator Validator(int degree) => new(new BatchValidatorOptions
        {
            RecordValidator = new NoFindingsValidator(context),
            MissingRecordCheck = new MissingRecordCheck { Period = November },
            MaxDegreeOfParallelism = degree,
        });
        ServiceRecord[] records = [Record(Cy, "08:00", "09:00", provider: done, date: Nov(3))];

        var sequential = Validator(1).Validate(records, ValidationStage.Save).MissingRecords;

        Assert.Equal(13 + 4, sequential.Count); // Ana's 13 school days to the 21st; Ben's 3rd to 7th but the 4th (Election Day)
        Assert.DoesNotContain(sequential, m => m.Expected.ProviderId == done);
        Assert.Equal(sequential, Validator(2).Validate(records, ValidationStage.Save).MissingRecords);
        Assert.Equal(sequential, Validator(3).Validate(records, ValidationStage.Save).MissingRecords);
    }
}
