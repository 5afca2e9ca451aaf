using System.Runtime.CompilerServices;

namespace Sesis.Rules;

/// <summary>
/// Validates a batch of service records: every record's own findings (from an <see cref="IServiceRecordValidator"/>)
/// plus the rules across records, SR901-SR904, and, when built with a <see cref="MissingRecordCheck"/>, the
/// missing records (SR910).
/// </summary>
/// <remarks>
/// <para>The rules across records:</para>
/// <list type="bullet">
/// <item><description>SR901 duplicate record: two records of the same student, provider and service type on the
/// same date whose times overlap, whatever their session types (one record per student per session).</description></item>
/// <item><description>SR902 provider sessions overlap: a Service Provided record of a provider overlaps another
/// Service Provided record of that provider on the same date that is not the same group session (same service
/// type, start and end) and not its own duplicate (SR901 reports those).</description></item>
/// <item><description>SR903 group size differs from students present: a Service Provided record states Group n,
/// but its session has a different number of students with Service Provided records (seed step 10).</description></item>
/// <item><description>SR904 Individual record with other students present: a Service Provided record states
/// Individual, but other students have Service Provided records of the same session.</description></item>
/// </list>
/// <para>
/// Every rule compares records of one provider on one date only, so the work partitions by provider and date and
/// the findings do not depend on the order of the input. Times are ranges with the end excluded: 09:00-10:00 and
/// 10:00-11:00 do not overlap. A record whose end is not after its start takes part in no overlap (its own
/// finding says what is wrong). Built once, the validator is thread-safe if its record validator is.
/// </para>
/// <para>
/// Codes and default severities come from <see cref="RuleCatalog.AcrossRecords"/>; a host overrides them in the
/// record validator's <see cref="ValidationOptions.SeverityOverrides"/> or in
/// <see cref="BatchValidatorOptions.SeverityOverrides"/>.
/// </para>
/// </remarks>
public sealed class BatchValidator
{
    private readonly IServiceRecordValidator _recordValidator;
    private readonly AcrossRecordSeverities _severities;
    private readonly BatchMissingRecords? _missingRecords;

    /// <summary>Initializes a validator that runs <paramref name="recordValidator"/> on each record.</summary>
    /// <param name="recordValidator">The single-record validator; it must be thread-safe to share the batch validator.</param>
    /// <exception cref="ArgumentNullException"><paramref name="recordValidator"/> is null.</exception>
    public BatchValidator(IServiceRecordValidator recordValidator)
        : this(new BatchValidatorOptions { RecordValidator = Guard.NotNull(recordValidator) })
    {
    }

    /// <summary>Initializes a validator from options.</summary>
    /// <param name="options">What the validator is built with.</param>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> or its record validator is null.</exception>
    /// <exception cref="ArgumentException">
    /// A severity override names a code that is not an across-record rule, an undefined severity, or a severity
    /// that contradicts the record validator's; or the missing-record check lacks a part or holds a null schedule.
    /// </exception>
    public BatchValidator(BatchValidatorOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(options.RecordValidator, nameof(options) + "." + nameof(options.RecordValidator));
        _recordValidator = options.RecordValidator;
        _severities = AcrossRecordSeverities.Resolve(options);
        _missingRecords = options.MissingRecordCheck is { } check ? new BatchMissingRecords(check) : null;
    }

