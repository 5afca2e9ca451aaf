using System.Text.Json;

namespace Sesis.Rules.Sample.Tests;

/// <summary>One small batch per rule family, each breaking one rule of it (valid.json breaks none).</summary>
public sealed class RuleFamilyTests
{
    [Theory]
    [InlineData("valid.json", 0, "")]
    [InlineData("sr1xx.json", 1, "SR102")]        // not a nine-digit OSIS number
    [InlineData("sr2xx.json", 1, "SR203")]        // nine hours: longer than a paraprofessional session may be
    [InlineData("sr3xx.json", 1, "SR303")]        // a reason on a Service Provided record
    [InlineData("sr4xx.json", 1, "SR403")]        // a language the catalog does not hold
    [InlineData("sr5xx.json", 1, "SR501")]        // a service provided with no location
    [InlineData("sr6xx.json", 1, "SR602")]        // certified by another provider
    [InlineData("sr7xx.json", 0, "SR702")]        // a service on a Saturday: a warning only, so exit 0
    [InlineData("sr8xx.json", 1, "SR803")]        // a student not on the provider's caseload
    [InlineData("sr9xx.json", 1, "SR901 SR901")]  // the same record twice
    public void Each_family_file_gets_its_code_and_exit_code(string file, int exitCode, string codes)
    {
        var run = HostRun.Of("validate", HostRun.Data(Path.Combine("families", file)), "--format", "json");

        Assert.Equal(exitCode, run.ExitCode);
        using var json = JsonDocument.Parse(run.Output);
        var found = json.RootElement.GetProperty("records").EnumerateArray()
            .SelectMany(r => r.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("code").GetString()));
        Assert.Equal(codes, string.Join(' ', found));
    }
}
