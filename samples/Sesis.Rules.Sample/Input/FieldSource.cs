using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace Sesis.Rules.Sample.Input;

/// <summary>
/// Named text fields from a JSON object or a CSV row, read through the library's parsers; every problem
/// becomes an <see cref="InputException"/> naming the file, the line and the field.
/// </summary>
internal abstract class FieldSource
{
    private static readonly LocalDatePattern DatePattern = LocalDatePattern.Iso;
    private static readonly LocalTimePattern TimePattern = LocalTimePattern.CreateWithInvariantCulture("HH:mm");

    public abstract string File { get; }

    /// <summary>The field's text, or null when it is absent, null or (in CSV) empty.</summary>
    public abstract string? OptionalString(string name);

    /// <summary>The text of the record field <see cref="RecordMapper.Fields"/>[<paramref name="index"/>], as <see cref="OptionalString"/> gives it.</summary>
    public virtual string? RecordField(int index) => OptionalString(RecordMapper.Fields[index]);

    public abstract InputException Error(string name, string problem);

    /// <summary>The line a field is on: its own in JSON, the row's in CSV.</summary>
    public abstract int LineOf(string name);

    public string RequiredString(string name) =>
        OptionalString(name) ?? throw Error(name, "This field is required.");

    public T Required<T>(string name, Func<string, ParseOutcome<T>> parse) => Parse(name, RequiredString(name), parse);

    public T? Optional<T>(string name, Func<string, ParseOutcome<T>> parse)
        where T : struct =>
        OptionalString(name) is { } text ? Parse(name, text, parse) : null;

    public T OptionalOr<T>(string name, Func<string, ParseOutcome<T>> parse, T fallback) =>
        OptionalString(name) is { } text ? Parse(name, text, parse) : fallback;

    public static ParseOutcome<LocalDate> ParseDate(string text) =>
        TryReadPlainDate(text, out var date)
            ? ParseOutcome<LocalDate>.ForValue(date)
            : FromNoda(DatePattern.Parse(text), text, "a date (yyyy-MM-dd)");

    public static ParseOutcome<LocalTime> ParseTime(string text) => FromNoda(TimePattern.Parse(text), text, "a time (HH:mm, 24-hour)");

    public static ParseOutcome<T> ParseEnum<T>(string text)
        where T : struct, Enum =>
        // Names only: a number would let any integer through as an undefined value.
        Enum.GetNames<T>().FirstOrDefault(n => string.Equals(n, text, StringComparison.OrdinalIgnoreCase)) is { } name
            ? ParseOutcome<T>.ForValue(Enum.Parse<T>(name))
            : ParseOutcome<T>.ForError($"'{InputException.Shown(text)}' is not one of {string.Join(", ", Enum.GetNames<T>())}.");

    public static ParseOutcome<int> ParseCount(string text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n)
            ? ParseOutcome<int>.ForValue(n)
            : ParseOutcome<int>.ForError($"'{InputException.Shown(text)}' is not a whole number.");

    // The common case, a valid yyyy-MM-dd from year 1 on, read without the pattern's parse objects (a district's batch
    // has hundreds of thousands of dates); anything else, the pattern reads and explains.
    private static bool TryReadPlainDate(string text, out LocalDate date)
    {
        date = default;
        if (text.Length != 10 || text[4] != '-' || text[7] != '-'
            || !TryDigits(text.AsSpan(0, 4), out var year) || !TryDigits(text.AsSpan(5, 2), out var month) || !TryDigits(text.AsSpan(8, 2), out var day)
            || year < 1 || month is < 1 or > 12 || day < 1 || day > CalendarSystem.Iso.GetDaysInMonth(year, month))
        {
            return false;
        }

        date = new LocalDate(year, month, day);
        return true;
    }

    private static bool TryDigits(ReadOnlySpan<char> text, out int value)
    {
        value = 0;
        foreach (var c in text)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }

            value = (value * 10) + (c - '0');
        }

        return true;
    }

    private T Parse<T>(string name, string text, Func<string, ParseOutcome<T>> parse)
    {
        var result = parse(text);
        return result.Success ? result.Value : throw Error(name, result.Error!);
    }

    private static ParseOutcome<T> FromNoda<T>(NodaTime.Text.ParseResult<T> result, string text, string what) =>
        result.Success ? ParseOutcome<T>.ForValue(result.Value) : ParseOutcome<T>.ForError($"'{InputException.Shown(text)}' is not {what}.");
}
