using NodaTime;
using Stateless;

namespace Sesis.Rules;

/// <summary>
/// Works one service record through its lifecycle (Draft -> Certified -> Saved, <see cref="RecordLifecycle"/>)
/// and its session type (procedure step 9): edit, change the session type, certify, save, amend. Every refusal comes
/// back as a <see cref="WorkflowResult"/> with its reason.
/// </summary>
/// <remarks>
/// Not thread-safe: it owns its own state machines (built once, with the workflow; the facts their guards read
/// are given with each trigger), which are not. Build one per record being worked on (about as cheap as a few
/// microseconds) and never share it. To ask which actions many records allow, use
/// <see cref="RecordLifecycle.AllowedActions"/>, which builds no machine.
/// </remarks>
public sealed class ServiceRecordWorkflow
{
    private readonly IServiceRecordValidator _validator;
    private readonly RecordingContext _context;
    private readonly ISchoolCalendar? _calendar;
    private readonly SchoolKind _schoolKind;
    private readonly IClock _clock;
    private readonly DateTimeZone _zone;
    private readonly StateMachine<RecordState, RecordAction> _lifecycle;
    private readonly StateMachine<SessionType, SessionTypeTrigger> _sessionTypes;
    private ServiceRecordRevision _revision;

    /// <summary>Initializes a workflow for a revision, such as a new draft or one restored from storage.</summary>
    /// <param name="revision">The revision to start from.</param>
    /// <param name="validator">
    /// Checks the record at the draft stage before certifying. Its <see cref="IServiceRecordValidator.Context"/> is
    /// the one the guards read (calendar and kind of school for gray days, clock and time zone for certification
    /// times), so the workflow and the validator agree on every day.
    /// </param>
    /// <exception cref="ArgumentNullException"><paramref name="revision"/> or <paramref name="validator"/> is null.</exception>
    /// <exception cref="ArgumentException">The validator's context is null, or its clock or time zone is null, or its school kind undefined.</exception>
    public ServiceRecordWorkflow(ServiceRecordRevision revision, IServiceRecordValidator validator)
    {
        _revision = revision ?? throw new ArgumentNullException(nameof(revision));
        _validator = validator ?? throw new ArgumentNullException(nameof(validator));
        _context = validator.Context ?? throw new ArgumentException("The validator's Context is null.", nameof(validator));
        _calendar = _context.Calendar;
        _schoolKind = _context.RequireSchoolKind();
        _clock = _context.RequireClock();
        _zone = _context.RequireZone();
        _lifecycle = RecordLifecycle.CreateMachine(revision.State);
        _sessionTypes = SessionTypeTransitions.CreateMachine(() => Record.SessionType);
    }

    /// <summary>Gets the current revision.</summary>
    public ServiceRecordRevision Revision => _revision;

    /// <summary>Gets the current revision's state.</summary>
    public RecordState State => _revision.State;

    /// <summary>Gets the current revision's content.</summary>
    public ServiceRecord Record => _revision.Record;

    /// <summary>Gets the actions allowed now for a user, as a form enables its buttons.</summary>
    /// <param name="user">The provider using the form: only the record's own provider may certify.</param>
    /// <returns>The allowed actions.</returns>
    /// <remarks>In Draft this runs the validator, to know whether the record may be certified.</remarks>
    public AllowedActions AllowedActions(ProviderId user) =>
        RecordLifecycle.AllowedActions(State, ConditionsFor(user, _clock.GetCurrentInstant(), out _));

    /// <summary>
    /// Replaces the record's content. A certified record returns to Draft and its certification is dropped; a
    /// saved record is never edited in place (amend it). The session type and reason change only through
    /// <see cref="ChangeSessionType"/>, which clears the fields that no longer apply and checks the calendar.
    /// </summary>
    /// <param name="edited">The new content; any certification it carries is dropped.</param>
    /// <returns>The draft revision, or why the edit was refused.</returns>
    public WorkflowResult Edit(ServiceRecord edited)
    {
        ArgumentNullException.ThrowIfNull(edited);
        if (!HasTransition(RecordAction.Edit))
        {
            return Refuse(RecordAction.Edit);
        }

        if (edited.SessionType != Record.SessionType || edited.Reason != Record.Reason)
        {
            return WorkflowResult.Refused(
                _revision,
                "Edit is refused: the session type and reason change through ChangeSessionType, which clears the fields that no longer apply and checks the calendar.");
        }

        _lifecycle.Fire(RecordAction.Edit);
        _revision = _revision.With(_lifecycle.State, edited with { Certification = null });
        return WorkflowResult.Done(_revision);
    }

