using System.Globalization;
using System.Text.Json;
using Sesis.Rules.Calendars;
using Sesis.Rules.Sample.Input;

namespace Sesis.Rules.Sample;

/// <summary>
/// How the batch's school calendar was read (the calendar command's --explain): for a district's published feed,
/// every event with what it became or why it was skipped, so a person can check the result before trusting it.
/// </summary>
internal static class CalendarReportView
{
    public static void WriteText(LoadedCalendar loaded, TextWriter output)
    {
        if (loaded.Calendar is not { } calendar)
        {
            output.WriteLine("The batch names no school calendar (add a \"calendar\" field).");
            return;
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"School calendar '{calendar.Name}' ({loaded.Kind}{(loaded.File is null ? string.Empty : ", " + loaded.File)}): {string.Join(", ", calendar.SchoolYears)}, {calendar.Entries.Length} entries"));
        if (loaded.FeedEvents is not { } events)
        {
            output.WriteLine("Every entry is written out in the calendar itself: nothing was classified.");
            return;
        }

        var counts = events.GroupBy(static e => e.Outcome).OrderBy(static g => g.Key).Select(static g => string.Create(CultureInfo.InvariantCulture, $"{g.Count()} {Outcome(g.Key)}"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{events.Length} events: {string.Join(", ", counts)}"));
        foreach (var e in events)
        {
            output.WriteLine(e.ToString());
        }
    }

    public static void WriteJson(LoadedCalendar loaded, TextWriter output)
    {
        var document = new
        {
            calendar = loaded.Calendar?.Name,
            kind = loaded.Kind,
            file = loaded.File,
            schoolYears = loaded.Calendar?.SchoolYears.Select(static y => new { name = y.Name, firstDay = Text.Date(y.FirstDay), lastDay = Text.Date(y.LastDay) }),
            events = loaded.FeedEvents?.Select(static e => new
            {
                line = e.Line,
                title = e.Title,
                firstDay = Text.Date(e.Dates.Start),
                lastDay = Text.Date(e.Dates.End),
                outcome = e.Outcome.ToString(),
                entryType = e.Entry?.Type.ToString(),
                schoolKinds = e.Entry is { AppliesToEveryKind: false } entry ? entry.SchoolKinds.Select(static k => k.ToString()) : null,
                rule = e.Rule?.ToString(),
                reason = e.Reason,
            }),
        };
        output.WriteLine(JsonSerializer.Serialize(document, Text.Json));
    }

    private static string Outcome(FeedEventOutcome outcome) => outcome switch
    {
        FeedEventOutcome.Entry => "entries",
        FeedEventOutcome.FirstDay => "first day",
        FeedEventOutcome.LastDay => "last day",
        FeedEventOutcome.NotAnEntry => "not entries",
        FeedEventOutcome.Ignored => "ignored",
        FeedEventOutcome.Timed => "timed",
        FeedEventOutcome.Recurring => "recurring",
        FeedEventOutcome.Cancelled => "cancelled",
        FeedEventOutcome.OutsideSchoolYear => "outside the school year",
        _ => "inside another entry",
    };
}
