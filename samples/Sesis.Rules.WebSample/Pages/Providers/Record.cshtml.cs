using Microsoft.AspNetCore.Mvc;
using Sesis.Rules.WebSample.Recording;

namespace Sesis.Rules.WebSample.Pages.Providers;

/// <summary>
/// The recording form (procedure steps 4-16): a new or stored record of the provider in the URL, every finding
/// next to its field, the buttons enabled as the library's allowed actions say, and the earlier revisions.
/// </summary>
/// <param name="desk">The recording desk.</param>
public sealed class RecordModel(RecordingDesk desk) : ProviderPageModel(desk)
{
    /// <summary>Gets or sets the record id as written in the URL ("new" for a new record).</summary>
    [FromRoute(Name = "recordId")]
    public string? RecordIdText { get; set; }

    /// <summary>Gets the record's revisions, oldest first (empty for a new record).</summary>
    public IReadOnlyList<ServiceRecordRevision> Revisions { get; private set; } = [];

    /// <summary>Gets the current revision, or null for a new record.</summary>
    public ServiceRecordRevision? Current => Revisions.Count > 0 ? Revisions[^1] : null;

    /// <summary>Gets the values the form shows.</summary>
    public IReadOnlyDictionary<string, string?> Fields { get; private set; } = new Dictionary<string, string?>();

    /// <summary>Gets the findings of the current revision.</summary>
    public IReadOnlyList<Finding> Findings { get; private set; } = [];

    /// <summary>Gets the values that could not be read.</summary>
    public IReadOnlyList<Finding> Problems { get; private set; } = [];

    /// <summary>Gets the actions the library allows now.</summary>
    public AllowedActions Allowed { get; private set; } = AllowedActions.None.With(RecordAction.Edit);

    /// <summary>Gets what happened on the last post.</summary>
    public IReadOnlyList<string> Messages { get; private set; } = [];

    /// <summary>Gets why the library refused the last action.</summary>
    public string? ActionRefused { get; private set; }

    /// <summary>Gets the findings that blocked certifying.</summary>
    public IReadOnlyList<Finding> BlockingFindings { get; private set; } = [];

    /// <summary>Gets the session type the form shows, which decides which fields apply.</summary>
    public SessionType ShownSessionType =>
        Fields.TryGetValue(nameof(ServiceRecord.SessionType), out var text) && text is not null && RecordTextParse<SessionType>(text) is { } type
            ? type
            : SessionType.ServiceProvided;

    /// <summary>Shows a new or stored record.</summary>
    /// <param name="student">For a new record, the student chosen on the caseload page.</param>
    /// <param name="serviceType">For a new record, the service type.</param>
    /// <returns>The page.</returns>
    public IActionResult OnGet(string? student, string? serviceType)
    {
        if (!FindProvider())
        {
            return Page();
        }

        if (IsNew)
        {
            var assignment = Context.CaseloadOf(Provider.Id).FirstOrDefault(a => a.StudentId.ToString() == student);
            Fields = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase)
            {
                [nameof(ServiceRecord.StudentId)] = student,
                [nameof(ServiceRecord.ServiceType)] = serviceType ?? assignment?.ServiceType.ToString() ?? ServiceType.Paraprofessional.ToString(),
                [nameof(ServiceRecord.Language)] = (assignment?.MandatedLanguage ?? Language.English).ToString(),
                [nameof(ServiceRecord.SessionType)] = nameof(SessionType.ServiceProvided),
                [nameof(ServiceRecord.GroupSize)] = GroupSize.Individual.ToString(),
            };
            return Page();
        }

        if (!TryRecordId(out var id))
        {
            return Page();
        }

        var opened = Desk.Open(Provider.Id, id);
        if (opened.Status != DeskStatus.Done)
        {
            return Refuse(StatusOf(opened.Status), opened.Refusal!);
        }

        Show(opened.Revisions);
        if (TempData["messages"] is string messages)
        {
            Messages = messages.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        }

