using System.Globalization;
using System.Text.Json;
using NodaTime;
using Sesis.Rules.Sample.Input;

namespace Sesis.Rules.Sample;

/// <summary>The Services Calendar of one provider and month (procedure steps 1 and 17), as a table or as JSON.</summary>
internal static class CalendarView
{
    public static ServicesCalendar Create(Batch batch, ProviderId provider, YearMonth month, string file)
    {
        if (batch.Calendar is null)
        {
            throw new InputException(file, null, "calendar", "The services calendar needs a school calendar: add a \"calendar\" field.");
        }

        return ServicesCalendar.Create(batch.Context, provider, month, batch.Records.Select(r => r.Record));
    }

    /// <summary>
    /// Writes the month as a grid, weeks as rows from Monday, each day with a mark for its status; then what the
    /// marks mean, the days that lack a record and the counts. With <paramref name="colour"/> (a terminal that
    /// shows it) the marks are coloured as well; the text is the same either way.
    /// </summary>
    public static void WriteText(ServicesCalendar view, TextWriter output, bool colour = false)
    {
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Services Calendar of {view.ProviderId}, {view.Month:uuuu-MM}, as of {Text.Date(view.Today)}"));
        output.WriteLine();
        output.WriteLine(" Mon  Tue  Wed  Thu  Fri  Sat  Sun");
        var first = view.Days[0].Date;
        var line = new System.Text.StringBuilder();

        // Blank cells before the first, so it falls under its weekday.
        line.Append(' ', 5 * ((int)first.DayOfWeek - 1));
        foreach (var day in view.Days)
        {
            var (mark, ansi) = Mark(day.Status);
            line.Append(string.Create(CultureInfo.InvariantCulture, $"{day.Date.Day,3}"));
            line.Append(colour ? $"\u001b[{ansi}m{mark}\u001b[0m" : mark.ToString());
            line.Append(' ');
            if (day.Date.DayOfWeek == IsoDayOfWeek.Sunday)
            {
                output.WriteLine(line.ToString().TrimEnd());
                line.Clear();
            }
        }

        if (line.Length > 0)
        {
            output.WriteLine(line.ToString().TrimEnd());
        }

        output.WriteLine();
        output.WriteLine("R recorded, M missing a record, . scheduled (not due yet), G gray day, - not scheduled");
        foreach (var day in view.Days.Where(d => d.Missing.Count > 0))
        {
            output.WriteLine($"Missing {Text.Date(day.Date)}: {string.Join(", ", day.Missing.Select(m => $"{m.StudentId} {m.ServiceType}"))}");
        }

        var counts = view.Days.GroupBy(d => d.Status).OrderBy(g => g.Key).Select(g => $"{g.Key} {g.Count()}");
        output.WriteLine(string.Join(", ", counts) + ".");
    }

    // A letter a plain terminal or a file shows, and an ANSI colour for a terminal that shows colour.
    private static (char Mark, string Ansi) Mark(ServicesCalendarDayStatus status) => status switch
    {
        ServicesCalendarDayStatus.Recorded => ('R', "32"),
        ServicesCalendarDayStatus.Missing => ('M', "1;31"),
        ServicesCalendarDayStatus.Future => ('.', "36"),
        ServicesCalendarDayStatus.Gray => ('G', "90"),
        _ => ('-', "2"),
    };

    public static void WriteJson(ServicesCalendar view, TextWriter output)
    {
        var document = new
        {
            providerId = view.ProviderId.Value,
            month = view.Month.ToString("uuuu-MM", CultureInfo.InvariantCulture),
            today = Text.Date(view.Today),
            days = view.Days.Select(d => new
            {
                date = Text.Date(d.Date),
                status = d.Status.ToString(),
                records = d.Records.Select(r => new { studentId = r.StudentId.Value, serviceType = r.ServiceType.Code, sessionType = r.SessionType.ToString() }),
                missing = d.Missing.Select(m => new { studentId = m.StudentId.Value, serviceType = m.ServiceType.Code }),
            }),
        };
        output.WriteLine(JsonSerializer.Serialize(document, Text.Json));
    }
}
