using NodaTime;

namespace Sesis.Rules;

/// <summary>
/// The SR910 pass of a batch: the missing records of the check's period, with the batch's records as the records
/// there are, in the record validator's context. The period and the calendar are checked when the validator is
/// built; the context's schedules and "today" are read at each validation, so a change in the host's schedules is
/// seen without rebuilding. Immutable and safe to share across threads.
/// </summary>
internal sealed class BatchMissingRecords
{
    private readonly MissingRecordCheck _check;
    private readonly RecordingContext _context;
    private readonly ISchoolCalendar _calendar;

    public BatchMissingRecords(MissingRecordCheck check, RecordingContext context)
    {
        _check = check;
        _context = context;
        if (check.Period is null)
        {
            throw new ArgumentException("BatchValidatorOptions.MissingRecordCheck.Period is null: the missing-record check needs a period.", nameof(check));
        }

        ExpectedRecords.RequireIso(check.Period, nameof(check) + "." + nameof(check.Period));
        _calendar = context.RequireCalendar("the missing-record check (SR910)");
        context.RequireSchedules();
        context.RequireClock();
        context.RequireZone();
    }

    /// <summary>
    /// Starts the provider-by-provider pass of one streaming validation: reads the clock once and the context's
    /// schedules of the period once, grouped by provider in provider order (ordinal), for streams sorted by provider.
    /// </summary>
    public MissingRecordStream StartStream() => new(this, _context.GetCurrentDate(), SchedulesByProvider());

    // The context's schedules of the period grouped by provider, in provider order (ordinal): the order a sorted
    // stream meets them in, and with each provider's own order (date, student, service type) the one order of SR910.
    private ProviderSchedules[] SchedulesByProvider() =>
        [.. ExpectedRecords.Schedules(_context, _check.Period)
            .GroupBy(static s => s.ProviderId)
            .Select(static g => new ProviderSchedules(g.Key, [.. g]))
            .OrderBy(static p => p.Provider)];

    /// <summary>
    /// Finds the missing records of <paramref name="records"/>: a set of what was recorded in the period (any
    /// session type), then the shared definition of a missing record (<see cref="MissingRecords"/>).
    /// </summary>
    public MissingRecordFinding[] Find(List<ServiceRecord> records, AcrossRecordSeverities severities)
    {
        var today = _context.GetCurrentDate();
        var period = _check.Period;
        var recorded = new HashSet<ExpectedRecord>();
        foreach (var record in records)
        {
            // Only records that could satisfy a scheduled day of the period need remembering.
            var key = ExpectedRecords.KeyOf(record);
            // Stryker disable once Logical : only which records are remembered: the set is asked only about days of the period up to today
            if (period.Contains(key.Date) && key.Date <= today)
            {
                recorded.Add(key);
            }
        }

        var schedules = ExpectedRecords.Schedules(_context, period);
        return [.. MissingRecords.Missing(period, today, _calendar, schedules, recorded)
            .Select(e => new MissingRecordFinding(e, severities.Apply(MissingRecords.ToFinding(e))))];
    }

