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

    public static JsonTree Parse(string file, ReadOnlySpan<byte> utf8)
    {
        utf8 = InputFile.CheckUtf8(file, utf8, "batch file");
        if (utf8.IndexOfAnyExcept(" \t\r\n"u8) < 0)
        {
            throw new InputException(file, null, null, "The file is empty; a batch file is a JSON object.");
        }

        var lines = new LineIndex(utf8);
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions
        {
            CommentHandling = JsonCommentHandling.Skip,
            AllowTrailingCommas = true,
            MaxDepth = MaxDepth,
        });
        try
        {
            if (!reader.Read())
            {
                throw new InputException(file, 1, null, "The file is empty; a batch file is a JSON object.");
            }

            var tree = ReadValue(ref reader, lines);
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

    private static JsonTree ReadValue(ref Utf8JsonReader reader, LineIndex lines)
    {
        var line = lines.LineOf(reader.TokenStartIndex);
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
                var properties = new List<(string Name, JsonTree Value)>();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
                {
                    var name = reader.GetString()!;
                    reader.Read();
                    properties.Add((name, ReadValue(ref reader, lines)));
                }

                return new JsonObject(line, properties);
            case JsonTokenType.StartArray:
                var items = new List<JsonTree>();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    items.Add(ReadValue(ref reader, lines));
                }

                return new JsonArray(line, items);
            case JsonTokenType.String:
                return new JsonScalar(line, reader.GetString(), IsString: true);
            case JsonTokenType.Null:
                return new JsonScalar(line, null, IsString: false);
            default:
                // Numbers and booleans keep their JSON text; the field that reads them says what it wants.
                return new JsonScalar(line, Encoding.UTF8.GetString(reader.ValueSpan), IsString: false);
        }
    }

    /// <summary>Start offsets of every line, for a binary search from a byte offset to a line number.</summary>
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

internal sealed record JsonArray(int Line, List<JsonTree> Items) : JsonTree(Line);

/// <summary>A string, number, boolean or null; <see cref="Text"/> is null only for JSON null.</summary>
internal sealed record JsonScalar(int Line, string? Text, bool IsString) : JsonTree(Line);
