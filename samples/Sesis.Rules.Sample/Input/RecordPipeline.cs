using System.Runtime.ExceptionServices;

namespace Sesis.Rules.Sample.Input;

/// <summary>
/// Turns rows into records on several threads, in input order. Splitting a file into rows has to be sequential (a
/// quoted CSV cell may span lines), but reading a row's values with the library's reader (dates, times, codes, the
/// certification digest) is most of a row's cost and needs nothing from its neighbours: the calling thread cuts the
/// rows into blocks, each block is read on the thread pool, and the blocks are handed back in the order they were cut.
/// At most two blocks per thread are in flight, so memory stays flat whatever the input's size.
/// </summary>
internal static class RecordPipeline
{
    /// <summary>
    /// Rows read together on one thread: large enough to outweigh handing the block over, small enough to keep little in
    /// flight. Every record in flight survives the collections that happen meanwhile; at 1,024 rows a district's
    /// million records on two threads took 18-19 generation-1 collections (900 ms of pauses), at 256 they take 4-14
    /// (520-750 ms), for 4-8% less CPU (benchmarks/README.md, "District scale").
    /// </summary>
    public const int Block = 256;

    /// <summary>
    /// Reads <paramref name="rows"/> with <paramref name="read"/>, on the calling thread when <paramref name="threads"/>
    /// is 1, else on the thread pool. An error while cutting the rows (a malformed CSV row) is thrown where the
    /// sequential reading would throw it: after every record before it has been returned.
    /// </summary>
    /// <param name="rows">The rows, in input order; enumerated on the calling thread only.</param>
    /// <param name="read">Reads one row; called on any thread, so it must not share state between rows.</param>
    /// <param name="threads">The threads that read blocks at once.</param>
    public static IEnumerable<SourcedRecord> Read<TRow>(IEnumerable<TRow> rows, Func<TRow, SourcedRecord> read, int threads)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(threads, 1);
        return threads == 1 ? rows.Select(read) : InBlocks(rows, read, threads);
    }

    private static IEnumerable<SourcedRecord> InBlocks<TRow>(IEnumerable<TRow> rows, Func<TRow, SourcedRecord> read, int threads)
    {
        var inFlight = new Queue<Task<SourcedRecord[]>>();
        ExceptionDispatchInfo? stop = null;
        var ended = false;
        using var next = rows.GetEnumerator();
        while (true)
        {
            while (!ended && inFlight.Count < 2 * threads)
            {
                var block = new List<TRow>(Block);
                try
                {
                    while (block.Count < Block && next.MoveNext())
                    {
                        block.Add(next.Current);
                    }

                    ended = block.Count < Block;
                }
                catch (Exception e)
                {
                    // The rows before the error are still read and returned first, as they would be one by one.
                    stop = ExceptionDispatchInfo.Capture(e);
                    ended = true;
                }

                if (block.Count > 0)
                {
                    inFlight.Enqueue(Task.Run(() => ReadBlock(block, read)));
                }
            }

            if (inFlight.Count == 0)
            {
                break;
            }

            foreach (var record in inFlight.Dequeue().GetAwaiter().GetResult())
            {
                yield return record;
            }
        }

        stop?.Throw();
    }

    private static SourcedRecord[] ReadBlock<TRow>(List<TRow> block, Func<TRow, SourcedRecord> read)
    {
        var records = new SourcedRecord[block.Count];
        for (var i = 0; i < records.Length; i++)
        {
            records[i] = read(block[i]);
        }

        return records;
    }
}
