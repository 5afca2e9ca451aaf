using static Sesis.Rules.Tests.BatchRecords;

namespace Sesis.Rules.Tests;

/// <summary>How the batch validator combines single-record findings with the SR9xx rules, orders them and streams.</summary>
public sealed class BatchValidatorTests
{
    private static readonly Finding EndBeforeStart = new("SR201", FindingSeverity.Error, "EndTime", "The end time is not after the start time.");
    private static readonly Finding UnknownLanguage = new("SR402", FindingSeverity.Warning, "Language", "The language is not known.");

    [Fact]
    public void Single_record_findings_come_with_the_record_and_its_position_at_the_stage_asked_for()
    {
        var records = new[] { Record(Ana, "08:00", "09:00"), Record(Ben, "09:00", "08:30"), Record(Cy, "11:00", "12:00") };
        var validator = new FixedFindingValidator(static r => r.EndTime < r.StartTime, EndBeforeStart);

        var result = new BatchValidator(validator).Validate(records, ValidationStage.Draft);

        var finding = Assert.Single(result.Findings);
        Assert.Equal(1, finding.Index);
        Assert.Same(records[1], finding.Record);
        Assert.Same(EndBeforeStart, finding.Finding);
        Assert.Equal(3, result.RecordCount);
        Assert.True(result.HasErrors);
        Assert.All(validator.StagesSeen, static s => Assert.Equal(ValidationStage.Draft, s));
        Assert.Equal(3, validator.StagesSeen.Count);
    }

    [Fact]
    public void Sorted_and_unsorted_input_give_the_same_findings_and_dates_of_another_calendar_do_not_throw()
    {
        // Sorted by provider and date, the batch is checked run by run; unsorted, it is partitioned. Same answer.
        var other = new ProviderId("P0000002");
        var sorted = new[]
        {
            Record(Ana, "08:00", "09:00"), Record(Ben, "08:30", "09:30"), Record(Ana, "08:00", "09:00", date: Day.PlusDays(1)),
            Record(Cy, "10:00", "11:00", provider: other), Record(Ben, "10:30", "11:30", provider: other),
        };
        var unsorted = new[] { sorted[4], sorted[2], sorted[0], sorted[3], sorted[1] };

        Assert.Equal(["0:SR902", "1:SR902", "3:SR902", "4:SR902"], Validate(sorted).Codes());
        Assert.Equal(["0:SR902", "2:SR902", "3:SR902", "4:SR902"], Validate(unsorted).Codes());

        // A Julian date cannot be compared with an ISO one: such input is partitioned, not checked for order.
        var julian = Record(Cy, "08:00", "09:00", date: Day.PlusDays(1).WithCalendar(NodaTime.CalendarSystem.Julian));
        Assert.Empty(Validate(Record(Ana, "08:00", "09:00"), julian).Findings);
    }

    [Fact]
    public void Records_of_one_provider_day_apart_in_the_input_are_checked_together_even_between_dates_of_another_calendar()
    {
        // Every neighbour pair mixes calendars, so no pair compares; the two ISO records still meet as duplicates.
        var julian = Record(Ben, "11:00", "12:00", date: Day.PlusDays(1).WithCalendar(NodaTime.CalendarSystem.Julian));
        var records = new[] { Record(Ana, "08:00", "09:00"), julian, Record(Ana, "08:00", "09:00") };

        Assert.Equal(["0:SR901", "2:SR901"], Validate(records).Codes());
        Assert.Equal(PairwiseOracle.Expected(records), Validate(records).Codes());
    }

    [Fact]
    public void Findings_are_sorted_by_position_then_code()
    {
        var records = new[] { Record(Ana, "08:00", "09:00"), Record(Ana, "08:00", "09:00"), Record(Ben, "13:00", "14:00") };
        var validator = new FixedFindingValidator(static r => r.StudentId.Value == Ana, UnknownLanguage, EndBeforeStart);

        var result = new BatchValidator(new BatchValidatorOptions { RecordValidator = validator }).Validate(records, ValidationStage.Save);

        Assert.Equal(["0:SR201", "0:SR402", "0:SR901", "1:SR201", "1:SR402", "1:SR901"], result.Codes());
        Assert.Equal("#0 SR201 Error EndTime: The end time is not after the start time.", result.Findings[0].ToString());
    }

    [Fact]
    public void A_batch_with_warnings_only_has_no_errors()
    {
        var result = new BatchValidator(new FixedFindingValidator(static _ => true, UnknownLanguage))
            .Validate([Record(Ana, "08:00", "09:00")], ValidationStage.Save);

        Assert.False(result.HasErrors);
        Assert.Equal("1 records, 1 findings", result.ToString());
    }

    [Fact]
    public void An_empty_batch_has_no_findings()
    {
        var result = Validate();

        Assert.Empty(result.Findings);
        Assert.Equal(0, result.RecordCount);
        Assert.False(result.HasErrors);
    }

