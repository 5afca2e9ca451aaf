using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;

namespace Sesis.Rules.Sample.Input;

/// <summary>
/// The records of a CSV file that a batch names, read row by row from disk: no size cap, since only the rows being
/// checked are held. The file must be UTF-8 text, as every input is (see <see cref="InputFile.CheckUtf8"/>): a
/// UTF-16 or UTF-32 mark, a NUL byte or an invalid UTF-8 sequence stops the reading with the file's name.
/// </summary>
internal sealed class CsvRecords(string file, ServiceRecordReader reader) : RecordSource
{
    private Stream? _reading;

    public override string File => file;

    public override double? Done => _reading is { } s && s.CanSeek && s.Length > 0 ? (double)s.Position / s.Length : null;

    public override IEnumerable<SourcedRecord> Read(int threads)
    {
        using var records = CsvRecordReader.Read(file, OpenText, reader, threads).GetEnumerator();
        while (Next(records))
        {
            yield return records.Current;
        }

        _reading = null;
    }

    // The file as text, read from its start; the reader owns the stream. Opened again if the CSV parser takes over.
    private GuardedReader OpenText()
    {
        var stream = Open();
        _reading = stream;
        return new GuardedReader(file, stream);
    }

    // The quick scan reads a well-formed file; any other is read by the CSV parser, whose reading is the one the records get.
    protected override SourceFacts ScanNow()
    {
        using (var stream = Open())
        using (var text = new GuardedReader(file, stream))
        {
            if (CsvKeyScan.TryScan(text) is { } facts)
            {
                return facts;
            }
        }

        return base.ScanNow();
    }

    /// <summary>The facts as the CSV parser reads them, without the quick scan: what the quick scan must agree with.</summary>
    internal SourceFacts ScanWithParser() => base.ScanNow();

    protected override IEnumerable<(string? Provider, string? Date)> Keys()
    {
        using var stream = Open();
        using var text = new GuardedReader(file, stream);
        using var csv = new CsvParser(text, new CsvConfiguration(CultureInfo.InvariantCulture) { BadDataFound = null });
        var provider = -1;
        var date = -1;
        while (Next(csv))
        {
            if (csv.Row == 1)
            {
                var header = csv.Record ?? [];
                (provider, date) = (Array.IndexOf(header, "providerId"), Array.IndexOf(header, "date"));
                continue;
            }

            yield return (Cell(csv, provider), Cell(csv, date));
        }
    }

    private bool Next(CsvParser csv)
    {
        try
        {
            return csv.Read();
        }
        catch (CsvHelperException e)
        {
            throw new InputException(file, csv.RawRow, null, $"Malformed CSV: {e.Message.Split('\n', 2)[0].Trim()}");
        }
    }

    private static string? Cell(CsvParser csv, int column) => column >= 0 && column < csv.Count ? csv[column] : null;

    // Reading errors surface where the records are enumerated; they become messages naming the file.
    private bool Next(IEnumerator<SourcedRecord> records)
    {
        try
        {
            return records.MoveNext();
        }
        catch (IOException e)
        {
            throw new InputException(file, null, null, e.Message);
        }
    }

    private Stream Open()
    {
        try
        {
            if (Directory.Exists(file))
            {
                throw new InputException(file, null, null, "This is a directory, not a CSV file.");
            }

            if (!System.IO.File.Exists(file))
            {
                throw new InputException(file, null, null, "No such file.");
            }

            var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
            Span<byte> head = stackalloc byte[4];
            var read = stream.ReadAtLeast(head, 4, throwOnEndOfStream: false);
            if (head[..read] is [0xFF, 0xFE, 0x00, 0x00] or [0x00, 0x00, 0xFE, 0xFF] or [0xFF, 0xFE, ..] or [0xFE, 0xFF, ..])
            {
                stream.Dispose();
                var kind = head[..read] is [0xFF, 0xFE, 0x00, 0x00] or [0x00, 0x00, 0xFE, 0xFF] ? "UTF-32" : "UTF-16";
                throw new InputException(file, null, null, $"The file starts with a {kind} byte order mark; a CSV file is UTF-8 text.");
            }

            stream.Position = 0;
            return stream;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InputException(file, null, null, e.Message);
        }
    }

    /// <summary>
    /// Decodes strict UTF-8 block by block, counting lines, so that an invalid byte or a NUL character (UTF-16
    /// without a mark, or a binary file) stops the reading with the line it is on. A UTF-8 mark is skipped; other
    /// marks were refused on opening.
    /// </summary>
    private sealed class GuardedReader(string file, Stream stream) : TextReader
    {
        private readonly Decoder _decoder = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetDecoder();
        private readonly byte[] _bytes = new byte[1 << 16];
        private readonly char[] _chars = new char[(1 << 16) + 1];
        private int _next;
        private int _count;
        private int _line = 1;
        private bool _started;
        private bool _ended;

        public override int Peek() => Fill() ? _chars[_next] : -1;

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                stream.Dispose();
            }

            base.Dispose(disposing);
        }

        public override int Read() => Fill() ? _chars[_next++] : -1;

        public override int Read(char[] buffer, int index, int count) => Read(buffer.AsSpan(index, count));

        public override int Read(Span<char> buffer)
        {
            if (buffer.IsEmpty || !Fill())
            {
                return 0;
            }

            var n = Math.Min(buffer.Length, _count - _next);
            _chars.AsSpan(_next, n).CopyTo(buffer);
            _next += n;
            return n;
        }

        private bool Fill()
        {
            while (_next == _count && !_ended)
            {
                var read = stream.Read(_bytes);
                var bytes = _bytes.AsSpan(0, read);
                if (!_started)
                {
                    _started = true;
                    if (bytes.StartsWith(Encoding.UTF8.Preamble))
                    {
                        bytes = bytes[Encoding.UTF8.Preamble.Length..];
                    }
                }

                try
                {
                    _count = _decoder.GetChars(bytes, _chars, flush: read == 0);
                }
                catch (DecoderFallbackException e)
                {
                    var at = Math.Clamp(e.Index, 0, bytes.Length);
                    var bad = e.BytesUnknown is [var first, ..] ? first : bytes[Math.Min(at, bytes.Length - 1)];
                    throw new InputException(file, _line + bytes[..at].Count((byte)'\n'), null,
                        string.Create(CultureInfo.InvariantCulture, $"Byte 0x{bad:X2} is not valid UTF-8; a CSV file is UTF-8 text."));
                }

                _next = 0;
                _ended = read == 0;
                var chars = _chars.AsSpan(0, _count);
                var nul = chars.IndexOf('\0');
                if (nul >= 0)
                {
                    throw new InputException(file, _line + chars[..nul].Count('\n'), null, "The file holds a NUL byte: it is UTF-16 or binary, and a CSV file is UTF-8 text.");
                }

                _line += chars.Count('\n');
            }

            return _next < _count;
        }
    }
}
