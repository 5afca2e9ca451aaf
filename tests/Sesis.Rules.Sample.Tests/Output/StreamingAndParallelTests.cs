namespace Sesis.Rules.Sample.Tests;

/// <summary>
/// Streaming a sorted file and holding a file whole, on one thread or several, find the same: the same findings
/// on records in the same order, and the same missing records.
/// </summary>
public sealed class StreamingAndParallelTests
{
    // 140 copies of the bundled month: 5,180 records, so a parallel stream spans several chunks, and an unsorted
    // file is large enough for the host to say what holding it cost.
    private const int Copies = 140;

    [Fact]
    public void Streaming_and_whole_file_runs_on_one_thread_or_two_give_identical_findings()
    {
        using var folder = new TempFolder();
        var batch = District.Write(folder, Copies, sorted: true);

        var whole = HostRun.Of("validate", batch, "--format", "csv", "--unsorted", "--threads", "1");
        var streamed = HostRun.Of("validate", batch, "--format", "csv", "--threads", "1");
        var parallel = HostRun.Of("validate", batch, "--format", "csv", "--sorted", "--threads", "2");

        Assert.Equal(1, whole.ExitCode);
        Assert.Equal(string.Empty, streamed.Error + parallel.Error);
        Assert.Contains("all 5,180 records were held in memory to be checked, as --unsorted asks", whole.Error, StringComparison.Ordinal);
        var wholeRows = District.ReadCsv(whole.Output);
        Assert.Equal((Copies * 9) + 1, wholeRows.Count); // the bundled month has 8 findings on records and 1 missing record
        Assert.Equal(OnRecords(wholeRows), OnRecords(District.ReadCsv(streamed.Output)));
        Assert.Equal(OnRecords(wholeRows), OnRecords(District.ReadCsv(parallel.Output)));

        // A streaming run writes the same file on one thread or two, byte for byte: the missing records, found
        // provider by provider as chunks complete, are written after the findings on records.
        Assert.Equal(streamed.Output, parallel.Output);
        Assert.All(District.ReadCsv(parallel.Output).Skip(1).SkipWhile(static r => r[0].Length > 0), static r => Assert.Equal(string.Empty, r[0]));

        // Missing records come at the end of a whole-file run in date order, and in provider order while streaming.
        Assert.Equal(Missing(wholeRows), Missing(District.ReadCsv(streamed.Output)));
        Assert.Equal(Missing(wholeRows), Missing(District.ReadCsv(parallel.Output)));
        Assert.Equal(Copies, Missing(wholeRows).Length);
    }

    [Fact]
    public void An_unsorted_file_is_held_whole_and_finds_what_the_sorted_one_finds()
    {
        using var sortedFolder = new TempFolder();
        using var shuffledFolder = new TempFolder();
        var sorted = HostRun.Of("validate", District.Write(sortedFolder, Copies, sorted: true), "--format", "csv");
        var shuffled = HostRun.Of("validate", District.Write(shuffledFolder, Copies, sorted: false), "--format", "csv", "--threads", "2");

        // Rows and lines differ with the order; what was found on which record does not.
        static string[] Found(HostRun run) => [.. District.ReadCsv(run.Output).Skip(1).Select(r => string.Join("|", r[2..])).Order(StringComparer.Ordinal)];
        Assert.Equal(Found(sorted), Found(shuffled));
        Assert.Contains("all 5,180 records were held in memory to be checked, since they are not sorted by provider id and date", shuffled.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_said_to_be_sorted_that_is_not_stops_with_a_message_naming_the_record()
    {
        using var folder = new TempFolder();
        var run = HostRun.Of("validate", District.Write(folder, 3, sorted: false), "--sorted");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("streaming validation needs the records sorted by provider id", run.Error, StringComparison.Ordinal);
        Assert.Contains("Leave out --sorted", run.Error, StringComparison.Ordinal);
    }

    private static string[] OnRecords(List<string[]> rows) => [.. rows.Skip(1).Where(r => r[0].Length > 0).Select(r => string.Join("|", r))];

    private static string[] Missing(List<string[]> rows) =>
        [.. rows.Skip(1).Where(r => r[0].Length == 0).Select(r => string.Join("|", r)).Order(StringComparer.Ordinal)];
}
