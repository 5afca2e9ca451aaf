using Sesis.Rules.WebSample.Storage;

namespace Sesis.Rules.WebSample.Recording;

/// <summary>What a provider's page asks of a record: the action of the button pressed.</summary>
public enum DeskAction
{
    /// <summary>Keep the posted content as a draft (the library's Edit, and a session-type change when asked).</summary>
    SaveDraft,

    /// <summary>Apply the posted content, then certify (procedure step 15).</summary>
    Certify,

    /// <summary>Apply the posted content, then save (procedure step 16).</summary>
    Save,

    /// <summary>Start a new draft revision of a saved record.</summary>
    Amend,
}

/// <summary>
/// Works one provider's records through the library's workflow and stores every revision. A page acting for one
/// provider never reads, changes or certifies another provider's record: the record's provider is the acting one,
/// always, and a record id of someone else's record is refused.
/// </summary>
/// <param name="context">The shared library objects.</param>
/// <param name="store">The database.</param>
public sealed class RecordingDesk(SampleContext context, SqliteStore store)
{
    /// <summary>Gets the shared context.</summary>
    public SampleContext Context => context;

    /// <summary>Opens a stored record for the acting provider.</summary>
    /// <param name="acting">The provider the page acts for.</param>
    /// <param name="recordId">The record.</param>
    /// <returns>The record's revisions, or why it is refused.</returns>
    public DeskResult Open(ProviderId acting, Guid recordId)
    {
        var revisions = store.Revisions(recordId);
        if (revisions.Count == 0)
        {
            return DeskResult.Refused(DeskStatus.NotFound, $"There is no record {recordId}.");
        }

        return revisions[^1].Record.ProviderId != acting
            ? DeskResult.Refused(DeskStatus.Forbidden, $"Record {recordId} is another provider's record: the page acting for {acting} neither shows, changes nor certifies it.")
            : DeskResult.Opened(revisions);
    }

    /// <summary>Applies a posted form to a new or stored record, then the action of the button pressed.</summary>
    /// <param name="acting">The provider the page acts for; the record's provider and the certifier.</param>
    /// <param name="recordId">The record, or null for a new one.</param>
    /// <param name="fields">The posted fields (the record's provider and certification are not taken from them).</param>
    /// <param name="action">The button pressed.</param>
    /// <returns>The revision stored, with every message to show, or why nothing was stored.</returns>
    public DeskResult Apply(ProviderId acting, Guid? recordId, IReadOnlyDictionary<string, string?> fields, DeskAction action)
    {
        ArgumentNullException.ThrowIfNull(fields);
        IReadOnlyList<ServiceRecordRevision> earlier = [];
        if (recordId is { } id)
        {
            var opened = Open(acting, id);
            if (opened.Status != DeskStatus.Done)
            {
                return opened;
            }

            earlier = opened.Revisions;
        }

        ServiceRecordWorkflow workflow;
        var messages = new List<string>();
        if (action == DeskAction.Amend)
        {
            // Amending takes the saved content as it is: the fields of a saved record are not editable.
            if (earlier.Count == 0)
            {
                return DeskResult.Refused(DeskStatus.Unprocessable, "Only a saved record is amended.");
            }

            workflow = context.NewWorkflow(earlier[^1]);
            return Finish(workflow, earlier, messages, workflow.Amend());
        }

        if (earlier.Count > 0 && earlier[^1].State == RecordState.Saved)
        {
            // A saved record is never edited, certified or saved again: the library says why, in its own words.
            workflow = context.NewWorkflow(earlier[^1]);
            return Finish(workflow, earlier, messages, action switch
            {
                DeskAction.Certify => workflow.Certify(acting, context.Clock.GetCurrentInstant()),
                DeskAction.Save => workflow.Save(),
                _ => workflow.Edit(workflow.Record),
            });
        }

        // The provider is the acting one and a certification comes only from Certify: neither is read from the post.
        var posted = fields
            .Where(f => !string.Equals(f.Key, nameof(ServiceRecordText.ProviderId), StringComparison.OrdinalIgnoreCase)
                && !string.Equals(f.Key, nameof(ServiceRecordText.CertifiedBy), StringComparison.OrdinalIgnoreCase)
                && !string.Equals(f.Key, nameof(ServiceRecordText.CertifiedAt), StringComparison.OrdinalIgnoreCase)
                && !string.Equals(f.Key, nameof(ServiceRecordText.Digest), StringComparison.OrdinalIgnoreCase))
            .Append(new(nameof(ServiceRecordText.ProviderId), acting.ToString()));
        var reading = context.Reader.Read(RecordText.ToText(posted, out var unknown));
        if (reading.Record is not { } content)
        {
            // Every finding at once: the unreadable values (SR0xx) and the rules that do not read them.
            return DeskResult.Unreadable(context.Validator.Validate(reading, ValidationStage.Draft), earlier);
        }

        if (unknown.Count > 0)
        {
            return DeskResult.Refused(DeskStatus.Unprocessable, $"Not fields of a service record: {string.Join(", ", unknown)}.");
        }

        var wasCertified = false;
        if (earlier.Count == 0)
        {
            // A new record starts as Service Provided; any other session type is chosen through the workflow below.
            workflow = context.NewWorkflow(
                ServiceRecordRevision.NewDraft(Guid.NewGuid(), content with { SessionType = SessionType.ServiceProvided, Reason = null }));
        }
        else
        {
            workflow = context.NewWorkflow(earlier[^1]);
            wasCertified = workflow.State == RecordState.Certified;
            var current = workflow.Record;
            var edited = content with { SessionType = current.SessionType, Reason = current.Reason };
            if (edited != (current with { Certification = null }))
            {
                var edit = workflow.Edit(edited);
                if (!edit.Succeeded)
                {
                    return Finish(workflow, earlier, messages, edit);
                }

                if (wasCertified)
                {
                    messages.Add("The certification was dropped: the record changed after it was certified, so it is a draft again and must be certified anew (procedure step 15).");
                }
            }
        }

        if ((content.SessionType != workflow.Record.SessionType || content.Reason != workflow.Record.Reason))
        {
            var change = workflow.ChangeSessionType(content.SessionType, content.Reason);
            if (!change.Succeeded)
            {
                return Finish(workflow, earlier, messages, change);
            }

            if (change.ClearedFields.Count > 0)
            {
                messages.Add($"Session type {content.SessionType}: cleared {string.Join(", ", change.ClearedFields)}, which no longer apply (procedure step 9).");
            }
        }

        var result = action switch
        {
            DeskAction.Certify => workflow.Certify(acting, context.Clock.GetCurrentInstant()),
            DeskAction.Save => workflow.Save(),
            _ => null,
        };
        return Finish(workflow, earlier, messages, result);
    }