    /// <summary>
    /// Changes the session type (procedure step 9), only while the record is a draft and, for an absence or a
    /// cancellation, only when the date is not a gray day. Switching away from Service Provided clears the
    /// location, description and progress, which then do not apply; switching to it clears the reason.
    /// </summary>
    /// <param name="sessionType">The new session type.</param>
    /// <param name="reason">
    /// Why the session was not provided, when known; it must call for <paramref name="sessionType"/> (see
    /// <see cref="SessionReasons.SessionTypeOf"/>) and must be <see langword="null"/> for Service Provided.
    /// </param>
    /// <returns>The changed draft, with the fields cleared, or why the change was refused.</returns>
    public WorkflowResult ChangeSessionType(SessionType sessionType, SessionReason? reason = null)
    {
        if (sessionType is < SessionType.ServiceProvided or > SessionType.Cancelled)
        {
            return WorkflowResult.Refused(_revision, $"ChangeSessionType is refused: {(int)sessionType} is not a session type.");
        }

        if (reason is { } given && !SessionReasons.IsDefined(given))
        {
            return WorkflowResult.Refused(_revision, $"ChangeSessionType is refused: {(int)given} is not a session reason.");
        }

        // The machine reads its state from the record and decides whether the change is permitted; the record,
        // changed below, is the transition.
        var conditions = new SessionTypeConditions(IsDraft: State == RecordState.Draft, IsNotGrayDay: !IsGrayDay(Record.Date));
        if (!_sessionTypes.CanFire(SessionTypeTransitions.TriggerFor(sessionType), conditions, out var unmet))
        {
            return WorkflowResult.Refused(_revision, $"Changing the session type to {sessionType} is refused: {Unmet(unmet)}.", [.. unmet]);
        }

        if (reason is { } why)
        {
            var calledFor = SessionReasons.SessionTypeOf(why);
            if (calledFor != sessionType)
            {
                var words = sessionType == SessionType.ServiceProvided
                    ? "a service provided carries no reason"
                    : $"the reason {why} calls for {calledFor}";
                return WorkflowResult.Refused(_revision, $"Changing the session type to {sessionType} is refused: {words}.");
            }
        }

        var before = Record;
        var provided = sessionType == SessionType.ServiceProvided;
        var after = before with
        {
            SessionType = sessionType,
            Reason = reason,
            Location = provided ? before.Location : null,
            Description = provided ? before.Description : null,
            Progress = provided ? before.Progress : null,
        };

        var cleared = new List<string>(4);
        if (before.Reason is not null && after.Reason is null)
        {
            cleared.Add(nameof(ServiceRecord.Reason));
        }

        if (before.Location is not null && after.Location is null)
        {
            cleared.Add(nameof(ServiceRecord.Location));
        }

        if (before.Description is not null && after.Description is null)
        {
            cleared.Add(nameof(ServiceRecord.Description));
        }

        if (before.Progress is not null && after.Progress is null)
        {
            cleared.Add(nameof(ServiceRecord.Progress));
        }

        _revision = _revision.With(State, after);
        return WorkflowResult.Done(_revision, cleared);
    }

