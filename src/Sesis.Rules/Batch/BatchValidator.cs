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
/// but its session has a different number of students with Service Provided records (procedure step 10).</description></item>
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
/// <see cref="RecordingContext.SeverityOverrides"/> of the record validator's context.
/// </para>
/// </remarks>
public sealed class BatchValidator
{
    // The fields SR910 needs to know which record exists.
    /// <summary>The fields SR910 matches a record on: a reading counts as a record there only when all were read.</summary>
    internal const RecordFields MissingRecordFields = RecordFields.ProviderId | RecordFields.StudentId | RecordFields.ServiceType | RecordFields.Date;

    private readonly IServiceRecordValidator _recordValidator;
    private readonly AcrossRecordSeverities _severities;
    private readonly BatchMissingRecords? _missingRecords;
    private readonly int _degree;

    /// <summary>Initializes a validator that runs a <see cref="ServiceRecordValidator"/> on <paramref name="context"/> on each record.</summary>
    /// <param name="context">The context of the records and of the across-record severities.</param>
    /// <exception cref="ArgumentNullException"><paramref name="context"/> is null.</exception>
    /// <exception cref="ArgumentException">The context is refused by <see cref="ServiceRecordValidator"/>.</exception>
    public BatchValidator(RecordingContext context)
        : this(new ServiceRecordValidator(context))
    {
    }

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
    /// The record validator's context is null or overrides an across-record code with an undefined severity; the
    /// missing-record check has no period, a period outside the ISO calendar, or a context without a calendar; or
    /// <see cref="BatchValidatorOptions.MaxDegreeOfParallelism"/> is below 1.
    /// </exception>
    public BatchValidator(BatchValidatorOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(options.RecordValidator, nameof(options) + "." + nameof(options.RecordValidator));
        _recordValidator = options.RecordValidator;
        var context = options.RecordValidator.Context
            ?? throw new ArgumentException("BatchValidatorOptions.RecordValidator.Context is null.", nameof(options));
        _severities = AcrossRecordSeverities.Resolve(context);
        _missingRecords = options.MissingRecordCheck is { } check ? new BatchMissingRecords(check, context) : null;
        _degree = options.MaxDegreeOfParallelism >= 1
            ? options.MaxDegreeOfParallelism
            : throw new ArgumentOutOfRangeException(
                nameof(options), options.MaxDegreeOfParallelism,
                "BatchValidatorOptions.MaxDegreeOfParallelism must be at least 1 (1 validates on the calling thread only).");
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
        if (_degree > 1)
        {
            return ValidateInParallel(records, stage);
        }

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
    /// Validates records read from text (<see cref="ServiceRecordReader"/>) or wrapped with a row key
    /// (<see cref="ServiceRecordReading.Of"/>), in any order, as <see cref="Validate(IEnumerable{ServiceRecord}, ValidationStage)"/> does.
    /// </summary>
    /// <param name="readings">The readings; a reading's position in this sequence is its <see cref="RecordFinding.Index"/>.</param>
    /// <param name="stage">The stage each record is validated at.</param>
    /// <returns>
    /// The findings, sorted by record position, then code, field and message, each with its reading's
    /// <see cref="RecordFinding.RowKey"/>; and the missing records when the validator has a <see cref="MissingRecordCheck"/>.
    /// </returns>
    /// <remarks>
    /// <para>
    /// A reading with unreadable values gets its own findings (SR0xx) and, when the record validator is a
    /// <see cref="ServiceRecordValidator"/>, every finding of the rules that do not read an unreadable field (another
    /// <see cref="IServiceRecordValidator"/> cannot say which fields its rules read, so it is not run on such a reading).
    /// </para>
    /// <para>
    /// Across records, a reading takes part with what was read: one whose student, service type, times and session
    /// type were read is compared like any record (its own group size unreadable, it still counts as present); any
    /// other keeps silent every finding its unknown values could change on the records it may share a provider-day
    /// with (any provider's when its provider is unreadable, any date's when its date is). So a correct record never
    /// gets a finding because of another record's unreadable value: where a rule cannot decide, it says nothing, and
    /// the unreadable record already carries its finding. SR910 counts the readings whose provider, student, service
    /// type and date were read.
    /// </para>
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="readings"/> is null.</exception>
    /// <exception cref="ArgumentException">A reading of the input is null; the message gives its position.</exception>
    public BatchValidationResult Validate(IEnumerable<ServiceRecordReading> readings, ValidationStage stage)
    {
        ArgumentNullException.ThrowIfNull(readings);
        var items = new List<IndexedRecord>(readings.TryGetNonEnumeratedCount(out var known) ? known : 0);
        foreach (var reading in readings)
        {
            var index = items.Count;
            if (reading is null)
            {
                throw new ArgumentException($"Reading {index} of the input is null.", nameof(readings));
            }

            items.Add(new IndexedRecord(reading.Partial, index, reading));
        }

        // Each reading's own findings, then the rules across records by provider-day: on up to the degree's threads,
        // each into a list of its own, sorted into the one output order at the end.
        // Stryker disable once all : the degree only: findings do not depend on it (ParallelValidationTests)
        var options = new ParallelOptions { MaxDegreeOfParallelism = _degree };
        var slices = _degree == 1 ? 1 : Math.Max(1, Math.Min(items.Count / 256, _degree * 8));
        var own = new List<RecordFinding>[slices];
        ForEachSlice(slices, options, s =>
        {
            var list = new List<RecordFinding>();
            for (var index = Slice(items.Count, slices, s); index < Slice(items.Count, slices, s + 1); index++)
            {
                AddOwnFindings(_recordValidator, items[index].Reading!, index, stage, list);
            }

            own[s] = list;
        });

        var findings = own.Length == 1 ? own[0] : [.. own.SelectMany(static l => l)];
        CheckReadings(items, findings, options);
        _severities.Apply(findings);
        findings.Sort(FindingOrder.Instance);

        IReadOnlyList<MissingRecordFinding> missing = _missingRecords is null
            ? []
            : _missingRecords.Find([.. items.Where(static i => (i.Unreadable & MissingRecordFields) == RecordFields.None).Select(static i => i.Record)], _severities, _degree);
        return new BatchValidationResult(findings.AsReadOnly(), items.Count, missing);
    }

    /// <summary>
    /// Validates readings sorted by provider id (ordinal) and then date, holding one provider-day at a time, as
    /// <see cref="ValidateStream(IEnumerable{ServiceRecord}, ValidationStage)"/> does; each finding carries its reading's row key.
    /// </summary>
    /// <param name="readings">
    /// The readings, sorted by provider id and then date, as read. A reading whose provider or date could not be read
    /// has no place in that order and is taken wherever it comes; it silences the findings it could change in the
    /// provider-days that come after it (of its provider, or of any provider when its provider is unreadable). Put
    /// such readings first (those without a readable provider before all, the others first among their provider's)
    /// to get exactly the findings <see cref="Validate(IEnumerable{ServiceRecordReading}, ValidationStage)"/> gives.
    /// </param>
    /// <param name="stage">The stage each record is validated at.</param>
    /// <returns>The findings, lazily, sorted by record position, then code, field and message.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="readings"/> is null.</exception>
    /// <exception cref="InvalidOperationException">
    /// While enumerating: a placed reading's provider and date sort before the previous one's. Or up front: the
    /// validator has a <see cref="MissingRecordCheck"/> (see <see cref="ValidateStream(IEnumerable{ServiceRecord}, ValidationStage)"/>).
    /// </exception>
    /// <exception cref="ArgumentException">While enumerating: a reading of the input is null.</exception>
    public IEnumerable<RecordFinding> ValidateStream(IEnumerable<ServiceRecordReading> readings, ValidationStage stage)
    {
        ArgumentNullException.ThrowIfNull(readings);
        RefuseStreamingWithMissingRecordCheck();
        return Stream(readings, static (stream, reading) => stream.Add(reading), stage, null);
    }

    /// <summary>
    /// Validates readings sorted by provider id (ordinal) and then date, as
    /// <see cref="ValidateStream(IEnumerable{ServiceRecordReading}, ValidationStage)"/> does, and finds the missing
    /// records (SR910) provider by provider as the input passes, as
    /// <see cref="ValidateStream(IEnumerable{ServiceRecord}, ValidationStage, Action{MissingRecordFinding})"/> does for records.
    /// </summary>
    /// <param name="readings">The readings, sorted by provider id and then date, as read (see the other overload for readings without a place).</param>
    /// <param name="stage">The stage each record is validated at.</param>
    /// <param name="missingRecord">Called on the enumerating thread for each missing record, in provider order.</param>
    /// <returns>The findings on records, lazily, sorted by record position, then code, field and message.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="readings"/> or <paramref name="missingRecord"/> is null.</exception>
    /// <exception cref="InvalidOperationException">While enumerating: a placed reading's provider and date sort before the previous one's.</exception>
    /// <exception cref="ArgumentException">While enumerating: a reading of the input is null.</exception>
    public IEnumerable<RecordFinding> ValidateStream(
        IEnumerable<ServiceRecordReading> readings, ValidationStage stage, Action<MissingRecordFinding> missingRecord)
    {
        ArgumentNullException.ThrowIfNull(readings);
        ArgumentNullException.ThrowIfNull(missingRecord);
        return Stream(readings, static (stream, reading) => stream.Add(reading), stage, missingRecord);
    }

    /// <summary>
    /// Validates an asynchronous stream of readings sorted by provider id and then date, as
    /// <see cref="ValidateStream(IEnumerable{ServiceRecordReading}, ValidationStage)"/> does.
    /// </summary>
    /// <param name="readings">The readings, sorted by provider id (ordinal) and then date, as read.</param>
    /// <param name="stage">The stage each record is validated at.</param>
    /// <param name="cancellationToken">Stops the validation: passed to the input and checked before each reading.</param>
    /// <returns>The findings, sorted by record position, then code, field and message.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="readings"/> is null.</exception>
    /// <exception cref="InvalidOperationException">While enumerating: the input is not sorted; or up front: the validator has a <see cref="MissingRecordCheck"/>.</exception>
    /// <exception cref="OperationCanceledException">While enumerating: <paramref name="cancellationToken"/> was cancelled.</exception>
    /// <exception cref="ArgumentException">While enumerating: a reading of the input is null.</exception>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("ApiDesign", "RS0026:Do not add multiple public overloads with optional parameters",
        Justification = "The overloads differ in their first parameter's element type (records or readings), so no call is ambiguous.")]
    public IAsyncEnumerable<RecordFinding> ValidateStreamAsync(
        IAsyncEnumerable<ServiceRecordReading> readings, ValidationStage stage, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(readings);
        RefuseStreamingWithMissingRecordCheck();
        return StreamAsync(readings, static (stream, reading) => stream.Add(reading), stage, cancellationToken);
    }

    /// <summary>
    /// A reading's own findings: the record validator's for a complete reading; for one read in part, its SR0xx
    /// findings and, from a <see cref="ServiceRecordValidator"/>, every rule that does not read an unreadable field.
    /// </summary>
    internal static void AddOwnFindings(IServiceRecordValidator validator, ServiceRecordReading reading, long index, ValidationStage stage, List<RecordFinding> sink)
    {
        var own = reading.IsComplete ? validator.Validate(reading.Partial, stage)
            : validator is ServiceRecordValidator library ? library.Validate(reading, stage)
            : reading.Findings;
        for (var i = 0; i < own.Count; i++)
        {
            sink.Add(new RecordFinding(index, reading.Partial, own[i]) { RowKey = reading.RowKey });
        }
    }

    /// <summary>
    /// Checks readings across records: the placed ones (provider and date read) by provider-day, each with the
    /// readings that may belong to it (provider or date unreadable).
    /// </summary>
    private static void CheckReadings(List<IndexedRecord> items, List<RecordFinding> findings, ParallelOptions options)
    {
        var days = new Dictionary<ProviderDayKey, List<IndexedRecord>>();
        var byProvider = new Dictionary<ProviderId, List<IndexedRecord>>();
        var byDate = new Dictionary<NodaTime.LocalDate, List<IndexedRecord>>();
        var anywhere = new List<IndexedRecord>();
        foreach (var item in items)
        {
            var unknown = item.Unreadable;
            var providerKnown = (unknown & RecordFields.ProviderId) == RecordFields.None;
            var dateKnown = (unknown & RecordFields.Date) == RecordFields.None;
            var list = providerKnown && dateKnown ? Bucket(days, ProviderDayKey.Of(item.Record))
                : providerKnown ? Bucket(byProvider, item.Record.ProviderId)
                : dateKnown ? Bucket(byDate, item.Record.Date)
                : anywhere;
            list.Add(item);
        }

        // Provider-days in groups, a few per thread; each group with a checker and a list of its own.
        var dayList = days.ToArray();
        // Stryker disable once all : how the work is cut only: findings are sorted into one order after it, whatever the degree
        var groups = options.MaxDegreeOfParallelism == 1 ? 1 : Math.Max(1, Math.Min(dayList.Length, options.MaxDegreeOfParallelism * 8));
        var across = new List<RecordFinding>[groups];
        ForEachSlice(groups, options, g =>
        {
            var checker = new ProviderDayChecker();
            var mayBelong = new List<IndexedRecord>();
            var list = new List<RecordFinding>();
            for (var d = Slice(dayList.Length, groups, g); d < Slice(dayList.Length, groups, g + 1); d++)
            {
                var (key, day) = dayList[d];
                mayBelong.Clear();
                mayBelong.AddRange(anywhere);
                if (byProvider.TryGetValue(key.Provider, out var ofProvider))
                {
                    mayBelong.AddRange(ofProvider);
                }

                if (byDate.TryGetValue(key.Date, out var ofDate))
                {
                    mayBelong.AddRange(ofDate);
                }

                checker.Check(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(day), System.Runtime.InteropServices.CollectionsMarshal.AsSpan(mayBelong), list);
            }

            across[g] = list;
        });

        foreach (var list in across)
        {
            findings.AddRange(list);
        }
    }

    private static List<IndexedRecord> Bucket<TKey>(Dictionary<TKey, List<IndexedRecord>> buckets, TKey key)
        where TKey : notnull
    {
        if (!buckets.TryGetValue(key, out var list))
        {
            list = [];
            buckets.Add(key, list);
        }

        return list;
    }

    /// <summary>
    /// Validates records sorted by provider id (ordinal, as <see cref="ProviderId.CompareTo"/>) and then date,
    /// holding one provider-day partition at a time (a few thousand records per thread when
    /// <see cref="BatchValidatorOptions.MaxDegreeOfParallelism"/> is above 1): each partition's findings are yielded
    /// once a record of a later partition arrives, and its records are let go.
    /// </summary>
    /// <param name="records">The records, sorted by provider id and then date; any order within a provider-day.</param>
    /// <param name="stage">The stage each record is validated at.</param>
    /// <returns>
    /// The findings, lazily, sorted by record position, then code, field and message: the same list that
    /// <see cref="Validate(IEnumerable{ServiceRecord}, ValidationStage)"/> returns for the same input, whatever the degree of parallelism.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="records"/> is null.</exception>
    /// <exception cref="InvalidOperationException">
    /// While enumerating: a record's provider and date sort before the previous record's. The findings yielded
    /// until then are right; the rest of the input is not checked.
    /// </exception>
    /// <exception cref="ArgumentException">While enumerating: a record of the input is null.</exception>
    /// <exception cref="InvalidOperationException">
    /// The validator has a <see cref="MissingRecordCheck"/>: this overload yields findings on records only, so it
    /// would drop the missing records. Call the overload that takes a handler for them, or <see cref="Validate(IEnumerable{ServiceRecord}, ValidationStage)"/>.
    /// </exception>
    public IEnumerable<RecordFinding> ValidateStream(IEnumerable<ServiceRecord> records, ValidationStage stage)
    {
        ArgumentNullException.ThrowIfNull(records);
        RefuseStreamingWithMissingRecordCheck();
        return Stream(records, stage, null);
    }

    /// <summary>
    /// Validates records sorted by provider id (ordinal) and then date, as the other overload does, and finds
    /// the missing records (SR910) provider by provider as the input passes: each provider's once its last record
    /// has gone by, and each scheduled provider with no record once the input passes where it would sort. Only one
    /// provider's scheduled days are worked out at a time, so memory does not grow with the number of schedules
    /// times days.
    /// </summary>
    /// <param name="records">The records, sorted by provider id and then date; any order within a provider-day.</param>
    /// <param name="stage">The stage each record is validated at.</param>
    /// <param name="missingRecord">
    /// Called on the enumerating thread for each missing record: in provider order, and within a provider in date,
    /// student and service-type order; a provider's after the findings of its records are yielded and before the
    /// enumeration ends. Without a <see cref="MissingRecordCheck"/> it is never called.
    /// </param>
    /// <returns>
    /// The findings on records, lazily, in the same order as the other overload. The findings and the missing
    /// records together are those <see cref="Validate(IEnumerable{ServiceRecord}, ValidationStage)"/> returns for the same input (which lists the missing
    /// records in date order first).
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="records"/> or <paramref name="missingRecord"/> is null.</exception>
    /// <exception cref="InvalidOperationException">While enumerating: the input is not sorted by provider and date.</exception>
    /// <exception cref="ArgumentException">While enumerating: a record of the input is null.</exception>
    public IEnumerable<RecordFinding> ValidateStream(
        IEnumerable<ServiceRecord> records, ValidationStage stage, Action<MissingRecordFinding> missingRecord)
    {
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(missingRecord);
        return Stream(records, stage, missingRecord);
    }

    /// <summary>
    /// Validates an asynchronous stream of records sorted by provider id and then date, holding one
    /// provider-day partition at a time, as <see cref="ValidateStream(IEnumerable{ServiceRecord}, ValidationStage)"/> does.
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
    /// The validator has a <see cref="MissingRecordCheck"/>, whose missing records a stream of record findings
    /// cannot carry (see <see cref="ValidateStream(IEnumerable{ServiceRecord}, ValidationStage)"/>).
    /// </exception>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("ApiDesign", "RS0026:Do not add multiple public overloads with optional parameters",
        Justification = "The overloads differ in their first parameter's element type (records or readings), so no call is ambiguous.")]
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
                "This BatchValidator has a MissingRecordCheck (SR910), and this stream yields findings on records only: call the " +
                "ValidateStream overload that takes a handler for missing records, or Validate, whose result holds them.");
        }
    }

    /// <summary>
    /// <see cref="Validate(IEnumerable{ServiceRecord}, ValidationStage)"/> on several threads: the records are held first, then each thread validates a range
    /// of them and checks a range of whole provider-day partitions into findings of its own; the findings are
    /// sorted into the one output order at the end, so they come out as the sequential run gives them.
    /// </summary>
    private BatchValidationResult ValidateInParallel(IEnumerable<ServiceRecord> records, ValidationStage stage)
    {
        var items = records.TryGetNonEnumeratedCount(out var known) ? new List<ServiceRecord>(known) : [];
        foreach (var record in records)
        {
            items.Add(record ?? throw new ArgumentException($"Record {items.Count} of the input is null.", nameof(records)));
        }

        // Stryker disable once all : the degree only: findings do not depend on it (ParallelValidationTests)
        var options = new ParallelOptions { MaxDegreeOfParallelism = _degree };

        // Each record's own findings: the bulk of the work, in ranges a few times more than the threads, so a
        // thread that finishes early takes another.
        // Stryker disable once all : how the work is cut only: findings are sorted into one order after it, whatever the degree
        var slices = Math.Max(1, Math.Min(items.Count / 256, _degree * 8));
        var own = new List<RecordFinding>[slices];
        ForEachSlice(slices, options, s =>
        {
            var list = new List<RecordFinding>();
            for (var index = Slice(items.Count, slices, s); index < Slice(items.Count, slices, s + 1); index++)
            {
                var found = _recordValidator.Validate(items[index], stage);
                for (var i = 0; i < found.Count; i++)
                {
                    list.Add(new RecordFinding(index, items[index], found[i]));
                }
            }

            own[s] = list;
        });

        // The rules across records, by whole partitions: runs of sorted input, or the hash partitions otherwise.
        if (!TryRunsOfSorted(items, slices, options, out var partitioned, out var starts))
        {
            partitioned = Partition(items, out starts);
        }

        var partitions = starts.Length - 1;
        // Stryker disable once all : how the work is cut only: findings are sorted into one order after it, whatever the degree
        var groups = Math.Max(1, Math.Min(partitions, _degree * 8));
        var across = new List<RecordFinding>[groups];
        ForEachSlice(groups, options, g =>
        {
            var checker = new ProviderDayChecker();
            var list = new List<RecordFinding>();
            for (var p = Slice(partitions, groups, g); p < Slice(partitions, groups, g + 1); p++)
            {
                checker.Check(partitioned.AsSpan(starts[p], starts[p + 1] - starts[p]), list);
            }

            across[g] = list;
        });

        // Stryker disable once Linq,NullCoalescing : an initial capacity only (the lists are never empty)
        var findings = new List<RecordFinding>(own.Sum(l => l.Count) + across.Sum(l => l?.Count ?? 0));
        foreach (var list in own.Concat(across))
        {
            if (list is not null)
            {
                findings.AddRange(list);
            }
        }

        _severities.Apply(findings);
        findings.Sort(FindingOrder.Instance);
        IReadOnlyList<MissingRecordFinding> missing = _missingRecords is null ? [] : _missingRecords.Find(items, _severities, _degree);
        return new BatchValidationResult(findings.AsReadOnly(), items.Count, missing);
    }

    /// <summary>
    /// The provider-day runs of records sorted by provider and date, found on every thread: each slice walks its
    /// records from the one before it and notes where runs begin. False, with nothing found, when a record comes before
    /// the one above it: the records are then partitioned by hashing.
    /// </summary>
    private static bool TryRunsOfSorted(List<ServiceRecord> items, int slices, ParallelOptions options, out IndexedRecord[] runs, out int[] starts)
    {
        var indexed = new IndexedRecord[items.Count];
        var runStarts = new List<int>[slices];
        var unsorted = 0;
        ForEachSlice(slices, options, s =>
        {
            var (start, end) = (Slice(items.Count, slices, s), Slice(items.Count, slices, s + 1));
            var list = new List<int>();
            if (!WalkSorted(items, start, end, list))
            {
                Volatile.Write(ref unsorted, 1);
                // Stryker disable once Statement : the slice stops early only: the flag is set
                return;
            }

            for (var i = start; i < end; i++)
            {
                indexed[i] = new IndexedRecord(items[i], i);
            }

            runStarts[s] = list;
        });

        if (unsorted != 0)
        {
            (runs, starts) = ([], []);
            return false;
        }

        starts = [.. runStarts.SelectMany(static l => l), items.Count];
        runs = indexed;
        // Stryker disable once Boolean : only picks runs or hashing: hashing finds the same provider-days
        return true;
    }

    // One slice runs on the calling thread, so a single-threaded validator throws what its record validator throws, unwrapped.
    private static void ForEachSlice(int slices, ParallelOptions options, Action<int> body)
    {
        if (slices == 1)
        {
            body(0);
        }
        else
        {
            Parallel.For(0, slices, options, body);
        }
    }

    // Where slice s of n items split into `slices` near-equal slices begins (also the missing-record pass's slices).
    internal static int Slice(int n, int slices, int s) => (int)((long)n * s / slices);

    /// <summary>
    /// Whether the records are sorted by provider and date, as an export by provider usually is: then each
    /// provider-day is one run of the input and needs no partitioning (no hash table, no copy of the batch).
    /// </summary>
    private static bool IsSortedByProviderDay(List<ServiceRecord> records) => WalkSorted(records, 0, records.Count, runStarts: null);

    /// <summary>
    /// Walks records start to end against the one before start, each record's key made once: false at the first record
    /// that sorts before the one above it; otherwise the indexes where a provider-day begins go to
    /// <paramref name="runStarts"/> when given.
    /// </summary>
    private static bool WalkSorted(List<ServiceRecord> records, int start, int end, List<int>? runStarts)
    {
        ProviderDayKey? previous = start == 0 ? null : ProviderDayKey.Of(records[start - 1]);
        for (var i = start; i < end; i++)
        {
            var key = ProviderDayKey.Of(records[i]);
            var order = previous is { } above ? key.CompareTo(above) : 1;
            // Stryker disable once Equality,Boolean : only picks runs or hashing: each mutant sends the input to hashing (the first record, at 1, is enough), which finds the same provider-days
            if (order < 0)
            {
                return false;
            }

            if (order != 0)
            {
                runStarts?.Add(i);
            }

            previous = key;
        }

        // Stryker disable once Boolean : only picks runs or hashing: hashing finds the same provider-days
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

    private IEnumerable<RecordFinding> Stream(IEnumerable<ServiceRecord> records, ValidationStage stage, Action<MissingRecordFinding>? missingRecord) =>
        Stream(records, static (stream, record) => stream.Add(record), stage, missingRecord);

    // Records or readings: the same run (StreamingRun), told how to take one item; this loop only feeds it and waits.
    private IEnumerable<RecordFinding> Stream<T>(IEnumerable<T> records, Action<ProviderDayStream, T> add, ValidationStage stage, Action<MissingRecordFinding>? missingRecord)
    {
        var run = new StreamingRun<T>(new ProviderDayStream(_recordValidator, stage, _severities, missingRecord is null ? null : _missingRecords, _degree), add, _severities, missingRecord);
        using var input = records.GetEnumerator();
        foreach (var step in run.Steps())
        {
            if (step.Finding is { } finding)
            {
                yield return finding;
            }
            else if (step.Chunk is { } chunk)
            {
                chunk.GetAwaiter().GetResult();
            }
            else if (input.MoveNext())
            {
                run.Take(input.Current);
            }
            else
            {
                run.End();
            }
        }
    }

    private IAsyncEnumerable<RecordFinding> StreamAsync(
        IAsyncEnumerable<ServiceRecord> records, ValidationStage stage, CancellationToken cancellationToken) =>
        StreamAsync(records, static (stream, record) => stream.Add(record), stage, cancellationToken);

    // The asynchronous twin of Stream: the same run, with the input and the chunks awaited.
    private async IAsyncEnumerable<RecordFinding> StreamAsync<T>(
        IAsyncEnumerable<T> records, Action<ProviderDayStream, T> add, ValidationStage stage, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var run = new StreamingRun<T>(new ProviderDayStream(_recordValidator, stage, _severities, null, _degree), add, _severities, null);
        var input = records.GetAsyncEnumerator(cancellationToken);
        await using (input.ConfigureAwait(false))
        {
            foreach (var step in run.Steps())
            {
                if (step.Finding is { } finding)
                {
                    yield return finding;
                }
                else if (step.Chunk is { } chunk)
                {
                    await chunk.ConfigureAwait(false);
                }
                else if (await input.MoveNextAsync().ConfigureAwait(false))
                {
                    // The input may not watch the token itself; the validation does.
                    cancellationToken.ThrowIfCancellationRequested();
                    run.Take(input.Current);
                }
                else
                {
                    run.End();
                }
            }
        }
    }
}
