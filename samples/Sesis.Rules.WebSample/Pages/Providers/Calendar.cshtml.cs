using Microsoft.AspNetCore.Mvc;
using NodaTime;
using NodaTime.Text;
using Sesis.Rules.WebSample.Recording;
using Sesis.Rules.WebSample.Storage;

namespace Sesis.Rules.WebSample.Pages.Providers;

/// <summary>A provider's Services Calendar for a month (procedure step 17), as a grid with weeks as rows.</summary>
/// <param name="desk">The recording desk.</param>
/// <param name="store">The database.</param>
public sealed class CalendarModel(RecordingDesk desk, SqliteStore store) : ProviderPageModel(desk)
{
    /// <summary>Gets the calendar.</summary>
    public ServicesCalendar Calendar { get; private set; } = null!;

    /// <summary>Gets the records by their content, to link each to its page and show its state.</summary>
    public IReadOnlyList<StoredRecord> Records { get; private set; } = [];

    /// <summary>Gets the weeks, Monday first; a day outside the month is null.</summary>
    public IReadOnlyList<ServicesCalendarDay?[]> Weeks { get; private set; } = [];

    /// <summary>Shows the month.</summary>
    /// <param name="month">The month, yyyy-MM; the clock's month when absent.</param>
    /// <returns>The page.</returns>
    public IActionResult OnGet(string? month)
    {
        if (!FindProvider())
        {
            return Page();
        }

        var today = Context.Today;
        var shown = new YearMonth(today.Year, today.Month);
        if (!string.IsNullOrEmpty(month))
        {
            var parsed = YearMonthPattern.Iso.Parse(month);
            if (!parsed.Success)
            {
                return Refuse(StatusCodes.Status400BadRequest, $"'{RecordText.Shown(month)}' is not a month (yyyy-MM, such as 2025-10).");
            }

            shown = parsed.Value;
        }

        Records = store.CurrentRecordsOf(Provider.Id);
        Calendar = Context.ServicesCalendarOf(Provider.Id, shown, Records.Select(r => r.Record));
        var weeks = new List<ServicesCalendarDay?[]>();
        var week = new ServicesCalendarDay?[7];
        foreach (var day in Calendar.Days)
        {
            week[(int)day.Date.DayOfWeek - 1] = day;
            if (day.Date.DayOfWeek == IsoDayOfWeek.Sunday)
            {
                weeks.Add(week);
                week = new ServicesCalendarDay?[7];
            }
        }

        if (week.Any(d => d is not null))
        {
            weeks.Add(week);
        }

        Weeks = weeks;
        return Page();
    }

    /// <summary>Finds the stored record a calendar entry shows.</summary>
    /// <param name="record">The record content.</param>
    /// <returns>The stored record.</returns>
    public StoredRecord? Find(ServiceRecord record) => Records.FirstOrDefault(r => ReferenceEquals(r.Record, record) || r.Record == record);
}