    /// <summary>
    /// <see cref="Find(List{ServiceRecord}, AcrossRecordSeverities)"/> on several threads: each provider's schedules against its own records, then the missing
    /// records put into the one order (date, provider, student, service type) that <see cref="Find(List{ServiceRecord}, AcrossRecordSeverities)"/> gives.
    /// </summary>
    public MissingRecordFinding[] Find(List<ServiceRecord> records, AcrossRecordSeverities severities, int degree)
    {
        if (degree == 1)
        {
            return Find(records, severities);
        }

        var today = _context.GetCurrentDate();
        var period = _check.Period;
        var byProvider = SchedulesByProvider();
        var options = new ParallelOptions { MaxDegreeOfParallelism = degree };
        var providerIndex = new Dictionary<ProviderId, int>(byProvider.Length);
        for (var p = 0; p < byProvider.Length; p++)
        {
            providerIndex.Add(byProvider[p].Provider, p);
        }

        // Each record's key and the provider it could count for (-1: none, or outside the period up to today), on every
        // thread: the one pass over a district's million records, which one thread would make alone.
        var keys = new ExpectedRecord[records.Count];
        var owner = new int[records.Count];
        // Stryker disable once all : how the work is cut only: every record is keyed once whatever the slices
        var slices = Math.Max(1, Math.Min(records.Count / 4096, degree * 4));
        Parallel.For(0, slices, options, s =>
        {
            for (var i = BatchValidator.Slice(records.Count, slices, s); i < BatchValidator.Slice(records.Count, slices, s + 1); i++)
            {
                var key = keys[i] = ExpectedRecords.KeyOf(records[i]);
                // Stryker disable once Logical : only which records are remembered: a set is asked only about days of the period up to today
                owner[i] = period.Contains(key.Date) && key.Date <= today && providerIndex.TryGetValue(key.ProviderId, out var p) ? p : -1;
            }
        });

        // The records of each provider, together (a counting sort by provider): each provider's set is then built on
        // the thread that asks it, and no set is shared.
        var starts = new int[byProvider.Length + 1];
        foreach (var p in owner)
        {
            if (p >= 0)
            {
                starts[p + 1]++;
            }
        }

        for (var p = 0; p < byProvider.Length; p++)
        {
            starts[p + 1] += starts[p];
        }

        var byOwner = new int[starts[^1]];
        var next = starts[..^1];
        for (var i = 0; i < owner.Length; i++)
        {
            if (owner[i] is var p and >= 0)
            {
                byOwner[next[p]++] = i;
            }
        }

        var found = new MissingRecordFinding[byProvider.Length][];
        Parallel.For(0, byProvider.Length, options, p =>
        {
            // Stryker disable once Arithmetic : a capacity only
            var recorded = new HashSet<ExpectedRecord>(starts[p + 1] - starts[p]);
            for (var j = starts[p]; j < starts[p + 1]; j++)
            {
                recorded.Add(keys[byOwner[j]]);
            }

            found[p] = [.. MissingRecords.Missing(period, today, _calendar, byProvider[p].Schedules, recorded)
                .Select(e => new MissingRecordFinding(e, severities.Apply(MissingRecords.ToFinding(e))))];
        });

        return InDateOrder(found, period.Start);
    }

    // The providers' missing records, each provider's in date, student and service-type order and the providers in id
    // order, into date, provider, student and service-type order: a stable counting sort by date, one pass to count
    // and one to place. A comparison sort of them all ran on one thread: 0.6-1.3 s of a 2-2.8 s two-thread run over a
    // district's first 100,000 records and their 924,358 missing records.
    private static MissingRecordFinding[] InDateOrder(MissingRecordFinding[][] byProvider, LocalDate first)
    {
        var count = 0;
        var last = first;
        foreach (var found in byProvider)
        {
            count += found.Length;
            if (found.Length > 0 && found[^1].Expected.Date > last)
            {
                last = found[^1].Expected.Date;
            }
        }

        var starts = new int[Period.DaysBetween(first, last) + 2];
        foreach (var found in byProvider)
        {
            foreach (var missing in found)
            {
                starts[Period.DaysBetween(first, missing.Expected.Date) + 1]++;
            }
        }

        for (var day = 1; day < starts.Length; day++)
        {
            starts[day] += starts[day - 1];
        }

        var all = new MissingRecordFinding[count];
        foreach (var found in byProvider)
        {
            foreach (var missing in found)
            {
                all[starts[Period.DaysBetween(first, missing.Expected.Date)]++] = missing;
            }
        }

        return all;
    }

    /// <summary>One provider's schedules.</summary>
    internal sealed record ProviderSchedules(ProviderId Provider, ServiceSchedule[] Schedules);

