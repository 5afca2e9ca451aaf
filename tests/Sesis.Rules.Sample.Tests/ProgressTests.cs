using System.Text;
using System.Text.RegularExpressions;

namespace Sesis.Rules.Sample.Tests;

/// <summary>A long run shows progress on standard error when, and only when, standard error is a terminal.</summary>
public sealed class ProgressTests : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"long-run-{Guid.NewGuid():N}.json");

    public ProgressTests()
    {
        var record = File.ReadAllText(HostRun.Data(Path.Combine("families", "valid.json")));
        var one = record[(record.IndexOf("\"records\": [", StringComparison.Ordinal) + "\"records\": [".Length)..record.LastIndexOf(']')].Trim();
        var text = new StringBuilder(record[..(record.IndexOf("\"records\": [", StringComparison.Ordinal) + "\"records\": [".Length)]);
        for (var i = 0; i < 5_000; i++)
        {
            text.Append(i == 0 ? string.Empty : ",").Append(one);
        }

        File.WriteAllText(_path, text.Append("]}").ToString());
    }

    [Fact]
    public void A_terminal_sees_the_count_rate_and_time_left_then_the_total()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        Host.Run(["validate", _path], output, error, errorIsTerminal: true);

        // The rate and the time left depend on the machine; their shape does not.
        var progress = error.ToString();
        Assert.Matches(new Regex(@"^\rChecked 5,000 of 5,000 records, [\d,]+ a second +\rChecked 5,000 records in [\d.,]+ s\. +" + Regex.Escape(Environment.NewLine) + "$"), progress);
    }

    [Fact]
    public void A_redirected_error_stream_gets_no_progress()
    {
        var run = HostRun.Of("validate", _path);

        Assert.Equal(string.Empty, run.Error);
        Assert.EndsWith("5000 records: 5000 errors, 0 warnings.\n", run.Output, StringComparison.Ordinal);
    }

    public void Dispose() => File.Delete(_path);
}
