namespace Sesis.Rules.Tests;

/// <summary>
/// Runs the same work on several threads released together by a barrier, many rounds each, and returns each
/// thread's last answer, so a test can compare them with the answer of sequential use.
/// </summary>
internal static class Concurrently
{
    public const int Threads = 8;

    public static T[] Run<T>(int rounds, Func<int, T> work)
    {
        var results = new T[Threads];
        var failures = new Exception?[Threads];
        using var start = new Barrier(Threads);
        var workers = Enumerable.Range(0, Threads).Select(t => new Thread(() =>
        {
            try
            {
                start.SignalAndWait();
                for (var round = 0; round < rounds; round++)
                {
                    results[t] = work(t);
                }
            }
#pragma warning disable CA1031 // Rethrown on the test's thread below.
            catch (Exception e)
#pragma warning restore CA1031
            {
                failures[t] = e;
            }
        })).ToArray();

        foreach (var worker in workers)
        {
            worker.Start();
        }

        foreach (var worker in workers)
        {
            worker.Join();
        }

        if (failures.FirstOrDefault(static f => f is not null) is { } failure)
        {
            throw new InvalidOperationException("A thread failed.", failure);
        }

        return results;
    }
}
