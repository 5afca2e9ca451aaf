using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using NodaTime;
using Sesis.Rules.Sample.Input;

namespace Sesis.Rules.Sample;

/// <summary>
/// The findings of a batch: each record's own findings and those across records (from
/// <see cref="BatchValidator"/>), then the scheduled school days that lack a record (SR910).
/// </summary>
internal sealed class BatchReport
{
    // The JSON report goes to the output whenever this many bytes are waiting.
    private const int FlushAt = 16 * 1024;

    private readonly Batch _batch;
    private readonly List<Finding>[] _byRecord;
    private readonly IReadOnlyList<Finding> _missing;

    private BatchReport(Batch batch, List<Finding>[] byRecord, IReadOnlyList<Finding> missing)
    {
        _batch = batch;
        _byRecord = byRecord;
        _missing = missing;
    }

    public bool HasErrors => AllFindings.Any(f => f.Severity == FindingSeverity.Error);

    private IEnumerable<Finding> AllFindings => _byRecord.SelectMany(f => f).Concat(_missing);

    public static BatchReport Create(Batch batch, Progress? progress = null)
    {
        // The library's own validator, so a record read in part still gets every rule that does not read its
        // unreadable values; progress counts the readings as the batch takes them.
        var validator = new BatchValidator(new BatchValidatorOptions
        {
            RecordValidator = new ServiceRecordValidator(batch.Context),
            MissingRecordCheck = MissingRecordCheck(batch),
        });
        var result = validator.Validate(batch.Records.Select(r => { progress?.Checked(); return r.Reading; }), ValidationStage.Save);
        var byRecord = batch.Records.Select(_ => new List<Finding>()).ToArray();
        foreach (var finding in result.Findings)
        {
            byRecord[finding.Index].Add(finding.Finding);
        }

        return new BatchReport(batch, byRecord, [.. result.MissingRecords.Select(m => m.Finding)]);
    }

    // Missing records are looked for from the first day of the earliest record's month (or of the previous
    // month, the default entry window, when there are no records) up to today, for the batch's schedules.
    private static MissingRecordCheck? MissingRecordCheck(Batch batch)
    {
        if (batch.Calendar is null || batch.Schedules.Count == 0)
        {
            return null;
        }

        var today = batch.Today;
        var dates = batch.Records.Where(r => r.Reading.Record is not null).Select(r => r.Reading.Record!.Date).ToList();
        var first = dates.Count > 0
            ? dates.Min().With(DateAdjusters.StartOfMonth)
            : today.PlusMonths(-1).With(DateAdjusters.StartOfMonth);
        return first > today
            ? null
            : new MissingRecordCheck { Period = new DateInterval(first, today) };
    }

    public void WriteText(TextWriter output)
    {
        for (var i = 0; i < _batch.Records.Count; i++)
        {
            var source = _batch.Records[i];
            output.WriteLine($"{source.Label} (line {source.Line}): {Describe(source)}");
            WriteFindings(output, _byRecord[i], "  ok", source);
        }

        if (_missing.Count > 0)
        {
            output.WriteLine();
            output.WriteLine("Missing records (scheduled school days with no record):");
            WriteFindings(output, _missing, string.Empty);
        }

        var all = AllFindings.ToList();
        output.WriteLine();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{_batch.Records.Count} records: {all.Count(f => f.Severity == FindingSeverity.Error)} errors, {all.Count(f => f.Severity == FindingSeverity.Warning)} warnings."));
    }

    public void WriteJson(TextWriter output)
    {
        // Written record by record and handed to the output every few kilobytes, so the report of a large batch
        // never sits whole in memory (the text of 20,000 records' findings would be tens of megabytes).
        var buffer = new ArrayBufferWriter<byte>(FlushAt * 2);
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteStartArray("records");
            for (var i = 0; i < _batch.Records.Count; i++)
            {
                var r = _batch.Records[i];
                JsonSerializer.Serialize(json, new
                {
                    label = r.Label,
                    file = r.File,
                    line = r.Line,
                    studentId = r.Reading.Record?.StudentId.Value,
                    providerId = r.Reading.Record?.ProviderId.Value,
                    date = r.Reading.Record is { } record ? Text.Date(record.Date) : null,
                    unreadable = r.Reading.UnreadableFields.Select(RecordMapper.ColumnOf),
                    findings = _byRecord[i].Select(f => ToJson(f, r)),
                }, Text.Json);
                if (buffer.WrittenCount + json.BytesPending >= FlushAt)
                {
                    json.Flush();
                    Drain(buffer, output);
                }
            }

            json.WriteEndArray();
            json.WritePropertyName("missingRecords");
            JsonSerializer.Serialize(json, _missing.Select(f => ToJson(f, null)), Text.Json);
            json.WriteNumber("errors", AllFindings.Count(f => f.Severity == FindingSeverity.Error));
            json.WriteNumber("warnings", AllFindings.Count(f => f.Severity == FindingSeverity.Warning));
            json.WriteEndObject();
        }

        Drain(buffer, output);
        output.WriteLine();
    }

    // A flushed writer has written whole tokens only, so the bytes so far are complete UTF-8.
    private static void Drain(ArrayBufferWriter<byte> buffer, TextWriter output)
    {
        output.Write(Encoding.UTF8.GetString(buffer.WrittenSpan));
        buffer.ResetWrittenCount();
    }

    // A record read in part is described by what could not be read; its findings say the rest.
    private static string Describe(SourcedRecord source) =>
        source.Reading.Record?.ToString() ?? $"not read in full ({string.Join(", ", source.Reading.UnreadableFields.Select(RecordMapper.ColumnOf))})";

    // An unreadable value (SR0xx) is located in the file: its field's own line.
    private static bool IsUnreadable(Finding f) => f.Code.StartsWith("SR0", StringComparison.Ordinal);

    private static object ToJson(Finding f, SourcedRecord? source) => new
    {
        code = f.Code,
        severity = f.Severity.ToString(),
        field = f.Field,
        message = f.Message,
        attemptedValue = f.AttemptedValue,
        at = source is not null && IsUnreadable(f) ? source.Where(f) : null,
    };

    private static void WriteFindings(TextWriter output, IReadOnlyList<Finding> findings, string whenNone, SourcedRecord? source = null)
    {
        if (findings.Count == 0)
        {
            if (whenNone.Length > 0)
            {
                output.WriteLine(whenNone);
            }

            return;
        }

        var fieldWidth = findings.Max(f => f.Field.Length);
        foreach (var f in findings)
        {
            var at = source is not null && IsUnreadable(f) ? $" ({source.Where(f)}, {RecordMapper.ColumnOf(f.Field)})" : string.Empty;
            output.WriteLine($"  {f.Code}  {(f.Severity == FindingSeverity.Error ? "error  " : "warning")}  {f.Field.PadRight(fieldWidth)}  {f.Message}{at}");
        }
    }
}
