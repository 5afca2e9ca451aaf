using NodaTime;

namespace Sesis.Rules;

/// <summary>
/// A record with what the rules look up about it (its policy, provider, caseload assignment, calendar day)
/// and the moment of the check, looked up once per validation. The properties that say "this field is
/// usable" are what keeps follow-on findings out: a rule that needs a usable field skips when it is not.
/// </summary>
/// <remarks>
/// A struct passed by reference to the compiled rules (<see cref="RuleEvaluator"/>): a valid record is checked
/// without allocating. What a lookup reads is listed beside it, because a rule that uses the lookup reads those fields
/// (<see cref="RuleDefinition.Reads"/>).
/// </remarks>
internal readonly struct RecordUnderCheck
{
    public RecordUnderCheck(ServiceRecord record, RuleSettings settings, in Moment moment)
    {
        Record = record;
        Settings = settings;
        Date = IsoDates.Of(record.Date);
        Now = moment.Now;
        NowLocal = moment.NowLocal;
        WindowStart = moment.WindowStart;
        Policy = settings.ServiceTypes.TryGetValue(record.ServiceType, out var policy) ? policy : null;
        Provider = !record.ProviderId.IsEmpty && settings.Providers.TryGet(record.ProviderId, out var provider) ? provider : null;
        // The host's lookups are never asked about an empty id (their documented contract): such a record has no assignment.
        Assignment = !record.ProviderId.IsEmpty && !record.StudentId.IsEmpty
            && settings.Caseload.TryFind(record.ProviderId, record.StudentId, record.ServiceType, Date, out var assignment)
                ? assignment
                : null;
        CalendarCovers = settings.Calendar?.Covers(Date) ?? false;
        GrayDay = CalendarCovers && settings.Calendar!.IsGrayDay(Date, settings.SchoolKind);
        UnlistedSpecialty = RecordFacts.UnlistedSpecialty(Provider, Policy);

        // Facts several rules read, worked out once.
        SessionTypeDefined = record.SessionType is >= SessionType.ServiceProvided and <= SessionType.Cancelled;
        Provided = record.SessionType == SessionType.ServiceProvided;
        ReasonDefined = record.Reason is { } reason && SessionReasons.IsDefined(reason);
        EndAfterStart = record.EndTime > record.StartTime;
        DateInFuture = Date > NowLocal.Date;
        DateBeforeWindow = Date < WindowStart;
        NotesBlank = string.IsNullOrWhiteSpace(record.Notes);
    }

    public ServiceRecord Record { get; }

    public RuleSettings Settings { get; }

    /// <summary>Gets the record's date in the ISO calendar (reads Date).</summary>
    public LocalDate Date { get; }

    public Instant Now { get; }

    public LocalDateTime NowLocal { get; }

    public LocalDate Today => NowLocal.Date;

    public LocalDate WindowStart { get; }

    /// <summary>Gets the service type's policy, or <see langword="null"/> when the type is missing or unknown, SR104 (reads ServiceType).</summary>
    public ServiceTypePolicy? Policy { get; }

    /// <summary>Gets the provider from the directory, or <see langword="null"/> (reads ProviderId).</summary>
    public Provider? Provider { get; }

    /// <summary>
    /// Gets the assignment that puts the student on the provider's caseload that day, or <see langword="null"/>
    /// (reads ProviderId, StudentId, ServiceType and Date).
    /// </summary>
    public CaseloadAssignment? Assignment { get; }

    /// <summary>Gets a value indicating whether the configured calendar covers the date (reads Date).</summary>
    public bool CalendarCovers { get; }

    /// <summary>Gets a value indicating whether the date is a gray day for the configured kind of school (reads Date).</summary>
    public bool GrayDay { get; }

    /// <summary>Gets the provider's specialty when the policy does not list it (reads ProviderId and ServiceType).</summary>
    public string? UnlistedSpecialty { get; }

    public bool SessionTypeDefined { get; }

    /// <summary>Gets a value indicating whether the record says the service was provided.</summary>
    public bool Provided { get; }

    /// <summary>Gets a value indicating whether the record is a Student Absent, Provider Absent or Cancelled one.</summary>
    public bool NotProvided => SessionTypeDefined && !Provided;

    public bool ReasonDefined { get; }

    public bool EndAfterStart { get; }

    public bool DateInFuture { get; }

    public bool DateBeforeWindow { get; }

    /// <summary>Gets a value indicating whether the date is one a record may have (SR204 and SR206 pass), so date lookups mean something.</summary>
    public bool DateUsable => !DateInFuture && !DateBeforeWindow;

    /// <summary>Gets a value indicating whether the session's end, date and end time in the zone, is an instant (reads Date).</summary>
    public bool HasSessionEnd => RecordFacts.HasSessionEnd(Date);

    /// <summary>
    /// Gets a value indicating whether a session of today has not ended (reads Date and EndTime): now is before the
    /// session's end as SR603 and certification read it, so on a clock-change night the two agree.
    /// </summary>
    public bool SessionNotEnded => Date == Today && !NotBeforeSessionEnd(Now);

    public bool LanguageGiven => Record.Language.Code.Length > 0;

    public bool NotesBlank { get; }

    /// <summary>
    /// Gets a value indicating whether <paramref name="instant"/> is not before the session's end (reads Date
    /// and EndTime), the one reading of local times (<see cref="LocalTimes.Reached"/>). Answered without
    /// allocating when the zone's offset settles it, else by the exact conversion.
    /// </summary>
    public bool NotBeforeSessionEnd(Instant instant) =>
        RecordFacts.CertainlyNotBeforeSessionEnd(instant, Date, Record.EndTime, Settings.Zone)
        || instant >= LocalTimes.Reached(Date, Record.EndTime, Settings.Zone);
}
