using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using NodaTime.Text;

namespace Sesis.Rules.Sample.Input;

/// <summary>
/// A SQLite database as a batch's record source: a <c>records</c> table whose columns are the CSV's (text, any
/// subset of <see cref="RecordMapper.Fields"/>), read in provider and date order so it is always streamed. A record's
/// row key is its rowid, which <see cref="SourcedRecord.Line"/> carries and the findings table refers to.
/// One connection serves reading and the findings table (<see cref="Output.SqliteFindings"/>), so both run in one
/// transaction without locking each other out.
/// </summary>
internal sealed class SqliteRecords : RecordSource, IDisposable
{
    private static readonly byte[] Header = "SQLite format 3\0"u8.ToArray();
    private readonly string _file;
    private readonly string[] _columns;

    private SqliteRecords(string file, SqliteConnection connection, string[] columns)
    {
        _file = file;
        Connection = connection;
        _columns = columns;
    }

    public override string File => _file;

    public SqliteConnection Connection { get; }

    /// <summary>Gets or sets the library reader the rows are read with: set once the batch context (its time zone) is known.</summary>
    public ServiceRecordReader? Reader { get; set; }

    /// <summary>Gets or sets the transaction the findings table is written in, which reading must join.</summary>
    public SqliteTransaction? Transaction { get; set; }

    /// <summary>Whether a file is a SQLite database (by its first 16 bytes).</summary>
    public static bool IsDatabase(string path)
    {
        try
        {
            if (!System.IO.File.Exists(path))
            {
                return false;
            }

            using var stream = System.IO.File.OpenRead(path);
            Span<byte> head = stackalloc byte[16];
            return stream.ReadAtLeast(head, 16, throwOnEndOfStream: false) == 16 && head.SequenceEqual(Header);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InputException(path, null, null, e.Message);
        }
    }