    [Fact]
    public void A_null_record_is_named_by_its_position()
    {
        var error = Assert.Throws<ArgumentException>(() => Validate(Record(Ana, "08:00", "09:00"), null!));
        Assert.Contains("Record 1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Null_arguments_are_refused()
    {
        Assert.Throws<ArgumentNullException>(() => new BatchValidator((IServiceRecordValidator)null!));
        Assert.Equal(
            "options.RecordValidator",
            Assert.Throws<ArgumentNullException>(() => new BatchValidator(new BatchValidatorOptions { RecordValidator = null! })).ParamName);
        var validator = new BatchValidator(NoFindingsValidator.Instance);
        Assert.Throws<ArgumentNullException>(() => validator.Validate((IEnumerable<ServiceRecord>)null!, ValidationStage.Save));
        Assert.Throws<ArgumentNullException>(() => validator.ValidateStream((IEnumerable<ServiceRecord>)null!, ValidationStage.Save));
        Assert.Throws<ArgumentNullException>(() => validator.ValidateStreamAsync((IAsyncEnumerable<ServiceRecord>)null!, ValidationStage.Save));
        Assert.Throws<ArgumentNullException>(() => validator.Validate((IEnumerable<ServiceRecordReading>)null!, ValidationStage.Save));
        Assert.Throws<ArgumentNullException>(() => validator.ValidateStream((IEnumerable<ServiceRecordReading>)null!, ValidationStage.Save));
        Assert.Throws<ArgumentNullException>(() => validator.ValidateStreamAsync((IAsyncEnumerable<ServiceRecordReading>)null!, ValidationStage.Save));
        Assert.Throws<ArgumentException>(() => validator.Validate(new ServiceRecordReading[] { null! }, ValidationStage.Save));
        Assert.Throws<ArgumentException>(() => validator.ValidateStream(new ServiceRecordReading[] { null! }, ValidationStage.Save).ToList());
    }

    [Fact]
    public void Streaming_sorted_records_gives_the_same_findings_as_validating_them_at_once()
    {
        var records = SortedDays();
        var validator = new BatchValidator(new FixedFindingValidator(static r => r.StudentId.Value == Cy, UnknownLanguage));

        var whole = validator.Validate(records, ValidationStage.Save).Findings;
        var streamed = validator.ValidateStream(records, ValidationStage.Save).ToList();

        Assert.NotEmpty(whole);
        Assert.Equal(whole, streamed);
    }

    [Fact]
    public async Task Streaming_asynchronously_gives_the_same_findings()
    {
        var records = SortedDays();
        var validator = new BatchValidator(NoFindingsValidator.Instance);

        var streamed = new List<RecordFinding>();
        await foreach (var finding in validator.ValidateStreamAsync(ToAsync(records), ValidationStage.Save))
        {
            streamed.Add(finding);
        }

        Assert.Equal(validator.Validate(records, ValidationStage.Save).Findings, streamed);
    }

    [Fact]
    public async Task Streaming_asynchronously_yields_the_findings_of_the_last_provider_day()
    {
        var records = new[] { Record(Ana, "08:00", "09:00"), Record(Ana, "08:00", "09:00", provider: OtherProvider), Record(Ben, "08:30", "09:30", provider: OtherProvider) };
        var validator = new BatchValidator(NoFindingsValidator.Instance);

        var streamed = new List<RecordFinding>();
        await foreach (var finding in validator.ValidateStreamAsync(ToAsync(records), ValidationStage.Save))
        {
            streamed.Add(finding);
        }

        Assert.Equal(["1:SR902", "2:SR902"], streamed.Select(static f => $"{f.Index}:{f.Finding.Code}"));
        Assert.Equal(validator.Validate(records, ValidationStage.Save).Findings, streamed);
    }

    [Fact]
    public async Task Streaming_asynchronously_does_not_resume_on_the_callers_synchronization_context()
    {
        var context = new CountingContext();
        var validator = new BatchValidator(NoFindingsValidator.Instance);
        await using var findings = validator.ValidateStreamAsync(Delayed(SortedDays()), ValidationStage.Save).GetAsyncEnumerator();

        // The first step runs on this thread up to the first await on the input, with the caller's context current.
        ValueTask<bool> first;
        var previous = SynchronizationContext.Current;
        SynchronizationContext.SetSynchronizationContext(context);
        try
        {
            first = findings.MoveNextAsync();
        }
        finally
        {
            SynchronizationContext.SetSynchronizationContext(previous);
        }

        var count = await first ? 1 : 0;
        while (await findings.MoveNextAsync())
        {
            count++;
        }

        Assert.Equal(validator.Validate(SortedDays(), ValidationStage.Save).Findings.Count, count);
        Assert.Equal(0, context.Posts);
    }

    [Fact]
    public async Task Streaming_asynchronously_stops_when_cancelled()
    {
        using var cancel = new CancellationTokenSource();
        await cancel.CancelAsync();
        var stream = new BatchValidator(NoFindingsValidator.Instance).ValidateStreamAsync(ToAsync(SortedDays()), ValidationStage.Save, cancel.Token);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var _ in stream)
            {
            }
        });
    }

    [Fact]
    public void Streaming_yields_a_partition_as_soon_as_the_next_one_begins()
    {
        var records = SortedDays();
        var pulled = 0;
        IEnumerable<ServiceRecord> Source()
        {
            foreach (var record in records)
            {
                pulled++;
                yield return record;
            }
        }

        using var findings = new BatchValidator(NoFindingsValidator.Instance).ValidateStream(Source(), ValidationStage.Save).GetEnumerator();

        Assert.True(findings.MoveNext());
        Assert.Equal(0, findings.Current.Index);
        // The first provider-day is records 0-1; record 2 begins the next day and closes it. Nothing more is read.
        Assert.Equal(3, pulled);
    }

    [Fact]
    public void Streaming_unsorted_records_stops_with_an_error_that_names_the_record()
    {
        var records = new[]
        {
            Record(Ana, "08:00", "09:00", date: Day.PlusDays(1)),
            Record(Ana, "08:00", "09:00"),
        };

        var error = Assert.Throws<InvalidOperationException>(
            () => new BatchValidator(NoFindingsValidator.Instance).ValidateStream(records, ValidationStage.Save).ToList());

        Assert.Contains("Record 1", error.Message, StringComparison.Ordinal);
        Assert.Contains("sorted by provider id", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Streaming_unsorted_records_names_both_provider_days_and_the_remedy()
    {
        var records = new[] { Record(Ana, "08:00", "09:00", date: Day.PlusDays(1)), Record(Ana, "08:00", "09:00") };

        var error = Assert.Throws<InvalidOperationException>(
            () => new BatchValidator(NoFindingsValidator.Instance).ValidateStream(records, ValidationStage.Save).ToList());

        Assert.Equal(
            "Record 1 (provider 'P0000001' on 2025-10-06) comes after a record of provider 'P0000001' on 2025-10-07: streaming validation " +
            "needs the records sorted by provider id (ordinal) and then date, so that each provider-day is complete when the next begins. " +
            "Sort the input, or call BatchValidator.Validate, which takes records in any order.",
            error.Message);
    }

    [Fact]
    public void Streaming_a_null_record_is_refused_naming_its_position()
    {
        var records = new[] { Record(Ana, "08:00", "09:00"), null! };

        var error = Assert.Throws<ArgumentException>(
            () => new BatchValidator(NoFindingsValidator.Instance).ValidateStream(records, ValidationStage.Save).ToList());

        Assert.StartsWith("Record 1 of the input is null.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_stream_may_begin_with_any_provider_and_date()
    {
        // No provider id and the earliest date there is: the first record has nothing to come after.
        var first = Record(Ana, "08:00", "09:00", Group(2), provider: default(ProviderId), date: NodaTime.LocalDate.MinIsoValue);

        var finding = Assert.Single(new BatchValidator(NoFindingsValidator.Instance).ValidateStream([first], ValidationStage.Save));

        Assert.Equal("SR903", finding.Finding.Code);
    }

    [Fact]
    public void Streaming_takes_any_order_within_a_provider_day()
    {
        var records = new[] { Record(Ben, "10:00", "11:00", Group(1)), Record(Ana, "08:00", "09:00"), Record(Ana, "08:30", "09:30") };

        Assert.Equal(
            Validate(records).Findings,
            new BatchValidator(NoFindingsValidator.Instance).ValidateStream(records, ValidationStage.Save));
    }

    // Two providers over two days, sorted by provider and then date, with findings in several partitions.
    private static ServiceRecord[] SortedDays() =>
    [
        Record(Ana, "08:00", "09:00"),
        Record(Ana, "08:30", "09:30"),
        Record(Ben, "08:00", "09:00", Group(2), date: Day.PlusDays(1)),
        Record(Cy, "08:00", "09:00", Group(1), date: Day.PlusDays(1)),
        Record(Ana, "08:00", "09:00", provider: OtherProvider),
        Record(Ben, "08:15", "08:45", provider: OtherProvider),
        Record(Cy, "10:00", "11:00", provider: OtherProvider, date: Day.PlusDays(3)),
    ];

    // Completes each step later, on a timer thread, so that whoever awaits the input resumes asynchronously.
    private static async IAsyncEnumerable<ServiceRecord> Delayed(IEnumerable<ServiceRecord> records)
    {
        foreach (var record in records)
        {
            await Task.Delay(5).ConfigureAwait(false);
            yield return record;
        }
    }

    private static async IAsyncEnumerable<ServiceRecord> ToAsync(IEnumerable<ServiceRecord> records)
    {
        foreach (var record in records)
        {
            await Task.Yield();
            yield return record;
        }
    }
}
