namespace Sesis.Rules.Sample.Tests;

/// <summary>
/// Inputs that crashed the host when the fuzzing harnesses (fuzz/, docs/reliability.md) met them, kept as files in
/// data/fuzz/: each must now end with exit code 2 and one line on standard error naming the file, as any input the
/// host cannot use does.
/// </summary>
public sealed class FuzzRegressionTests
{
    [Fact]
    public void A_context_table_whose_json_is_null_is_named_not_a_crash()
    {
        // The database of the sqlite seed with its context row's json set to NULL: the reader threw InvalidOperationException.
        using var folder = new TempFolder();
        var database = folder.Write("records.db", File.ReadAllBytes(HostRun.Data(Path.Combine("fuzz", "sqlite-null-context.db"))));

        var run = HostRun.Of("validate", database);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(string.Empty, run.Output);
        Assert.Equal($"{database}: context: The context table's json is NULL; it holds the batch JSON (providers, caseload, schedules, calendar).\n", run.Error);
    }

    [Fact]
    public void A_damaged_database_is_named_when_its_dates_are_scanned_not_a_crash()
    {
        // A seed database that AFL damaged (fuzz/findings/sqlite, 2026-11-29): the table's schema reads, its pages do
        // not, and the SqliteException of the scan for the earliest date (SqliteRecords.Scan) escaped.
        using var folder = new TempFolder();
        var database = folder.Write("records.db", File.ReadAllBytes(HostRun.Data(Path.Combine("fuzz", "sqlite-malformed.db"))));
        var context = folder.Write("context.json", """{ "clock": "2025-10-31T17:00" }""");

        var run = HostRun.Of("validate", database, "--context", context);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(string.Empty, run.Output);
        Assert.Equal($"{database}: SQLite: SQLite Error 11: 'database disk image is malformed'.\n", run.Error);
    }

    [Fact]
    public void A_findings_table_that_refuses_a_row_is_named_not_a_crash()
    {
        // The sqlite seed with a findings table whose trigger refuses every insert: the insert's SqliteException
        // escaped (System.CommandLine's "Unhandled exception", exit 1). Any refusal SQLite gives while the findings
        // are written (a constraint, a full disk, a locked file) takes the same path.
        using var folder = new TempFolder();
        var database = folder.Write("records.db", File.ReadAllBytes(HostRun.Data(Path.Combine("fuzz", "sqlite-findings-insert-fails.db"))));

        var run = HostRun.Of("validate", database, "--findings-table");

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith($"{database}: ", run.Error, StringComparison.Ordinal);
        Assert.Single(run.Error.TrimEnd('\n').Split('\n'));
    }
}