    /// <summary>
    /// Validates records in any order. The whole input is held in memory, then checked one provider-day
    /// partition at a time.
    /// </summary>
    /// <param name="records">The records; a record's position in this sequence is its <see cref="RecordFinding.Index"/>.</param>
    /// <param name="stage">The stage each record is validated at.</param>
    /// <returns>
    /// The findings, sorted by record position, then code, field and message; and the missing records when the
    /// validator has a <see cref="MissingRecordCheck"/>.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="records"/> is null.</exception>
    /// <exception cref="ArgumentException">A record of the input is null; the message gives its position.</exception>
    public BatchValidationResult Validate(IEnumerable<ServiceRecord> records, ValidationStage stage)
    {
        ArgumentNullException.ThrowIfNull(records);
        var findings = new List<RecordFinding>();
        var items = records.TryGetNonEnumeratedCount(out var known) ? new List<ServiceRecord>(known) : [];
        foreach (var record in records)
        {
            var index = items.Count;
            if (record is null)
            {
                throw new ArgumentException($"Record {index} of the input is null.", nameof(records));
            }

            // An indexed loop: enumerating an IReadOnlyList through the interface allocates for every record.
            var own = _recordValidator.Validate(record, stage);
            for (var i = 0; i < own.Count; i++)
            {
                findings.Add(new RecordFinding(index, record, own[i]));
            }

            items.Add(record);
        }

        var checker = new ProviderDayChecker();
        if (IsSortedByProviderDay(items))
        {
            CheckRuns(items, checker, findings);
        }
        else
        {
            var partitions = Partition(items, out var starts);
            for (var p = 0; p + 1 < starts.Length; p++)
            {
                checker.Check(partitions.AsSpan(starts[p], starts[p + 1] - starts[p]), findings);
            }
        }

        _severities.Apply(findings);
        findings.Sort(FindingOrder.Instance);

        // A separate pass over the records already held: SR910 needs only which records exist, not their order.
        IReadOnlyList<MissingRecordFinding> missing = _missingRecords is null ? [] : _missingRecords.Find(items, _severities);
        return new BatchValidationResult(findings.AsReadOnly(), items.Count, missing);
    }

    /// <summary>
    /// Validates records sorted by provider id (ordinal, as <see cref="ProviderId.CompareTo"/>) and then date,
    /// holding one provider-day partition at a time: each partition's findings are yielded as soon as a record of
    /// the next partition arrives, and its records are let go.
    /// </summary>
    /// <param name="records">The records, sorted by provider id and then date; any order within a provider-day.</param>
    /// <param name="stage">The stage each record is validated at.</param>
    /// <returns>
    /// The findings, lazily, sorted by record position, then code, field and message: the same list that
    /// <see cref="Validate"/> returns for the same input.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="records"/> is null.</exception>
    /// <exception cref="InvalidOperationException">
    /// While enumerating: a record's provider and date sort before the previous record's. The findings of earlier
    /// partitions have been yielded by then and are right; the rest of the input is not checked.
    /// </exception>
    /// <exception cref="ArgumentException">While enumerating: a record of the input is null.</exception>
    /// <exception cref="InvalidOperationException">
    /// The validator has a <see cref="MissingRecordCheck"/>: streaming yields findings on records only, so it would
    /// drop the missing records. Call <see cref="Validate"/>, or a validator without the check and
    /// <see cref="MissingRecords.Find(NodaTime.DateInterval, NodaTime.LocalDate, ISchoolCalendar, IEnumerable{ServiceSchedule}, IEnumerable{ServiceRecord})"/>.
    /// </exception>
    public IEnumerable<RecordFinding> ValidateStream(IEnumerable<ServiceRecord> records, ValidationStage stage)
    {
        ArgumentNullException.ThrowIfNull(records);
        RefuseStreamingWithMissingRecordCheck();
        return Stream(records, stage);
    }

    /// <summary>
    /// Validates an asynchronous stream of records sorted by provider id and then date, holding one
    /// provider-day partition at a time, as <see cref="ValidateStream"/> does.
    /// </summary>
    /// <param name="records">The records, sorted by provider id (ordinal) and then date.</param>
    /// <param name="stage">The stage each record is validated at.</param>
    /// <param name="cancellationToken">Stops the validation: passed to the input and checked before each record.</param>
    /// <returns>The findings, sorted by record position, then code, field and message.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="records"/> is null.</exception>
    /// <exception cref="InvalidOperationException">While enumerating: the input is not sorted by provider and date.</exception>
    /// <exception cref="OperationCanceledException">While enumerating: <paramref name="cancellationToken"/> was cancelled.</exception>
    /// <exception cref="ArgumentException">While enumerating: a record of the input is null.</exception>
    /// <exception cref="InvalidOperationException">
    /// The validator has a <see cref="MissingRecordCheck"/>, whose missing records a stream of record findings cannot carry (see <see cref="ValidateStream"/>).
    /// </exception>
    public IAsyncEnumerable<RecordFinding> ValidateStreamAsync(
        IAsyncEnumerable<ServiceRecord> records, ValidationStage stage, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(records);
        RefuseStreamingWithMissingRecordCheck();
        return StreamAsync(records, stage, cancellationToken);
    }

