using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace Sesis.Rules.Calendars;

// Words and values both formats share: kinds of school, days of the week, dates.
internal static class CalendarText
{
    public static readonly LocalDatePattern IsoDate = LocalDatePattern.Iso;

    public static readonly LocalDatePattern BasicDate = LocalDatePattern.CreateWithInvariantCulture("uuuuMMdd");

    private static readonly (string Ics, IsoDayOfWeek Day)[] IcsDays =
    [
        ("MO", IsoDayOfWeek.Monday), ("TU", IsoDayOfWeek.Tuesday), ("WE", IsoDayOfWeek.Wednesday), ("TH", IsoDayOfWeek.Thursday),
        ("FR", IsoDayOfWeek.Friday), ("SA", IsoDayOfWeek.Saturday), ("SU", IsoDayOfWeek.Sunday),
    ];

    public static string Format(LocalDate date) => IsoDate.Format(date);

    public static bool TryParseKind(string text, out SchoolKind kind)
    {
        foreach (var candidate in Enum.GetValues<SchoolKind>())
        {
            if (string.Equals(candidate.ToString(), text.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                kind = candidate;
                return true;
            }
        }

        kind = default;
        return false;
    }

    public static string KindNames => string.Join(", ", Enum.GetValues<SchoolKind>());

    public static bool TryParseDayName(string text, out IsoDayOfWeek day)
    {
        foreach (var candidate in IcsDays.Select(static d => d.Day))
        {
            var name = candidate.ToString();
            if (string.Equals(name, text, StringComparison.OrdinalIgnoreCase) || string.Equals(name[..3], text, StringComparison.OrdinalIgnoreCase))
            {
                day = candidate;
                return true;
            }
        }

        day = IsoDayOfWeek.None;
        return false;
    }

    public static bool TryParseIcsDay(string text, out IsoDayOfWeek day)
    {
        foreach (var (ics, candidate) in IcsDays)
        {
            if (string.Equals(ics, text.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                day = candidate;
                return true;
            }
        }

        day = IsoDayOfWeek.None;
        return false;
    }

    public static string IcsDay(IsoDayOfWeek day) => IcsDays.First(d => d.Day == day).Ics;

    public static string Quote(string text) => $"'{Shorten(text)}'";

    // Values from a file are shown to 60 characters, so a hostile file cannot make a megabyte-long message.
    public static string Shorten(string text) => text.Length <= 60 ? text : $"{text[..57]}...";

    public static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
