using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;

namespace Sesis.Rules.Sample.Input;

/// <summary>
/// A JSON value with the line it starts on. System.Text.Json's DOM forgets positions, and a district's
/// developer needs "line 7, field date" to fix an export, so the host builds its own small tree.
/// </summary>
internal abstract record JsonTree(int Line)
{
    private const int MaxDepth = 16;

    public static JsonTree Parse(string file, ReadOnlyMemory<byte> bytes)
    {
        var checkedText = InputFile.CheckUtf8(file, bytes.Span, "batch file");
        var text = bytes[(bytes.Length - checkedText.Length)..];
        var utf8 = text.Span;
        if (utf8.IndexOfAnyExcept(" \t\r\n"u8) < 0)
        {
            throw new InputException(file, null, null, "The file is empty; a batch file is a JSON object.");
        }

        var lines = new LineIndex(utf8);
        var reader = new Utf8JsonReader(utf8, Options);
        try
        {
            if (!reader.Read())
            {
                throw new InputException(file, 1, null, "The file is empty; a batch file is a JSON object.");
            }

            var strings = new StringPool();
            var tree = ReadValue(ref reader, 0, new Document(text, lines, strings), strings);
            if (reader.Read())
            {
                throw new InputException(file, lines.LineOf(reader.TokenStartIndex), null, "There is more after the batch object.");
            }

            return tree;
        }
        catch (JsonException e)
        {
            // The reader's message ends with its own "LineNumber: n | BytePositionInLine: m." which we replace.
            var message = e.Message;
            var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
            throw new InputException(file, (int)(e.LineNumber ?? 0) + 1, null, $"Malformed JSON: {(cut > 0 ? message[..cut] : message)}");
        }
        catch (InvalidOperationException e)
        {
            throw new InputException(file, null, null, $"Malformed JSON: {e.Message}");
        }
    }

    private static readonly JsonReaderOptions Options = new()
    {
        CommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        MaxDepth = MaxDepth,
    };

    // offset: where the reader's span begins in the document (a lazy array reads from the middle).
    private static JsonTree ReadValue(ref Utf8JsonReader reader, long offset, Document document, StringPool strings)
    {
        var line = document.Lines.LineOf(offset + reader.TokenStartIndex);
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
                var properties = new List<(string Name, JsonTree Value)>();
                var root = reader.CurrentDepth == 0 && offset == 0;
                while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
                {
                    var name = reader.GetString()!;
                    reader.Read();
                    if (root && reader.TokenType == JsonTokenType.StartArray)
                    {
                        // A top-level array (providers, caseload, schedules, records: a district's are hundreds of
                        // thousands of objects) is checked now but built item by item only as it is read, so the
                        // tree of a large batch never exists whole.
                        var start = offset + reader.TokenStartIndex;
                        var arrayLine = document.Lines.LineOf(start);
                        reader.Skip();
                        properties.Add((name, new JsonArray(arrayLine, document.ItemsFrom(start))));
                        continue;
                    }

                    properties.Add((name, ReadValue(ref reader, offset, document, strings)));
                }

                return new JsonObject(line, properties);
            case JsonTokenType.StartArray:
                var items = new List<JsonTree>();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    items.Add(ReadValue(ref reader, offset, document, strings));
                }

                return new JsonArray(line, items);
            case JsonTokenType.String:
                return new JsonScalar(line, strings.Get(ref reader), IsString: true);
            case JsonTokenType.Null:
                return new JsonScalar(line, null, IsString: false);
            default:
                // Numbers and booleans keep their JSON text; the field that reads them says what it wants.
                return new JsonScalar(line, Encoding.UTF8.GetString(reader.ValueSpan), IsString: false);
        }
    }

    /// <summary>
    /// The document's text, kept so that top-level arrays can be read item by item after the first pass. Its string
    /// pool is shared by every array, read at once on different threads or not, so that an id the providers, the
    /// caseload and the schedules all name is held once.
    /// </summary>
    private sealed class Document(ReadOnlyMemory<byte> utf8, LineIndex lines, StringPool strings)
    {
        public LineIndex Lines => lines;

        public IEnumerable<JsonTree> ItemsFrom(long start)
        {
            // The first pass has checked the whole document, so this one meets no malformed JSON.
            var state = new JsonReaderState(Options);
            var consumed = start;
            var first = true;
            while (Next(ref state, ref consumed, ref first, strings) is { } item)
            {
                yield return item;
            }
        }

        // One item per call: a reader is a ref struct, so it is rebuilt from its state where the last one stopped.
        private JsonTree? Next(ref JsonReaderState state, ref long consumed, ref bool first, StringPool strings)
        {
            var reader = new Utf8JsonReader(utf8.Span[(int)consumed..], isFinalBlock: true, state);
            if (first)
            {
                reader.Read(); // the array's '['
                first = false;
            }

            reader.Read();
            if (reader.TokenType == JsonTokenType.EndArray)
            {
                return null;
            }

            var item = ReadValue(ref reader, consumed, document: this, strings);
            consumed += reader.BytesConsumed;
            state = reader.CurrentState;
            return item;
        }
    }

    /// <summary>
    /// One string per distinct short text: a batch repeats the same ids, codes and dates thousands of times (every
    /// caseload line and schedule names its provider and student), and a district's context would otherwise hold
    /// each copy.
    /// </summary>
    private sealed class StringPool
    {
        private const int Longest = 64;
        private readonly ConcurrentDictionary<string, string> _strings = new(StringComparer.Ordinal);
        private readonly ConcurrentDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

        public StringPool() => _lookup = _strings.GetAlternateLookup<ReadOnlySpan<char>>();

        public string Get(ref Utf8JsonReader reader)
        {
            if (reader.ValueIsEscaped || reader.HasValueSequence || reader.ValueSpan.Length > Longest)
            {
                return reader.GetString()!;
            }

            // At most as many UTF-16 characters as UTF-8 bytes.
            Span<char> chars = stackalloc char[Longest];
            var text = chars[..Encoding.UTF8.GetChars(reader.ValueSpan, chars)];
            if (_lookup.TryGetValue(text, out var pooled))
            {
                return pooled;
            }

            // Another thread may have added the same text meanwhile: the first one added is the one every reader gets.
            var made = new string(text);
            return _strings.GetOrAdd(made, made);
        }
    }

    private sealed class LineIndex
    {
        private readonly List<long> _starts = [0];

        public LineIndex(ReadOnlySpan<byte> utf8)
        {
            for (var i = 0; i < utf8.Length; i++)
            {
                if (utf8[i] == (byte)'\n')
                {
                    _starts.Add(i + 1);
                }
            }
        }

        public int LineOf(long offset)
        {
            var index = _starts.BinarySearch(offset);
            return (index >= 0 ? index : ~index - 1) + 1;
        }
    }
}

internal sealed record JsonObject(int Line, List<(string Name, JsonTree Value)> Properties) : JsonTree(Line);

internal sealed record JsonArray(int Line, IEnumerable<JsonTree> Items) : JsonTree(Line);

/// <summary>A string, number, boolean or null; <see cref="Text"/> is null only for JSON null.</summary>
internal sealed record JsonScalar(int Line, string? Text, bool IsString) : JsonTree(Line);
