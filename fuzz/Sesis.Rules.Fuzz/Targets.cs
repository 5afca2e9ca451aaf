using System.Text;
using Sesis.Rules.Calendars;
using Sesis.Rules.Sample.Input;

namespace Sesis.Rules.Fuzz;

/// <summary>
/// What each harness expects of any input: the sample host's batch reader answers an <see cref="InputException"/>,
/// its <c>validate</c> findings or exit 2 naming the file (<see cref="HostCheck"/>), the calendar loaders a result
/// with errors, the library's reader and validators findings (<see cref="RecordTextTarget"/>), and the web sample
/// the answers it documents (<see cref="WebTarget"/>). Anything else is thrown, and AFL records a crash.
/// </summary>
internal static class Targets
{
    // A folder that does not exist: paths a fuzzed batch names ("recordsCsv", "calendar") resolve inside it and
    // are refused as missing, so a run never depends on files on the machine.
    private static readonly string Folder = Path.Combine(Path.GetTempPath(), "sesis-fuzz-no-such-folder");

    public static readonly IReadOnlyDictionary<string, Action<byte[]>> ByName = new Dictionary<string, Action<byte[]>>(StringComparer.Ordinal)
    {
        ["batch-json"] = BatchJson,
        ["batch-csv"] = BatchCsv,
        ["record-text"] = RecordTextTarget.Run,
        ["sqlite"] = SqliteTarget.Run,
        ["web-form"] = WebTarget.Form,
        ["web-api"] = WebTarget.Api,
        ["calendar-ics"] = bytes => Calendar(bytes, IcsFormat.Read),
        ["calendar-plain"] = bytes => Calendar(bytes, PlainListFormat.Read),
        ["calendar-feed"] = Feed,
    };

    private static void BatchJson(byte[] bytes)
    {
        try
        {
            _ = BatchFile.Parse(Path.Combine(Folder, "batch.json"), bytes);
        }
        catch (InputException)
        {
        }
    }

    private static readonly string CsvBatch = Path.Combine(HostCheck.Folder, "csv-batch.json");
    private static readonly string CsvFile = Path.Combine(HostCheck.Folder, "records.csv");

    private static void BatchCsv(byte[] bytes)
    {
        // The host's own path for a batch whose records are in a CSV file: validate on a batch naming the file,
        // so the file is scanned for its order and streamed row by row from disk (CsvRecords: the guarded UTF-8
        // reader, CsvRecordReader, the library's ServiceRecordReader), or held whole when it is not sorted.
        if (!File.Exists(CsvBatch))
        {
            HostCheck.Write(CsvBatch, HostCheck.WithRecords(@"""recordsCsv"": ""records.csv"""));
        }

        HostCheck.Write(CsvFile, bytes);
        HostCheck.Validate(CsvBatch, [CsvFile], []);
    }

    private static void Calendar(byte[] bytes, Func<string, CalendarLoadResult> read)
    {
        // The loaders take text; the fuzzer's bytes are decoded as the host decodes a calendar file, and
        // invalid sequences become U+FFFD, which the loaders must still answer with a result.
        var result = read(Encoding.UTF8.GetString(bytes));
        if (result.Success == (result.Calendar is null) || result.Success == (!result.Errors.IsDefaultOrEmpty))
        {
            throw new InvalidOperationException($"A result must have a calendar or errors, not both or neither: {result.Success}, {(result.Errors.IsDefault ? 0 : result.Errors.Length)} errors.");
        }
    }

    private static void Feed(byte[] bytes)
    {
        // A published feed, as the host reads one: told apart from the dialect, then read with the default rules.
        var text = Encoding.UTF8.GetString(bytes);
        _ = IcsFormat.IsDialect(text);
        var result = PublishedFeed.Read(text);
        if (result.Success == (result.Calendar is null) || result.Success == (!result.Errors.IsDefaultOrEmpty) || result.Events.IsDefault)
        {
            throw new InvalidOperationException($"A feed result must have a calendar or errors, not both or neither, and a report: {result.Success}, {(result.Errors.IsDefault ? 0 : result.Errors.Length)} errors.");
        }

        foreach (var e in result.Events)
        {
            if (e.Line < 1 || e.Dates.Start > e.Dates.End || e.Reason.Length == 0 || (e.Outcome == FeedEventOutcome.Entry) != (e.Entry is not null))
            {
                throw new InvalidOperationException($"A report line is inconsistent: {e}");
            }

            _ = e.ToString();
        }
    }
}
