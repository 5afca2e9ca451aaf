namespace Sesis.Rules.Calendars;

// A first pass over iCalendar text that keeps what Ical.Net does not: the line each component and property
// starts on. Ical.Net reports no line numbers and turns a malformed date into an empty value, so the
// structure and the raw values are checked here, where the line is known.
internal sealed class IcsContentLines
{
    private static readonly HashSet<string> AllowedComponents = new(StringComparer.OrdinalIgnoreCase)
    {
        "VCALENDAR", "VEVENT", "VTIMEZONE", "STANDARD", "DAYLIGHT", "VALARM",
    };

    public List<CalendarLoadError> Errors { get; } = [];

    public Dictionary<string, Property> CalendarProperties { get; } = new(StringComparer.OrdinalIgnoreCase);

    public List<Component> Events { get; } = [];

    public static IcsContentLines Scan(string text)
    {
        var scan = new IcsContentLines();
        var stack = new Stack<(string Name, int Line)>();
        Component? currentEvent = null;
        var sawCalendar = false;
        foreach (var (line, content) in Unfold(text))
        {
            var colon = content.IndexOf(':', StringComparison.Ordinal);
            var semicolon = content.IndexOf(';', StringComparison.Ordinal);
            var nameEnd = semicolon >= 0 && (colon < 0 || semicolon < colon) ? semicolon : colon;
            if (colon < 0 || nameEnd <= 0 || !IsName(content.AsSpan(0, nameEnd)))
            {
                scan.Errors.Add(new CalendarLoadError(line, $"{CalendarText.Quote(content)} is not an iCalendar content line (NAME[;PARAM=...]:VALUE)."));
                continue;
            }

            var name = content[..nameEnd].ToUpperInvariant();
            var parameters = nameEnd < colon ? content[(nameEnd + 1)..colon] : string.Empty;
            var value = content[(colon + 1)..];
            if (name == "BEGIN")
            {
                var component = value.Trim().ToUpperInvariant();
                if (stack.Count == 0 && (component != "VCALENDAR" || sawCalendar))
                {
                    scan.Errors.Add(new CalendarLoadError(line, sawCalendar
                        ? "The file holds a second VCALENDAR; put every event in one."
                        : $"The file must start with BEGIN:VCALENDAR, not BEGIN:{component}."));
                    return scan;
                }

                if (!AllowedComponents.Contains(component))
                {
                    scan.Errors.Add(new CalendarLoadError(line, $"{component} is not part of a school calendar: closures, school years and school days are VEVENTs."));
                }

                if (component == "VEVENT")
                {
                    if (stack.Peek().Name != "VCALENDAR")
                    {
                        scan.Errors.Add(new CalendarLoadError(line, $"A VEVENT cannot be inside {stack.Peek().Name}."));
                    }
                    else
                    {
                        currentEvent = new Component(line);
                        scan.Events.Add(currentEvent);
                    }
                }

                sawCalendar = true;
                stack.Push((component, line));
                continue;
            }

            if (name == "END")
            {
                var component = value.Trim().ToUpperInvariant();
                if (stack.Count == 0 || stack.Peek().Name != component)
                {
                    scan.Errors.Add(new CalendarLoadError(line, stack.Count == 0
                        ? $"END:{component} has no BEGIN:{component}."
                        : $"END:{component} closes BEGIN:{stack.Peek().Name} of line {stack.Peek().Line}; expected END:{stack.Peek().Name}."));
                    return scan;
                }

                stack.Pop();
                if (component == "VEVENT")
                {
                    currentEvent = null;
                }

                continue;
            }

            if (stack.Count == 0)
            {
                scan.Errors.Add(new CalendarLoadError(line, $"{name} is outside BEGIN:VCALENDAR ... END:VCALENDAR."));
                continue;
            }

            var property = new Property(line, name, parameters, value);
            var owner = stack.Peek().Name switch
            {
                "VCALENDAR" => scan.CalendarProperties,
                "VEVENT" => currentEvent?.Properties,
                _ => null, // properties of time zones and alarms say nothing about gray days
            };
            if (owner is not null && !owner.TryAdd(name, property) && name != "CATEGORIES" && name != "COMMENT" && name != "DESCRIPTION")
            {
                scan.Errors.Add(new CalendarLoadError(line, $"{name} is given twice (first on line {owner[name].Line})."));
            }
        }

        if (stack.Count > 0)
        {
            scan.Errors.Add(new CalendarLoadError(stack.Peek().Line, $"BEGIN:{stack.Peek().Name} is never closed with END:{stack.Peek().Name}."));
        }
        else if (!sawCalendar)
        {
            scan.Errors.Add(new CalendarLoadError(null, "The file is empty: an iCalendar file starts with BEGIN:VCALENDAR."));
        }

        return scan;
    }

    // RFC 5545 section 3.1: a line starting with a space or a tab continues the previous one.
    private static IEnumerable<(int Line, string Content)> Unfold(string text)
    {
        var lines = text.ReplaceLineEndings("\n").Split('\n');
        var start = 0;
        string? current = null;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (line.Length > 0 && (line[0] == ' ' || line[0] == '\t') && current is not null)
            {
                current += line[1..];
                continue;
            }

            if (current is not null)
            {
                yield return (start, current);
            }

            current = line.Length == 0 ? null : line;
            start = i + 1;
        }

        if (current is not null)
        {
            yield return (start, current);
        }
    }

    private static bool IsName(ReadOnlySpan<char> name)
    {
        foreach (var c in name)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c != '-')
            {
                return false;
            }
        }

        return true;
    }

    internal sealed record Property(int Line, string Name, string Parameters, string Value)
    {
        // TEXT values escape , ; \ and line breaks with a backslash (RFC 5545 section 3.3.11).
        public string UnescapedValue => Value.Replace("\\n", "\n", StringComparison.OrdinalIgnoreCase)
            .Replace("\\,", ",", StringComparison.Ordinal).Replace("\\;", ";", StringComparison.Ordinal).Replace("\\\\", "\\", StringComparison.Ordinal);
    }

    internal sealed class Component(int line)
    {
        public int Line { get; } = line;

        public Dictionary<string, Property> Properties { get; } = new(StringComparer.OrdinalIgnoreCase);
    }
}
