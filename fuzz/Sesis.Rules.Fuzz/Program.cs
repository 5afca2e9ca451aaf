using SharpFuzz;

namespace Sesis.Rules.Fuzz;

// A named entry point: the web sample's public Program class is the one WebApplicationFactory<Program> starts.
internal static class Entry
{
    public static int Main(string[] args)
    {
        // Usage:
        //   Sesis.Rules.Fuzz TARGET                 run under afl-fuzz (scripts/fuzz.sh does this)
        //   Sesis.Rules.Fuzz TARGET --check PATH... run files (or every file in folders) once, in-process, and say which crash
        if (args.Length == 0 || !Targets.ByName.TryGetValue(args[0], out var target))
        {
            Console.Error.WriteLine($"Name a target: {string.Join(", ", Targets.ByName.Keys)}.");
            return 2;
        }

        // A scratch coverage map: instrumented code needs one (Run points it at AFL's), so the warm-up input below and
        // --check on an instrumented build (a crash that only the instrumented build shows) can run.
        unsafe
        {
            SharpFuzz.Common.Trace.SharedMem = (byte*)System.Runtime.InteropServices.Marshal.AllocHGlobal(1 << 16);
        }

        if (args.Length > 1 && args[1] == "--check")
        {
            var crashes = 0;
            var files = args.Skip(2).SelectMany(p => Directory.Exists(p) ? Directory.EnumerateFiles(p).Where(f => !f.EndsWith("README.txt", StringComparison.Ordinal)) : [p]).Order(StringComparer.Ordinal).ToList();
            foreach (var file in files)
            {
                try
                {
                    target(File.ReadAllBytes(file));
                }
#pragma warning disable CA1031 // Reporting every escaping exception is the point of the check.
                catch (Exception e)
#pragma warning restore CA1031
                {
                    crashes++;
                    Console.WriteLine($"CRASH {file}: {e.GetType().Name}: {e.Message}");
                    Console.WriteLine(e.ToString()); // with the inner exceptions
                }
            }

            Console.WriteLine($"{files.Count} files, {crashes} crashes");
            return crashes == 0 ? 0 : 1;
        }

        // One input before AFL's first: what runs once (static set-up, the web app's start, the JIT) stays out of the
        // first input's coverage and time, which would otherwise differ from every later one's, and a slow start is
        // no timeout.
        try
        {
            target([0]);
        }
#pragma warning disable CA1031 // An input that crashes is AFL's to find and report.
        catch (Exception)
#pragma warning restore CA1031
        {
        }

        Fuzzer.OutOfProcess.Run(stream =>
        {
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            target(copy.ToArray());
        });
        return 0;
    }
}