    /// <summary>
    /// Certifies the record (procedure step 15): only a draft with no errors at the draft stage, only by the
    /// record's own provider, and only at a time not before the session ended nor in the future.
    /// </summary>
    /// <param name="certifiedBy">The provider certifying.</param>
    /// <param name="certifiedAt">When they certify; usually the clock's now.</param>
    /// <returns>The certified revision, or why certifying was refused (with the blocking findings).</returns>
    public WorkflowResult Certify(ProviderId certifiedBy, Instant certifiedAt)
    {
        if (!HasTransition(RecordAction.Certify))
        {
            return Refuse(RecordAction.Certify);
        }

        var conditions = ConditionsFor(certifiedBy, certifiedAt, out var errors);
        if (!_lifecycle.CanFire(RecordLifecycle.CertifyTrigger, conditions, out var unmet))
        {
            return WorkflowResult.Refused(_revision, $"Certify is refused: {Unmet(unmet)}.", [.. unmet], errors);
        }

        _lifecycle.Fire(RecordLifecycle.CertifyTrigger, conditions);
        _revision = _revision.With(_lifecycle.State, Record with { Certification = Certification.Of(Record, certifiedBy, certifiedAt) });
        return WorkflowResult.Done(_revision);
    }

    /// <summary>Saves the record (procedure step 16): only a certified record whose certification is valid and still covers its content.</summary>
    /// <returns>The saved revision, or why saving was refused.</returns>
    public WorkflowResult Save()
    {
        if (!HasTransition(RecordAction.Save))
        {
            return Refuse(RecordAction.Save);
        }

        var verification = CertificationVerification.Of(Record, _zone, _clock.GetCurrentInstant());
        var conditions = new LifecycleConditions { CertificationIsValid = verification.IsValid };
        if (!_lifecycle.CanFire(RecordLifecycle.SaveTrigger, conditions, out var unmet))
        {
            return WorkflowResult.Refused(_revision, $"Save is refused: {Unmet(unmet)} (the certification is {verification}).", [.. unmet]);
        }

        _lifecycle.Fire(RecordLifecycle.SaveTrigger, conditions);
        _revision = _revision.With(_lifecycle.State, Record);
        return WorkflowResult.Done(_revision);
    }

    /// <summary>
    /// Amends a saved record: starts a new draft revision (number + 1) with the saved content, uncertified, that
    /// points to the saved revision, which stays as it was. The workflow then works on the new draft.
    /// </summary>
    /// <returns>The new draft revision, or why amending was refused.</returns>
    public WorkflowResult Amend()
    {
        if (!HasTransition(RecordAction.Amend))
        {
            return Refuse(RecordAction.Amend);
        }

        var saved = _revision;
        _lifecycle.Fire(RecordAction.Amend);
        _revision = new ServiceRecordRevision(saved.RecordId, saved.Number + 1, _lifecycle.State, saved.Record with { Certification = null }, saved);
        return WorkflowResult.Done(_revision);
    }

    private LifecycleConditions ConditionsFor(ProviderId certifier, Instant certifiedAt, out IReadOnlyList<Finding> errors)
    {
        var record = Record;
        errors = State == RecordState.Draft
            ? [.. _validator.Validate(record, ValidationStage.Draft).Where(static f => f.Severity == FindingSeverity.Error)]
            : [];
        var now = _clock.GetCurrentInstant();
        return new LifecycleConditions
        {
            RecordHasNoDraftErrors = errors.Count == 0,
            CertifierIsOwnProvider = certifier == record.ProviderId,
            // The session end every rule reads (SR205, SR603): what the validator says has ended can be certified.
            CertificationTimeIsAllowed = certifiedAt >= CertificationVerification.SessionEnd(record, _zone) && certifiedAt <= now,
            CertificationIsValid = CertificationVerification.Of(record, _zone, now).IsValid,
        };
    }

    // A date the calendar does not cover, or no calendar at all, is not refused here: the validator warns about
    // it (SR703) rather than blocking an absence. The same reading of the calendar as the validator's SR701.
    private bool IsGrayDay(LocalDate date) =>
        _calendar is { } calendar && calendar.Covers(IsoDates.Of(date)) && calendar.IsGrayDay(IsoDates.Of(date), _schoolKind);

    // Whether the action has a transition from the current state at all, guards aside: the lifecycle's table
    // under conditions where every guard holds.
    private bool HasTransition(RecordAction action) =>
        RecordLifecycle.AllowedActions(State, LifecycleConditions.All).Contains(action);

    private WorkflowResult Refuse(RecordAction action) =>
        WorkflowResult.Refused(_revision, RecordLifecycle.NotPermitted(State, action));

    private static string Unmet(IEnumerable<string> unmet) => "this does not hold: " + string.Join("; ", unmet);
}
