using System.Diagnostics;

namespace Sesis.Rules.Sample.Tests;

/// <summary>The QuickStart sample runs and prints what the README says it shows, to the letter.</summary>
public sealed class QuickStartTests
{
    [Fact]
    public async Task The_quick_start_checks_two_drafts_certifies_and_shows_an_edit_breaking_the_certification()
    {
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "sesis-quickstart.dll")])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();

        Assert.Equal("", await error);
        Assert.Equal(0, process.ExitCode);
        Assert.Equal(
            """
            A valid draft: 0 finding(s)
            An invalid draft (on a Saturday, ending before it starts): 2 finding(s)
              SR201 Error EndTime: End time is not after Start time: enter the time the session ended, later than the time the student arrived.
              SR702 Warning Date: Date is a gray day (school closed): check the date of this service.
            Certified: certified by P0012345 at 2025-10-08T22:00:00Z (sha256 04221aca756b365cacb6b4acd4d4e0aad2c9b507dbe9de7adcecf8ef9bb58758)
            The certified record, before saving: 0 finding(s)
            The certification covers the edited record: False
            The edited record, before saving: 1 finding(s)
              SR605 Error Certification: Certification does not cover the record as it is: the record changed after certifying; review it and certify again.

            """,
            output.ReplaceLineEndings("\n"));
    }
}
