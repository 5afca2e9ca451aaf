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

    public static void WriteText(ServicesCalendar view, TextWriter output)
    {
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Services Calendar of {view.ProviderId}, {view.Month:uuuu-MM}, as of {Text.Date(view.Today)}"));
        output.WriteLine();
        output.WriteLine("Date        Day  Status        Records / missing");
        foreach (var day in view.Days)
        {
            var detail = string.Join("; ", day.Records.Select(r => $"{r.StudentId} {r.ServiceType} {r.SessionType}")
                .Concat(day.Missing.Select(m => $"missing {m.StudentId} {m.ServiceType}")));
            output.WriteLine($"{Text.Date(day.Date)}  {day.Date.DayOfWeek.ToString()[..3]}  {day.Status,-12}  {detail}".TrimEnd());
        }

        var counts = view.Days.GroupBy(d => d.Status).OrderBy(g => g.Key).Select(g => $"{g.Key} {g.Count()}");
        output.WriteLine();
        output.WriteLine(string.Join(", ", counts) + ".");
    }

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
