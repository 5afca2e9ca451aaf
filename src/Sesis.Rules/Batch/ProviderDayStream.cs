using System.Collections.Concurrent;
using System.Runtime.InteropServices;

namespace Sesis.Rules;

/// <summary>
/// The state of a streaming validation. Records arrive sorted by provider and date on the thread reading the
/// input; they are gathered into chunks that end at a provider-day boundary, and each chunk is checked as a
/// whole (own findings, SR901-SR904, and the missing records of the providers that ended in it). With one
/// thread a chunk is one provider-day, checked as soon as the next begins; with more, chunks of about
/// <see cref="ParallelChunk"/> records are checked on the thread pool, at most two per thread in flight, and
/// their results are handed on in input order, so the findings are the same, in the same order, either way.
/// </summary>
/// <remarks>Memory holds the chunks in flight only; a finished chunk's records are let go.</remarks>
internal sealed class ProviderDayStream
{
    /// <summary>
    /// Records per chunk when checking in parallel: large enough that a chunk outweighs its hand-over, small enough that
    /// the records in flight (up to two chunks a thread) do not all outlive each young collection. At 2,048 a district's
    /// 1,000,036 records streamed through the sample host on two threads took 5.65-6.02 s, at 1,024 5.25-5.88 s.
    /// </summary>
    public const int ParallelChunk = 1024;

    private readonly IServiceRecordValidator _recordValidator;
    private readonly ValidationStage _stage;
    private readonly AcrossRecordSeverities _severities;
    private readonly BatchMissingRecords.MissingRecordStream? _missing;
    private readonly int _degree;
    private readonly Queue<Task<Chunk>> _inFlight = new();
    private readonly ConcurrentBag<ProviderDayChecker> _checkers = [];
    private readonly ProviderDayChecker? _inlineChecker;

    // Chunks whose findings were handed on, reused with their lists' capacity: a new chunk's record list grows
    // past the large object heap's threshold (4,096 entries), which only a full collection frees.
    private readonly Stack<Chunk> _free = new();
    private Chunk _chunk = new();
    private ProviderDayKey _key;
    private long _next;

    // Readings whose provider or date could not be read: they may belong to provider-days still to come. Those of
    // a known provider are let go once a later provider begins; those without a provider are kept to the end.
    private readonly List<IndexedRecord> _ofProvider = [];
    private readonly List<IndexedRecord> _ofAnyProvider = [];

    public ProviderDayStream(
        IServiceRecordValidator recordValidator,
        ValidationStage stage,
        AcrossRecordSeverities severities,
        BatchMissingRecords? missingRecords,
        int degree)
    {
        _recordValidator = recordValidator;
        _stage = stage;
        _severities = severities;
        _missing = missingRecords?.StartStream();
        _degree = degree;
        _inlineChecker = degree == 1 ? new ProviderDayChecker() : null;
    }

    /// <summary>Gets the findings of the chunks completed, in output order, for the caller to hand on and clear.</summary>
    public List<RecordFinding> Ready { get; } = [];

    /// <summary>
    /// Gets the providers completed, in provider order, whose missing records the caller hands on (see
    /// <see cref="BatchMissingRecords.ProviderDone.Report"/>) and clears.
    /// </summary>
    public List<BatchMissingRecords.ProviderDone> ReadyMissing { get; } = [];

    /// <summary>
    /// Gets the oldest chunk in flight when too many are, so that reading the input never runs far ahead of the
    /// checking: the caller waits for it and calls <see cref="Collect"/>. Null when there is room.
    /// </summary>
    public Task? Backlog => _inFlight.Count > 2 * _degree ? _inFlight.Peek() : null;

    /// <summary>Gets the oldest chunk in flight, or null when none is: after <see cref="Complete"/>, wait for each and collect.</summary>
    public Task? Pending => _inFlight.Count > 0 ? _inFlight.Peek() : null;

