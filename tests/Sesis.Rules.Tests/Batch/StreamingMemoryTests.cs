using System.Runtime.CompilerServices;
using static Sesis.Rules.Tests.BatchRecords;

namespace Sesis.Rules.Tests;

/// <summary>
/// Streaming sorted input holds one provider-day at a time: once a later partition has begun, the records of the
/// finished ones are no longer referenced by the validator and can be collected.
/// </summary>
public sealed class StreamingMemoryTests
{
    [Fact]
    public void The_records_of_a_finished_provider_day_are_let_go()
    {
        var firstDay = new List<WeakReference>();
        var aliveWhenThirdDayBegan = -1;

        IEnumerable<ServiceRecord> Source()
        {
            for (var day = 0; day < 3; day++)
            {
                if (day == 2)
                {
                    // Day 0 was checked when day 1 began; nothing should hold its records now.
                    GC.Collect();
                    GC.WaitForPendingFinalizers();
                    GC.Collect();
                    aliveWhenThirdDayBegan = firstDay.Count(static w => w.IsAlive);
                }

                for (var i = 0; i < 4; i++)
                {
                    var record = Make(day, i);
                    if (day == 0)
                    {
                        firstDay.Add(new WeakReference(record));
                    }

                    yield return record;
                }
            }
        }

        var findings = new BatchValidator(NoFindingsValidator.Instance).ValidateStream(Source(), ValidationStage.Save).ToList();

        Assert.Empty(findings);
        Assert.Equal(4, firstDay.Count);
        Assert.Equal(0, aliveWhenThirdDayBegan);
    }

    [Fact]
    public void A_provider_day_of_a_single_record_is_let_go_when_the_next_begins()
    {
        var firstDay = new List<WeakReference>();
        var aliveWhenThirdDayBegan = -1;

        IEnumerable<ServiceRecord> Source()
        {
            for (var day = 0; day < 3; day++)
            {
                if (day == 2)
                {
                    Collect();
                    aliveWhenThirdDayBegan = firstDay.Count(static w => w.IsAlive);
                }

                var record = Make(day, 0);
                if (day == 0)
                {
                    firstDay.Add(new WeakReference(record));
                }

                yield return record;
            }
        }

        Assert.Empty(new BatchValidator(NoFindingsValidator.Instance).ValidateStream(Source(), ValidationStage.Save));
        Assert.Single(firstDay);
        Assert.Equal(0, aliveWhenThirdDayBegan);
    }

    [Fact]
    public void The_readings_of_a_finished_provider_and_its_rows_without_a_date_are_let_go()
    {
        // Provider one: a row without a date (it may belong to provider one's days, so it is checked with them) and
        // two duplicates (SR901, kept: the dateless row is another student). Once provider two has begun, nothing
        // may hold provider one's readings, nor the records whose findings were already handed on.
        var watched = new List<WeakReference>();
        var aliveWhenProviderTwoWentOn = -1;
        var findings = 0;

        IEnumerable<ServiceRecordReading> Source()
        {
            for (var i = 0; i < 5; i++)
            {
                if (i == 4)
                {
                    Collect();
                    aliveWhenProviderTwoWentOn = watched.Count(static w => w.IsAlive);
                }

                var reading = MakeReading(i);
                if (i < 3)
                {
                    watched.Add(new WeakReference(reading));
                }

                // The last finding handed on (SR901 on row 2) may still be held by the enumeration; rows 0 and 1's may not.
                if (i < 2)
                {
                    watched.Add(new WeakReference(reading.Partial));
                }

                yield return reading;
            }
        }

        foreach (var finding in new BatchValidator(NoFindingsValidator.Instance).ValidateStream(Source(), ValidationStage.Save))
        {
            findings++;
        }

        Assert.Equal(3, findings); // SR004 on the dateless row, SR901 on both duplicates
        Assert.Equal(5, watched.Count);
        Assert.Equal(0, aliveWhenProviderTwoWentOn);
    }

