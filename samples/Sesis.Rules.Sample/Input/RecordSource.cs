using NodaTime;

namespace Sesis.Rules.Sample.Input;

/// <summary>
/// Where a batch's records come from: the batch file itself, a CSV file or a SQLite database. A source is read
/// record by record, so a file of any size can be checked in flat memory when it is sorted by provider and date.
/// </summary>
internal abstract class RecordSource
{
    private Task<SourceFacts>? _scan;

    /// <summary>Gets the file the records are in, for messages.</summary>
    public abstract string File { get; }

    /// <summary>Gets the records when the source already holds them all (records inside a batch file), else null.</summary>
    public virtual IReadOnlyList<SourcedRecord>? Held => null;

    /// <summary>Gets how far the last <see cref="Read(int)"/> has got, from 0 to 1, when the source can tell.</summary>
    public virtual double? Done => null;

    /// <summary>Reads the records in order; every problem is an <see cref="InputException"/>.</summary>
    public IEnumerable<SourcedRecord> Read() => Read(threads: 1);

    /// <summary>
    /// Reads the records in order, their values read on up to <paramref name="threads"/> threads (see
    /// <see cref="RecordPipeline"/>); every problem is an <see cref="InputException"/>.
    /// </summary>
    public abstract IEnumerable<SourcedRecord> Read(int threads);

    /// <summary>
    /// Reads the provider and date of every record once: whether they are sorted by provider id (ordinal) and then
    /// date, the order streaming validation needs, and the earliest date, where the search for missing records
    /// begins. A value that is not a date is left to the record's own check.
    /// </summary>
    public SourceFacts Scan() => _scan is { } started ? started.GetAwaiter().GetResult() : ScanNow();

    /// <summary>
    /// Starts <see cref="Scan"/> on the thread pool, so that it runs while the batch's context is read (the two
    /// read different files); <see cref="Scan"/> then waits for it and throws what it met.
    /// </summary>
    public void BeginScan() => _scan ??= Task.Run(ScanNow);

    /// <summary>Makes the pass <see cref="Scan"/> describes.</summary>
    protected virtual SourceFacts ScanNow() => Facts(Keys());

    /// <summary>The provider id and date text of each record, in input order.</summary>
    protected abstract IEnumerable<(string? Provider, string? Date)> Keys();

    private static SourceFacts Facts(IEnumerable<(string? Provider, string? Date)> keys)
    {
        var facts = new SourceFactsBuilder();
        foreach (var (provider, date) in keys)
        {
            facts.Add(provider, date);
        }

        return facts.Facts;
    }
}

/// <summary>What one pass over a source's providers and dates tells.</summary>
/// <param name="Sorted">Whether the records are sorted by provider id (ordinal) and then date.</param>
/// <param name="Earliest">The earliest date, or null when there is no record with a date.</param>
internal sealed record SourceFacts(bool Sorted, LocalDate? Earliest);

/// <summary>Records written inside the batch file: read with it, so they are held already.</summary>
internal sealed class HeldRecords(string file, IReadOnlyList<SourcedRecord> records) : RecordSource
{
    public override string File => file;

    public override IReadOnlyList<SourcedRecord> Held => records;

    public override IEnumerable<SourcedRecord> Read(int threads) => records;

    protected override IEnumerable<(string? Provider, string? Date)> Keys() =>
        records.Select(r => (r.Reading.Record?.ProviderId.Value, r.Reading.Record is { } record ? Text.Date(record.Date) : null));
}
