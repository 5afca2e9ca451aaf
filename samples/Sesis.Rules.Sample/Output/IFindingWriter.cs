using Sesis.Rules.Sample.Input;

namespace Sesis.Rules.Sample.Output;

/// <summary>
/// Where <c>validate</c> writes what it finds: every record in input order with its findings (possibly none), the
/// missing records (SR910) as they are found, then the summary. A writer holds nothing per record, so a batch of
/// any size is written in flat memory.
/// </summary>
internal interface IFindingWriter
{
    void Begin();

    void Record(SourcedRecord record, IReadOnlyList<Finding> findings);

    void Missing(MissingRecordFinding missing);

    void End(Summary summary);
}

/// <summary>Writes to two writers: a report for people and the findings table of a database.</summary>
internal sealed class BothWriters(IFindingWriter first, IFindingWriter second) : IFindingWriter
{
    public void Begin()
    {
        first.Begin();
        second.Begin();
    }

    public void Record(SourcedRecord record, IReadOnlyList<Finding> findings)
    {
        first.Record(record, findings);
        second.Record(record, findings);
    }

    public void Missing(MissingRecordFinding missing)
    {
        first.Missing(missing);
        second.Missing(missing);
    }

    public void End(Summary summary)
    {
        first.End(summary);
        second.End(summary);
    }
}