    // Refused up front rather than ignored: a configured check that silently reports nothing would read as "no
    // record is missing".
    private void RefuseStreamingWithMissingRecordCheck()
    {
        if (_missingRecords is not null)
        {
            throw new InvalidOperationException(
                "This BatchValidator has a MissingRecordCheck (SR910), and a stream yields findings on records only: call Validate, " +
                "whose result holds the missing records, or stream with a validator built without the check and call MissingRecords.Find.");
        }
    }

    /// <summary>
    /// Whether the records are sorted by provider and date, as an export by provider usually is: then each
    /// provider-day is one run of the input and needs no partitioning (no hash table, no copy of the batch).
    /// </summary>
    private static bool IsSortedByProviderDay(List<ServiceRecord> records)
    {
        for (var i = 1; i < records.Count; i++)
        {
            var previous = records[i - 1];
            var record = records[i];
            var byProvider = record.ProviderId.CompareTo(previous.ProviderId);

            // Dates of different calendar systems do not compare (NodaTime throws): leave such input to partitioning.
            if (byProvider < 0 || (byProvider == 0
                && (record.Date.Calendar != previous.Date.Calendar || record.Date < previous.Date)))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Checks each run of one provider-day in sorted records, through one buffer reused for every run.</summary>
    private static void CheckRuns(List<ServiceRecord> records, ProviderDayChecker checker, List<RecordFinding> findings)
    {
        var run = new List<IndexedRecord>();
        for (var i = 0; i < records.Count; i++)
        {
            if (run.Count > 0 && ProviderDayKey.Of(records[i]) != ProviderDayKey.Of(run[0].Record))
            {
                checker.Check(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(run), findings);
                run.Clear();
            }

            run.Add(new IndexedRecord(records[i], i));
        }

        checker.Check(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(run), findings);
    }

    /// <summary>
    /// Brings each provider-day's records together, in input order within each: a hash per record and a counting
    /// sort, O(n), rather than a comparison sort of the whole batch. Partitions come out in order of first
    /// appearance; the order they are checked in does not matter, as findings are sorted at the end.
    /// </summary>
    private static IndexedRecord[] Partition(List<ServiceRecord> records, out int[] starts)
    {
        var ids = new int[records.Count];
        var partitionOf = new Dictionary<ProviderDayKey, int>();
        for (var i = 0; i < records.Count; i++)
        {
            var key = ProviderDayKey.Of(records[i]);
            if (!partitionOf.TryGetValue(key, out var id))
            {
                id = partitionOf.Count;
                partitionOf.Add(key, id);
            }

            ids[i] = id;
        }

        starts = new int[partitionOf.Count + 1];
        foreach (var id in ids)
        {
            starts[id + 1]++;
        }

        for (var p = 1; p < starts.Length; p++)
        {
            starts[p] += starts[p - 1];
        }

        var next = starts[..^1];
        var partitioned = new IndexedRecord[records.Count];
        for (var i = 0; i < records.Count; i++)
        {
            partitioned[next[ids[i]]++] = new IndexedRecord(records[i], i);
        }

        return partitioned;
    }

    private IEnumerable<RecordFinding> Stream(IEnumerable<ServiceRecord> records, ValidationStage stage)
    {
        var stream = new ProviderDayStream(_recordValidator, stage);
        foreach (var record in records)
        {
            stream.Add(record);
            foreach (var finding in stream.Ready)
            {
                yield return _severities.Apply(finding);
            }

            stream.Ready.Clear();
        }

        stream.Complete();
        foreach (var finding in stream.Ready)
        {
            yield return _severities.Apply(finding);
        }
    }

    private async IAsyncEnumerable<RecordFinding> StreamAsync(
        IAsyncEnumerable<ServiceRecord> records, ValidationStage stage, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var stream = new ProviderDayStream(_recordValidator, stage);
        await foreach (var record in records.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            // The input may not watch the token itself; the validation does.
            cancellationToken.ThrowIfCancellationRequested();
            stream.Add(record);
            foreach (var finding in stream.Ready)
            {
                yield return _severities.Apply(finding);
            }

            stream.Ready.Clear();
        }

        stream.Complete();
        foreach (var finding in stream.Ready)
        {
            yield return _severities.Apply(finding);
        }
    }
}
