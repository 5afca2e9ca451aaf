namespace Sesis.Rules.Fuzz;

/// <summary>
/// A fuzzed SQLite database given to the sample host's <c>validate</c> (<c>SqliteRecords</c>): twice, with the
/// database's own context table, then with <c>--context</c> (the targets' batch context) and <c>--findings-table</c>,
/// which writes into the database. Each time the host answers findings or exit 2 naming the database (or the
/// context file), never an exception; the checks are <see cref="HostCheck.Validate"/>'s.
/// </summary>
internal static class SqliteTarget
{
    private static readonly string Database = Path.Combine(HostCheck.Folder, "records.db");
    private static readonly string ContextFile = Path.Combine(HostCheck.Folder, "sqlite-context.json");

    public static void Run(byte[] bytes)
    {
        if (!File.Exists(ContextFile))
        {
            HostCheck.Write(ContextFile, HostCheck.Context);
        }

        Fresh(bytes);
        HostCheck.Validate(Database, [Database], []);
        Fresh(bytes);
        HostCheck.Validate(Database, [Database, ContextFile], ["--context", ContextFile, "--findings-table"]);
    }

    // The input as the database file, with no journal or WAL file left from the run before.
    private static void Fresh(byte[] bytes)
    {
        foreach (var suffix in new[] { "-journal", "-wal", "-shm" })
        {
            File.Delete(Database + suffix);
        }

        HostCheck.Write(Database, bytes);
    }
}