        return Page();
    }

    /// <summary>Save draft: keeps the posted content as a draft (a certified record loses its certification).</summary>
    /// <returns>The page.</returns>
    public IActionResult OnPostDraft() => Post(DeskAction.SaveDraft);

    /// <summary>Certify (procedure step 15).</summary>
    /// <returns>The page.</returns>
    public IActionResult OnPostCertify() => Post(DeskAction.Certify);

    /// <summary>Save (procedure step 16).</summary>
    /// <returns>The page.</returns>
    public IActionResult OnPostSave() => Post(DeskAction.Save);

    /// <summary>Amend a saved record: a new draft revision.</summary>
    /// <returns>The page.</returns>
    public IActionResult OnPostAmend() => Post(DeskAction.Amend);

    /// <summary>Gets the findings of a field, the form's and the library's.</summary>
    /// <param name="field">The field.</param>
    /// <returns>Code and message pairs.</returns>
    public IEnumerable<(string Code, string Severity, string Message)> FindingsFor(string field) =>
        Problems.Concat(Findings).Concat(BlockingFindings).Distinct()
            .Where(f => f.Field.Equals(field, StringComparison.OrdinalIgnoreCase)).Select(f => (f.Code, f.Severity.ToString(), f.Message));

    /// <summary>Gets the findings about fields the form has no input for (the certification, the provider).</summary>
    /// <returns>The findings.</returns>
    public IEnumerable<Finding> OtherFindings() =>
        Problems.Concat(Findings).Concat(BlockingFindings).Distinct().Where(f => !FormFields.Contains(f.Field, StringComparer.OrdinalIgnoreCase));

    /// <summary>Gets a shown value.</summary>
    /// <param name="field">The field.</param>
    /// <returns>The value, or empty.</returns>
    public string Value(string field) => Fields.TryGetValue(field, out var value) ? value ?? string.Empty : string.Empty;

    /// <summary>The fields the form has inputs for.</summary>
    public static readonly IReadOnlyList<string> FormFields =
    [
        nameof(ServiceRecord.StudentId), nameof(ServiceRecord.ServiceType), nameof(ServiceRecord.Date), nameof(ServiceRecord.StartTime),
        nameof(ServiceRecord.EndTime), nameof(ServiceRecord.Language), nameof(ServiceRecord.SessionType), nameof(ServiceRecord.Reason),
        nameof(ServiceRecord.GroupSize), nameof(ServiceRecord.Location), nameof(ServiceRecord.Description), nameof(ServiceRecord.Progress),
        nameof(ServiceRecord.Notes), nameof(ServiceRecord.NotesConfidential),
    ];

    private bool IsNew => string.Equals(RecordIdText, "new", StringComparison.OrdinalIgnoreCase);

    private IActionResult Post(DeskAction action)
    {
        if (!FindProvider())
        {
            return Page();
        }

        Guid? id = null;
        if (!IsNew)
        {
            if (!TryRecordId(out var parsed))
            {
                return Page();
            }

            id = parsed;
        }

        // Only the record's own fields are read from the form; the provider comes from the URL.
        var posted = Request.HasFormContentType
            ? FormFields.Where(Request.Form.ContainsKey).ToDictionary(f => f, f => (string?)Request.Form[f].ToString(), StringComparer.OrdinalIgnoreCase)
            : new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        var result = Desk.Apply(Provider.Id, id, posted, action);
        switch (result.Status)
        {
            case DeskStatus.NotFound or DeskStatus.Forbidden:
                return Refuse(StatusOf(result.Status), result.Refusal!);
            case DeskStatus.Unreadable:
                Revisions = result.Revisions;
                Fields = posted;
                Problems = result.Problems;
                Allowed = AllowedActions.None.With(RecordAction.Edit);
                ActionRefused = result.Refusal;
                Response.StatusCode = StatusCodes.Status400BadRequest;
                return Page();
            case DeskStatus.Unprocessable:
                Show(result.Revisions);
                Messages = result.Messages;
                ActionRefused = result.Refusal;
                BlockingFindings = result.BlockingFindings;
                Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
                return Page();
            default:
                // Post, redirect, get: a reload never posts twice.
                TempData["messages"] = string.Join('\n', result.Messages);
                return Redirect($"/providers/{Provider.Id}/records/{result.Current!.RecordId}");
        }
    }

    private void Show(IReadOnlyList<ServiceRecordRevision> revisions)
    {
        Revisions = revisions;
        if (Current is { } current)
        {
            Fields = Recording.RecordText.Write(current.Record);
            Findings = Desk.FindingsOf(current);
            Allowed = Desk.AllowedActions(current, Provider.Id);
        }
    }

    private bool TryRecordId(out Guid id)
    {
        if (Guid.TryParse(RecordIdText, out id))
        {
            return true;
        }

        Refuse(StatusCodes.Status404NotFound, $"'{Recording.RecordText.Shown(RecordIdText ?? string.Empty)}' is not a record id.");
        return false;
    }

    private static int StatusOf(DeskStatus status) =>
        status == DeskStatus.Forbidden ? StatusCodes.Status403Forbidden : StatusCodes.Status404NotFound;

    private static T? RecordTextParse<T>(string text)
        where T : struct, Enum
    {
        var result = Recording.RecordText.ParseEnum<T>(text);
        return result.Success ? result.Value : null;
    }
}
