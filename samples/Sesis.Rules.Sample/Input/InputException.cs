using System.Globalization;
using System.Text;

namespace Sesis.Rules.Sample.Input;

/// <summary>Input the host cannot read: the message names the file, the line and the field.</summary>
internal sealed class InputException : Exception
{
    /// <summary>Longest field name or quoted value a message shows: a hostile file must not make a message of megabytes.</summary>
    public const int ShownLength = 60;

    public InputException(string file, int? line, string? field, string problem)
        : base(Format(file, line, field, problem))
    {
    }

    /// <summary>
    /// Text from the file as a message shows it: at most <see cref="ShownLength"/> characters, then "…", with
    /// control characters as \u escapes, so the message stays one short line.
    /// </summary>
    public static string Shown(string text) =>
        Escape(text.Length > ShownLength ? string.Concat(text.AsSpan(0, ShownLength), "…") : text);

    private static string Format(string file, int? line, string? field, string problem)
    {
        var where = line is { } n ? $"{file}:{n}" : file;

        // Problems quote values through Shown already; escaping again here keeps any other text on one line.
        return field is null ? $"{where}: {Escape(problem)}" : $"{where}: {Shown(field)}: {Escape(problem)}";
    }

    private static string Escape(string text)
    {
        if (!text.Any(char.IsControl))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if (char.IsControl(c))
            {
                builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }
}
