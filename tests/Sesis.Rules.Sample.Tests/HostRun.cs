namespace Sesis.Rules.Sample.Tests;

/// <summary>Runs the sample host in-process on files, capturing its exit code and both outputs.</summary>
internal sealed record HostRun(int ExitCode, string Output, string Error)
{
    public static string Data(string name) => Path.Combine(AppContext.BaseDirectory, "data", name);

    public static string SampleData(string name) => Path.Combine(AppContext.BaseDirectory, "sample-data", name);

    public static HostRun Of(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = Host.Run(args, output, error);
        return new HostRun(code, output.ToString().ReplaceLineEndings("\n"), error.ToString().ReplaceLineEndings("\n"));
    }
}
