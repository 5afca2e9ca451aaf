namespace Sesis.Rules.Sample.Output;

/// <summary>
/// Lines kept on disk until the end of a report: the missing records, which a report lists after the records
/// but which are found while the records stream past. A temporary file, deleted when disposed, so a district's
/// missing records never sit in memory.
/// </summary>
internal sealed class Spool : IDisposable
{
    private readonly string _path = Path.GetTempFileName();
    private StreamWriter? _writer;

    public long Count { get; private set; }

    public void Add(string line)
    {
        _writer ??= new StreamWriter(_path, append: false, System.Text.Encoding.UTF8);
        _writer.WriteLine(line);
        Count++;
    }

    /// <summary>Reads the lines back in the order they were added.</summary>
    public IEnumerable<string> Lines()
    {
        if (_writer is null)
        {
            yield break;
        }

        _writer.Dispose();
        _writer = null;
        foreach (var line in File.ReadLines(_path))
        {
            yield return line;
        }
    }

    public void Dispose()
    {
        _writer?.Dispose();
        File.Delete(_path);
    }
}
