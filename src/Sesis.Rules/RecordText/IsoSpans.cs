using NodaTime;

namespace Sesis.Rules;

/// <summary>
/// The common ISO spellings of dates, times and instants read straight from the characters, without NodaTime's
/// pattern engine (which allocates a result, a cursor and a bucket per parse). Each answers yes only for text the
/// NodaTime pattern it stands for reads to the same value, and no for everything else, so the caller then asks the
/// patterns: what is read, and every message, stay as the patterns make them (docs/record-text.md).
/// </summary>
/// <remarks>
/// Deliberately narrower than the patterns: years 1 to 9999 (to 9998 in an instant, so that no offset or time zone
/// takes it past the end of NodaTime's range), hours 0 to 23 (not the local date-time patterns' 24:00), offsets
/// below 18 hours. FsCheck properties in the tests compare them with the patterns on valid and mutated text.
/// </remarks>
internal static class IsoSpans
{
    private const int DateLength = 10; // yyyy-MM-dd

    /// <summary>yyyy-MM-dd, as <see cref="NodaTime.Text.LocalDatePattern.Iso"/> reads it.</summary>
    public static bool TryDate(ReadOnlySpan<char> text, out LocalDate date)
    {
        date = default;
        return text.Length == DateLength && TryDateAtStart(text, out date);
    }

    /// <summary>HH:mm (RecordSpellings.HourMinute) or HH:mm:ss with a fraction of up to nine digits after '.' or ',' (<see cref="NodaTime.Text.LocalTimePattern.ExtendedIso"/>).</summary>
    public static bool TryTime(ReadOnlySpan<char> text, out LocalTime time) =>
        TryTimeAtStart(text, out time, out var used) && used == text.Length;

    /// <summary>
    /// A date, 'T' (either case) or a space, a time as <see cref="TryTime"/> reads it, then nothing (a local date
    /// and time: <paramref name="offset"/> is null), 'Z' (either case) or an offset ±HH:mm: the forms the reader's
    /// instant, offset and local date-time patterns share.
    /// </summary>
    public static bool TryDateTime(ReadOnlySpan<char> text, out LocalDateTime local, out Offset? offset)
    {
        local = default;
        offset = null;
        if (text.Length < DateLength + 6 || text[DateLength] is not ('T' or 't' or ' ')
            || !TryDateAtStart(text, out var date) || date.Year > 9998
            || !TryTimeAtStart(text[(DateLength + 1)..], out var time, out var used))
        {
            return false;
        }

        var rest = text[(DateLength + 1 + used)..];
        if (rest.Length == 1 && rest[0] is 'Z' or 'z')
        {
            offset = Offset.Zero;
        }
        else if (rest.Length == 6 && rest[0] is '+' or '-' && rest[3] == ':'
            && TwoDigits(rest, 1, out var hours) && TwoDigits(rest, 4, out var minutes) && hours < 18 && minutes < 60)
        {
            var seconds = (hours * 3600) + (minutes * 60);
            offset = Offset.FromSeconds(rest[0] == '-' ? -seconds : seconds);
        }
        else if (!rest.IsEmpty)
        {
            return false;
        }

        local = date.At(time);
        return true;
    }

    // The first ten characters as yyyy-MM-dd.
    private static bool TryDateAtStart(ReadOnlySpan<char> text, out LocalDate date)
    {
        date = default;
        if (text.Length < DateLength || text[4] != '-' || text[7] != '-'
            || !TwoDigits(text, 0, out var century) || !TwoDigits(text, 2, out var yearOfCentury)
            || !TwoDigits(text, 5, out var month) || !TwoDigits(text, 8, out var day))
        {
            return false;
        }

        var year = (century * 100) + yearOfCentury;
        if (year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false; // year 0 and negative years, or not a day of the calendar: the pattern decides
        }

        date = new LocalDate(year, month, day);
        return true;
    }

    // HH:mm or HH:mm:ss[.f...] at the start of the text; used is how many characters it took.
    private static bool TryTimeAtStart(ReadOnlySpan<char> text, out LocalTime time, out int used)
    {
        time = default;
        used = 0;
        if (text.Length < 5 || text[2] != ':' || !TwoDigits(text, 0, out var hour) || !TwoDigits(text, 3, out var minute)
            || hour > 23 || minute > 59)
        {
            return false;
        }

        var second = 0;
        var nanoseconds = 0;
        var at = 5;
        if (text.Length > at && text[at] == ':')
        {
            if (text.Length < 8 || !TwoDigits(text, 6, out second) || second > 59)
            {
                return false;
            }

            at = 8;
            if (text.Length > at && text[at] is '.' or ',')
            {
                at++;
                var digits = 0;
                for (; at < text.Length && digits < 9 && char.IsAsciiDigit(text[at]); at++, digits++)
                {
                    nanoseconds = (nanoseconds * 10) + (text[at] - '0');
                }

                if (digits == 0)
                {
                    return false; // a separator needs a digit after it
                }

                for (; digits < 9; digits++)
                {
                    nanoseconds *= 10;
                }
            }
        }

        used = at;
        time = LocalTime.FromHourMinuteSecondNanosecond(hour, minute, second, nanoseconds);
        return true;
    }

    private static bool TwoDigits(ReadOnlySpan<char> text, int at, out int value)
    {
        int tens = text[at] - '0', ones = text[at + 1] - '0';
        value = (tens * 10) + ones;
        return (uint)tens <= 9 && (uint)ones <= 9;
    }
}
