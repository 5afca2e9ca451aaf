using System.Globalization;
using System.Text.Json;
using NodaTime;

namespace Sesis.Rules.Sample;

/// <summary>How the host writes values: invariant, ISO dates, indented JSON.</summary>
internal static class Text
{
    public static readonly JsonSerializerOptions Json = new() { WriteIndented = true };

    public static string Date(LocalDate date) => date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);
}
