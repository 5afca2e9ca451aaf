using Microsoft.Data.Sqlite;
using Sesis.Rules.Sample.Input;

namespace Sesis.Rules.Sample.Output;

/// <summary>
/// The findings written back into the database the records came from, as a nightly job over an existing
/// system's data needs them: a <c>findings</c> table, replaced on each run, one row per finding with the record's
/// rowid as its row key (null for a missing record, which has no row). Written in one transaction with the
/// reading, so a failed run leaves the previous findings in place. The missing records follow the findings on
/// records, as in the reports: a streaming run finds them between records, so they wait in a temporary table.
/// </summary>
internal sealed class SqliteFindings(SqliteRecords database) : IFindingWriter, IDisposable
{
    public const string Schema = """
        CREATE TABLE IF NOT EXISTS findings (
            row_key INTEGER,
            student_id TEXT NOT NULL,
            provider_id TEXT NOT NULL,
            service_type TEXT NOT NULL,
            date TEXT NOT NULL,
            code TEXT NOT NULL,
            severity TEXT NOT NULL,
            field TEXT NOT NULL,
            message TEXT NOT NULL)
        """;

    private const string MissingTable = "temp.missing_findings";

    private SqliteTransaction? _transaction;
    private SqliteCommand? _insert;
    private SqliteCommand? _insertMissing;

    public void Begin()
    {
        try
        {
            _transaction = database.Connection.BeginTransaction();
            database.Transaction = _transaction;
            Execute(Schema);
            Execute("DELETE FROM findings");
            Execute(Schema.Replace("findings (", $"{MissingTable} (", StringComparison.Ordinal));
            Execute($"DELETE FROM {MissingTable}");
            _insert = Insert("findings");
            _insertMissing = Insert(MissingTable);
        }
        catch (SqliteException e)
        {
            throw new InputException(database.File, null, "findings", $"SQLite could not prepare the findings table: {e.Message}");
        }
    }

    public void Record(SourcedRecord record, IReadOnlyList<Finding> findings)
    {
        // A record read in part has no typed values: its cells are left empty, its SR0xx findings name the field.
        var r = record.Reading.Record;
        for (var i = 0; i < findings.Count; i++)
        {
            Insert(_insert!, record.Line, r?.StudentId.Value ?? string.Empty, r?.ProviderId.Value ?? string.Empty, r?.ServiceType.Code ?? string.Empty, r is null ? string.Empty : Text.Date(r.Date), findings[i]);
        }
    }

    public void Missing(MissingRecordFinding missing)
    {
        var e = missing.Expected;
        Insert(_insertMissing!, null, e.StudentId.Value, e.ProviderId.Value, e.ServiceType.Code, Text.Date(e.Date), missing.Finding);
    }

    public void End(Summary summary)
    {
        try
        {
            Execute($"INSERT INTO findings SELECT * FROM {MissingTable} ORDER BY rowid");
            Execute($"DROP TABLE {MissingTable}");
            _transaction!.Commit();
        }
        catch (SqliteException e)
        {
            throw Refused(e);
        }
        database.Transaction = null;
    }

    public void Dispose()
    {
        _insert?.Dispose();
        _insertMissing?.Dispose();
        _transaction?.Dispose();
    }

    private SqliteCommand Insert(string table)
    {
        var insert = database.Connection.CreateCommand();
        insert.Transaction = _transaction;
        insert.CommandText = $"INSERT INTO {table} (row_key, student_id, provider_id, service_type, date, code, severity, field, message) VALUES ($row, $student, $provider, $service, $date, $code, $severity, $field, $message)";
        foreach (var name in new[] { "$row", "$student", "$provider", "$service", "$date", "$code", "$severity", "$field", "$message" })
        {
            insert.Parameters.Add(new SqliteParameter { ParameterName = name });
        }

        insert.Prepare();
        return insert;
    }

    private void Insert(SqliteCommand insert, long? row, string student, string provider, string service, string date, Finding f)
    {
        var p = insert.Parameters;
        p[0].Value = row is { } key ? key : DBNull.Value;
        p[1].Value = student;
        p[2].Value = provider;
        p[3].Value = service;
        p[4].Value = date;
        p[5].Value = f.Code;
        p[6].Value = f.Severity.ToString();
        p[7].Value = f.Field;
        p[8].Value = f.Message;
        try
        {
            insert.ExecuteNonQuery();
        }
        catch (SqliteException e)
        {
            throw Refused(e);
        }
    }

    // SQLite may refuse a row or the commit (a constraint or trigger on the table, a full disk, a locked file): the
    // run stops naming the database, and the transaction, never committed, leaves the previous findings in place.
    private InputException Refused(SqliteException e) =>
        new(database.File, null, "findings", $"SQLite could not write the findings table: {e.Message}");

    private void Execute(string sql)
    {
        using var command = database.Connection.CreateCommand();
        command.Transaction = _transaction;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
