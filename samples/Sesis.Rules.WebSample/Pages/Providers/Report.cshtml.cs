using Microsoft.AspNetCore.Mvc;
using NodaTime;
using Sesis.Rules.WebSample.Recording;
using Sesis.Rules.WebSample.Storage;

namespace Sesis.Rules.WebSample.Pages.Providers;

/// <summary>The Encounter Attendance report of a provider's caseload for a period (procedure step 17).</summary>
/// <param name="desk">The recording desk.</param>
/// <param name="store">The database.</param>
public sealed class ReportModel(RecordingDesk desk, SqliteStore store) : ProviderPageModel(desk)
{
    /// <summary>Gets the report.</summary>
    public EncounterAttendanceReport Report { get; private set; } = null!;

    /// <summary>Shows the report.</summary>
    /// <param name="from">The first day, yyyy-MM-dd; the first of the clock's month when absent.</param>
    /// <param name="to">The last day, yyyy-MM-dd; the last of the clock's month when absent.</param>
    /// <returns>The page.</returns>
    public IActionResult OnGet(string? from, string? to)
    {
        if (!FindProvider())
        {
            return Page();
        }

        var today = Context.Today;
        var first = today.With(DateAdjusters.StartOfMonth);
        var last = today.With(DateAdjusters.EndOfMonth);
        if (!string.IsNullOrEmpty(from))
        {
            var parsed = RecordText.ParseDate(from);
            if (!parsed.Success)
            {
                return Refuse(StatusCodes.Status400BadRequest, $"from: {parsed.Error}");
            }

            first = parsed.Value;
        }

        if (!string.IsNullOrEmpty(to))
        {
            var parsed = RecordText.ParseDate(to);
            if (!parsed.Success)
            {
                return Refuse(StatusCodes.Status400BadRequest, $"to: {parsed.Error}");
            }

            last = parsed.Value;
        }

        if (last < first)
        {
            return Refuse(StatusCodes.Status400BadRequest, $"The period ends ({last:yyyy-MM-dd}) before it starts ({first:yyyy-MM-dd}).");
        }

        Report = Context.EncounterAttendanceOf(Provider.Id, new DateInterval(first, last), store.CurrentRecordsOf(Provider.Id).Select(r => r.Record));
        return Page();
    }
}