    /// <summary>The findings the page shows for a record: the draft stage for a draft, the save stage otherwise.</summary>
    /// <param name="revision">The revision.</param>
    /// <returns>The findings.</returns>
    public IReadOnlyList<Finding> FindingsOf(ServiceRecordRevision revision)
    {
        ArgumentNullException.ThrowIfNull(revision);
        return context.Validator.Validate(revision.Record, revision.State == RecordState.Draft ? ValidationStage.Draft : ValidationStage.Save);
    }

    /// <summary>Which buttons are enabled for the acting provider, as the library's allowed actions say.</summary>
    /// <param name="revision">The revision shown.</param>
    /// <param name="acting">The provider the page acts for.</param>
    /// <returns>The allowed actions.</returns>
    public AllowedActions AllowedActions(ServiceRecordRevision revision, ProviderId acting) =>
        context.NewWorkflow(revision).AllowedActions(acting);

    private DeskResult Finish(ServiceRecordWorkflow workflow, IReadOnlyList<ServiceRecordRevision> earlier, List<string> messages, WorkflowResult? result)
    {
        var revision = workflow.Revision;
        var stored = earlier.Count > 0 && earlier[^1] == revision;
        if (!stored)
        {
            store.Put(revision);
        }

        var refusal = result is { Succeeded: false } ? result.RefusalReason : null;
        var revisions = store.Revisions(revision.RecordId);
        return new DeskResult(refusal is null ? DeskStatus.Done : DeskStatus.Unprocessable, revisions, messages, refusal, result?.Findings ?? [], []);
    }
}

/// <summary>How a desk call ended.</summary>
public enum DeskStatus
{
    /// <summary>Done; the revisions are the record's as stored now.</summary>
    Done,

    /// <summary>A value could not be read: nothing was stored.</summary>
    Unreadable,

    /// <summary>The library refused the action (the edits before it, if any, were stored).</summary>
    Unprocessable,

    /// <summary>No such record.</summary>
    NotFound,

    /// <summary>Another provider's record.</summary>
    Forbidden,
}

/// <summary>The outcome of a desk call.</summary>
/// <param name="Status">How it ended.</param>
/// <param name="Revisions">The record's revisions, oldest first (empty for a new record not stored).</param>
/// <param name="Messages">What happened that the page says (certification dropped, fields cleared).</param>
/// <param name="Refusal">Why the library refused the action, or why the record is refused.</param>
/// <param name="BlockingFindings">The findings that blocked certifying.</param>
/// <param name="Problems">When a value could not be read, every finding: the unreadable values (SR0xx) and the rules that do not read them.</param>
public sealed record DeskResult(
    DeskStatus Status,
    IReadOnlyList<ServiceRecordRevision> Revisions,
    IReadOnlyList<string> Messages,
    string? Refusal,
    IReadOnlyList<Finding> BlockingFindings,
    IReadOnlyList<Finding> Problems)
{
    /// <summary>Gets the record's current revision, when it is stored.</summary>
    public ServiceRecordRevision? Current => Revisions.Count > 0 ? Revisions[^1] : null;

    internal static DeskResult Opened(IReadOnlyList<ServiceRecordRevision> revisions) => new(DeskStatus.Done, revisions, [], null, [], []);

    internal static DeskResult Refused(DeskStatus status, string why) => new(status, [], [], why, [], []);

    internal static DeskResult Unreadable(IReadOnlyList<Finding> problems, IReadOnlyList<ServiceRecordRevision> revisions) =>
        new(DeskStatus.Unreadable, revisions, [], "Some values could not be read; nothing was saved.", [], problems);
}
