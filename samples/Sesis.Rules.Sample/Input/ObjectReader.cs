namespace Sesis.Rules.Sample.Input;

/// <summary>
/// Reads the fields of one JSON object, each through the library's parsers, and turns every problem into an
/// <see cref="InputException"/> that names the file, the line and the field. Unknown fields are errors: a
/// misspelt field must not be silently ignored.
/// </summary>
internal sealed class ObjectReader : FieldSource
{
    private readonly Dictionary<string, JsonTree> _fields = new(StringComparer.Ordinal);

    public ObjectReader(string file, JsonTree node, string path, params string[] knownFields)
    {
        File = file;
        Path = path;
        if (node is not JsonObject obj)
        {
            throw new InputException(file, node.Line, path, "Expected a JSON object.");
        }

        Line = obj.Line;
        foreach (var (name, value) in obj.Properties)
        {
            if (!knownFields.Contains(name, StringComparer.Ordinal))
            {
                throw new InputException(file, value.Line, Field(name), $"Unknown field. Known fields: {string.Join(", ", knownFields)}.");
            }

            if (!_fields.TryAdd(name, value))
            {
                throw new InputException(file, value.Line, Field(name), "The field appears twice.");
            }
        }
    }

    public override string File { get; }

    public string Path { get; }

    public int Line { get; }

    public bool Has(string name) => _fields.ContainsKey(name);

    public bool IsArray(string name) => _fields.TryGetValue(name, out var node) && node is JsonArray;

    public override string? OptionalString(string name)
    {
        if (!_fields.TryGetValue(name, out var node) || node is JsonScalar { Text: null })
        {
            return null;
        }

        // Numbers and booleans arrive as their JSON text and go through the same parsers as strings.
        return node is JsonScalar { Text: var text }
            ? text
            : throw Error(name, node, "Expected a value, not an object or an array.");
    }

    public IEnumerable<(JsonTree Node, string Path)> Array(string name)
    {
        if (!_fields.TryGetValue(name, out var node))
        {
            return [];
        }

        return node is JsonArray array
            ? array.Items.Select((item, i) => (item, $"{Field(name)}[{i}]"))
            : throw Error(name, node, "Expected a JSON array.");
    }

    public ObjectReader? OptionalObject(string name, params string[] knownFields) =>
        _fields.TryGetValue(name, out var node) ? new ObjectReader(File, node, Field(name), knownFields) : null;

    public override int LineOf(string name) => _fields.TryGetValue(name, out var node) ? node.Line : Line;

    public override InputException Error(string name, string problem) =>
        Error(name, _fields.GetValueOrDefault(name), problem);

    public InputException Error(string name, JsonTree? node, string problem) =>
        new(File, node?.Line ?? Line, Field(name), problem);

    private string Field(string name) => Path.Length == 0 ? name : $"{Path}.{name}";
}
