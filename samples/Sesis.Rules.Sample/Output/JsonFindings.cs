using System.Buffers;
using System.Text;
using System.Text.Json;
using Sesis.Rules.Sample.Input;

namespace Sesis.Rules.Sample.Output;

/// <summary>
/// The JSON report: every record with its findings, then the missing records and the counts. Written record by
/// record and handed to the output every few kilobytes, so the report of a large batch never sits whole in memory.
/// </summary>
internal sealed class JsonFindings(TextWriter output) : IFindingWriter, IDisposable
{
    // The report goes to the output whenever this many bytes are waiting.
    private const int FlushAt = 16 * 1024;

    private readonly ArrayBufferWriter<byte> _buffer = new(FlushAt * 2);
    private readonly Spool _missing = new();
    private Utf8JsonWriter? _json;

    public void Begin()
    {
        _json = new Utf8JsonWriter(_buffer, new JsonWriterOptions { Indented = true });
        _json.WriteStartObject();
        _json.WriteStartArray("records");
    }

    public void Record(SourcedRecord record, IReadOnlyList<Finding> findings)
    {
        var json = _json!;
        JsonSerializer.Serialize(json, new
        {
            label = record.Label,
            file = record.File,
            line = record.Line,
            studentId = record.Reading.Record?.StudentId.Value,
            providerId = record.Reading.Record?.ProviderId.Value,
            date = record.Reading.Record is { } r ? Text.Date(r.Date) : null,
            unreadable = record.Reading.UnreadableFields.Select(RecordMapper.ColumnOf),
            findings = findings.Select(f => ToJson(f, record)),
        }, Text.Json);
        if (_buffer.WrittenCount + json.BytesPending >= FlushAt)
        {
            json.Flush();
            Drain();
        }
    }

    // Kept on disk, one compact JSON value a line, until the records are written.
    public void Missing(MissingRecordFinding missing) => _missing.Add(JsonSerializer.Serialize(ToJson(missing.Finding, null)));

    public void End(Summary summary)
    {
        var json = _json!;
        json.WriteEndArray();
        json.WriteStartArray("missingRecords");
        foreach (var line in _missing.Lines())
        {
            json.WriteRawValue(line, skipInputValidation: true);
            if (_buffer.WrittenCount + json.BytesPending >= FlushAt)
            {
                json.Flush();
                Drain();
            }
        }

        json.WriteEndArray();
        json.WriteNumber("errors", summary.Errors);
        json.WriteNumber("warnings", summary.Warnings);
        json.WriteEndObject();
        json.Flush();
        Drain();
        output.WriteLine();
    }

    public void Dispose()
    {
        _json?.Dispose();
        _missing.Dispose();
    }

    private static object ToJson(Finding f, SourcedRecord? record) => new
    {
        code = f.Code,
        severity = f.Severity.ToString(),
        field = f.Field,
        message = f.Message,
        attemptedValue = f.AttemptedValue,
        at = record?.At(f),
    };

    // A flushed writer has written whole tokens only, so the bytes so far are complete UTF-8.
    private void Drain()
    {
        output.Write(Encoding.UTF8.GetString(_buffer.WrittenSpan));
        _buffer.ResetWrittenCount();
    }
}
