using System.Text;
using NodaTime;
using NodaTime.Text;

namespace Sesis.Rules.Calendars;

// The one iCalendar parser of the package (RFC 5545 section 3.1): unfolds lines, splits each content line into
// name, parameters and value, and nests BEGIN/END into components, keeping the line every component and
// property starts on. Parameters are checked and skipped: neither reader needs one (a value says whether it is a
// date or a date-time, and time zones are not read). Both readers (the library's dialect and published feeds) and
// nothing else read .ics text.
// It never throws for bad text: a structural error stops the parse and is the document's error.
internal sealed class IcsDocument
{
    private IcsDocument(IcsComponent? calendar, List<CalendarLoadError> errors)
    {
        Calendar = errors.Count == 0 ? calendar : null;
        Errors = errors;
    }

    // The VCALENDAR, or null when the text is not a readable iCalendar file.
    public IcsComponent? Calendar { get; }

    // What makes the text unreadable, each with its line; empty when the text parsed.
    public List<CalendarLoadError> Errors { get; }

    // Malformed content lines are all reported; a broken BEGIN/END structure stops the parse, as nothing after it
    // can be placed.
    public static IcsDocument Parse(string text)
    {
        var errors = new List<CalendarLoadError>();
        IcsDocument Fail(int? line, string message)
        {
            errors.Add(new CalendarLoadError(line, message));
            return new IcsDocument(null, errors);
        }

        var stack = new Stack<IcsComponent>();
        IcsComponent? calendar = null;
        foreach (var (line, content) in Unfold(text))
        {
            if (!TrySplit(content, out var name, out var value))
            {
                errors.Add(new CalendarLoadError(line, $"{CalendarText.Quote(content)} is not an iCalendar content line (NAME[;PARAM=...]:VALUE)."));
                continue;
            }

            if (name == "BEGIN")
            {
                var component = value.Trim().ToUpperInvariant();
                if (stack.Count == 0 && (component != "VCALENDAR" || calendar is not null))
                {
                    return Fail(line, calendar is null
                        ? $"The file must start with BEGIN:VCALENDAR, not BEGIN:{CalendarText.Shorten(component)}."
                        : component == "VCALENDAR"
                            ? "The file holds a second VCALENDAR; put every event in one."
                            : $"BEGIN:{CalendarText.Shorten(component)} is after END:VCALENDAR; put every event in the one VCALENDAR.");
                }

                var child = new IcsComponent(component, line);
                if (stack.Count == 0)
                {
                    calendar = child;
                }
                else
                {
                    stack.Peek().Components.Add(child);
                }

                stack.Push(child);
                continue;
            }

            if (name == "END")
            {
                var component = value.Trim().ToUpperInvariant();
                if (stack.Count == 0)
                {
                    return Fail(line, $"END:{CalendarText.Shorten(component)} has no BEGIN:{CalendarText.Shorten(component)}.");
                }

                if (stack.Peek().Name != component)
                {
                    var open = stack.Peek();
                    return Fail(line, $"END:{CalendarText.Shorten(component)} closes BEGIN:{CalendarText.Shorten(open.Name)} of line {open.Line}; expected END:{CalendarText.Shorten(open.Name)}.");
                }

                stack.Pop();
                continue;
            }

            if (stack.Count == 0)
            {
                return Fail(line, calendar is null
                    ? $"The file must start with BEGIN:VCALENDAR, not {CalendarText.Shorten(name)}."
                    : $"{CalendarText.Shorten(name)} is after END:VCALENDAR.");
            }

            stack.Peek().Properties.Add(new IcsProperty(line, name, value));
        }

        if (stack.Count > 0)
        {
            var open = stack.Peek();
            return Fail(open.Line, $"BEGIN:{CalendarText.Shorten(open.Name)} is never closed with END:{CalendarText.Shorten(open.Name)}.");
        }

        return calendar is null
            ? Fail(null, "The file is empty: an iCalendar file starts with BEGIN:VCALENDAR.")
            : new IcsDocument(calendar, errors);
    }

    // RFC 5545 section 3.1: a line starting with a space or a tab continues the previous one. CRLF, LF and CR all
    // end a line; a byte order mark at the start is not content; blank lines are skipped.
    private static List<(int Line, string Content)> Unfold(string text)
    {
        var lines = new List<(int Line, string Content)>();
        var start = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
        var lineNumber = 0;
        var firstLine = 0;
        var current = new StringBuilder();
        var pending = false;

        // Each pass reads one line; a text ending in a line break ends with an empty line, which adds nothing.
        while (true)
        {
            var end = text.AsSpan(start).IndexOfAny('\r', '\n');
            var length = end < 0 ? text.Length - start : end;
            var line = text.AsSpan(start, length);
            lineNumber++;
            if (line.Length > 0 && (line[0] == ' ' || line[0] == '\t') && pending)
            {
                current.Append(line[1..]);
            }
            else
            {
                if (pending)
                {
                    lines.Add((firstLine, current.ToString()));
                }

                current.Clear().Append(line);
                pending = line.Length > 0;
                firstLine = lineNumber;
            }

            if (end < 0)
            {
                break;
            }

            start += length + (text[start + length] == '\r' && start + length + 1 < text.Length && text[start + length + 1] == '\n' ? 2 : 1);
        }

        if (pending)
        {
            lines.Add((firstLine, current.ToString()));
        }

        return lines;
    }

