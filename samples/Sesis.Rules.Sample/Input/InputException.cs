namespace Sesis.Rules.Sample.Input;

/// <summary>Input the host cannot read: the message names the file, the line and the field.</summary>
internal sealed class InputException : Exception
{
    public InputException(string file, int? line, string? field, string problem)
        : base(Format(file, line, field, problem))
    {
    }

    private static string Format(string file, int? line, string? field, string problem)
    {
        var where = line is { } n ? $"{file}:{n}" : file;
        return field is null ? $"{where}: {problem}" : $"{where}: {field}: {problem}";
    }
}