    /// <summary>Takes the next reading of the input: a record read from text, perhaps in part, or a typed one with a row key.</summary>
    /// <exception cref="ArgumentException">The reading is null.</exception>
    /// <exception cref="InvalidOperationException">The reading's provider-day sorts before the current one.</exception>
    public void Add(ServiceRecordReading? reading)
    {
        if (reading is null)
        {
            throw new ArgumentException($"Reading {_next} of the input is null.", nameof(reading));
        }

        var item = new IndexedRecord(reading.Partial, _next, reading);
        if (item.IsPlaced)
        {
            Place(item);
            return;
        }

        // No place in the order: its own findings go out with the chunk in hand, by position, and it may belong
        // to the provider-days that come after it.
        _next++;
        _chunk.Unplaced.Add(item);
        ((reading.Unreadable & RecordFields.ProviderId) == RecordFields.None ? _ofProvider : _ofAnyProvider).Add(item);
    }

    /// <summary>Takes the next record of the input.</summary>
    /// <exception cref="ArgumentException">The record is null.</exception>
    /// <exception cref="InvalidOperationException">The record's partition sorts before the current one.</exception>
    public void Add(ServiceRecord? record)
    {
        if (record is null)
        {
            throw new ArgumentException($"Record {_next} of the input is null.", nameof(record));
        }

        Place(new IndexedRecord(record, _next));
    }

    private void Place(IndexedRecord item)
    {
        var record = item.Record;
        var index = item.Index;
        var key = ProviderDayKey.Of(record);

        // As in the whole-batch check, a reading counts for SR910 only when its provider, student, service type and date were read.
        var counts = (item.Unreadable & BatchValidator.MissingRecordFields) == RecordFields.None;
        if (_chunk.Records.Count > 0 && key != _key)
        {
            if (key.CompareTo(_key) < 0)
            {
                throw new InvalidOperationException(
                    $"Record {index} ({key}) comes after a record of {_key}: streaming validation needs the records sorted " +
                    "by provider id (ordinal) and then date, so that each provider-day is complete when the next begins. " +
                    "Sort the input, or call BatchValidator.Validate, which takes records in any order.");
            }

            // The providers this record ends belong to the chunk that holds their last records.
            _missing?.Observe(record, counts, _chunk.Done);
            if (_chunk.Records.Count >= (_degree == 1 ? 1 : ParallelChunk))
            {
                Submit();
                if (_ofProvider.Count > 0)
                {
                    // A later provider begins: readings of earlier providers without a date cannot belong to it.
                    _ofProvider.RemoveAll(r => r.Record.ProviderId.CompareTo(key.Provider) < 0);
                }
            }
            else
            {
                _chunk.Starts.Add(_chunk.Records.Count);
            }
        }
        else
        {
            _missing?.Observe(record, counts, _chunk.Done);
        }

        _key = key;
        _next++;
        _chunk.Records.Add(item);
    }

    /// <summary>Checks the last chunk: call when the input has ended, then wait for what is <see cref="Pending"/>.</summary>
    public void Complete()
    {
        _missing?.Finish(_chunk.Done);

        // Even when empty: it then checks nothing and calls no host code.
        Submit();
    }

    /// <summary>Moves the results of the finished chunks at the head of the queue, in input order, to the ready lists.</summary>
    public void Collect()
    {
        while (_inFlight.Count > 0 && _inFlight.Peek().IsCompleted)
        {
            // GetResult rethrows what the record validator threw, as the sequential path would.
            var chunk = _inFlight.Dequeue().GetAwaiter().GetResult();
            Ready.AddRange(chunk.Findings);
            ReadyMissing.AddRange(chunk.Done);
            chunk.Clear();
            // Stryker disable once all : pooling only: a chunk not reused is replaced by a new one
            _free.Push(chunk);
        }
    }

    private void Submit()
    {
        var chunk = _chunk;
        chunk.MayBelong.AddRange(_ofProvider);
        chunk.MayBelong.AddRange(_ofAnyProvider);
        if (_inlineChecker is not null)
        {
            // One thread: check at once into the ready lists and reuse the chunk.
            Check(chunk, _inlineChecker, Ready);
            ReadyMissing.AddRange(chunk.Done);
            chunk.Clear();
            // Stryker disable once all : falling through submits the chunk just emptied, which checks nothing
            return;
        }

        _chunk = _free.TryPop(out var free) ? free : new Chunk();
        _inFlight.Enqueue(Task.Run(() =>
        {
            var checker = _checkers.TryTake(out var pooled) ? pooled : new ProviderDayChecker();
            Check(chunk, checker, chunk.Findings);
            // Stryker disable once all : pooling only: a checker not returned is replaced by a new one
            _checkers.Add(checker);
            chunk.Records.Clear();
            chunk.MayBelong.Clear();
            return chunk;
        }));
    }

