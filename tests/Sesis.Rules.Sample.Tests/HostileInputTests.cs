using System.Text;
using Sesis.Rules.Sample.Input;

namespace Sesis.Rules.Sample.Tests;

/// <summary>
/// Files from other systems can be anything: too large, nested without end, in another encoding, binary, a
/// directory, empty. Each ends with exit code 2 and one short line naming the file; none crashes the host.
/// </summary>
public sealed class HostileInputTests
{
    // One record as the README's format writes it; {0} is the student id.
    private const string RecordTemplate =
        """{ "studentId": "{0}", "providerId": "P0012345", "serviceType": "paraprofessional", "date": "2025-10-06", "startTime": "08:00", "endTime": "09:00", "language": "eng", "location": "classroom", "progress": "progressing" }""";

    private static string Batch(params string[] records) =>
        "{\n  \"clock\": \"2025-10-31T17:00\",\n  \"records\": [\n    " + string.Join(",\n    ", records) + "\n  ]\n}\n";

    private static string Record(string studentId) => RecordTemplate.Replace("{0}", studentId, StringComparison.Ordinal);

    /// <summary>Runs validate on a file; asserts exit code 2, no output and exactly one error line; returns that line.</summary>
    private static string Refused(string path)
    {
        var run = HostRun.Of("validate", path);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(string.Empty, run.Output);
        Assert.EndsWith("\n", run.Error, StringComparison.Ordinal);
        var lines = run.Error.TrimEnd('\n').Split('\n');
        Assert.Single(lines);
        return lines[0];
    }

    /// <summary>Runs validate on a file whose record has a bad value: exit code 1, nothing on standard error; returns the finding's report line.</summary>
    private static string Reported(string path, string code)
    {
        var run = HostRun.Of("validate", path);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(string.Empty, run.Error);
        // The records' findings come before the first blank line; the counts by code after it.
        var records = run.Output.Split('\n').TakeWhile(static l => l.Length > 0);
        var line = Assert.Single(records, l => l.StartsWith($"  {code}  ", StringComparison.Ordinal));
        return System.Text.RegularExpressions.Regex.Replace(line, "(?<=\\S)  +", "  "); // columns are padded to the record's widest field
    }

