using System.Text.Json;
using Microsoft.Data.Sqlite;
using Sesis.Rules.WebSample.Recording;

namespace Sesis.Rules.WebSample.Storage;

/// <summary>
/// The SQLite database: the seeded context, providers, caseload and schedules, and every revision of every record
/// (a revision is written once it is saved and never changed afterwards; a draft or certified revision is updated in
/// place until then). Thread-safe: each call opens its own pooled connection.
/// </summary>
public sealed class SqliteStore
{
    private const string Schema = """
        CREATE TABLE IF NOT EXISTS settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);
        CREATE TABLE IF NOT EXISTS providers (id TEXT PRIMARY KEY, role TEXT NOT NULL, name TEXT, specialty TEXT);
        CREATE TABLE IF NOT EXISTS caseload (provider_id TEXT NOT NULL, student_id TEXT NOT NULL, service_type TEXT NOT NULL,
            from_date TEXT NOT NULL, to_date TEXT NOT NULL, mandated_language TEXT, mandated_group_size TEXT);
        CREATE TABLE IF NOT EXISTS schedules (provider_id TEXT NOT NULL, student_id TEXT NOT NULL, service_type TEXT NOT NULL,
            from_date TEXT NOT NULL, to_date TEXT NOT NULL, days TEXT NOT NULL);
        CREATE TABLE IF NOT EXISTS revisions (record_id TEXT NOT NULL, number INTEGER NOT NULL, state TEXT NOT NULL,
            provider_id TEXT NOT NULL, student_id TEXT NOT NULL, date TEXT NOT NULL, fields TEXT NOT NULL,
            PRIMARY KEY (record_id, number));
        CREATE INDEX IF NOT EXISTS revisions_by_provider ON revisions (provider_id, date);
        """;

    // Stored rows hold what RecordText.Write wrote: instants in UTC, so the reader's time zone never applies.
    private static readonly ServiceRecordReader StoredText = new();

    private readonly string _connectionString;

    /// <summary>Opens the database, creating and seeding it when it does not exist yet.</summary>
    /// <param name="path">The database file.</param>
    /// <param name="seedFile">The batch file to seed a new database from.</param>
    public SqliteStore(string path, string seedFile)
    {
        ArgumentNullException.ThrowIfNull(path);
        Path = System.IO.Path.GetFullPath(path);
        if (System.IO.Path.GetDirectoryName(Path) is { Length: > 0 } folder)
        {
            Directory.CreateDirectory(folder);
        }

        _connectionString = new SqliteConnectionStringBuilder { DataSource = Path, Mode = SqliteOpenMode.ReadWriteCreate }.ToString();
        using var connection = Open();
        Execute(connection, null, Schema);
        if (Scalar(connection, "SELECT COUNT(*) FROM settings") == 0)
        {
            Seed(connection, SeedFile.Read(seedFile));
        }
    }

    /// <summary>Gets the database file's full path.</summary>
    public string Path { get; }

    /// <summary>Reads the stored settings (clock, time zone, calendar, school kind).</summary>
    /// <returns>The settings by key.</returns>
    public IReadOnlyDictionary<string, string> Settings()
    {
        using var connection = Open();
        return Rows(connection, "SELECT key, value FROM settings", r => (r.GetString(0), r.GetString(1))).ToDictionary(p => p.Item1, p => p.Item2);
    }

    internal IReadOnlyList<ProviderRow> Providers()
    {
        using var connection = Open();
        return Rows(connection, "SELECT id, role, name, specialty FROM providers ORDER BY id", r => new ProviderRow(r.GetString(0), r.GetString(1), NullableString(r, 2), NullableString(r, 3)));
    }