    /// <summary>Opens the database and checks its <c>records</c> table.</summary>
    public static SqliteRecords Open(string path)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadWrite, Pooling = false }.ToString());
        try
        {
            connection.Open();
            var columns = new List<string>();
            using (var info = connection.CreateCommand())
            {
                info.CommandText = "SELECT name FROM pragma_table_info('records')";
                using var reader = info.ExecuteReader();
                while (reader.Read())
                {
                    columns.Add(reader.GetString(0));
                }
            }

            if (columns.Count == 0)
            {
                throw new InputException(path, null, "records", "The database has no records table (one row per service record, with the CSV's columns as text).");
            }

            var unknown = columns.FirstOrDefault(c => !RecordMapper.Fields.Contains(c, StringComparer.Ordinal));
            if (unknown is not null)
            {
                throw new InputException(path, null, unknown, $"Unknown column of the records table. Known columns: {string.Join(", ", RecordMapper.Fields)}.");
            }

            foreach (var needed in new[] { "providerId", "date" })
            {
                if (!columns.Contains(needed, StringComparer.Ordinal))
                {
                    throw new InputException(path, null, needed, "The records table needs this column.");
                }
            }

            return new SqliteRecords(path, connection, [.. columns]);
        }
        catch (SqliteException e)
        {
            connection.Dispose();
            throw new InputException(path, null, null, $"SQLite: {e.Message}");
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <summary>The batch JSON kept in the database's <c>context</c> table (a single row, column <c>json</c>), if any.</summary>
    public byte[]? StoredContext()
    {
        using var command = Connection.CreateCommand();
        command.CommandText = "SELECT json FROM context WHERE EXISTS (SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'context') LIMIT 2";
        try
        {
            using var reader = command.ExecuteReader();
            if (!reader.Read())
            {
                return null;
            }

            var json = reader.IsDBNull(0) ? throw new InputException(_file, null, "context", "The context table's json is NULL; it holds the batch JSON (providers, caseload, schedules, calendar).") : reader.GetString(0);
            return reader.Read()
                ? throw new InputException(_file, null, "context", "The context table holds more than one row; it holds the batch JSON in one.")
                : System.Text.Encoding.UTF8.GetBytes(json);
        }
        catch (SqliteException)
        {
            // No context table.
            return null;
        }
    }

    // The ORDER BY gives the order streaming needs: ids are ASCII, so SQLite's binary order is ProviderId's ordinal
    // order, and ISO dates sort as text. An index on (providerId, date) spares SQLite the sort.
    protected override SourceFacts ScanNow()
    {
        using var command = Connection.CreateCommand();
        command.CommandText = "SELECT MIN(date) FROM records";
        using var found = Execute(command); var earliest = Next(found) ? found.GetValue(0) as string : null; // a damaged file is named, as Read names it
        return new SourceFacts(true, earliest is not null && LocalDatePattern.Iso.Parse(earliest) is { Success: true } d ? d.Value : null);
    }

    protected override IEnumerable<(string? Provider, string? Date)> Keys() => throw new NotSupportedException("Scan reads the earliest date from the database.");

    public override IEnumerable<SourcedRecord> Read(int threads)
    {
        var recordReader = Reader ?? throw new InvalidOperationException("Set the reader from the batch context before reading records.");
        return RecordPipeline.Read(Rows(), row => RecordMapper.Read(row, recordReader, row.RowId, string.Create(CultureInfo.InvariantCulture, $"rowid {row.RowId}")), threads);
    }

    // The rows in order, each with its own values, so that they can be read on other threads.
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private IEnumerable<Row> Rows()
    {
        using var command = Connection.CreateCommand();
        command.Transaction = Transaction;
        command.CommandText = $"SELECT rowid, {string.Join(", ", _columns.Select(c => $"\"{c}\""))} FROM records ORDER BY providerId, date, rowid";
        using var reader = Execute(command);
        var fields = RecordMapper.ColumnsOf(_columns);
        while (Next(reader))
        {
            var rowid = reader.GetInt64(0);
            if (rowid is < 0 or > int.MaxValue)
            {
                throw new InputException(_file, null, "rowid", string.Create(CultureInfo.InvariantCulture, $"The row key {rowid} does not fit the report's line numbers (0 to {int.MaxValue})."));
            }

            var values = new string?[_columns.Length];
            for (var i = 0; i < values.Length; i++)
            {
                values[i] = Cell(reader, i + 1, rowid);
            }

            yield return new Row(_file, (int)rowid, _columns, fields, values);
        }
    }

    public void Dispose() => Connection.Dispose();

    // A cell as the text the reader reads: numbers as written (invariant culture); a BLOB holding UTF-8 text (as
    // some tools store text) as that text; any other BLOB stops the run naming the row and column, never read as
    // "System.Byte[]" or guessed.
    private string? Cell(SqliteDataReader reader, int column, long rowid)
    {
        if (reader.IsDBNull(column))
        {
            return null;
        }

        var value = reader.GetValue(column);
        if (value is not byte[] bytes)
        {
            return Convert.ToString(value, CultureInfo.InvariantCulture);
        }

        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            throw new InputException(_file, (int)rowid, _columns[column - 1],
                string.Create(CultureInfo.InvariantCulture, $"The cell is a BLOB of {bytes.Length} bytes that is not UTF-8 text; a records table holds text."));
        }
    }

    private SqliteDataReader Execute(SqliteCommand command)
    {
        try
        {
            return command.ExecuteReader();
        }
        catch (SqliteException e)
        {
            throw new InputException(_file, null, null, $"SQLite: {e.Message}");
        }
    }

    private bool Next(SqliteDataReader reader)
    {
        try
        {
            return reader.Read();
        }
        catch (SqliteException e)
        {
            throw new InputException(_file, null, null, $"SQLite: {e.Message}");
        }
    }

    /// <summary>One row of the records table as named text fields.</summary>
    private sealed class Row(string file, int rowid, string[] columns, int[] fields, string?[] values) : FieldSource
    {
        public int RowId => rowid;

        public override string File => file;

        public override string? OptionalString(string name)
        {
            var i = Array.IndexOf(columns, name);
            return i < 0 || string.IsNullOrEmpty(values[i]) ? null : values[i];
        }

        public override string? RecordField(int index) => fields[index] is var i and >= 0 && !string.IsNullOrEmpty(values[i]) ? values[i] : null;

        public override int LineOf(string name) => rowid;

        public override InputException Error(string name, string problem) => new(file, rowid, name, problem);
    }
}
