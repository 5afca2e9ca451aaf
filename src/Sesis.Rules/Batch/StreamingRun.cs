using System.Runtime.ExceptionServices;

namespace Sesis.Rules;

/// <summary>
/// One streaming validation as a sequence of steps, written once for <see cref="BatchValidator.ValidateStream(IEnumerable{ServiceRecord}, ValidationStage)"/>
/// and <see cref="BatchValidator.ValidateStreamAsync(IAsyncEnumerable{ServiceRecord}, ValidationStage, CancellationToken)"/>:
/// the caller enumerates <see cref="Steps"/> and does what each step asks, taking the next item of its input
/// (<see cref="Take"/> or <see cref="End"/>), waiting for a chunk in flight, or handing on a finding. Only those
/// two things differ between the synchronous and the asynchronous API, so only they are the caller's.
/// </summary>
/// <typeparam name="T">The items of the input: records or readings.</typeparam>
internal sealed class StreamingRun<T>
{
    private readonly ProviderDayStream _stream;
    private readonly Action<ProviderDayStream, T> _add;
    private readonly AcrossRecordSeverities _severities;
    private readonly Action<MissingRecordFinding>? _missingRecord;
    private ExceptionDispatchInfo? _refused;
    private bool _ended;

    public StreamingRun(ProviderDayStream stream, Action<ProviderDayStream, T> add, AcrossRecordSeverities severities, Action<MissingRecordFinding>? missingRecord)
    {
        _stream = stream;
        _add = add;
        _severities = severities;
        _missingRecord = missingRecord;
    }

    /// <summary>Gives the next item of the input, as a <see cref="Step.NextItem"/> step asks.</summary>
    public void Take(T item)
    {
        try
        {
            _add(_stream, item);
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException)
        {
            // A null or out-of-order item: hand on what the chunks in flight found before saying the input is wrong.
            _refused = ExceptionDispatchInfo.Capture(e);
        }
    }

    /// <summary>Says the input has ended, as a <see cref="Step.NextItem"/> step asks when there is no item left.</summary>
    public void End() => _ended = true;

    /// <summary>The steps of the run; an item the stream refuses is thrown once the findings before it are handed on.</summary>
    public IEnumerable<Step> Steps()
    {
        while (true)
        {
            yield return Step.NextItem;
            if (_ended)
            {
                break;
            }

            foreach (var step in HandOn(untilAllDone: _refused is not null))
            {
                yield return step;
            }

            _refused?.Throw();
        }

        _stream.Complete();
        foreach (var step in HandOn(untilAllDone: true))
        {
            yield return step;
        }
    }

    // Hands on what is ready, waiting for the oldest chunk while too many are in flight (or, at the end, while any is).
    private IEnumerable<Step> HandOn(bool untilAllDone)
    {
        while (true)
        {
            _stream.Collect();
            for (var i = 0; i < _stream.Ready.Count; i++)
            {
                yield return Step.HandOn(_stream.Ready[i]);
            }

            _stream.Ready.Clear();
            foreach (var done in _stream.ReadyMissing)
            {
                done.Report(_severities, _missingRecord!);
            }

            _stream.ReadyMissing.Clear();
            // Not a pattern variable: a mutant that removes the break must still compile (docs/reliability.md).
            var oldest = untilAllDone ? _stream.Pending : _stream.Backlog;
            if (oldest is null)
            {
                break;
            }

            // Stryker disable once all : without the wait the run polls until the chunk is done: the same findings, more CPU
            yield return Step.WaitFor(oldest);
        }
    }

    /// <summary>What the caller does next: take an item, wait for <see cref="Chunk"/>, or hand on <see cref="Finding"/>.</summary>
    internal readonly struct Step
    {
        private Step(Task? chunk, RecordFinding? finding)
        {
            Chunk = chunk;
            Finding = finding;
        }

        /// <summary>Gets the step that asks for the next item of the input.</summary>
        public static Step NextItem => default;

        /// <summary>Gets the chunk to wait for, or null.</summary>
        public Task? Chunk { get; }

        /// <summary>Gets the finding to hand on, or null.</summary>
        public RecordFinding? Finding { get; }

        public static Step WaitFor(Task chunk) => new(chunk, null);

        public static Step HandOn(RecordFinding finding) => new(null, finding);
    }
}
