using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;

namespace Sesis.Rules.Sample.Tests;

/// <summary>
/// A SQLite database as the source: a records table with the CSV's columns as text, the context from a batch JSON
/// file or the database's context table, and the findings written back to a findings table.
/// </summary>
public sealed class SqliteSourceTests
{
    [Fact]
    public void The_bundled_month_in_a_database_gives_the_findings_of_the_csv_file_and_writes_them_to_a_findings_table()
    {
        using var folder = new TempFolder();
        var (database, context) = BundledMonthDatabase(folder);

        var run = HostRun.Of("validate", database, "--context", context, "--format", "csv", "--findings-table");
        var fromCsv = HostRun.Of("validate", HostRun.SampleData("october-2025-csv.json"), "--format", "csv");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(string.Empty, run.Error);

        // The same findings on the same records; rows are rowids here, CSV rows there.
        static string[] Found(HostRun r) => [.. District.ReadCsv(r.Output).Skip(1).Select(c => string.Join("|", c[2..])).Order(StringComparer.Ordinal)];
        Assert.Equal(Found(fromCsv), Found(run));

        // The table holds the rows the report lists: row key (the rowid), ids, date, code, severity, field, message.
        var table = Query(database, "SELECT row_key, student_id, provider_id, service_type, date, code, severity, field, message FROM findings ORDER BY rowid");
        var report = District.ReadCsv(run.Output).Skip(1)
            .Select(r => new[] { r[0].Length == 0 ? "" : r[1], r[2], r[3], r[4], r[5], r[6], r[7], r[8], r[9] })
            .ToList();
        Assert.Equal(report, table);
        Assert.Contains(table, r => r[0].Length == 0 && r[5] == "SR910");
        Assert.All(District.ReadCsv(run.Output).Skip(1).Where(r => r[0].Length > 0), r => Assert.Equal($"rowid {r[1]}", r[0]));
    }

    [Fact]
    public void A_second_run_replaces_the_findings_and_a_context_table_serves_as_the_context()
    {
        using var folder = new TempFolder();
        var (database, context) = BundledMonthDatabase(folder);
        Execute(database, "CREATE TABLE context (json TEXT)", ("INSERT INTO context VALUES ($json)", File.ReadAllText(context)));

        var first = HostRun.Of("validate", database, "--findings-table");
        var count = Query(database, "SELECT COUNT(*) FROM findings")[0][0];
        var second = HostRun.Of("validate", database, "--findings-table");

        Assert.Equal(1, first.ExitCode);
        Assert.Equal(first.Output, second.Output);
        Assert.Equal("9", count);
        Assert.Equal(count, Query(database, "SELECT COUNT(*) FROM findings")[0][0]);
    }

    [Fact]
    public void A_bad_value_in_a_row_is_a_finding_on_that_rowid_and_every_other_row_is_still_checked()
    {
        using var folder = new TempFolder();
        var (database, context) = BundledMonthDatabase(folder);
        var before = HostRun.Of("validate", database, "--context", context);
        Execute(database, "UPDATE records SET startTime = '25:00' WHERE rowid = 3");

        var run = HostRun.Of("validate", database, "--context", context);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(string.Empty, run.Error);
        Assert.Contains($"rowid 3 (line 3): not read in full (startTime)\n  SR005  error    StartTime  '25:00' is not a time", run.Output, StringComparison.Ordinal);
        Assert.Contains($"({database}:3, startTime)", run.Output, StringComparison.Ordinal);
        Assert.Contains("SR005", run.Output.Split("Findings by code:")[1], StringComparison.Ordinal);
        Assert.DoesNotContain("SR005", before.Output, StringComparison.Ordinal);

        // Every row was still checked: the same number of records as before.
        static string Checked(HostRun r) => r.Output.TrimEnd('\n').Split('\n')[^1].Split(' ')[0];
        Assert.Equal(Checked(before), Checked(run));
    }

    [Fact]
    public void A_blob_cell_holding_utf8_text_is_read_as_that_text_and_any_other_blob_is_named_by_row_and_column()
    {
        using var folder = new TempFolder();
        var (database, context) = BundledMonthDatabase(folder);
        var before = HostRun.Of("validate", database, "--context", context);

        Execute(database, "UPDATE records SET startTime = CAST(startTime AS BLOB) WHERE rowid = 3");
        var text = HostRun.Of("validate", database, "--context", context);
        Execute(database, "UPDATE records SET startTime = X'FF0A' WHERE rowid = 3");
        var binary = HostRun.Of("validate", database, "--context", context);

        Assert.Equal(string.Empty, text.Error);
        Assert.Equal(before.Output, text.Output); // the start time as text: the same findings, nothing on rowid 3
        Assert.Equal(2, binary.ExitCode);
        Assert.Equal($"{database}:3: startTime: The cell is a BLOB of 2 bytes that is not UTF-8 text; a records table holds text.\n", binary.Error);
    }

    [Fact]
    public void A_database_without_a_records_table_is_refused_with_its_name()
    {
        using var folder = new TempFolder();
        var database = folder.Path("empty.db");
        Execute(database, "CREATE TABLE other (x TEXT)");

        var run = HostRun.Of("validate", database, "--context", HostRun.SampleData("october-2025.json"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("The database has no records table", run.Error, StringComparison.Ordinal);
        Assert.StartsWith(database, run.Error, StringComparison.Ordinal);
    }

    // The bundled CSV month as a records table (every column text, empty cells NULL), and its context without records.
    private static (string Database, string Context) BundledMonthDatabase(TempFolder folder)
    {
        var rows = District.ReadCsv(File.ReadAllText(HostRun.SampleData("october-2025.csv")));
        var database = folder.Path("records.db");
        var header = rows[0];
        Execute(database, $"CREATE TABLE records ({string.Join(", ", header.Select(c => $"\"{c}\" TEXT"))})");
        using (var connection = new SqliteConnection($"Data Source={database};Pooling=False"))
        {
            connection.Open();
            using var transaction = connection.BeginTransaction();
            foreach (var row in rows.Skip(1))
            {
                using var insert = connection.CreateCommand();
                insert.Transaction = transaction;
                insert.CommandText = $"INSERT INTO records VALUES ({string.Join(", ", header.Select((_, i) => $"$p{i}"))})";
                for (var i = 0; i < row.Length; i++)
                {
                    insert.Parameters.AddWithValue($"$p{i}", row[i].Length == 0 ? DBNull.Value : row[i]);
                }

                insert.ExecuteNonQuery();
            }

            transaction.Commit();
        }

        var context = JsonNode.Parse(File.ReadAllText(HostRun.SampleData("october-2025-csv.json")))!.AsObject();
        context.Remove("recordsCsv");
        return (database, folder.Write("context.json", context.ToJsonString()));
    }

    private static void Execute(string database, string sql, (string Sql, string Value)? withValue = null)
    {
        using var connection = new SqliteConnection($"Data Source={database};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
        if (withValue is { } second)
        {
            using var insert = connection.CreateCommand();
            insert.CommandText = second.Sql;
            insert.Parameters.AddWithValue("$json", second.Value);
            insert.ExecuteNonQuery();
        }
    }

    private static List<string[]> Query(string database, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={database};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<string[]>();
        while (reader.Read())
        {
            rows.Add([.. Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? "" : Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture)!)]);
        }

        return rows;
    }
}
