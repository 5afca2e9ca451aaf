using System.Diagnostics;
using System.Globalization;
using System.Runtime;
using NodaTime;
using Sesis.Rules.Sample.Input;
using Sesis.Rules.Sample.Output;

namespace Sesis.Rules.Sample;

/// <summary>
/// Checks a batch and hands every record, with its findings, and every missing record (SR910) to a findings
/// writer, in input order. Input sorted by provider and date is streamed (the library's streaming validation,
/// with SR910 provider by provider), so memory stays flat whatever its size; other input is held whole and
/// validated at once. Either way the records are checked on <see cref="ReportOptions.Threads"/> threads.
/// </summary>
internal static class BatchReport
{
    /// <summary>Checks the batch and writes what it finds.</summary>
    /// <returns>The counts of the run, for the exit code.</returns>
    public static Summary Run(Batch batch, IFindingWriter writer, ReportOptions options, TextWriter error)
    {
        var source = batch.Source;

        // One pass over providers and dates, unless both things it tells were given.
        var facts = options.Sorted is { } told && options.MissingFrom is { } from
            ? new SourceFacts(told, from)
            : source.Scan();
        var validator = new BatchValidator(new BatchValidatorOptions
        {
            RecordValidator = new ServiceRecordValidator(batch.Context),
            MissingRecordCheck = MissingRecordCheck(batch, options.MissingFrom ?? facts.Earliest),
            MaxDegreeOfParallelism = options.Threads,
        });
        var summary = new Summary();
        var progress = options.ShowProgress ? new Progress(error, source) : null;
        writer.Begin();
        var streamed = source.Held is null && (options.Sorted ?? facts.Sorted);
        if (streamed)
        {
            Settle();
            Stream(source, options.Threads, validator, writer, summary, progress);
        }
        else
        {
            Whole(source, options.Threads, validator, writer, summary, progress, error, told: options.Sorted == false);
        }

        progress?.End(summary.Records);
        writer.End(summary);
        return summary;
    }

    // Missing records are looked for from the first day of the earliest record's month (or of the previous month,
    // the default entry window, when there are no records) up to today, for the batch's schedules.
    private static MissingRecordCheck? MissingRecordCheck(Batch batch, LocalDate? earliest)
    {
        if (batch.Calendar is null || batch.Schedules.Count == 0)
        {
            return null;
        }

        var today = batch.Today;
        var first = (earliest ?? today.PlusMonths(-1)).With(DateAdjusters.StartOfMonth);
        return first > today
            ? null
            : new MissingRecordCheck { Period = new DateInterval(first, today) };
    }

    // Reading a district's context leaves free space in the large object heap (the lists and indexes built on the
    // way; the batch file's bytes are outside the heap, see FileBytes), which the runtime does not compact by itself:
    // one compacting collection before the stream starts gives it back, so a long run's memory is the context and the
    // records in flight (without it, 185-201 MB against 173-183 MB at the peak of a district's run).
    private static void Settle()
    {
        GCSettings.LargeObjectHeapCompactionMode = GCLargeObjectHeapCompactionMode.CompactOnce;
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
    }

    private static void Stream(RecordSource source, int threads, BatchValidator validator, IFindingWriter writer, Summary summary, Progress? progress)
    {
        // The records read but not yet written: those whose findings may still come. The library holds only the
        // chunks in flight, so this queue stays as short.
        var waiting = new Queue<SourcedRecord>();
        long written = 0;
        var findings = new List<Finding>();

        // Readings, so a record read in part is still checked by every rule its unreadable values do not touch.
        IEnumerable<ServiceRecordReading> Feed()
        {
            foreach (var record in source.Read(threads))
            {
                waiting.Enqueue(record);
                progress?.Checked(waiting.Count + written);
                yield return record.Reading;
            }
        }

        void WriteUpTo(long index)
        {
            while (written < index)
            {
                var record = waiting.Dequeue();
                writer.Record(record, findings);
                summary.Add(findings);
                findings.Clear();
                written++;
            }
        }

        try
        {
            foreach (var finding in validator.ValidateStream(Feed(), ValidationStage.Save, m => Missing(writer, summary, m)))
            {
                // Findings come sorted by record: those of an earlier record are complete once a later one's arrives.
                WriteUpTo(finding.Index);
                findings.Add(finding.Finding);
            }
        }
        catch (InvalidOperationException e) when (e.Message.Contains("sorted", StringComparison.Ordinal))
        {
            throw new InputException(source.File, null, null, $"{e.Message} Leave out --sorted to have the host check, or pass --unsorted.");
        }

        WriteUpTo(written + waiting.Count);
    }

    private static void Whole(RecordSource source, int threads, BatchValidator validator, IFindingWriter writer, Summary summary, Progress? progress, TextWriter error, bool told)
    {
        var records = source.Held ?? Read(source, threads, progress);
        var result = validator.Validate(
            source.Held is null ? records.Select(r => r.Reading) : records.Select((r, i) =>
            {
                progress?.Checked(i + 1L);
                return r.Reading;
            }),
            ValidationStage.Save);
        var findings = new List<Finding>();
        var next = 0;
        for (var i = 0; i < records.Count; i++)
        {
            findings.Clear();
            while (next < result.Findings.Count && result.Findings[next].Index == i)
            {
                findings.Add(result.Findings[next++].Finding);
            }

            writer.Record(records[i], findings);
            summary.Add(findings);
        }

        foreach (var missing in result.MissingRecords)
        {
            Missing(writer, summary, missing);
        }

        if (source.Held is null && records.Count >= Progress.Threshold)
        {
            // Unsorted records from a file cannot be streamed: say what holding them cost.
            var why = told ? "as --unsorted asks" : "since they are not sorted by provider id and date";
            error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{source.File}: all {records.Count:N0} records were held in memory to be checked, {why} (peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / (1024 * 1024):N0} MB). Sorted records are checked in flat memory."));
        }
    }

    private static List<SourcedRecord> Read(RecordSource source, int threads, Progress? progress)
    {
        var records = new List<SourcedRecord>();
        foreach (var record in source.Read(threads))
        {
            records.Add(record);
            progress?.Checked(records.Count);
        }

        return records;
    }

    private static void Missing(IFindingWriter writer, Summary summary, MissingRecordFinding missing)
    {
        writer.Missing(missing);
        summary.AddMissing(missing.Finding);
    }
}

/// <summary>How <c>validate</c> runs: threads, what is known of the input, progress.</summary>
/// <param name="Threads">Threads that validate at once.</param>
/// <param name="Sorted">True when told the input is sorted by provider and date, false when told it is not, null to check.</param>
/// <param name="MissingFrom">The first day missing records are looked for on; null for the earliest record's month.</param>
/// <param name="ShowProgress">Whether progress goes to standard error (a terminal).</param>
internal sealed record ReportOptions(int Threads, bool? Sorted, LocalDate? MissingFrom, bool ShowProgress);
