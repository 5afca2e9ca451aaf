using System.Diagnostics.CodeAnalysis;

namespace Sesis.Rules.Sample;

/// <summary>
/// Keeps the garbage a long run leaves between collections small. With workstation GC the runtime sizes
/// generation 0 from the processor's last-level cache: on a machine that reports a large one (a virtual machine
/// showing 260 MB of L3, say) a collection comes only every hundred megabytes or more of allocation, and the
/// process's peak memory grows by as much, whatever the batch holds. The setting that lowers it (GCgen0size) is
/// read from the environment only, not from runtimeconfig.json, so the host watches the bytes allocated instead
/// and asks for a generation-0 collection once <see cref="Budget"/> bytes were allocated without one. Such a
/// collection finds little alive (a few blocks of records in flight) and takes about a millisecond.
/// </summary>
internal sealed class Gen0Cap : IDisposable
{
    /// <summary>The bytes allocated between two collections at most, give or take what a few milliseconds allocate.</summary>
    public const long Budget = 16L * 1024 * 1024;

    private const int PollMilliseconds = 5;
    private readonly CancellationTokenSource _stop = new();
    private readonly Thread _watch;

    private Gen0Cap()
    {
        _watch = new Thread(Watch) { IsBackground = true, Name = "gen0 cap", Priority = ThreadPriority.AboveNormal };
        _watch.Start();
    }

    /// <summary>Starts watching; dispose to stop.</summary>
    public static Gen0Cap Start() => new();

    public void Dispose()
    {
        _stop.Cancel();
        _watch.Join();
        _stop.Dispose();
    }

    [SuppressMessage("Performance", "CA1806", Justification = "The collection is the point.")]
    private void Watch()
    {
        var collections = GC.CollectionCount(0);
        var mark = GC.GetTotalAllocatedBytes(precise: false);
        while (!_stop.Token.WaitHandle.WaitOne(PollMilliseconds))
        {
            var allocated = GC.GetTotalAllocatedBytes(precise: false);
            var now = GC.CollectionCount(0);
            if (now != collections)
            {
                (collections, mark) = (now, allocated);
            }
            else if (allocated - mark > Budget)
            {
                GC.Collect(0, GCCollectionMode.Forced, blocking: true);
                (collections, mark) = (GC.CollectionCount(0), allocated);
            }
        }
    }
}
