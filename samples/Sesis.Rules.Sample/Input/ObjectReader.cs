namespace Sesis.Rules.Sample.Input;

/// <summary>
/// Reads the fields of one JSON object, each through the library's parsers, and turns every problem into an
/// <see cref="InputException"/> that names the file, the line and the field. Unknown fields are errors: a
/// misspelt field must not be silently ignored.
/// </summary>
internal sealed class ObjectReader : FieldSource
{
    // The object's own list of properties, searched in place: every property is a known field and none appears twice,
    // so there are never more than the few known fields to look through, and no dictionary is built per object.
    private readonly List<(string Name, JsonTree Value)> _fields;

    public ObjectReader(string file, JsonTree node, string path, params string[] knownFields)
    {
        File = file;
        Path = path;
        if (node is not JsonObject obj)
        {
            throw new InputException(file, node.Line, path, "Expected a JSON object.");
        }

        Line = obj.Line;
        _fields = obj.Properties;
        for (var i = 0; i < _fields.Count; i++)
        {
            var (name, value) = _fields[i];
            if (System.Array.IndexOf(knownFields, name) < 0)
            {
                throw new InputException(file, value.Line, Field(name), $"Unknown field. Known fields: {string.Join(", ", knownFields)}.");
            }

            if (IndexOf(name, before: i) >= 0)
            {
                throw new InputException(file, value.Line, Field(name), "The field appears twice.");
            }
        }
    }

    public override string File { get; }

    public string Path { get; }

    public int Line { get; }

    public bool Has(string name) => IndexOf(name, _fields.Count) >= 0;

    public bool IsArray(string name) => TryGet(name, out var node) && node is JsonArray;

    public override string? OptionalString(string name)
    {
        if (!TryGet(name, out var node) || node is JsonScalar { Text: null })
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
        if (!TryGet(name, out var node))
        {
            return [];
        }

        return node is JsonArray array
            ? array.Items.Select((item, i) => (item, $"{Field(name)}[{i}]"))
            : throw Error(name, node, "Expected a JSON array.");
    }

    public ObjectReader? OptionalObject(string name, params string[] knownFields) =>
        TryGet(name, out var node) ? new ObjectReader(File, node, Field(name), knownFields) : null;

    public override int LineOf(string name) => TryGet(name, out var node) ? node.Line : Line;

    public override InputException Error(string name, string problem) =>
        Error(name, (TryGet(name, out var found) ? found : null), problem);

    public InputException Error(string name, JsonTree? node, string problem) =>
        new(File, node?.Line ?? Line, Field(name), problem);

    private bool TryGet(string name, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out JsonTree? node)
    {
        var i = IndexOf(name, _fields.Count);
        node = i >= 0 ? _fields[i].Value : null;
        return node is not null;
    }

    private int IndexOf(string name, int before)
    {
        for (var i = 0; i < before; i++)
        {
            if (string.Equals(_fields[i].Name, name, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    private string Field(string name) => Path.Length == 0 ? name : $"{Path}.{name}";
}