    [Fact]
    public void On_several_threads_reading_runs_at_most_a_few_chunks_ahead_of_the_checking()
    {
        // At most two chunks per thread are in flight (chunks of about ProviderDayStream.ParallelChunk records): whenever the input is asked
        // for its next record, all but the last few chunks' records have been validated, however slow that is.
        var slow = new SlowValidator(flag: false);
        var records = Enumerable.Range(0, 40_000).Select(static i => Record(Ana, "08:00", "09:00", date: Day.PlusDays(i / 8))).ToArray();
        var worstLead = 0;

        IEnumerable<ServiceRecord> Source()
        {
            for (var i = 0; i < records.Length; i++)
            {
                worstLead = Math.Max(worstLead, i - slow.Validated);
                yield return records[i];
            }
        }

        var validator = new BatchValidator(new BatchValidatorOptions { RecordValidator = slow, MaxDegreeOfParallelism = 2 });
        Assert.Equal(records.Length, validator.ValidateStream(Source(), ValidationStage.Save).Count()); // SR901: Ana's records of a day overlap

        // Four chunks in flight and one in hand, each at most ParallelChunk records and the rest of a provider-day.
        Assert.InRange(worstLead, 0, 5 * (ProviderDayStream.ParallelChunk + 8));
    }

    [Fact]
    public void On_several_threads_an_unsorted_record_is_refused_after_the_findings_of_every_chunk_before_it()
    {
        // Several chunks' worth of sorted records, each with a finding, then one that sorts before them: every chunk
        // submitted is checked and handed on before the refusal; only the chunk in hand is not checked.
        var slow = new SlowValidator(flag: true);
        var records = Enumerable.Range(0, 10_400).Select(static i => Record(Ana, $"{8 + (i % 8):D2}:00", $"{9 + (i % 8):D2}:00", date: Day.PlusDays(1 + (i / 8)))).Append(Record(Ana, "08:00", "09:00")).ToArray();
        var validator = new BatchValidator(new BatchValidatorOptions { RecordValidator = slow, MaxDegreeOfParallelism = 2 });
        var handedOn = 0;

        Assert.Throws<InvalidOperationException>(() =>
        {
            foreach (var finding in validator.ValidateStream(records, ValidationStage.Save))
            {
                handedOn++;
            }
        });

        Assert.InRange(handedOn, records.Length - 1 - (ProviderDayStream.ParallelChunk + 8), records.Length - 1);
    }

    private static void Collect()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static ServiceRecordReading MakeReading(int i)
    {
        var record = i switch
        {
            0 => Record(Cy, "13:00", "14:00"),
            1 => Record(Ana, "08:00", "09:00"),
            2 => Record(Ana, "08:30", "09:30"),
            3 => Record(Ben, "08:00", "09:00", provider: OtherProvider),
            _ => Record(Cy, "10:00", "11:00", provider: OtherProvider),
        };
        var text = ServiceRecordText.From(record);
        if (i == 0)
        {
            var date = UnreadableText.Of("Date");
            text = date.Set(text, date.Value);
        }

        return new ServiceRecordReader().Read(text, $"row-{i}");
    }

    // Not inlined, so no local of the test keeps a record alive.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static ServiceRecord Make(int day, int slot)
    {
        var start = $"{8 + slot:D2}:00";
        var end = $"{9 + slot:D2}:00";
        return Record(Ana, start, end, date: Day.PlusDays(day));
    }

    /// <summary>A record validator that takes its time and counts the records it finished; flags each one when asked.</summary>
    private sealed class SlowValidator(bool flag) : IServiceRecordValidator
    {
        private int _validated;

        public int Validated => Volatile.Read(ref _validated);

        public RecordingContext Context { get; } = new();

        public IReadOnlyList<Finding> Validate(ServiceRecord record, ValidationStage stage)
        {
            Thread.SpinWait(1000);
            Interlocked.Increment(ref _validated);
            return flag ? [new Finding("SR101", FindingSeverity.Warning, "StudentId", "Flagged.")] : [];
        }
    }
}
