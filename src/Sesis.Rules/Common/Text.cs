using System.Globalization;
using NodaTime;

namespace Sesis.Rules;

/// <summary>
/// Invariant formatting of dates, times and counts for every message and ToString of the library, written once:
/// text must not depend on the host's culture, and a date reads the same (2025-10-06) wherever it is shown.
/// </summary>
internal static class Text
{
    public static string Date(LocalDate date) => date.ToString("uuuu'-'MM'-'dd", CultureInfo.InvariantCulture);

    public static string Time(LocalTime time) => time.ToString("HH':'mm", CultureInfo.InvariantCulture);

    public static string Range(ServiceRecord record) => Time(record.StartTime) + "-" + Time(record.EndTime);

    public static string Count(long n, string one, string many) =>
        n.ToString(CultureInfo.InvariantCulture) + " " + (n == 1 ? one : many);
}