    private void Check(Chunk chunk, ProviderDayChecker checker, List<RecordFinding> findings)
    {
        var first = findings.Count;
        var records = CollectionsMarshal.AsSpan(chunk.Records);
        for (var r = 0; r < records.Length; r++)
        {
            if (records[r].Reading is { } reading)
            {
                BatchValidator.AddOwnFindings(_recordValidator, reading, records[r].Index, _stage, findings);
                continue;
            }

            // An indexed loop: enumerating an IReadOnlyList through the interface allocates for every record.
            var own = _recordValidator.Validate(records[r].Record, _stage);
            for (var i = 0; i < own.Count; i++)
            {
                findings.Add(new RecordFinding(records[r].Index, records[r].Record, own[i]));
            }
        }

        foreach (var unplaced in chunk.Unplaced)
        {
            BatchValidator.AddOwnFindings(_recordValidator, unplaced.Reading!, unplaced.Index, _stage, findings);
        }

        chunk.Starts.Add(records.Length);
        var start = 0;
        foreach (var end in chunk.Starts)
        {
            if (end > start)
            {
                checker.Check(records[start..end], MayBelong(chunk.MayBelong, records[start].Record, chunk.Scratch), findings);
            }

            start = end;
        }

        for (var i = first; i < findings.Count; i++)
        {
            findings[i] = _severities.Apply(findings[i]);
        }

        // The chunk's records are contiguous in the input, so sorting its findings alone keeps the output sorted.
        CollectionsMarshal.AsSpan(findings)[first..].Sort(FindingOrder.Instance);
        // The missing records of the providers whose records were in the chunk are found here, on the chunk's
        // thread; those of scheduled providers with no record at all are found one provider at a time as they are
        // handed on, since a run of them can be any length.
        // Stryker disable once Block,Statement : where a provider's missing records are worked out, not what they are: Report works them out otherwise
        foreach (var done in chunk.Done)
        {
            done.FindIfRecorded(_severities);
        }
    }

    /// <summary>The readings without a place that may belong to the provider-day of <paramref name="first"/>.</summary>
    private static ReadOnlySpan<IndexedRecord> MayBelong(List<IndexedRecord> candidates, ServiceRecord first, List<IndexedRecord> scratch)
    {
        scratch.Clear();
        foreach (var other in candidates)
        {
            var unknown = other.Unreadable;
            if (((unknown & RecordFields.ProviderId) != RecordFields.None || other.Record.ProviderId == first.ProviderId)
                && ((unknown & RecordFields.Date) != RecordFields.None || other.Record.Date == first.Date))
            {
                scratch.Add(other);
            }
        }

        return CollectionsMarshal.AsSpan(scratch);
    }

    /// <summary>Consecutive provider-day partitions of the input, checked together.</summary>
    private sealed class Chunk
    {
        public List<IndexedRecord> Records { get; } = [];

        /// <summary>Where each partition after the first begins in <see cref="Records"/>.</summary>
        public List<int> Starts { get; } = [];

        /// <summary>The providers whose records ended in this chunk (and scheduled providers with none before them).</summary>
        public List<BatchMissingRecords.ProviderDone> Done { get; } = [];

        public List<RecordFinding> Findings { get; } = [];

        /// <summary>The readings without a readable provider or date that arrived during this chunk.</summary>
        public List<IndexedRecord> Unplaced { get; } = [];

        /// <summary>Every reading without a place seen so far that may belong to this chunk's provider-days.</summary>
        public List<IndexedRecord> MayBelong { get; } = [];

        public List<IndexedRecord> Scratch { get; } = [];

        public void Clear()
        {
            Records.Clear();
            Starts.Clear();
            Done.Clear();
            Findings.Clear();
            Unplaced.Clear();
            MayBelong.Clear();
            Scratch.Clear();
        }
    }
}
