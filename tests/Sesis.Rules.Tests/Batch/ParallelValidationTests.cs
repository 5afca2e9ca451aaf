using System.Globalization;
using FsCheck.Xunit;
using NodaTime;
using NodaTime.Testing;

namespace Sesis.Rules.Tests;

/// <summary>
/// The degree of parallelism changes how fast a batch is checked, never what it finds: the same findings in the
/// same order, whole-batch and streaming, on batches large enough to be split into several chunks.
/// </summary>
public sealed class ParallelValidationTests
{
    // Every record of student Cy gets a finding of its own, so the output mixes own and across-record findings.
    private static readonly FixedFindingValidator Flagging = new(
        static r => r.StudentId.Value == BatchRecords.Cy,
        new Finding("SR101", FindingSeverity.Warning, "StudentId", "Flagged."));

    private static BatchValidator Validator(int degree, IServiceRecordValidator? records = null) =>
        new(new BatchValidatorOptions { RecordValidator = records ?? Flagging, MaxDegreeOfParallelism = degree });

    [Property(Arbitrary = [typeof(GroupSessionArbitraries)], MaxTest = 100)]
    public void A_small_batch_gives_the_same_findings_in_the_same_order_on_several_threads(ServiceRecord[] batch)
    {
        var sequential = Validator(1).Validate(batch, ValidationStage.Save).Findings;

        Assert.Equal(sequential, Validator(2).Validate(batch, ValidationStage.Save).Findings);
        Assert.Equal(sequential, Validator(4).Validate(batch, ValidationStage.Save).Findings);
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public void A_large_unsorted_batch_gives_the_same_findings_in_the_same_order(int degree)
    {
        var batch = Enumerable.Reverse(LargeBatch()).ToArray();
        var sequential = Validator(1).Validate(batch, ValidationStage.Save);

        var parallel = Validator(degree).Validate(batch, ValidationStage.Save);

        Assert.NotEmpty(sequential.Findings);
        Assert.Equal(sequential.Findings, parallel.Findings);
        Assert.Equal(sequential.RecordCount, parallel.RecordCount);
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public void A_large_sorted_batch_gives_the_same_findings_in_the_same_order(int degree)
    {
        // Sorted input is cut into provider-day runs on every thread; each slice starts at a run boundary or inside a run.
        var batch = LargeBatch();
        var sequential = Validator(1).Validate(batch, ValidationStage.Save);

        var parallel = Validator(degree).Validate(batch, ValidationStage.Save);

        Assert.Contains(sequential.Findings, static f => f.Finding.Code == "SR903");
        Assert.Equal(sequential.Findings, parallel.Findings);
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public void A_batch_sorted_but_for_its_last_provider_day_gives_the_same_findings_on_several_threads(int degree)
    {
        // Every other record of the last provider-day comes before the day above it, so that day is in two places: only
        // the last slice sees the records out of order, the runs the others found are dropped, and the batch is
        // partitioned by hashing, which brings the day's records together again.
        var batch = LargeBatch();
        var last = Array.FindIndex(batch, r => r.ProviderId == batch[^1].ProviderId && r.Date == batch[^1].Date);
        var beforeLast = Array.FindIndex(batch, r => r.ProviderId == batch[^1].ProviderId && r.Date == batch[^1].Date.PlusDays(-1));
        List<ServiceRecord> swapped =
        [
            .. batch[..beforeLast], .. batch[last..].Where((_, i) => i % 2 == 1), .. batch[beforeLast..last], .. batch[last..].Where((_, i) => i % 2 == 0),
        ];
        var sequential = Validator(1).Validate(swapped, ValidationStage.Save);

        var parallel = Validator(degree).Validate(swapped, ValidationStage.Save);

        Assert.Equal(batch.Length, swapped.Count);
        Assert.NotEqual(sequential.Findings, Validator(1).Validate(batch, ValidationStage.Save).Findings); // the same findings, at other indexes
        Assert.Equal(sequential.Findings, parallel.Findings);
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public void A_large_batch_gives_the_same_missing_records_on_several_threads_sorted_or_not(int degree)
    {
        // Every provider of the large batch and one more is scheduled for its four students every school day of October;
        // every third provider lacks the 14th; "today" is the 15th.
        var october = new DateInterval(new LocalDate(2025, 10, 1), new LocalDate(2025, 10, 31));
        string[] students = [BatchRecords.Ana, BatchRecords.Ben, BatchRecords.Cy, "204381530"];
        var schedules = from p in Enumerable.Range(0, 41)
                        from student in students
                        select ServiceSchedule.EverySchoolDay(new ProviderId($"P{p:D7}"), new StudentId(student), ServiceType.Paraprofessional, october);
        var context = new RecordingContext
        {
            Calendar = SchoolCalendars.NewYorkCity2025To2026,
            Clock = new FakeClock(Instant.FromUtc(2025, 10, 15, 22, 0)),
            TimeZone = RecordGenerators.NewYork,
            Schedules = ServiceSchedules.Create(schedules),
        };
        BatchValidator WithCheck(int threads) => new(new BatchValidatorOptions
        {
            RecordValidator = new NoFindingsValidator(context),
            MissingRecordCheck = new MissingRecordCheck { Period = october },
            MaxDegreeOfParallelism = threads,
        });
        var batch = LargeBatch().Where(static r => !(r.Date.Day == 14 && int.Parse(r.ProviderId.Value[1..], CultureInfo.InvariantCulture) % 3 == 0)).ToArray();

        var sequential = WithCheck(1).Validate(batch, ValidationStage.Save).MissingRecords;

        Assert.Contains(sequential, static m => m.Expected.Date.Day == 14 && m.Expected.ProviderId.Value == "P0000003");
        Assert.DoesNotContain(sequential, static m => m.Expected.Date.Day == 14 && m.Expected.ProviderId.Value == "P0000001");
        Assert.Contains(sequential, static m => m.Expected.ProviderId.Value == "P0000040");
        Assert.Equal(sequential, WithCheck(degree).Validate(batch, ValidationStage.Save).MissingRecords);
        Assert.Equal(sequential, WithCheck(degree).Validate(Enumerable.Reverse(batch), ValidationStage.Save).MissingRecords);
    }

    [Theory]
    [InlineData(2)]
    [InlineData(4)]
    public void A_large_sorted_stream_gives_what_the_sequential_stream_and_the_whole_batch_give(int degree)
    {
        var batch = LargeBatch();
        var whole = Validator(1).Validate(batch, ValidationStage.Save).Findings;

        var sequential = Validator(1).ValidateStream(batch, ValidationStage.Save).ToList();
        var parallel = Validator(degree).ValidateStream(batch, ValidationStage.Save).ToList();

        Assert.True(batch.Length > 3 * ProviderDayStream.ParallelChunk, "the batch must span several chunks");
        Assert.Equal(whole, sequential);
        Assert.Equal(whole, parallel);
    }

    [Fact]
    public async Task The_asynchronous_stream_on_several_threads_gives_the_same_findings()
    {
        var batch = LargeBatch();
        var whole = Validator(1).Validate(batch, ValidationStage.Save).Findings;

        var parallel = new List<RecordFinding>();
        await foreach (var finding in Validator(2).ValidateStreamAsync(ToAsync(batch), ValidationStage.Save))
        {
            parallel.Add(finding);
        }

        Assert.Equal(whole, parallel);
    }

    [Fact]
    public void Unsorted_input_to_a_parallel_stream_is_refused_after_the_findings_before_it()
    {
        var batch = LargeBatch();
        var broken = batch.Take(5000).Append(batch[0]).ToArray();
        var before = Validator(1).Validate(batch.Take(5000), ValidationStage.Save).Findings;

        var yielded = new List<RecordFinding>();
        var error = Assert.Throws<InvalidOperationException>(() =>
        {
            foreach (var finding in Validator(2).ValidateStream(broken, ValidationStage.Save))
            {
                yielded.Add(finding);
            }
        });

        Assert.Contains("Record 5000", error.Message, StringComparison.Ordinal);
        Assert.Equal(before.Take(yielded.Count), yielded);
    }

    [Fact]
    public async Task Unsorted_input_to_the_asynchronous_stream_is_refused_after_the_findings_before_it_as_in_the_synchronous_one()
    {
        var batch = LargeBatch();
        var broken = batch.Take(5000).Append(batch[0]).ToArray();
        var before = Validator(1).Validate(batch.Take(5000), ValidationStage.Save).Findings;

        foreach (var degree in new[] { 1, 2 })
        {
            var yielded = new List<RecordFinding>();
            var error = await Assert.ThrowsAsync<InvalidOperationException>(async () =>
            {
                await foreach (var finding in Validator(degree).ValidateStreamAsync(ToAsync(broken), ValidationStage.Save))
                {
                    yielded.Add(finding);
                }
            });

            Assert.Contains("Record 5000", error.Message, StringComparison.Ordinal);
            // The findings of every chunk checked before the refusal (the provider-day in hand is not complete), then the refusal.
            Assert.True(yielded.Count > before.Count / 2, $"degree {degree}: {yielded.Count} of {before.Count} findings handed on");
            Assert.Equal(before.Take(yielded.Count), yielded);
        }
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public void A_large_batch_of_readings_gives_the_same_findings_in_the_same_order_on_several_threads(int degree)
    {
        // Every twentieth row with an unreadable start time: own findings, SR0xx findings and silenced rules together.
        var reader = new ServiceRecordReader();
        var readings = Enumerable.Reverse(LargeBatch())
            .Select((r, i) => i % 20 == 7 ? reader.Read(ServiceRecordText.From(r) with { StartTime = "7 o'clock" }, $"row-{i}") : ServiceRecordReading.Of(r, $"row-{i}"))
            .ToArray();
        var sequential = Validator(1).Validate(readings, ValidationStage.Save);

        var parallel = Validator(degree).Validate(readings, ValidationStage.Save);

        Assert.Contains(sequential.Findings, static f => f.Finding.Code == RuleCodes.StartTimeUnreadable);
        Assert.Contains(sequential.Findings, static f => f.Finding.Code == "SR903");
        Assert.Equal(sequential.Findings, parallel.Findings);
        Assert.Equal(sequential.Findings.Select(static f => f.RowKey), parallel.Findings.Select(static f => f.RowKey));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void A_degree_below_one_is_refused(int degree)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => Validator(degree));

        Assert.Contains("MaxDegreeOfParallelism", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_default_degree_is_one() =>
        Assert.Equal(1, new BatchValidatorOptions { RecordValidator = Flagging }.MaxDegreeOfParallelism);

    // 40 providers, each on 10 school days with a group session of three (one of them Cy), a duplicate, an
    // overlap and a lone Individual record: about 12,000 records, sorted by provider and date.
    private static ServiceRecord[] LargeBatch()
    {
        var records = new List<ServiceRecord>();
        for (var p = 0; p < 40; p++)
        {
            var provider = new ProviderId($"P{p:D7}");
            for (var d = 0; d < 10; d++)
            {
                var date = new LocalDate(2025, 10, 6).PlusDays(d);
                for (var slot = 0; slot < 6; slot++)
                {
                    var start = $"{7 + slot:D2}:00";
                    var end = $"{7 + slot:D2}:45";
                    records.Add(BatchRecords.Record(BatchRecords.Ana, start, end, BatchRecords.Group(3), provider: provider, date: date));
                    records.Add(BatchRecords.Record(BatchRecords.Ben, start, end, BatchRecords.Group(3), provider: provider, date: date));
                    records.Add(BatchRecords.Record(BatchRecords.Cy, start, end, BatchRecords.Group(slot % 2 == 0 ? 3 : 2), provider: provider, date: date));
                    records.Add(BatchRecords.Record(BatchRecords.Ana, start, end, BatchRecords.Group(3), provider: provider, date: date));
                    records.Add(BatchRecords.Record("204381530", $"{7 + slot:D2}:30", $"{8 + slot:D2}:15", provider: provider, date: date));
                }
            }
        }

        return [.. records];
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
