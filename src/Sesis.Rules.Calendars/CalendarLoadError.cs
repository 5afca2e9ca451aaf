namespace Sesis.Rules.Calendars;

/// <summary>One thing wrong with a calendar file: the line it is on, when there is one, and what is wrong.</summary>
/// <param name="Line">The line, from 1; <see langword="null"/> when the problem is with the file as a whole.</param>
/// <param name="Message">What is wrong and, where it helps, how to write it instead.</param>
public sealed record CalendarLoadError(int? Line, string Message)
{
    /// <summary>Describes the error.</summary>
    /// <returns>Such as "line 12: DTSTART '2025x923' is not a date (YYYYMMDD)." or the message alone.</returns>
    public override string ToString() => Line is { } line ? $"line {line}: {Message}" : Message;
}
