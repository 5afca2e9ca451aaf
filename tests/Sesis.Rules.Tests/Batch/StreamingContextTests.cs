using static Sesis.Rules.Tests.BatchRecords;

namespace Sesis.Rules.Tests;

/// <summary>
/// The asynchronous stream never resumes on the caller's synchronization context (a UI thread, a legacy ASP.NET
/// request): a library that did would deadlock a caller that blocks on it there.
/// </summary>
public sealed class StreamingContextTests
{
    [Fact]
    public void Finishing_the_input_does_not_resume_on_the_callers_context()
    {
        // One thread: everything before the input's end completes at once, on the caller's thread; the input's
        // disposal then completes later, and the stream must not come back through the caller's context.
        var posts = Run(new BatchValidator(NoFindingsValidator.Instance), [Record(Ana, "08:00", "09:00"), Record(Ben, "09:00", "10:00")], slowDispose: true);

        Assert.Equal(0, posts);
    }

    [Fact]
    public void Waiting_for_a_chunk_on_several_threads_does_not_resume_on_the_callers_context()
    {
        // Several chunks (of about ProviderDayStream.ParallelChunk records) checked on the pool: the stream waits for them, on no context.
        var records = Enumerable.Range(0, 6_200).Select(static i => Record(Ana, $"{8 + (i % 8):D2}:00", $"{9 + (i % 8):D2}:00", date: Day.PlusDays(i / 8))).ToArray();
        var validator = new BatchValidator(new BatchValidatorOptions { RecordValidator = new SlowValidator(), MaxDegreeOfParallelism = 2 });

        var posts = Run(validator, records, slowDispose: false);

        Assert.Equal(0, posts);
    }

    // Runs the stream to its end, blocking, with a context that counts what is posted to it (and runs it on the pool, so a mutant cannot hang the test).
    private static int Run(BatchValidator validator, ServiceRecord[] records, bool slowDispose)
    {
        var context = new CountingContext();
        var previous = SynchronizationContext.Current;
        SynchronizationContext.SetSynchronizationContext(context);
        try
        {
            Assert.Equal(0, Consume(validator.ValidateStreamAsync(Input(records, slowDispose), ValidationStage.Save)).GetAwaiter().GetResult());
        }
        finally
        {
            SynchronizationContext.SetSynchronizationContext(previous);
        }

        return context.Posts;
    }

    private static async Task<int> Consume(IAsyncEnumerable<RecordFinding> findings)
    {
        var count = 0;
        await foreach (var finding in findings.ConfigureAwait(false))
        {
            count++;
        }

        return count;
    }

    private static SlowDisposal Input(ServiceRecord[] records, bool slowDispose) => new(records, slowDispose);

    /// <summary>An input whose items come at once, on the caller's thread, and whose disposal, when slow, completes later on the pool.</summary>
    private sealed class SlowDisposal(ServiceRecord[] records, bool slowDispose) : IAsyncEnumerable<ServiceRecord>, IAsyncEnumerator<ServiceRecord>
    {
        private int _next = -1;

        public ServiceRecord Current => records[_next];

        public IAsyncEnumerator<ServiceRecord> GetAsyncEnumerator(CancellationToken cancellationToken = default) => this;

        public ValueTask<bool> MoveNextAsync() => new(++_next < records.Length);

        public ValueTask DisposeAsync() => slowDispose ? new(Task.Delay(1)) : default;
    }

    /// <summary>A record validator slow enough that a chunk is still being checked when the stream waits for it.</summary>
    private sealed class SlowValidator : IServiceRecordValidator
    {
        public RecordingContext Context { get; } = new();

        public IReadOnlyList<Finding> Validate(ServiceRecord record, ValidationStage stage)
        {
            Thread.SpinWait(1000);
            return [];
        }
    }
}
