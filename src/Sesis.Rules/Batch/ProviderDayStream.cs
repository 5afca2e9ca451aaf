namespace Sesis.Rules;

/// <summary>
/// The state of a streaming validation: the records of the current provider-day partition and their findings.
/// When a record of a later partition arrives, the current one is checked and its findings move to
/// <see cref="Ready"/>; the records are then let go, so memory holds one partition at a time.
/// </summary>
internal sealed class ProviderDayStream(IServiceRecordValidator recordValidator, ValidationStage stage)
{
    private readonly ProviderDayChecker _checker = new();
    private readonly List<IndexedRecord> _day = [];
    private readonly List<RecordFinding> _pending = [];
    private ProviderDayKey _key;
    private long _next;

    /// <summary>Gets the findings of the partitions completed, in output order, for the caller to hand on and clear.</summary>
    public List<RecordFinding> Ready { get; } = [];

    /// <summary>Takes the next record of the input.</summary>
    /// <exception cref="ArgumentException">The record is null.</exception>
    /// <exception cref="InvalidOperationException">The record's partition sorts before the current one.</exception>
    public void Add(ServiceRecord? record)
    {
        var index = _next;
        if (record is null)
        {
            throw new ArgumentException($"Record {index} of the input is null.", nameof(record));
        }

        var key = ProviderDayKey.Of(record);
        if (_day.Count > 0 && key != _key)
        {
            if (key.CompareTo(_key) < 0)
            {
                throw new InvalidOperationException(
                    $"Record {index} ({key}) comes after a record of {_key}: streaming validation needs the records sorted " +
                    "by provider id (ordinal) and then date, so that each provider-day is complete when the next begins. " +
                    "Sort the input, or call BatchValidator.Validate, which takes records in any order.");
            }

            Flush();
        }

        _key = key;
        _next++;
        // An indexed loop: enumerating an IReadOnlyList through the interface allocates for every record.
        var own = recordValidator.Validate(record, stage);
        for (var i = 0; i < own.Count; i++)
        {
            _pending.Add(new RecordFinding(index, record, own[i]));
        }

        _day.Add(new IndexedRecord(record, index));
    }

    /// <summary>Checks the last partition: call when the input has ended.</summary>
    public void Complete() => Flush();

    private void Flush()
    {
        _checker.Check(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_day), _pending);
        _pending.Sort(FindingOrder.Instance);
        Ready.AddRange(_pending);
        _pending.Clear();
        _day.Clear();
    }
}
