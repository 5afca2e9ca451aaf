using System.Diagnostics;
using System.Globalization;
using Sesis.Rules.Sample.Input;

namespace Sesis.Rules.Sample;

/// <summary>
/// Shows how far a long run has got, on standard error, only when standard error is a terminal: a log file or a
/// pipe gets no progress lines. It counts the records read for checking, the rate, and the time left, estimated
/// from the share of the source read (of the file's bytes, or of the records held).
/// </summary>
internal sealed class Progress(TextWriter error, RecordSource source)
{
    /// <summary>Runs shorter than this finish before anyone needs reassurance.</summary>
    public const int Threshold = 5_000;

    private const int Every = 1_000;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private bool _shown;

    /// <summary>Takes the number of records read so far.</summary>
    public void Checked(long count)
    {
        if (count < Threshold || count % Every != 0)
        {
            return;
        }

        var seconds = Math.Max(_clock.Elapsed.TotalSeconds, 0.001);
        var done = source.Held is { Count: > 0 } held ? (double)count / held.Count : source.Done;
        var of = source.Held is { } all ? string.Create(CultureInfo.InvariantCulture, $" of {all.Count:N0}") : string.Empty;
        var left = done is > 0 and < 1 ? string.Create(CultureInfo.InvariantCulture, $", about {Math.Ceiling(seconds * (1 - done.Value) / done.Value):N0} s left") : string.Empty;

        // \r rewrites the line in place; End finishes it.
        error.Write(string.Create(CultureInfo.InvariantCulture, $"\rChecked {count:N0}{of} records, {count / seconds:N0} a second{left}   "));
        error.Flush();
        _shown = true;
    }

    /// <summary>Ends the progress line with the total, when one was shown.</summary>
    public void End(long count)
    {
        if (_shown)
        {
            error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"\rChecked {count:N0} records in {_clock.Elapsed.TotalSeconds:N1} s.{new string(' ', 30)}"));
        }
    }
}
