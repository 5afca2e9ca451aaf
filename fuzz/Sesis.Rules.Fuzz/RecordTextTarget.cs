using System.Text;
using Sesis.Rules.Sample.Input;

namespace Sesis.Rules.Fuzz;

/// <summary>
/// The library's text record reader and what validates its readings, on any strings: <see cref="ServiceRecordReader.Read"/>
/// of a <see cref="ServiceRecordText"/> whose fields come from the input, then <see cref="ServiceRecordValidator.Validate(ServiceRecordReading, ValidationStage)"/>
/// on each reading and <see cref="BatchValidator"/> on all of them, held to the documented contract (below).
/// </summary>
/// <remarks>
/// <para>
/// The first byte chooses: bit 0 the stage (Save, Draft); bit 1 how the rest is decoded (UTF-8, invalid sequences
/// becoming U+FFFD; or UTF-16LE, so any char, lone surrogates and NUL included, reaches a field); bits 2-3 the layout:
/// </para>
/// <list type="bullet">
/// <item>0 and 3, fields: records separated by U+001E, each record's 18 fields (in <see cref="RecordMapper.Fields"/> order) by
/// U+001F; a field left out is null, an empty one the empty string.</item>
/// <item>1, one field: the first char (modulo 18) picks a field of a valid record, the rest of the text is its value.</item>
/// <item>2, whole text: the whole text in every field of one record.</item>
/// </list>
/// <para>
/// The contract: reading never throws; a reading is complete exactly when it has no finding and then has its record;
/// each unreadable value is one finding (SR0xx, an error) naming its field, a property of <see cref="ServiceRecordText"/>
/// (or, for SR018, a certification given in part, <c>Certification</c>), in field order; a complete reading's record, written back with <see cref="ServiceRecordText.From"/>, reads back to an
/// equal record. Validating a reading never throws and gives the reading's findings first. The batch, validated whole
/// and streamed (readings sorted by provider and date, those without a readable provider or date first, as
/// <see cref="BatchValidator.ValidateStream(IEnumerable{ServiceRecordReading}, ValidationStage, Action{MissingRecordFinding})"/>
/// documents), gives the same findings and missing records either way, and each reading's own findings in both.
/// </para>
/// </remarks>
internal static class RecordTextTarget
{
    private const char FieldSeparator = '\u001F';
    private const char RecordSeparator = '\u001E';

    private static readonly string[] Names = [.. RecordMapper.Fields.Select(f => char.ToUpperInvariant(f[0]) + f[1..])];

    // The context of the other targets' batches (October 2025, two providers, their caseload, schedules and calendar).
    private static readonly Batch Context = BatchFile.Parse(Path.Combine(HostCheck.Folder, "context.json"), HostCheck.Context);
    private static readonly ServiceRecordReader Reader = new(new ServiceRecordReaderOptions { TimeZone = Context.TimeZone });
    private static readonly ServiceRecordValidator Validator = new(Context.Context);
    private static readonly BatchValidator Batch = new(new BatchValidatorOptions
    {
        RecordValidator = Validator,
        MissingRecordCheck = new MissingRecordCheck { Period = new NodaTime.DateInterval(new NodaTime.LocalDate(2025, 10, 1), Context.Today) },
    });

    // A record every rule is happy with, whose fields the one-field layout replaces one at a time.
    private static readonly string?[] Valid =
        ["204381527", "P0012345", "paraprofessional", "2025-10-01", "07:30", "08:15", "eng", null, null, "Group, 3", "transportation",
         "special-transportation", "progressing", null, null, "P0012345", "2025-10-01T15:30:00-04:00", null];

    public static void Run(byte[] bytes)
    {
        if (bytes.Length == 0)
        {
            return;
        }

        var mode = bytes[0];
        var stage = (mode & 1) == 0 ? ValidationStage.Save : ValidationStage.Draft;
        var input = (mode & 2) == 0 ? Encoding.UTF8.GetString(bytes, 1, bytes.Length - 1) : Utf16(bytes.AsSpan(1));
        List<string?[]> records = ((mode >> 2) & 3) switch
        {
            1 when input.Length > 0 => [OneField(input[0] % Names.Length, input[1..])],
            2 => [[.. Names.Select(_ => input)]],
            _ => [.. input.Split(RecordSeparator).Select(r => Fields(r.Split(FieldSeparator)))],
        };
        if (records.Count == 1)
        {
            // A valid record beside it, so the rules across records (duplicates, overlaps, groups) have a pair.
            records.Add(Valid);
        }

        var readings = new List<(ServiceRecordReading Reading, ServiceRecordText Text)>(records.Count);
        foreach (var fields in records)
        {
            var text = TextOf(fields);
            var reading = Reader.Read(text, rowKey: readings.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
            CheckReading(reading);
            var findings = Validator.Validate(reading, stage);
            if (!findings.Take(reading.Findings.Count).SequenceEqual(reading.Findings))
            {
                throw new InvalidOperationException($"Validate does not give the reading's findings first: {reading}.");
            }

            readings.Add((reading, text));
        }

        CheckBatch(readings, stage);
    }

    private static string?[] OneField(int field, string value)
    {
        var fields = (string?[])Valid.Clone();
        fields[field] = value;
        return fields;
    }

    private static string?[] Fields(string[] parts) => [.. Enumerable.Range(0, Names.Length).Select(i => i < parts.Length ? parts[i] : null)];

    private static string Utf16(ReadOnlySpan<byte> bytes)
    {
        // Any char, unpaired surrogates included: decoding with Encoding.Unicode would replace those.
        var chars = new char[bytes.Length / 2];
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = (char)(bytes[2 * i] | (bytes[(2 * i) + 1] << 8));
        }

        return new string(chars);
    }