    // NAME *(";" PARAM-NAME "=" PARAM-VALUE *("," PARAM-VALUE)) ":" VALUE, where a parameter value may be quoted and
    // then hold ':' ';' and ',' (Outlook writes TZID="(UTC-05:00) Eastern Time (US & Canada)").
    private static bool TrySplit(string content, out string name, out string value)
    {
        value = string.Empty;
        var i = 0;
        while (i < content.Length && IsNameChar(content[i]))
        {
            i++;
        }

        name = content[..i].ToUpperInvariant();
        if (i == 0 || i == content.Length || (content[i] != ':' && content[i] != ';'))
        {
            return false;
        }

        while (content[i] == ';')
        {
            var nameStart = ++i;
            while (i < content.Length && IsNameChar(content[i]))
            {
                i++;
            }

            if (i == nameStart || i == content.Length || content[i] != '=')
            {
                return false;
            }

            do
            {
                i++; // past '=' or ','
                if (i < content.Length && content[i] == '"')
                {
                    var close = content.IndexOf('"', i + 1);
                    if (close < 0)
                    {
                        return false;
                    }

                    i = close + 1;
                }
                else
                {
                    while (i < content.Length && content[i] is not (';' or ':' or ',' or '"'))
                    {
                        i++;
                    }
                }
            }
            while (i < content.Length && content[i] == ',');

            if (i == content.Length || (content[i] != ':' && content[i] != ';'))
            {
                return false;
            }
        }

        value = content[(i + 1)..];
        return true;
    }

    private static bool IsNameChar(char c) => char.IsAsciiLetterOrDigit(c) || c == '-';
}

// A component (VCALENDAR, VEVENT, VTIMEZONE, ...): its name in capitals, the line of its BEGIN, its properties in
// file order, and the components inside it.
internal sealed class IcsComponent(string name, int line)
{
    public string Name { get; } = name;

    public int Line { get; } = line;

    public List<IcsProperty> Properties { get; } = [];

    public List<IcsComponent> Components { get; } = [];

    public IcsProperty? First(string name) => Properties.Find(p => p.Name == name);

    public IEnumerable<IcsProperty> All(string name) => Properties.Where(p => p.Name == name);
}

// One content line after unfolding: the line it starts on, its name in capitals, its raw value.
internal sealed record IcsProperty(int Line, string Name, string Value)
{
    // The value as TEXT (RFC 5545 section 3.3.11): \\ \; \, \n and \N unescaped in one pass.
    public string Text => Unescape(Value);

    // The value as a list of TEXT separated by unescaped commas, such as CATEGORIES:Holiday,No school.
    public List<string> TextList()
    {
        var items = new List<string>();
        var start = 0;
        for (var i = 0; i < Value.Length; i++)
        {
            if (Value[i] == '\\')
            {
                i++;
            }
            else if (Value[i] == ',')
            {
                items.Add(Unescape(Value[start..i]));
                start = i + 1;
            }
        }

        items.Add(Unescape(Value[start..]));
        return items;
    }

    private static string Unescape(string value)
    {
        if (!value.Contains('\\', StringComparison.Ordinal))
        {
            return value;
        }

        var text = new StringBuilder(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            if (value[i] == '\\' && i + 1 < value.Length)
            {
                i++;
                text.Append(value[i] is 'n' or 'N' ? '\n' : value[i]);
            }
            else
            {
                text.Append(value[i]);
            }
        }

        return text.ToString();
    }
}

// A DATE (YYYYMMDD) or DATE-TIME (YYYYMMDDTHHMMSS, Z for UTC) value of DTSTART, DTEND and the like.
internal readonly record struct IcsDateValue(LocalDate Date, LocalTime? Time)
{
    private static readonly LocalDateTimePattern BasicDateTime = LocalDateTimePattern.CreateWithInvariantCulture("uuuuMMdd'T'HHmmss");

    public bool HasTime => Time is not null;

    public static bool TryParse(string text, out IcsDateValue value)
    {
        var trimmed = text.Trim();
        value = default;
        if (trimmed.Length == 8)
        {
            var date = CalendarText.BasicDate.Parse(trimmed);
            value = date.Success ? new IcsDateValue(date.Value, null) : default;
            return date.Success;
        }

        var dateTime = BasicDateTime.Parse(trimmed.EndsWith('Z') ? trimmed[..^1] : trimmed);
        value = dateTime.Success ? new IcsDateValue(dateTime.Value.Date, dateTime.Value.TimeOfDay) : default;
        return dateTime.Success;
    }
}
