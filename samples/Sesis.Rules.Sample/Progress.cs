using System.Globalization;

namespace Sesis.Rules.Sample;

/// <summary>
/// Shows how far a long run has got, on standard error, only when standard error is a terminal: a log file
/// or a pipe gets no progress lines. It counts the records the validator has checked.
/// </summary>
internal sealed class Progress(TextWriter error, int total) : IServiceRecordValidator
{
    /// <summary>Runs shorter than this finish before anyone needs reassurance.</summary>
    public const int Threshold = 5_000;

    private const int Every = 1_000;
    private IServiceRecordValidator? _inner;
    private int _done;

    public IServiceRecordValidator Wrap(IServiceRecordValidator inner)
    {
        _inner = inner;
        return this;
    }

    public RecordingContext Context => _inner!.Context;

    public IReadOnlyList<Finding> Validate(ServiceRecord record, ValidationStage stage)
    {
        var findings = _inner!.Validate(record, stage);
        Checked();
        return findings;
    }

    /// <summary>Counts one record checked, and shows the count every so often.</summary>
    public void Checked()
    {
        var done = Interlocked.Increment(ref _done);
        if (done % Every == 0 || done == total)
        {
            // \r rewrites the line in place; the final count ends the line.
            error.Write(string.Create(CultureInfo.InvariantCulture, $"\rChecked {done:N0} of {total:N0} records"));
            if (done == total)
            {
                error.WriteLine();
            }

            error.Flush();
        }
    }
}
