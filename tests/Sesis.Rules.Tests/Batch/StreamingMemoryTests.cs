using System.Runtime.CompilerServices;
using static Sesis.Rules.Tests.BatchRecords;

namespace Sesis.Rules.Tests;

/// <summary>
/// Streaming sorted input holds one provider-day at a time: once a later partition has begun, the records of the
/// finished ones are no longer referenced by the validator and can be collected.
/// </summary>
public sealed class StreamingMemoryTests
{
    [Fact]
    public void The_records_of_a_finished_provider_day_are_let_go()
    {
        var firstDay = new List<WeakReference>();
        var aliveWhenThirdDayBegan = -1;

        IEnumerable<ServiceRecord> Source()
        {
            for (var day = 0; day < 3; day++)
            {
                if (day == 2)
                {
                    // Day 0 was checked when day 1 began; nothing should hold its records now.
                    GC.Collect();
                    GC.WaitForPendingFinalizers();
                    GC.Collect();
                    aliveWhenThirdDayBegan = firstDay.Count(static w => w.IsAlive);
                }

                for (var i = 0; i < 4; i++)
                {
                    var record = Make(day, i);
                    if (day == 0)
                    {
                        firstDay.Add(new WeakReference(record));
                    }

                    yield return record;
                }
            }
        }

        var findings = new BatchValidator(NoFindingsValidator.Instance).ValidateStream(Source(), ValidationStage.Save).ToList();

        Assert.Empty(findings);
        Assert.Equal(4, firstDay.Count);
        Assert.Equal(0, aliveWhenThirdDayBegan);
    }

    // Not inlined, so no local of the test keeps a record alive.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static ServiceRecord Make(int day, int slot)
    {
        var start = $"{8 + slot:D2}:00";
        var end = $"{9 + slot:D2}:00";
        return Record(Ana, start, end, date: Day.PlusDays(day));
    }
}
