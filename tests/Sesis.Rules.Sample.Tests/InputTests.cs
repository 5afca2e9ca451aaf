namespace Sesis.Rules.Sample.Tests;

/// <summary>Input the host cannot read ends with exit code 2 and one message naming the file, line and field.</summary>
public sealed class InputTests
{
    [Fact]
    public void Malformed_JSON_names_the_line()
    {
        var run = HostRun.Of("validate", HostRun.Data("malformed.json"));

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith($"{HostRun.Data("malformed.json")}:4: Malformed JSON: ", run.Error, StringComparison.Ordinal);
        Assert.Single(run.Error.TrimEnd('\n').Split('\n'));
        Assert.Equal(string.Empty, run.Output);
    }

    [Fact]
    public void A_misspelt_field_is_an_error_not_silently_dropped()
    {
        var run = HostRun.Of("validate", HostRun.Data("unknown-field.json"));

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith($"{HostRun.Data("unknown-field.json")}:6: records[0].sesionType: Unknown field.", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_file_is_named()
    {
        var path = HostRun.Data("no-such-file.json");
        var run = HostRun.Of("validate", path);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal($"{path}: No such file.\n", run.Error);
    }

    [Fact]
    public void A_directory_is_not_a_batch_file()
    {
        var run = HostRun.Of("validate", AppContext.BaseDirectory);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal($"{AppContext.BaseDirectory}: This is a directory, not a batch file.\n", run.Error);
    }

    [Fact]
    public void A_bad_command_line_is_unreadable_input()
    {
        var run = HostRun.Of("validate");

        Assert.Equal(2, run.ExitCode);
        Assert.NotEmpty(run.Error);
    }

    [Fact]
    public void Deeply_nested_JSON_is_refused_with_a_message()
    {
        var path = Path.Combine(Path.GetTempPath(), $"nested-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, "{\"records\":" + new string('[', 10_000) + new string(']', 10_000) + "}");
        try
        {
            var run = HostRun.Of("validate", path);

            Assert.Equal(2, run.ExitCode);
            Assert.StartsWith($"{path}:1: Malformed JSON: ", run.Error, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData("{\n\"providers\": [\n{\"id\": \"P1\", \"role\": \"paraprofessional\",\n\"id\": \"P2\"}]}", "4: providers[0].id: The field appears twice.")]
    [InlineData("{\"clock\": \"now\",\n\"clock\": \"now\"}", "2: clock: The field appears twice.")]
    [InlineData("{\"caseload\": [\n{\"providerId\": \"P1\", \"providerid\": \"P1\"}]}", "2: caseload[0].providerid: Unknown field.")]
    public void A_field_given_twice_or_unknown_is_named_with_its_line(string json, string expected)
    {
        using var folder = new TempFolder();
        var path = folder.Write("twice.json", json);

        var run = HostRun.Of("validate", path);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith($"{path}:{expected}", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("9999-12-31T20:29:15-18:00")] // 10000-01-01 14:29:15Z: past NodaTime's last instant
    [InlineData("9999-12-31T23:00")] // in New York, also past it
    [InlineData("-9998-01-01T00:00")] // a year before 1 (it overflowed the entry window before the library read such clocks)
    [InlineData("0000-12-31T23:00:00Z")]
    public void A_clock_at_either_end_of_time_is_refused_with_its_line(string clock)
    {
        using var folder = new TempFolder();
        var path = folder.Write("clock.json", $"{{\n\"timeZone\": \"America/New_York\",\n\"clock\": \"{clock}\"\n}}");

        var run = HostRun.Of("validate", path);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith($"{path}:3: clock: '{clock}' is out of range: a clock's year is from 1 to 9998.", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0001-01-01T00:00:00Z")]
    [InlineData("9998-12-31T23:59:59-18:00")]
    public void A_clock_in_the_first_or_last_year_it_takes_checks_the_batch(string clock)
    {
        using var folder = new TempFolder();
        var path = folder.Write("clock.json", $"{{\n\"timeZone\": \"Asia/Tokyo\",\n\"clock\": \"{clock}\"\n}}");

        var run = HostRun.Of("validate", path);

        Assert.Equal((0, ""), (run.ExitCode, run.Error));
    }
}
