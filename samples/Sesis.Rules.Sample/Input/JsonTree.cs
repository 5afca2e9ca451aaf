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

        var lines = new LineCursor(0, 1);
        var reader = new Utf8JsonReader(utf8, Options);
        try
        {
            if (!reader.Read())
            {
                throw new InputException(file, 1, null, "The file is empty; a batch file is a JSON object.");
            }

            var strings = new StringPool();
            var tree = ReadValue(ref reader, 0, ref lines, new Document(text, strings), strings);
            if (reader.Read())
            {
                throw new InputException(file, lines.LineOf(utf8, reader.TokenStartIndex), null, "There is more after the batch object.");
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

    // offset: where the reader's span begins in the document (a lazy array reads from the middle); lines: where the
    // reading has got to, in lines, so that each value's line is counted from the last one's.
    // reuse: when not null, an object's properties are copied into it (grown as needed) rather than into an array of
    // their own; set only for the items of a top-level array read with JsonArray.Map, which never lets an item escape.
    private static JsonTree ReadValue(ref Utf8JsonReader reader, long offset, ref LineCursor lines, Document document, StringPool strings, PropertyBuffer? reuse = null)
    {
        var line = lines.LineOf(document.Utf8, offset + reader.TokenStartIndex);
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
                // The properties are gathered in a list kept per thread and depth, then copied to an array of their
                // number: a district's batch has hundreds of thousands of objects, each read once.
                var depth = reader.CurrentDepth;
                var properties = Scratch(depth);
                var root = depth == 0 && offset == 0;
                while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
                {
                    var name = strings.Get(ref reader);
                    reader.Read();
                    var valueLine = lines.LineOf(document.Utf8, offset + reader.TokenStartIndex);
                    switch (reader.TokenType)
                    {
                        case JsonTokenType.StartArray when root:
                            // A top-level array (providers, caseload, schedules, records: a district's are hundreds of
                            // thousands of objects) is checked now but built item by item only as it is read, so the
                            // tree of a large batch never exists whole.
                            var start = offset + reader.TokenStartIndex;
                            reader.Skip();
                            properties.Add(new JsonProperty(name, valueLine, null, new JsonArray(valueLine, document.ItemsFrom(start, valueLine, reuse: false), document.ItemsFrom(start, valueLine, reuse: true))));
                            break;
                        case JsonTokenType.StartArray or JsonTokenType.StartObject:
                            properties.Add(new JsonProperty(name, valueLine, null, ReadValue(ref reader, offset, ref lines, document, strings)));
                            break;
                        case JsonTokenType.String:
                            properties.Add(new JsonProperty(name, valueLine, strings.Get(ref reader), null));
                            break;
                        case JsonTokenType.Null:
                            properties.Add(new JsonProperty(name, valueLine, null, null));
                            break;
                        default:
                            // Numbers and booleans keep their JSON text; the field that reads them says what it wants.
                            properties.Add(new JsonProperty(name, valueLine, Encoding.UTF8.GetString(reader.ValueSpan), null));
                            break;
                    }
                }

                // Emptied after use too: the list outlives the reading, and the root's properties reach the whole file.
                var read = reuse is null ? properties.ToArray() : reuse.Hold(properties);
                properties.Clear();
                return new JsonObject(line, read);
            case JsonTokenType.StartArray:
                var items = new List<JsonTree>();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    items.Add(ReadValue(ref reader, offset, ref lines, document, strings));
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

    [ThreadStatic]
    private static List<JsonProperty>[]? t_scratch;

    // Emptied when taken, not only after use: a malformed document stops a reading halfway through an object.
    private static List<JsonProperty> Scratch(int depth)
    {
        t_scratch ??= new List<JsonProperty>[MaxDepth + 1];
        var list = t_scratch[depth] ??= [];
        list.Clear();
        return list;
    }

    /// <summary>
    /// The document's text, kept so that top-level arrays can be read item by item after the first pass. Its string
    /// pool is shared by every array, read at once on different threads or not, so that an id the providers, the
    /// caseload and the schedules all name is held once.
    /// </summary>
    private sealed class Document(ReadOnlyMemory<byte> utf8, StringPool strings)
    {
        public ReadOnlySpan<byte> Utf8 => utf8.Span;

        // reuse: each item's properties go into one buffer that the next item overwrites (see ReadValue); every
        // enumeration has a buffer of its own.
        public IEnumerable<JsonTree> ItemsFrom(long start, int line, bool reuse)
        {
            // The first pass has checked the whole document, so this one meets no malformed JSON.
            var buffer = reuse ? new PropertyBuffer() : null;
            var state = new JsonReaderState(Options);
            var consumed = start;
            var first = true;
            var lines = new LineCursor(start, line);
            while (Next(ref state, ref consumed, ref first, ref lines, strings, buffer) is { } item)
            {
                yield return item;
            }
        }

        // One item per call: a reader is a ref struct, so it is rebuilt from its state where the last one stopped.
        private JsonTree? Next(ref JsonReaderState state, ref long consumed, ref bool first, ref LineCursor lines, StringPool strings, PropertyBuffer? reuse)
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

            var item = ReadValue(ref reader, consumed, ref lines, document: this, strings, reuse);
            consumed += reader.BytesConsumed;
            state = reader.CurrentState;
            return item;
        }
    }

    /// <summary>
    /// The properties of the item being read, held in one array for a whole top-level array: a district's batch has
    /// hundreds of thousands of items, each read, turned into a provider, an assignment or a schedule, and dropped.
    /// </summary>
    private sealed class PropertyBuffer
    {
        private JsonProperty[] _held = new JsonProperty[8];

        public ReadOnlyMemory<JsonProperty> Hold(List<JsonProperty> properties)
        {
            if (_held.Length < properties.Count)
            {
                _held = new JsonProperty[properties.Count];
            }

            properties.CopyTo(_held);
            return _held.AsMemory(0, properties.Count);
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

    /// <summary>
    /// The line of a position, counted on from the last position asked for: a reading pass asks in document order, so
    /// each newline is counted once, and no index of a large file's line starts is held (a district's batch file has
    /// millions of lines).
    /// </summary>
    private struct LineCursor(long offset, int line)
    {
        private long _offset = offset;
        private int _line = line;

        public int LineOf(ReadOnlySpan<byte> utf8, long offset)
        {
            if (offset < _offset)
            {
                // Not reached by the readers above, which only move forward; counted from the start rather than wrong.
                (_offset, _line) = (0, 1);
            }

            _line += utf8[(int)_offset..(int)offset].Count((byte)'\n');
            _offset = offset;
            return _line;
        }
    }
}

/// <summary>A JSON object; an item read through <see cref="JsonArray.Map"/> shares its properties' storage with the next item.</summary>
internal sealed record JsonObject(int Line, ReadOnlyMemory<JsonProperty> Properties) : JsonTree(Line);

/// <summary>
/// A property of a JSON object: a scalar's text is held here rather than in a node of its own (a district's batch
/// has millions), so <see cref="Node"/> is set only for an object or an array.
/// </summary>
/// <param name="Name">The property's name.</param>
/// <param name="Line">The line its value starts on.</param>
/// <param name="Text">A string's value, or a number's or boolean's JSON text; null for JSON null, an object or an array.</param>
/// <param name="Node">The value when it is an object or an array, else null.</param>
internal readonly record struct JsonProperty(string Name, int Line, string? Text, JsonTree? Node);

/// <summary>
/// A JSON array. <paramref name="Items"/> are whole values, free to keep; <paramref name="Reused"/>, when set (a
/// top-level array, read from the document as it is enumerated), gives items whose properties are overwritten by the
/// next item's, which <see cref="Map"/> uses so that no item outlives the call that reads it.
/// </summary>
internal sealed record JsonArray(int Line, IEnumerable<JsonTree> Items, IEnumerable<JsonTree>? Reused = null) : JsonTree(Line)
{
    /// <summary>Reads each item with <paramref name="read"/>, in order, the item valid only during that call.</summary>
    public IEnumerable<T> Map<T>(Func<JsonTree, int, T> read)
    {
        var index = 0;
        foreach (var item in Reused ?? Items)
        {
            yield return read(item, index++);
        }
    }
}

/// <summary>A string, number, boolean or null; <see cref="Text"/> is null only for JSON null.</summary>
internal sealed record JsonScalar(int Line, string? Text, bool IsString) : JsonTree(Line);
