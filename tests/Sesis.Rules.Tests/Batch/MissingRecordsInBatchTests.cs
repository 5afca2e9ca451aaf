using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using NodaTime.Extensions;
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
    private static readonly ZonedClock November21 = new FakeClock(Instant.FromUtc(2025, 11, 21, 23, 0)).InZone(RecordGenerators.NewYork);

    // Ana every school day 08:00-09:00 with the paraprofessional; Ben speech therapy on Mondays and Wednesdays 10:00-10:30.
    private static readonly ServiceSchedule[] Schedules =
    [
        ServiceSchedule.EverySchoolDay(ProviderOne, new StudentId(Ana), ServiceType.Paraprofessional, Year),
        new(ProviderOne, new StudentId(Ben), ServiceType.SpeechLanguageTherapy, Year, [IsoDayOfWeek.Monday, IsoDayOfWeek.Wednesday]),
    ];

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

    private static BatchValidator WithCheck(IServiceRecordValidator? recordValidator = null, IReadOnlyDictionary<string, FindingSeverity>? overrides = null) => new(new BatchValidatorOptions
    {
        RecordValidator = recordValidator ?? NoFindingsValidator.Instance,
        MissingRecordCheck = new MissingRecordCheck { Schedules = Schedules, Calendar = Nyc, Period = November, Clock = November21 },
        SeverityOverrides = overrides ?? new Dictionary<string, FindingSeverity>(),
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
        Assert.Equal(MissingRecords.Find(November, November21, Nyc, Schedules, records), result.MissingRecords.Select(static m => m.Finding));
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
            RecordValidator = NoFindingsValidator.Instance,
            MissingRecordCheck = new MissingRecordCheck { Schedules = schedules, Calendar = Nyc, Period = November, Clock = November21 },
            MaxDegreeOfParallelism = threads,
        });
        var whole = Validator(1).Validate(records, ValidationStage.Save);

        var streamed = new List<MissingRecordFinding>();
        var findings = Validator(degree).ValidateStream(records, ValidationStage.Save, streamed.Add).ToList();

        Assert.Equal(whole.Findings, findings);
        Assert.Equal(3 + 13 + 13 + 12 + 1, whole.MissingRecords.Count);
        Assert.Equal(
            whole.MissingRecords.OrderBy(static m => m.Expected.ProviderId).ThenBy(static m => m.Expected.Date)
                .ThenBy(static m => m.Expected.StudentId).ThenBy(static m => m.Expected.ServiceType.Code, StringComparer.Ordinal),
            streamed);
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
    public void An_incomplete_check_is_refused_when_the_validator_is_built()
    {
        static BatchValidatorOptions Options(MissingRecordCheck check) => new() { RecordValidator = NoFindingsValidator.Instance, MissingRecordCheck = check };

        var noCalendar = new MissingRecordCheck { Schedules = Schedules, Calendar = null!, Period = November };
        Assert.Contains("Calendar", Assert.Throws<ArgumentException>(() => new BatchValidator(Options(noCalendar))).Message, StringComparison.Ordinal);
        var nullSchedule = new MissingRecordCheck { Schedules = [Schedules[0], null!], Calendar = Nyc, Period = November };
        Assert.Contains("position 1", Assert.Throws<ArgumentException>(() => new BatchValidator(Options(nullSchedule))).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Schedules")]
    [InlineData("Calendar")]
    [InlineData("Period")]
    [InlineData("Clock")]
    public void A_missing_part_of_the_check_is_named(string part)
    {
        var check = new MissingRecordCheck
        {
            Schedules = part == "Schedules" ? null! : Schedules,
            Calendar = part == "Calendar" ? null! : Nyc,
            Period = part == "Period" ? null! : November,
            Clock = part == "Clock" ? null! : November21,
        };

        var error = Assert.Throws<ArgumentException>(() => new BatchValidator(new BatchValidatorOptions { RecordValidator = NoFindingsValidator.Instance, MissingRecordCheck = check }));

        Assert.Equal(
            $"BatchValidatorOptions.MissingRecordCheck.{part} is null: the missing-record check needs schedules, a calendar, a period and a clock. (Parameter 'check')",
            error.Message);
    }

    [Fact]
    public void A_period_in_another_calendar_system_or_a_null_schedule_is_refused_naming_the_part_of_the_check()
    {
        static ArgumentException Refusal(MissingRecordCheck check) =>
            Assert.Throws<ArgumentException>(() => new BatchValidator(new BatchValidatorOptions { RecordValidator = NoFindingsValidator.Instance, MissingRecordCheck = check }));

        var julian = new DateInterval(Nov(1).WithCalendar(CalendarSystem.Julian), Nov(30).WithCalendar(CalendarSystem.Julian));
        var nonIso = Refusal(new MissingRecordCheck { Schedules = Schedules, Calendar = Nyc, Period = julian, Clock = November21 });
        Assert.Equal("check.Period", nonIso.ParamName);
        Assert.Contains("Julian calendar system; give it in the ISO calendar", nonIso.Message, StringComparison.Ordinal);

        var nullSchedule = Refusal(new MissingRecordCheck { Schedules = [null!, Schedules[0]], Calendar = Nyc, Period = November, Clock = November21 });
        Assert.Equal("check.Schedules", nullSchedule.ParamName);
        Assert.StartsWith("The list holds a null at position 0.", nullSchedule.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_check_describes_its_period_and_how_many_schedules_it_has()
    {
        Assert.Equal("SR910 over [2025-11-01, 2025-11-30], 2 schedules", new MissingRecordCheck { Schedules = Schedules, Calendar = Nyc, Period = November }.ToString());
        Assert.Equal("SR910 over [2025-11-01, 2025-11-30], 0 schedules", new MissingRecordCheck { Schedules = null!, Calendar = Nyc, Period = November }.ToString());
    }

    [Fact]
    public void The_schedules_are_copied_when_the_validator_is_built()
    {
        var schedules = new List<ServiceSchedule>(Schedules);
        var validator = new BatchValidator(new BatchValidatorOptions
        {
            RecordValidator = NoFindingsValidator.Instance,
            MissingRecordCheck = new MissingRecordCheck { Schedules = schedules, Calendar = Nyc, Period = November, Clock = November21 },
        });
        schedules.Clear();

        Assert.Equal(3, validator.Validate(NovemberRecords(), ValidationStage.Save).MissingRecords.Count);
    }

    [Property(MaxTest = 100)]
    public Property Shuffling_the_input_gives_the_same_missing_records() =>
        Prop.ForAll(
            (from month in ServicesCalendarArbitraries.Scenario().Generator
             from shuffled in Gen.Shuffle(month.Records.ToArray())
             select (month, shuffled)).ToArbitrary(),
            static c =>
            {
                var clock = new FakeClock((c.month.Today + new LocalTime(22, 0)).InZoneLeniently(RecordGenerators.NewYork).ToInstant()).InZone(RecordGenerators.NewYork);
                var validator = new BatchValidator(new BatchValidatorOptions
                {
                    RecordValidator = NoFindingsValidator.Instance,
                    MissingRecordCheck = new MissingRecordCheck { Schedules = [.. c.month.Schedules], Calendar = Nyc, Period = c.month.Month.ToDateInterval(), Clock = clock },
                });

                var before = validator.Validate(c.month.Records, ValidationStage.Save).MissingRecords;
                var after = validator.Validate(c.shuffled, ValidationStage.Save).MissingRecords;
                Assert.Equal(before, after);
                Assert.Equal(
                    MissingRecords.Find(c.month.Month.ToDateInterval(), c.month.Today, Nyc, c.month.Schedules, c.month.Records),
                    after.Select(static m => m.Finding));
            });
}
