namespace Sesis.Rules.Sample.Input;

/// <summary>
/// Reads the fields of one JSON object, each through the library's parsers, and turns every problem into an
/// <see cref="InputException"/> that names the file, the line and the field. Unknown fields are errors: a
/// misspelt field must not be silently ignored.
/// </summary>
internal sealed class ObjectReader : FieldSource
{
    // The object's own properties, searched in place: every property is a known field and none appears twice, so
    // there are never more than the few known fields to look through, and no dictionary is built per object.
    private readonly ReadOnlyMemory<JsonProperty> _fields;

    // An array item's path is only written when a message needs it: a district's batch has hundreds of thousands.
    private readonly JsonItem? _item;
    private string? _path;

    public ObjectReader(string file, JsonTree node, string path, params string[] knownFields)
        : this(file, node, node.Line, path, null, knownFields)
    {
    }

    public ObjectReader(string file, JsonItem item, string[] knownFields)
        : this(file, item.Node, item.Node.Line, null, item, knownFields)
    {
    }

    // node: the object, or null when the value is a scalar (a property's text is held without a node).
    private ObjectReader(string file, JsonTree? node, int line, string? path, JsonItem? item, string[] knownFields)
    {
        File = file;
        _path = path;
        _item = item;
        if (node is not JsonObject obj)
        {
            throw new InputException(file, line, Path, "Expected a JSON object.");
        }

        Line = obj.Line;
        _fields = obj.Properties;
        var fields = _fields.Span;
        for (var i = 0; i < fields.Length; i++)
        {
            var field = fields[i];
            if (System.Array.IndexOf(knownFields, field.Name) < 0)
            {
                throw new InputException(file, field.Line, Field(field.Name), $"Unknown field. Known fields: {string.Join(", ", knownFields)}.");
            }

            if (IndexOf(field.Name, before: i) >= 0)
            {
                throw new InputException(file, field.Line, Field(field.Name), "The field appears twice.");
            }
        }
    }

    public override string File { get; }

    public string Path => _path ??= _item!.Value.Path;

    public int Line { get; }

    public bool Has(string name) => IndexOf(name, _fields.Length) >= 0;

    public bool IsArray(string name) => TryGet(name, out var field) && field.Node is JsonArray;

    public override string? OptionalString(string name)
    {
        if (!TryGet(name, out var field) || field.Node is null)
        {
            // Numbers and booleans arrive as their JSON text and go through the same parsers as strings.
            return field.Text;
        }

        throw Error(name, "Expected a value, not an object or an array.");
    }

    public IEnumerable<JsonItem> Array(string name) =>
        ArrayOf(name) is { } array ? array.Items.Select((item, i) => new JsonItem(item, Field(name), i)) : [];

    /// <summary>
    /// Reads each item of an array with <paramref name="read"/> as the array is enumerated. The item's reader is valid
    /// only during the call: a top-level array's items share their storage (see <see cref="JsonArray.Map"/>).
    /// </summary>
    public IEnumerable<T> MapArray<T>(string name, string[] knownFields, Func<ObjectReader, T> read)
    {
        if (ArrayOf(name) is not { } array)
        {
            return [];
        }

        var path = Field(name);
        return array.Map((item, i) => read(new ObjectReader(File, new JsonItem(item, path, i), knownFields)));
    }

    public ObjectReader? OptionalObject(string name, params string[] knownFields) =>
        TryGet(name, out var field) ? new ObjectReader(File, field.Node, field.Line, Field(name), null, knownFields) : null;

    public override int LineOf(string name) => TryGet(name, out var field) ? field.Line : Line;

    public override InputException Error(string name, string problem) => new(File, LineOf(name), Field(name), problem);

    // The array a field holds; null when the field is absent, an error when it holds something else (JSON null too).
    private JsonArray? ArrayOf(string name) =>
        !TryGet(name, out var field) ? null : field.Node as JsonArray ?? throw Error(name, "Expected a JSON array.");

    // True for a field given as JSON null too: OptionalString reads it as absent, Array and OptionalObject refuse it.
    private bool TryGet(string name, out JsonProperty field)
    {
        var i = IndexOf(name, _fields.Length);
        field = i >= 0 ? _fields.Span[i] : default;
        return i >= 0;
    }

    private int IndexOf(string name, int before)
    {
        var fields = _fields.Span;
        for (var i = 0; i < before; i++)
        {
            if (string.Equals(fields[i].Name, name, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    private string Field(string name) => Path.Length == 0 ? name : $"{Path}.{name}";
}

/// <summary>An item of a JSON array: its value and where it is, for messages.</summary>
/// <param name="Node">The item.</param>
/// <param name="Array">The array's path (such as "caseload").</param>
/// <param name="Index">The item's index in the array.</param>
internal readonly record struct JsonItem(JsonTree Node, string Array, int Index)
{
    /// <summary>Gets the item's path, such as "caseload[12]".</summary>
    public string Path => $"{Array}[{Index}]";
}
