using Sesis.Rules.Sample;

namespace Sesis.Rules.Fuzz;

/// <summary>
/// Runs the sample host's <c>validate</c> in-process, as its tests do, and holds it to its contract for any input:
/// findings (exit 0 or 1, nothing on standard error), or exit 2 with one line on standard error that names one of
/// the input files. Anything else (an exception escaping, which System.CommandLine prints and answers 1 for, or an
/// error that names no file) is thrown, so AFL records a crash.
/// </summary>
internal static class HostCheck
{
    // A folder of this process's own: the harness writes the fuzzed file there for each input.
    public static readonly string Folder = Path.Combine(Path.GetTempPath(), $"sesis-fuzz-{Environment.ProcessId}");

    // The batch context of the fuzz targets (clock, zone, calendar, providers, caseload, schedules; no records).
    public static readonly byte[] Context = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "data", "context.json"));

    public static void Validate(string file, IReadOnlyList<string> named, IReadOnlyList<string> options)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        // One thread: the host's default is every core, and a run whose coverage depends on scheduling is unstable.
        var code = Host.Run(["validate", file, "--threads", "1", .. options], output, error);
        var said = error.ToString();
        var ok = code switch
        {
            Host.Ok or Host.ErrorsFound => said.Length == 0,
            Host.InputUnreadable => named.Any(f => said.StartsWith(f + ":", StringComparison.Ordinal)) && said.TrimEnd().Split('\n').Length == 1,
            _ => false,
        };
        if (!ok)
        {
            throw new InvalidOperationException($"validate answered {code} with this on standard error (it must name the file): {said}");
        }
    }

    /// <summary>The context with a records member (such as <c>"recordsCsv": "records.csv"</c>) added.</summary>
    public static byte[] WithRecords(string member)
    {
        var json = System.Text.Encoding.UTF8.GetString(Context).TrimEnd();
        return System.Text.Encoding.UTF8.GetBytes($"{json[..^1].TrimEnd()}, {member} }}");
    }

    public static void Write(string path, byte[] bytes)
    {
        Directory.CreateDirectory(Folder);
        File.WriteAllBytes(path, bytes);
    }
}
