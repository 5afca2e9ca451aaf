using Microsoft.AspNetCore.Mvc;
using Sesis.Rules.WebSample.Recording;
using Sesis.Rules.WebSample.Storage;

namespace Sesis.Rules.WebSample.Pages.Providers;

/// <summary>A provider's caseload and records (procedure step 2).</summary>
/// <param name="desk">The recording desk.</param>
/// <param name="store">The database.</param>
public sealed class CaseloadModel(RecordingDesk desk, SqliteStore store) : ProviderPageModel(desk)
{
    /// <summary>Gets the caseload assignments.</summary>
    public IReadOnlyList<CaseloadAssignment> Assignments { get; private set; } = [];

    /// <summary>Gets the provider's records as they are now, by date.</summary>
    public IReadOnlyList<StoredRecord> Records { get; private set; } = [];

    /// <summary>Shows the page.</summary>
    /// <returns>The page.</returns>
    public IActionResult OnGet()
    {
        if (!FindProvider())
        {
            return Page();
        }

        Assignments = Context.CaseloadOf(Provider.Id);
        Records = store.CurrentRecordsOf(Provider.Id);
        return Page();
    }
}