    [Fact]
    public void A_file_over_the_size_cap_is_refused_before_it_is_read()
    {
        using var folder = new TempFolder();
        var path = folder.Write("big.json", Batch(Record("204381527"), Record("219004471")));
        var size = new FileInfo(path).Length;

        using (InputFile.LimitBytes(size - 1))
        {
            Assert.Equal(FormattableString.Invariant($"{path}: The file is {size:N0} bytes; at most {size - 1:N0} are read."), Refused(path));
        }

        // The same file at the cap is read.
        using (InputFile.LimitBytes(size))
        {
            var run = HostRun.Of("validate", path);
            Assert.Equal(string.Empty, run.Error);
            Assert.Contains("2 records: ", run.Output, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_file_over_the_default_cap_is_refused_without_allocating_its_size()
    {
        using var folder = new TempFolder();
        var path = folder.Path("huge.json");
        using (var stream = File.Create(path))
        {
            stream.SetLength(InputFile.DefaultMaxBytes + 1); // sparse on most file systems: nothing is written
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        var line = Refused(path);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(FormattableString.Invariant($"{path}: The file is {InputFile.DefaultMaxBytes + 1:N0} bytes; at most {InputFile.DefaultMaxBytes:N0} are read."), line);
        Assert.True(allocated < 4 * 1024 * 1024, $"Refusing the file allocated {allocated:N0} bytes.");
    }

    [Fact]
    public void A_CSV_file_is_read_row_by_row_whatever_the_size_cap()
    {
        // The cap guards files read whole (the batch JSON, a calendar); CSV records stream, so it does not apply.
        using var folder = new TempFolder();
        var csv = folder.Write("records.csv", "studentId,providerId,serviceType,date,startTime,endTime,language\n204381527,P0012345,paraprofessional,2025-10-06,08:00,09:00,eng\n");
        var path = folder.Write("batch.json", """{ "clock": "2025-10-31T17:00", "recordsCsv": "records.csv" }""");

        using (InputFile.LimitBytes(new FileInfo(path).Length))
        {
            var run = HostRun.Of("validate", path, "--all");

            Assert.Equal(string.Empty, run.Error);
            Assert.Contains("row 1 (line 2): 2025-10-06 08:00-09:00", run.Output, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_large_file_within_the_cap_allocates_in_proportion_to_its_size()
    {
        // 20,000 records, about 4.5 MB. Budgets in bytes allocated per byte of file: reading builds a tree of the
        // file (UTF-16 strings, a node per value, a line index), then the records: measured at about 17, budget 24.
        // The whole run adds every record's findings and their text (written to a null writer here, to the console
        // in use): measured at about 58, budget 80. Reading that were quadratic, or copied the file per record,
        // would exceed both by far.
        using var folder = new TempFolder();
        var records = Enumerable.Range(0, 20_000).Select(i => Record((204_000_000 + i).ToString(System.Globalization.CultureInfo.InvariantCulture))).ToArray();
        var path = folder.Write("large.json", Batch(records));
        var size = new FileInfo(path).Length;

        var before = GC.GetAllocatedBytesForCurrentThread();
        var batch = BatchFile.Read(path);
        var reading = GC.GetAllocatedBytesForCurrentThread() - before;

        using var error = new StringWriter();
        before = GC.GetAllocatedBytesForCurrentThread();
        var code = Host.Run(["validate", path], TextWriter.Null, error);
        var run = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(20_000, batch.Records.Count);
        Assert.Equal(string.Empty, error.ToString());
        Assert.NotEqual(2, code);
        Assert.True(reading < 24 * size, $"Reading a {size:N0}-byte file allocated {reading:N0} bytes.");
        Assert.True(run < 80 * size, $"Validating a {size:N0}-byte file allocated {run:N0} bytes.");
    }

    [Fact]
    public void The_json_report_of_a_large_batch_is_written_in_pieces_not_held_whole()
    {
        // The report of 20,000 records is several megabytes of text; it goes out as it is made.
        using var folder = new TempFolder();
        var records = Enumerable.Range(0, 20_000).Select(i => Record((204_000_000 + i).ToString(System.Globalization.CultureInfo.InvariantCulture))).ToArray();
        var path = folder.Write("large.json", Batch(records));
        using var output = new ChunkRecordingWriter();
        using var error = new StringWriter();

        var code = Host.Run(["validate", path, "--format", "json"], output, error);

        using var report = System.Text.Json.JsonDocument.Parse(output.ToString());
        Assert.Equal(string.Empty, error.ToString());
        Assert.NotEqual(2, code);
        Assert.Equal(20_000, report.RootElement.GetProperty("records").GetArrayLength());
        Assert.True(output.ToString().Length > 1_000_000, $"The report is {output.ToString().Length:N0} characters.");
        Assert.True(output.LongestWrite < 64 * 1024, $"One write of {output.LongestWrite:N0} characters.");
    }

    [Fact]
    public void Deep_nesting_inside_a_record_is_refused_with_the_line()
    {
        using var folder = new TempFolder();
        var deep = new string('[', 100) + new string(']', 100);
        var path = folder.Write("deep.json", Batch(Record("204381527").Replace("\"eng\"", deep, StringComparison.Ordinal)));

        Assert.StartsWith($"{path}:4: Malformed JSON: ", Refused(path), StringComparison.Ordinal);
    }

    [Fact]
    public void A_very_long_id_is_refused_with_a_short_message()
    {
        using var folder = new TempFolder();
        var path = folder.Write("long-id.json", Batch(Record(new string('4', 1_000_000))));

        Assert.Equal(
            $"  SR001  error  StudentId  '{new string('4', 40)}…' is not a student id (letters, digits and hyphens, at most 64 characters). ({path}:4, studentId)",
            Reported(path, "SR001"));
    }

    [Fact]
    public void A_very_long_bad_date_is_quoted_shortened()
    {
        using var folder = new TempFolder();
        var path = folder.Write("long-date.json", Batch(Record("204381527").Replace("2025-10-06", new string('9', 1_000_000), StringComparison.Ordinal)));

        Assert.Equal($"  SR004  error  Date  '{new string('9', 40)}…' is not a date (yyyy-MM-dd). ({path}:4, date)", Reported(path, "SR004"));
    }

    [Fact]
    public void A_very_long_unknown_field_name_is_shortened_in_the_message()
    {
        using var folder = new TempFolder();
        var name = new string('x', 500_000);
        var path = folder.Write("long-field.json", "{\n  \"" + name + "\": 1\n}\n");

        var line = Refused(path);
        Assert.StartsWith($"{path}:2: {new string('x', InputException.ShownLength)}…: Unknown field. Known fields: clock, ", line, StringComparison.Ordinal);
        Assert.True(line.Length < path.Length + 300, $"The message is {line.Length} characters long.");
    }

    [Fact]
    public void A_control_character_in_a_value_does_not_break_the_message_onto_two_lines()
    {
        using var folder = new TempFolder();
        var path = folder.Write("newline.json", Batch(Record("204381527").Replace("2025-10-06", "2025-10-06\\nrm -rf", StringComparison.Ordinal)));

        Assert.Equal($"  SR004  error  Date  '2025-10-06\\u000arm -rf' is not a date (yyyy-MM-dd). ({path}:4, date)", Reported(path, "SR004"));
    }

    [Fact]
    public void UTF16_with_a_byte_order_mark_is_refused_as_not_UTF8()
    {
        using var folder = new TempFolder();
        var path = folder.Write("utf16-bom.json", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(Batch(Record("204381527")))]);

        Assert.Equal($"{path}: The file starts with a UTF-16 byte order mark; a batch file is UTF-8 text.", Refused(path));
    }

    [Theory]
    [InlineData("utf-16LE")]
    [InlineData("utf-16BE")]
    public void UTF16_without_a_byte_order_mark_is_refused_as_not_UTF8(string encoding)
    {
        using var folder = new TempFolder();
        var path = folder.Write("utf16.json", Encoding.GetEncoding(encoding).GetBytes(Batch(Record("204381527"))));

        // "{" then NUL (little-endian) or NUL then "{" (big-endian): either way on the first line.
        Assert.Equal($"{path}:1: The file holds a NUL byte: it is UTF-16 or binary, and a batch file is UTF-8 text.", Refused(path));
    }

    [Fact]
    public void UTF32_with_a_byte_order_mark_is_refused_as_not_UTF8()
    {
        using var folder = new TempFolder();
        var path = folder.Write("utf32.json", [.. Encoding.UTF32.GetPreamble(), .. Encoding.UTF32.GetBytes("{}")]);

        Assert.Equal($"{path}: The file starts with a UTF-32 byte order mark; a batch file is UTF-8 text.", Refused(path));
    }

    [Fact]
    public void An_invalid_UTF8_byte_is_refused_with_its_line()
    {
        using var folder = new TempFolder();
        var text = Encoding.UTF8.GetBytes(Batch(Record("204381527").Replace("eng", "e\u00e9g", StringComparison.Ordinal)));
        var at = Array.IndexOf(text, (byte)0xC3);
        text[at + 1] = 0x28; // "é" is C3 A9; C3 followed by "(" is not UTF-8 (Latin-1 "Ã(" read as UTF-8)

        var path = folder.Write("latin1.json", text);

        Assert.Equal($"{path}:4: Byte 0xC3 is not valid UTF-8; a batch file is UTF-8 text.", Refused(path));
    }

    [Fact]
    public void A_UTF8_byte_order_mark_is_accepted()
    {
        using var folder = new TempFolder();
        var path = folder.Write("bom.json", [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(Batch(Record("204381527")))]);

        var run = HostRun.Of("validate", path);

        Assert.Equal(string.Empty, run.Error);
        Assert.Contains("1 records: ", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_binary_file_is_refused()
    {
        using var folder = new TempFolder();

        // A PNG file's signature (with two line feeds before its first NUL) and the start of its header chunk.
        var path = folder.Write("image.json", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52]);

        Assert.Equal($"{path}:3: The file holds a NUL byte: it is UTF-16 or binary, and a batch file is UTF-8 text.", Refused(path));
    }

    [Fact]
    public void Binary_bytes_without_a_NUL_are_refused_as_invalid_UTF8()
    {
        using var folder = new TempFolder();
        // DE AD is a well-formed two-byte sequence (U+07AD); BE is a continuation byte with nothing to continue.
        var path = folder.Write("noise.json", [0xDE, 0xAD, 0xBE, 0xEF, 0xFF, 0x01]);

        Assert.Equal($"{path}:1: Byte 0xBE is not valid UTF-8; a batch file is UTF-8 text.", Refused(path));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\t\r\n")]
    public void An_empty_file_is_refused(string text)
    {
        using var folder = new TempFolder();
        var path = folder.Write("empty.json", text);

        Assert.Equal($"{path}: The file is empty; a batch file is a JSON object.", Refused(path));
    }

    [Fact]
    public void A_file_of_only_a_UTF8_byte_order_mark_is_empty()
    {
        using var folder = new TempFolder();
        var path = folder.Write("bom-only.json", Encoding.UTF8.GetPreamble());

        Assert.Equal($"{path}: The file is empty; a batch file is a JSON object.", Refused(path));
    }

    [Fact]
    public void A_CSV_path_that_is_a_directory_is_named()
    {
        using var folder = new TempFolder();
        Directory.CreateDirectory(folder.Path("records.csv"));
        var path = folder.Write("batch.json", """{ "clock": "2025-10-31T17:00", "recordsCsv": "records.csv" }""");

        Assert.Equal($"{folder.Path("records.csv")}: This is a directory, not a CSV file.", Refused(path));
    }

    [Fact]
    public void A_calendar_path_that_is_a_directory_is_named()
    {
        using var folder = new TempFolder();
        Directory.CreateDirectory(folder.Path("calendar.txt"));
        var path = folder.Write("batch.json", """{ "clock": "2025-10-31T17:00", "calendar": "calendar.txt" }""");

        Assert.Equal($"{folder.Path("calendar.txt")}: This is a directory, not a calendar file.", Refused(path));
    }

    [Fact]
    public void A_UTF16_CSV_file_is_refused_and_named()
    {
        using var folder = new TempFolder();
        var csv = folder.Write("records.csv", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes("studentId,providerId\n")]);
        var path = folder.Write("batch.json", """{ "clock": "2025-10-31T17:00", "recordsCsv": "records.csv" }""");

        Assert.Equal($"{csv}: The file starts with a UTF-16 byte order mark; a CSV file is UTF-8 text.", Refused(path));
    }

    [Fact]
    public void An_invalid_UTF8_byte_in_a_CSV_file_is_refused_with_its_line()
    {
        using var folder = new TempFolder();
        var csv = folder.Write("records.csv", [.. Encoding.UTF8.GetBytes("studentId,providerId\n204381527,P0012345\n2043815"), 0xFF, .. Encoding.UTF8.GetBytes("8,P0012345\n")]);
        var path = folder.Write("batch.json", """{ "clock": "2025-10-31T17:00", "recordsCsv": "records.csv" }""");

        Assert.Equal($"{csv}:3: Byte 0xFF is not valid UTF-8; a CSV file is UTF-8 text.", Refused(path));
    }

    [Fact]
    public void An_empty_CSV_file_has_no_header_row()
    {
        using var folder = new TempFolder();
        var csv = folder.Write("records.csv", string.Empty);
        var path = folder.Write("batch.json", """{ "clock": "2025-10-31T17:00", "recordsCsv": "records.csv" }""");

        Assert.Equal($"{csv}:1: The CSV file has no header row.", Refused(path));
    }

    [Fact]
    public void A_binary_calendar_file_is_refused_and_named()
    {
        using var folder = new TempFolder();
        var calendar = folder.Write("calendar.ics", [0x42, 0x45, 0x47, 0x00, 0xFF]);
        var path = folder.Write("batch.json", """{ "clock": "2025-10-31T17:00", "calendar": "calendar.ics" }""");

        Assert.Equal($"{calendar}:1: The file holds a NUL byte: it is UTF-16 or binary, and a calendar file is UTF-8 text.", Refused(path));
    }

    [Fact]
    public void A_calendar_file_over_the_size_cap_is_refused_and_named()
    {
        using var folder = new TempFolder();
        var calendar = folder.Write("calendar.txt", "# " + new string('-', 200) + "\ncalendar Test\nschool-year 2025-09-04..2026-06-26 2025-26\n");
        var path = folder.Write("batch.json", """{ "clock": "2025-10-31T17:00", "calendar": "calendar.txt" }""");

        using (InputFile.LimitBytes(new FileInfo(path).Length))
        {
            Assert.StartsWith($"{calendar}: The file is ", Refused(path), StringComparison.Ordinal);
        }
    }

    /// <summary>Keeps what is written and the longest single write.</summary>
    private sealed class ChunkRecordingWriter : StringWriter
    {
        public int LongestWrite { get; private set; }

        public override void Write(string? value)
        {
            LongestWrite = Math.Max(LongestWrite, value?.Length ?? 0);
            base.Write(value);
        }

        public override void Write(char[] buffer, int index, int count)
        {
            LongestWrite = Math.Max(LongestWrite, count);
            base.Write(buffer, index, count);
        }

        public override void Write(ReadOnlySpan<char> buffer)
        {
            LongestWrite = Math.Max(LongestWrite, buffer.Length);
            base.Write(buffer);
        }
    }
}