    internal IReadOnlyList<CaseloadRow> Caseload()
    {
        using var connection = Open();
        return Rows(connection, "SELECT provider_id, student_id, service_type, from_date, to_date, mandated_language, mandated_group_size FROM caseload ORDER BY provider_id, student_id", r =>
            new CaseloadRow(r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3), r.GetString(4), NullableString(r, 5), NullableString(r, 6)));
    }

    internal IReadOnlyList<ScheduleRow> Schedules()
    {
        using var connection = Open();
        return Rows(connection, "SELECT provider_id, student_id, service_type, from_date, to_date, days FROM schedules ORDER BY provider_id, student_id", r =>
            new ScheduleRow(r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3), r.GetString(4), r.GetString(5)));
    }

    /// <summary>Gets every revision of a record, oldest first, each amendment pointing to the revision it amends.</summary>
    /// <param name="recordId">The record.</param>
    /// <returns>The revisions; empty when there is no such record.</returns>
    public IReadOnlyList<ServiceRecordRevision> Revisions(Guid recordId)
    {
        using var connection = Open();
        var rows = Rows(connection, "SELECT number, state, fields FROM revisions WHERE record_id = $id ORDER BY number", r => (r.GetInt32(0), r.GetString(1), r.GetString(2)), ("$id", recordId.ToString()));
        var revisions = new List<ServiceRecordRevision>(rows.Count);
        foreach (var (number, state, fields) in rows)
        {
            var amends = revisions.Count > 0 ? revisions[^1] : null;
            revisions.Add(new ServiceRecordRevision(recordId, number, Enum.Parse<RecordState>(state), ReadFields(recordId, number, fields), amends));
        }

        return revisions;
    }

    /// <summary>Gets the current (latest) revision of each record of a provider, by date and start time.</summary>
    /// <param name="providerId">The provider.</param>
    /// <returns>The records as they are now.</returns>
    public IReadOnlyList<StoredRecord> CurrentRecordsOf(ProviderId providerId)
    {
        using var connection = Open();
        var rows = Rows(
            connection,
            """
            SELECT r.record_id, r.number, r.state, r.fields FROM revisions r
            WHERE r.provider_id = $provider AND r.number = (SELECT MAX(number) FROM revisions WHERE record_id = r.record_id)
            """,
            r => (Guid.Parse(r.GetString(0)), r.GetInt32(1), r.GetString(2), r.GetString(3)),
            ("$provider", providerId.ToString()));
        return rows.Select(r => new StoredRecord(r.Item1, r.Item2, Enum.Parse<RecordState>(r.Item3), ReadFields(r.Item1, r.Item2, r.Item4)))
            .OrderBy(r => r.Record.Date).ThenBy(r => r.Record.StartTime).ThenBy(r => r.Record.StudentId.ToString(), StringComparer.Ordinal).ToList();
    }

    /// <summary>Writes a revision: inserts it, or updates it while it is a draft or certified.</summary>
    /// <param name="revision">The revision.</param>
    /// <exception cref="InvalidOperationException">The stored revision of that number is saved: a saved revision never changes.</exception>
    public void Put(ServiceRecordRevision revision)
    {
        ArgumentNullException.ThrowIfNull(revision);
        using var connection = Open();
        using var transaction = connection.BeginTransaction();
        var stored = Rows(connection, transaction, "SELECT state FROM revisions WHERE record_id = $id AND number = $n", r => r.GetString(0), ("$id", revision.RecordId.ToString()), ("$n", revision.Number)).SingleOrDefault();
        if (stored == nameof(RecordState.Saved))
        {
            throw new InvalidOperationException($"Revision {revision.Number} of record {revision.RecordId} is saved and never changes.");
        }

        Execute(
            connection,
            transaction,
            """
            INSERT INTO revisions (record_id, number, state, provider_id, student_id, date, fields) VALUES ($id, $n, $state, $provider, $student, $date, $fields)
            ON CONFLICT (record_id, number) DO UPDATE SET state = excluded.state, provider_id = excluded.provider_id,
                student_id = excluded.student_id, date = excluded.date, fields = excluded.fields
            """,
            ("$id", revision.RecordId.ToString()),
            ("$n", revision.Number),
            ("$state", revision.State.ToString()),
            ("$provider", revision.Record.ProviderId.ToString()),
            ("$student", revision.Record.StudentId.ToString()),
            ("$date", NodaTime.Text.LocalDatePattern.Iso.Format(revision.Record.Date)),
            ("$fields", JsonSerializer.Serialize(RecordText.Write(revision.Record))));
        transaction.Commit();
    }

    private static ServiceRecord ReadFields(Guid recordId, int number, string json)
    {
        var fields = JsonSerializer.Deserialize<Dictionary<string, string?>>(json) ?? [];
        var reading = StoredText.Read(RecordText.ToText(fields, out _));
        return reading.Record ?? throw new SeedException(
            $"Revision {number} of record {recordId} in the database is unreadable: {string.Join(" ", reading.Findings)}");
    }

    private static void Seed(SqliteConnection connection, SeedData seed)
    {
        using var transaction = connection.BeginTransaction();
        foreach (var (key, value) in seed.Settings)
        {
            Execute(connection, transaction, "INSERT INTO settings (key, value) VALUES ($k, $v)", ("$k", key), ("$v", value));
        }

        foreach (var p in seed.Providers)
        {
            Execute(connection, transaction, "INSERT INTO providers (id, role, name, specialty) VALUES ($id, $role, $name, $specialty)", ("$id", p.Id), ("$role", p.Role), ("$name", p.Name), ("$specialty", p.Specialty));
        }

        foreach (var c in seed.Caseload)
        {
            Execute(
                connection,
                transaction,
                "INSERT INTO caseload VALUES ($p, $s, $t, $from, $to, $lang, $group)",
                ("$p", c.ProviderId), ("$s", c.StudentId), ("$t", c.ServiceType), ("$from", c.From), ("$to", c.To), ("$lang", c.MandatedLanguage), ("$group", c.MandatedGroupSize));
        }

        foreach (var s in seed.Schedules)
        {
            Execute(connection, transaction, "INSERT INTO schedules VALUES ($p, $s, $t, $from, $to, $days)", ("$p", s.ProviderId), ("$s", s.StudentId), ("$t", s.ServiceType), ("$from", s.From), ("$to", s.To), ("$days", s.Days));
        }

        // A seeded record that was certified was saved in SESIS; one that was not is still a draft (procedure step 16).
        foreach (var record in seed.Records)
        {
            var state = record.Certification is null ? RecordState.Draft : RecordState.Saved;
            Execute(
                connection,
                transaction,
                "INSERT INTO revisions (record_id, number, state, provider_id, student_id, date, fields) VALUES ($id, 1, $state, $provider, $student, $date, $fields)",
                ("$id", Guid.NewGuid().ToString()),
                ("$state", state.ToString()),
                ("$provider", record.ProviderId.ToString()),
                ("$student", record.StudentId.ToString()),
                ("$date", NodaTime.Text.LocalDatePattern.Iso.Format(record.Date)),
                ("$fields", JsonSerializer.Serialize(RecordText.Write(record))));
        }

        transaction.Commit();
    }

    private SqliteConnection Open()
    {
        var connection = new SqliteConnection(_connectionString);
        connection.Open();
        return connection;
    }

    private static string? NullableString(SqliteDataReader reader, int column) => reader.IsDBNull(column) ? null : reader.GetString(column);

    private static long Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)command.ExecuteScalar()!;
    }

    private static void Execute(SqliteConnection connection, SqliteTransaction? transaction, string sql, params (string Name, object? Value)[] parameters)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }

        command.ExecuteNonQuery();
    }

    private static List<T> Rows<T>(SqliteConnection connection, string sql, Func<SqliteDataReader, T> read, params (string Name, object? Value)[] parameters) =>
        Rows(connection, null, sql, read, parameters);

    private static List<T> Rows<T>(SqliteConnection connection, SqliteTransaction? transaction, string sql, Func<SqliteDataReader, T> read, params (string Name, object? Value)[] parameters)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }

        using var reader = command.ExecuteReader();
        var rows = new List<T>();
        while (reader.Read())
        {
            rows.Add(read(reader));
        }

        return rows;
    }
}

/// <summary>A record's current revision as stored.</summary>
/// <param name="RecordId">The record.</param>
/// <param name="Number">The revision number (1 for the first; an amendment adds one).</param>
/// <param name="State">Draft, Certified or Saved.</param>
/// <param name="Record">The content.</param>
public sealed record StoredRecord(Guid RecordId, int Number, RecordState State, ServiceRecord Record);
