using System.Text.RegularExpressions;

namespace Sesis.Rules.Sample.Tests;

/// <summary>The Services Calendar prints as a month: weeks as rows, Monday first; colour only on a terminal.</summary>
public sealed class CalendarGridTests
{
    private static readonly string[] October = ["calendar", HostRun.SampleData("october-2025.json"), "--provider", "P0012345", "--month", "2025-10"];

    [Fact]
    public void October_2025_of_the_bundled_month_matches_its_fixture()
    {
        var run = HostRun.Of(October);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(File.ReadAllText(HostRun.Data("calendar-october-2025.txt")).ReplaceLineEndings("\n"), run.Output);
    }

    [Fact]
    public void A_terminal_that_shows_colour_gets_the_same_text_with_coloured_marks()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        Host.Run(October, output, error, outputIsTerminal: true);

        var text = output.ToString().ReplaceLineEndings("\n");
        Assert.Contains("\u001b[1;31mM\u001b[0m", text, StringComparison.Ordinal);
        Assert.Equal(HostRun.Of(October).Output, Regex.Replace(text, "\u001b\\[[0-9;]*m", string.Empty));
    }
}