    /// <summary>
    /// The SR910 pass of a stream sorted by provider: it watches the records go by and, each time a provider's
    /// records end, hands over that provider's schedules and what was recorded, so the provider's missing records
    /// can be found (<see cref="ProviderDone.Report"/>) without holding any other provider's. Scheduled providers
    /// with no record at all are handed over as the stream passes where they would sort. Not thread-safe: it
    /// belongs to the thread reading the input; <see cref="ProviderDone.Report"/> may run on any thread.
    /// </summary>
    internal sealed class MissingRecordStream(BatchMissingRecords owner, LocalDate today, ProviderSchedules[] byProvider)
    {
        private int _next;
        private ProviderId? _current;
        private ProviderDone? _open;

        /// <summary>
        /// Takes the next record's provider and date; adds to <paramref name="done"/> the providers this ends. A record
        /// that does not <paramref name="counts"/> (a reading whose SR910 fields were not all read) only moves the stream on.
        /// </summary>
        public void Observe(ServiceRecord record, bool counts, List<ProviderDone> done)
        {
            if (_current is not { } current || current != record.ProviderId)
            {
                Close(done);
                Skip(record.ProviderId, done);
                _current = record.ProviderId;
                if (_next < byProvider.Length && byProvider[_next].Provider == record.ProviderId)
                {
                    _open = new ProviderDone(owner, today, byProvider[_next++].Schedules);
                }
            }

            if (counts)
            {
                _open?.Record(record);
            }
        }

        /// <summary>Ends the stream: the last provider and every scheduled provider after it are done.</summary>
        public void Finish(List<ProviderDone> done)
        {
            Close(done);
            while (_next < byProvider.Length)
            {
                done.Add(new ProviderDone(owner, today, byProvider[_next++].Schedules));
            }
        }

        private void Close(List<ProviderDone> done)
        {
            if (_open is not null)
            {
                done.Add(_open);
                _open = null;
            }
        }

        // Scheduled providers that sort before the next record's have no record in the stream.
        private void Skip(ProviderId upTo, List<ProviderDone> done)
        {
            while (_next < byProvider.Length && byProvider[_next].Provider.CompareTo(upTo) < 0)
            {
                done.Add(new ProviderDone(owner, today, byProvider[_next++].Schedules));
            }
        }
    }

    /// <summary>One provider whose records have all gone by: its schedules and what it recorded in the period.</summary>
    internal sealed class ProviderDone(BatchMissingRecords owner, LocalDate today, ServiceSchedule[] schedules)
    {
        private readonly HashSet<ExpectedRecord> _recorded = [];
        private bool _hadRecords;
        private List<MissingRecordFinding>? _found;

        public void Record(ServiceRecord record)
        {
            // Stryker disable once all : where a provider's missing records are worked out, not what they are: Report works them out otherwise
            _hadRecords = true;

            // As in the whole-batch pass: only records that could satisfy a scheduled day of the period count.
            var key = ExpectedRecords.KeyOf(record);
            // Stryker disable once Logical : only which records are remembered: the set is asked only about days of the period up to today
            if (owner._check.Period.Contains(key.Date) && key.Date <= today)
            {
                _recorded.Add(key);
            }
        }

        /// <summary>Finds the missing records now when the provider had records (a handful at most); else leaves them to <see cref="Report"/>.</summary>
        public void FindIfRecorded(AcrossRecordSeverities severities)
        {
            // Stryker disable once Boolean,Block : where the missing records are worked out, not what they are: Report works them out otherwise
            if (_hadRecords)
            {
                _found = [.. Missing(severities)];
            }
        }

        /// <summary>Hands on the provider's missing records, in date, student and service-type order, one at a time.</summary>
        public void Report(AcrossRecordSeverities severities, Action<MissingRecordFinding> handler)
        {
            foreach (var missing in _found ?? Missing(severities))
            {
                handler(missing);
            }
        }

        private IEnumerable<MissingRecordFinding> Missing(AcrossRecordSeverities severities) =>
            MissingRecords.Missing(owner._check.Period, today, owner._calendar, schedules, _recorded)
                .Select(m => new MissingRecordFinding(m, severities.Apply(MissingRecords.ToFinding(m))));
    }
}
