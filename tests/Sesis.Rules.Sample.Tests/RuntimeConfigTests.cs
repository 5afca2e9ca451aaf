using System.Text.Json;

namespace Sesis.Rules.Sample.Tests;

/// <summary>
/// The host's runtime settings, which its district-scale memory figures depend on (benchmarks/README.md, "District
/// scale"): they live in sesis-sample.runtimeconfig.json, written from the project file, and are lost silently if the
/// project file loses them.
/// </summary>
public sealed class RuntimeConfigTests
{
    [Fact]
    public void The_host_caps_the_generation_0_budget_at_24_MB()
    {
        Assert.Equal(24 * 1024 * 1024, Setting("System.GC.Gen0MaxBudget").GetInt64());
    }

    [Fact]
    public void The_host_optimises_hot_methods_without_waiting_for_startup_to_end()
    {
        Assert.Equal(0, Setting("System.Runtime.TieredCompilation.CallCountingDelayMs").GetInt32());
    }

    [Fact]
    public void The_host_runs_without_dynamic_profile_guided_optimisation()
    {
        Assert.False(Setting("System.Runtime.TieredPGO").GetBoolean());
    }

    // The host's runtimeconfig.json is copied beside the tests with the host itself.
    private static JsonElement Setting(string name)
    {
        using var config = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "sesis-sample.runtimeconfig.json")));
        return config.RootElement.GetProperty("runtimeOptions").GetProperty("configProperties").GetProperty(name).Clone();
    }
}
