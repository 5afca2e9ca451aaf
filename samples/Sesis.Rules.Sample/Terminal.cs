namespace Sesis.Rules.Sample;

/// <summary>Whether standard output shows colour: a terminal, not "dumb", and no NO_COLOR (https://no-color.org).</summary>
internal static class Terminal
{
    public static bool ShowsColour() =>
        !Console.IsOutputRedirected
        && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR"))
        && Environment.GetEnvironmentVariable("TERM") is not "dumb";
}