    private static ServiceRecordText TextOf(string?[] f) => new()
    {
        StudentId = f[0], ProviderId = f[1], ServiceType = f[2], Date = f[3], StartTime = f[4], EndTime = f[5], Language = f[6],
        SessionType = f[7], Reason = f[8], GroupSize = f[9], Location = f[10], Description = f[11], Progress = f[12], Notes = f[13],
        NotesConfidential = f[14], CertifiedBy = f[15], CertifiedAt = f[16], Digest = f[17],
    };

    private static void CheckReading(ServiceRecordReading reading)
    {
        if (reading.IsComplete != (reading.Findings.Count == 0) || reading.IsComplete != (reading.Record is not null)
            || reading.Findings.Count != reading.UnreadableFields.Count)
        {
            throw new InvalidOperationException($"A reading must be complete exactly when it has no finding, with one finding per unreadable field: {reading}.");
        }

        var order = -1;
        for (var i = 0; i < reading.Findings.Count; i++)
        {
            var finding = reading.Findings[i];
            // SR018 (a certification given in part) names the certification as a whole, after its three fields.
            var at = finding.Code == "SR018" && finding.Field == nameof(ServiceRecord.Certification) ? Names.Length : Array.IndexOf(Names, finding.Field);
            if (!finding.Code.StartsWith("SR0", StringComparison.Ordinal) || finding.Severity != FindingSeverity.Error || at <= order
                || finding.Field != reading.UnreadableFields[i] || finding.Message.Length == 0)
            {
                throw new InvalidOperationException($"An unreadable value's finding must be an SR0xx error naming its field, in field order: {finding}.");
            }

            order = at;
        }

        if (reading.Record is { } record)
        {
            var again = Reader.Read(ServiceRecordText.From(record));
            if (again.Record != record)
            {
                throw new InvalidOperationException($"A record read from text, written with ServiceRecordText.From, reads back to another: {record} / {again}.");
            }
        }
    }

    private static void CheckBatch(List<(ServiceRecordReading Reading, ServiceRecordText Text)> readings, ValidationStage stage)
    {
        var sorted = readings.Select(r => (r.Reading, Key: KeyOf(r.Reading, r.Text))).OrderBy(r => r.Key.Provider is null ? 0 : 1)
            .ThenBy(r => r.Key.Provider, StringComparer.Ordinal).ThenBy(r => r.Key.Date.HasValue ? 1 : 0).ThenBy(r => r.Key.Date)
            .Select(r => r.Reading).ToList();
        var whole = Batch.Validate(sorted, stage);
        var missing = new List<MissingRecordFinding>();
        var streamed = Batch.ValidateStream(sorted, stage, missing.Add).ToList();
        if (!whole.Findings.Select(Show).SequenceEqual(streamed.Select(Show)) || !Sorted(whole.MissingRecords).SequenceEqual(Sorted(missing)))
        {
            throw new InvalidOperationException(
                $"Validate and ValidateStream disagree on sorted readings:\n{string.Join('\n', whole.Findings.Select(Show))}\n---\n{string.Join('\n', streamed.Select(Show))}\n"
                + $"missing {whole.MissingRecords.Count} / {missing.Count}");
        }

        for (var i = 0; i < sorted.Count; i++)
        {
            var own = whole.Findings.Where(f => f.Index == i && f.Finding.Code.StartsWith("SR0", StringComparison.Ordinal)).Select(f => (f.Finding.Code, f.Finding.Field));
            if (!own.SequenceEqual(sorted[i].Findings.Select(f => (f.Code, f.Field))) || whole.Findings.Any(f => f.Index == i && f.RowKey != sorted[i].RowKey))
            {
                throw new InvalidOperationException($"The batch's findings on reading {i} are not its own SR0xx findings, with its row key: {sorted[i]}.");
            }
        }
    }

    // The missing records in text, in one order: Validate lists them by record, the stream provider by provider.
    private static IEnumerable<string> Sorted(IEnumerable<MissingRecordFinding> missing) => missing.Select(m => m.ToString()).Order(StringComparer.Ordinal);

    private static string Show(RecordFinding f) => $"{f.Index} {f.RowKey} {f.Finding} {f.Finding.AttemptedValue}";

    // The provider and date of a reading, when they were read: read again with the same reader, alone with valid times.
    private static (string? Provider, NodaTime.LocalDate? Date) KeyOf(ServiceRecordReading reading, ServiceRecordText text)
    {
        if (reading.Record is { } record)
        {
            return (record.ProviderId.Value, record.Date);
        }

        // Each alone, beside valid values of the other fields the reader needs.
        var provider = reading.UnreadableFields.Contains(nameof(text.ProviderId)) ? null
            : Reader.Read(new ServiceRecordText { ProviderId = text.ProviderId, Date = "2025-10-01", StartTime = "08:00", EndTime = "09:00" }).Record?.ProviderId.Value
                ?? throw new InvalidOperationException($"A provider id read in one record is unreadable alone: {reading}.");
        var date = reading.UnreadableFields.Contains(nameof(text.Date)) ? (NodaTime.LocalDate?)null
            : Reader.Read(new ServiceRecordText { Date = text.Date, StartTime = "08:00", EndTime = "09:00" }).Record?.Date
                ?? throw new InvalidOperationException($"A date read in one record is unreadable alone: {reading}.");
        return (provider, date);
    }
}
