using F = Sesis.Rules.RecordFields;

namespace Sesis.Rules;

/// <summary>
/// Every single-record rule (SR1xx to SR8xx), each defined once and in code order, and the catalog entries of
/// the rules across records (SR9xx), which the batch validation and the missing-record check implement.
/// </summary>
/// <remarks>
/// <para>
/// Adding a rule: add its definition here, in code order, with a new code (never a reused one), its line in
/// docs/rules.md, and its tests (a breaker in RuleBreakers, an example in RuleExamples). The validator, the
/// catalog, the messages and the FluentValidation surface follow from the definition.
/// </para>
/// <para>
/// A follow-on finding is kept out by the rule that would follow, in its <see cref="RuleDefinition.AppliesWhen"/>
/// (no duration finding when the end is not after the start): no rule reads another rule's outcome, so the
/// findings do not depend on which rules run, and the rules run in code order.
/// </para>
/// </remarks>
internal static class RuleDefinitions
{
    // What the lookups of RecordUnderCheck read (a rule that uses one reads these fields).
    private const RecordFields PolicyReads = F.ServiceType;
    private const RecordFields ProviderReads = F.ProviderId;
    private const RecordFields AssignmentReads = F.ProviderId | F.StudentId | F.ServiceType | F.Date;
    private const RecordFields SpecialtyReads = F.ProviderId | F.ServiceType;
    private const RecordFields SessionTypeReads = F.SessionType;

    /// <summary>Gets the single-record rules, in code order.</summary>
    public static IReadOnlyList<RuleDefinition> SingleRecord { get; } =
    [
        // SR1xx identity
        new()
        {
            Code = RuleCodes.StudentIdMissing, Severity = FindingSeverity.Error, Field = F.StudentId, Reads = F.StudentId,
            Holds = x => !x.Record.StudentId.IsEmpty,
            Message = "{StudentId} is missing: enter the student's id (the OSIS number in NYC).",
            Description = "The student id is given.",
            Source = "Procedure step 2 (the student from your Caseload)",
        },
        new()
        {
            Code = RuleCodes.StudentIdNotOsis, Severity = FindingSeverity.Error, Field = F.StudentId, Reads = F.StudentId,
            AppliesWhen = x => x.Settings.RequireOsisStudentIds && !x.Record.StudentId.IsEmpty,
            Holds = x => RecordFacts.IsOsisNumber(x.Record.StudentId),
            Message = "{StudentId} is not an OSIS number: enter the student's nine-digit OSIS number.",
            Description = "The student id is an NYC OSIS number (nine digits), while RequireOsisStudentIds is on (the default).",
            Source = "Procedure step 2; SESIS student records (an OSIS number is nine digits)",
        },
        new()
        {
            Code = RuleCodes.ProviderIdMissing, Severity = FindingSeverity.Error, Field = F.ProviderId, Reads = F.ProviderId,
            Holds = x => !x.Record.ProviderId.IsEmpty,
            Message = "{ProviderId} is missing: enter the id of the provider who delivered the session.",
            Description = "The provider id is given.",
            Source = "Procedure step 1 (your own Services Calendar)",
        },
        new()
        {
            Code = RuleCodes.ServiceTypeUnknown, Severity = FindingSeverity.Error, Field = F.ServiceType, Reads = PolicyReads,
            Holds = x => x.Policy != null,
            Message = "{ServiceType} is missing or not one this system accepts: choose a service type from the list, such as Paraprofessional.",
            Description = "The service type is given and is in the configured service-type catalog.",
            Source = "Procedure step 7 (Service Type dropdown)",
        },

        // SR2xx date and time
        new()
        {
            Code = RuleCodes.EndNotAfterStart, Severity = FindingSeverity.Error, Field = F.EndTime, Reads = F.StartTime | F.EndTime,
            Holds = x => x.EndAfterStart,
            Message = "{EndTime} is not after {StartTime}: enter the time the session ended, later than the time the student arrived.",
            Description = "The end time is after the start time.",
            Source = "Procedure steps 5 and 6 (Start Time, End Time)",
        },
        new()
        {
            Code = RuleCodes.SessionTooShort, Severity = FindingSeverity.Error, Field = F.EndTime, Reads = PolicyReads | F.StartTime | F.EndTime,
            AppliesWhen = x => x.Policy != null && x.EndAfterStart,
            Holds = x => x.Record.Length >= x.Policy!.MinSessionLength,
            Message = "{EndTime} makes the session shorter than this service type allows: check the start and end times.",
            Description = "The session lasts at least the service type's shortest session (MinSessionLength).",
            Source = "Procedure steps 5-7; the service type's policy",
            Shows = static (in x) => FieldNames.Show(x.Record.Length),
        },
        new()
        {
            Code = RuleCodes.SessionTooLong, Severity = FindingSeverity.Error, Field = F.EndTime, Reads = PolicyReads | F.StartTime | F.EndTime,
            AppliesWhen = x => x.Policy != null && x.EndAfterStart,
            Holds = x => x.Record.Length <= x.Policy!.MaxSessionLength,
            Message = "{EndTime} makes the session longer than this service type allows: check the start and end times, or record separate sessions.",
            Description = "The session lasts at most the service type's longest session (MaxSessionLength).",
            Source = "Procedure steps 5-7; the service type's policy",
            Shows = static (in x) => FieldNames.Show(x.Record.Length),
        },
        new()
        {
            Code = RuleCodes.DateInFuture, Severity = FindingSeverity.Error, Field = F.Date, Reads = F.Date,
            Holds = x => !x.DateInFuture,
            Message = "{Date} is in the future: only past services are recorded; enter the date the session took place.",
            Description = "The date is not after today in the configured time zone.",
            Source = "Procedure step 3 (Record Past Services)",
        },
        new()
        {
            Code = RuleCodes.SessionNotEnded, Severity = FindingSeverity.Error, Field = F.EndTime, Reads = F.Date | F.EndTime,
            Holds = x => !x.SessionNotEnded,
            Message = "{EndTime} is later than now: record a session of today once it has ended.",
            Description = "A session dated today has ended by the clock.",
            Source = "Procedure step 3 (Record Past Services)",
        },
        new()
        {
            Code = RuleCodes.DateBeforeEntryWindow, Severity = FindingSeverity.Error, Field = F.Date, Reads = F.Date,
            Holds = x => !x.DateBeforeWindow,
            Message = "{Date} is before the entry window (the current and previous month): check the date, or ask for a wider window for an import.",
            Description = "The date is inside the entry window (default: from the first day of the previous month).",
            Source = "Procedure step 3 (the current and previous month only)",
        },

        // SR3xx session type
        new()
        {
            Code = RuleCodes.SessionTypeUndefined, Severity = FindingSeverity.Error, Field = F.SessionType, Reads = SessionTypeReads,
            Holds = x => x.SessionTypeDefined,
            Message = "{SessionType} is not a session type: choose Service Provided, Student Absent, Provider Absent or Cancelled.",
            Description = "The session type is Service Provided, Student Absent, Provider Absent or Cancelled.",
            Source = "Procedure step 9 (Session Type dropdown)",
        },
        new()
        {
            Code = RuleCodes.ReasonUndefined, Severity = FindingSeverity.Error, Field = F.Reason, Reads = F.Reason,
            AppliesWhen = x => x.Record.Reason.HasValue,
            Holds = x => x.ReasonDefined,
            Message = "{Reason} is not one of the defined reasons: choose a listed reason, or Other and explain in the notes.",
            Description = "The reason, when given, is one of the defined reasons.",
            Source = "Procedure step 9",
        },
        new()
        {
            Code = RuleCodes.ReasonOnServiceProvided, Severity = FindingSeverity.Error, Field = F.Reason, Reads = F.Reason | F.SessionType,
            AppliesWhen = x => x.ReasonDefined,
            Holds = x => !x.Provided,
            Message = "{Reason} is given on a Service Provided record: clear the reason, or choose the session type the reason calls for.",
            Description = "A Service Provided record carries no reason.",
            Source = "Procedure step 9",
        },
        new()
        {
            Code = RuleCodes.ReasonDisagrees, Severity = FindingSeverity.Error, Field = F.Reason, Reads = F.Reason | F.SessionType,
            AppliesWhen = x => x.ReasonDefined && x.NotProvided,
            Holds = x => SessionReasons.SessionTypeOf(x.Record.Reason!.Value) == x.Record.SessionType,
            Message = "{Reason} calls for another session type: a student's absence or refusal is Student Absent, the provider's leave is Provider Absent, anything else is Cancelled.",
            Description = "The reason calls for the record's session type.",
            Source = "Procedure step 9 (which reason is which session type)",
        },
        new()
        {
            Code = RuleCodes.ReasonMissing, Severity = FindingSeverity.Warning, Field = F.Reason, Reads = F.Reason | F.SessionType,
            AppliesWhen = x => x.NotProvided,
            Holds = x => x.Record.Reason.HasValue,
            Message = "{Reason} is missing: say why the session did not take place.",
            Description = "A Student Absent, Provider Absent or Cancelled record says why.",
            Source = "Procedure step 9",
        },
        new()
        {
            Code = RuleCodes.OtherReasonNotInNotes, Severity = FindingSeverity.Warning, Field = F.Notes, Reads = F.SessionType | F.Reason | F.Notes,
            AppliesWhen = x => x.Record.SessionType == SessionType.Cancelled && x.Record.Reason == SessionReason.Other,
            Holds = x => !x.NotesBlank,
            Message = "{Notes} are empty while the reason is Other: name the reason in the session notes.",
            Description = "A record whose reason is Other names the reason in the session notes.",
            Source = "Procedure step 9; SESIS help pages (the reason goes in the notes)",
        },

        // SR4xx group size and language
        new()
        {
            Code = RuleCodes.GroupTooLarge, Severity = FindingSeverity.Error, Field = F.GroupSize, Reads = PolicyReads | F.GroupSize,
            AppliesWhen = x => x.Policy != null,
            Holds = x => x.Record.GroupSize.Students >= 1 && x.Record.GroupSize.Students <= x.Policy!.MaxGroupSize,
            Message = "{GroupSize} is larger than this service type's largest group: state the number of students present, or record Individual.",
            Description = "Group n is at most the service type's largest group (MaxGroupSize).",
            Source = "Procedure step 10 (Group Size)",
        },
        new()
        {
            Code = RuleCodes.LanguageMissing, Severity = FindingSeverity.Error, Field = F.Language, Reads = F.Language,
            Holds = x => x.LanguageGiven,
            Message = "{Language} is missing: choose the language of service.",
            Description = "The language of service is given.",
            Source = "Procedure step 8 (Language of Service)",
        },
        new()
        {
            Code = RuleCodes.LanguageUnknown, Severity = FindingSeverity.Error, Field = F.Language, Reads = F.Language,
            AppliesWhen = x => x.LanguageGiven,
            Holds = x => x.Settings.Languages.ContainsKey(x.Record.Language),
            Message = "{Language} is not one this system accepts: choose a language of service from the list.",
            Description = "The language of service is in the configured language catalog.",
            Source = "Procedure step 8 (Language of Service)",
        },
        new()
        {
            Code = RuleCodes.LanguageDiffersFromMandate, Severity = FindingSeverity.Warning, Field = F.Language, Reads = AssignmentReads | F.Language,
            AppliesWhen = x => x.Assignment != null && x.Assignment.MandatedLanguage != null && x.LanguageGiven && x.Settings.Languages.ContainsKey(x.Record.Language),
            Holds = x => x.Assignment!.MandatedLanguage == x.Record.Language,
            Message = "{Language} differs from the student's mandated language of service: check the language, or the mandate.",
            Description = "The language is the mandated language of the caseload assignment, when the host supplies one.",
            Source = "Procedure step 8; the student's mandate",
        },
        new()
        {
            Code = RuleCodes.GroupingDiffersFromMandate, Severity = FindingSeverity.Warning, Field = F.GroupSize, Reads = AssignmentReads | F.SessionType | F.GroupSize,
            AppliesWhen = x => x.Provided && x.Assignment != null && x.Assignment.MandatedGroupSize != null,
            Holds = x => RecordFacts.GroupingAgrees(x.Assignment!.MandatedGroupSize!.Value, x.Record.GroupSize),
            Message = "{GroupSize} differs from the student's mandated grouping: check the group size, or the mandate.",
            Description = "A service provided is grouped as mandated, when the host supplies a mandate: Individual for Individual, Group of at most n for Group n.",
            Source = "Procedure step 10; the student's mandate",
        },

        // SR5xx location, description, progress and notes
        new()
        {
            Code = RuleCodes.LocationMissing, Severity = FindingSeverity.Error, Field = F.Location, Reads = F.SessionType | F.Location,
            AppliesWhen = x => x.Provided,
            Holds = x => x.Record.Location.HasValue,
            Message = "{Location} is missing: choose where the service was provided.",
            Description = "A service provided states its location.",
            Source = "Procedure step 11 (absences need none)",
        },
        new()
        {
            Code = RuleCodes.LocationUnknown, Severity = FindingSeverity.Error, Field = F.Location, Reads = F.Location,
            AppliesWhen = x => x.Record.Location.HasValue,
            Holds = x => x.Settings.Locations.ContainsKey(x.Record.Location!.Value),
            Message = "{Location} is not one this system accepts: choose a service location from the list.",
            Description = "The location, when given, is in the configured location catalog.",
            Source = "Procedure step 11",
        },
        new()
        {
            Code = RuleCodes.DescriptionMissing, Severity = FindingSeverity.Error, Field = F.Description, Reads = F.SessionType | PolicyReads | F.Description,
            AppliesWhen = x => x.Provided && x.Policy != null && !x.Policy.Descriptions.IsEmpty,
            Holds = x => x.Record.Description.HasValue,
            Message = "{Description} is missing: choose the service description; a specialty not listed records Health.",
            Description = "A service provided states a service description when the service type has descriptions (paraprofessional).",
            Source = "Procedure step 12",
        },
        new()
        {
            Code = RuleCodes.DescriptionNotApplicable, Severity = FindingSeverity.Error, Field = F.Description, Reads = PolicyReads | F.Description,
            AppliesWhen = x => x.Policy != null && x.Policy.Descriptions.IsEmpty,
            Holds = x => !x.Record.Description.HasValue,
            Message = "{Description} does not apply to this service type: clear the service description.",
            Description = "A record of a service type without descriptions carries none.",
            Source = "Procedure step 12 (descriptions are the paraprofessional's)",
        },
        new()
        {
            Code = RuleCodes.DescriptionUnknown, Severity = FindingSeverity.Error, Field = F.Description, Reads = PolicyReads | F.Description,
            AppliesWhen = x => x.Record.Description.HasValue && x.Policy != null && !x.Policy.Descriptions.IsEmpty,
            Holds = x => x.Policy!.AllowsDescription(x.Record.Description!.Value),
            Message = "{Description} is not one this service type lists: choose a listed service description, or Health for a specialty not listed.",
            Description = "The service description, when given, is one the service type lists.",
            Source = "Procedure step 12 (the eight descriptions)",
        },
        new()
        {
            Code = RuleCodes.UnlistedSpecialtyNotHealth, Severity = FindingSeverity.Error, Field = F.Description, Reads = F.SessionType | SpecialtyReads | F.Description,
            AppliesWhen = x => x.Provided && x.UnlistedSpecialty != null && x.Record.Description != null && x.Policy!.AllowsDescription(x.Record.Description.Value),
            Holds = x => x.Record.Description == ServiceDescription.Health,
            Message = "{Description} is not Health, though the provider's specialty is not listed: choose Health and name the specialty in the notes.",
            Description = "A provider whose specialty is not a listed description (ambulatory, for example) records Health.",
            Source = "Procedure step 12 NOTE",
        },
        new()
        {
            Code = RuleCodes.UnlistedSpecialtyNotInNotes, Severity = FindingSeverity.Warning, Field = F.Notes, Reads = F.SessionType | SpecialtyReads | F.Notes,
            AppliesWhen = x => x.Provided && x.UnlistedSpecialty != null && !(x.Policy!.NotesRequired && x.NotesBlank),
            Holds = x => x.Record.Notes != null && x.Record.Notes.Contains(x.UnlistedSpecialty!, StringComparison.OrdinalIgnoreCase),
            Message = "{Notes} do not name the provider's specialty, which is not a listed description: name it in the session notes.",
            Description = "A provider whose specialty is not a listed description names the specialty in the session notes.",
            Source = "Procedure step 12 NOTE; procedure step 14",
        },
        new()
        {
            Code = RuleCodes.ProgressMissing, Severity = FindingSeverity.Error, Field = F.Progress, Reads = F.SessionType | PolicyReads | F.Progress,
            AppliesWhen = x => x.Provided && x.Policy != null && x.Policy.ProgressRequired,
            Holds = x => x.Record.Progress.HasValue,
            Message = "{Progress} is missing: choose the progress towards the student's IEP goals.",
            Description = "A service provided states a progress indicator when the service type requires one (paraprofessional).",
            Source = "Procedure step 13",
        },
        new()
        {
            Code = RuleCodes.ProgressUnknown, Severity = FindingSeverity.Error, Field = F.Progress, Reads = F.Progress,
            AppliesWhen = x => x.Record.Progress.HasValue,
            Holds = x => x.Settings.ProgressIndicators.ContainsKey(x.Record.Progress!.Value),
            Message = "{Progress} is not one this system accepts: choose a progress indicator from the list.",
            Description = "The progress indicator, when given, is in the configured catalog.",
            Source = "Procedure step 13",
        },
        new()
        {
            Code = RuleCodes.NotesMissing, Severity = FindingSeverity.Error, Field = F.Notes, Reads = F.SessionType | PolicyReads | F.Notes,
            AppliesWhen = x => x.Provided && x.Policy != null && x.Policy.NotesRequired,
            Holds = x => !x.NotesBlank,
            Message = "{Notes} are missing: this service type requires session notes.",
            Description = "A service provided has session notes when the service type requires them (not paraprofessionals, SETSS or ESL).",
            Source = "Procedure step 14; the service type's policy (notes required)",
        },
        new()
        {
            Code = RuleCodes.NotesTooLong, Severity = FindingSeverity.Error, Field = F.Notes, Reads = F.Notes,
            Holds = x => x.Record.Notes == null || x.Record.Notes.Length <= RuleSettings.MaxNotesLength,
            Message = "{Notes} are longer than 4,000 characters: shorten the session notes.",
            Description = "The session notes are at most 4,000 characters.",
            Source = "Procedure step 14; SESIS's limit on session notes",
        },
        new()
        {
            Code = RuleCodes.NotesControlCharacters, Severity = FindingSeverity.Error, Field = F.Notes, Reads = F.Notes,
            Holds = x => !RecordFacts.HasForbiddenControlCharacter(x.Record.Notes),
            Message = "{Notes} hold a control character: remove it; only line breaks and tabs are allowed.",
            Description = "The session notes hold no control characters but line breaks and tabs.",
            Source = "Procedure step 14; SESIS session notes are plain text",
        },
        new()
        {
            Code = RuleCodes.ConfidentialNotAllowed, Severity = FindingSeverity.Error, Field = F.NotesConfidential, Reads = PolicyReads | F.NotesConfidential,
            AppliesWhen = x => x.Record.NotesConfidential && x.Policy != null,
            Holds = x => x.Policy!.NotesMayBeConfidential,
            Message = "{NotesConfidential} is set for a service type whose notes cannot be confidential: clear it.",
            Description = "Notes are marked confidential only for a service type that allows it (counseling).",
            Source = "Procedure step 14; SESIS help pages (counseling notes may be confidential)",
        },

        // SR6xx certification (save stage only)
        new()
        {
            Code = RuleCodes.NotCertified, Severity = FindingSeverity.Error, Field = F.Certification, Reads = F.Certification, From = ValidationStage.Save,
            Holds = x => x.Record.Certification != null,
            Message = "{Certification} is missing: the provider certifies every record, absences and cancellations included, before saving.",
            Description = "The record is certified before it is saved.",
            Source = "Procedure steps 15 and 16 (all services, absences and cancellations)",
        },
        new()
        {
            Code = RuleCodes.CertifiedByAnother, Severity = FindingSeverity.Error, Field = F.Certification, Reads = F.Certification | F.ProviderId, From = ValidationStage.Save,
            AppliesWhen = x => x.Record.Certification != null && !x.Record.ProviderId.IsEmpty,
            Holds = x => x.Record.Certification!.CertifiedBy == x.Record.ProviderId,
            Message = "{Certification} is by another provider: only the record's own provider may certify it.",
            Description = "The record's own provider certified it.",
            Source = "Procedure step 15 (your electronic signature)",
        },
        new()
        {
            Code = RuleCodes.CertifiedBeforeSessionEnded, Severity = FindingSeverity.Error, Field = F.Certification, Reads = F.Certification | F.Date | F.StartTime | F.EndTime, From = ValidationStage.Save,
            AppliesWhen = x => x.Record.Certification != null && x.HasSessionEnd && x.EndAfterStart && !x.DateInFuture && !x.SessionNotEnded,
            Holds = x => x.NotBeforeSessionEnd(x.Record.Certification!.CertifiedAt),
            Message = "{Certification} is dated before the session ended: certify once the session is over.",
            Description = "The certification is not before the session ended (Date and EndTime in the time zone).",
            Source = "Procedure step 15",
        },
        new()
        {
            Code = RuleCodes.CertifiedInFuture, Severity = FindingSeverity.Error, Field = F.Certification, Reads = F.Certification, From = ValidationStage.Save,
            AppliesWhen = x => x.Record.Certification != null,
            Holds = x => x.Record.Certification!.CertifiedAt <= x.Now,
            Message = "{Certification} is dated in the future: certify with the current time.",
            Description = "The certification is not after now by the clock.",
            Source = "Procedure step 15",
        },
        new()
        {
            Code = RuleCodes.CertificationStale, Severity = FindingSeverity.Error, Field = F.Certification, Reads = F.All, From = ValidationStage.Save,
            AppliesWhen = x => x.Record.Certification != null,
            Holds = x => x.Record.Certification!.Covers(x.Record),
            Message = "{Certification} does not cover the record as it is: the record changed after certifying; review it and certify again.",
            Description = "The certification covers the record's content: a record edited after certifying is no longer certified.",
            Source = "Procedure step 15 (be sure the information is accurate)",
        },

        // SR7xx calendar (gray days)
        new()
        {
            Code = RuleCodes.AbsenceOnGrayDay, Severity = FindingSeverity.Error, Field = F.Date, Reads = F.SessionType | F.Date,
            AppliesWhen = x => x.NotProvided && x.DateUsable && x.CalendarCovers,
            Holds = x => !x.GrayDay,
            Message = "{Date} is a gray day (school closed): no absence or cancellation is recorded then; delete the record or correct the date.",
            Description = "No Student Absent, Provider Absent or Cancelled record on a gray day.",
            Source = "Procedure step 9 (no cancellations on days shown in gray)",
        },
        new()
        {
            Code = RuleCodes.ServiceOnGrayDay, Severity = FindingSeverity.Warning, Field = F.Date, Reads = F.SessionType | F.Date,
            AppliesWhen = x => x.Provided && x.DateUsable && x.CalendarCovers,
            Holds = x => !x.GrayDay,
            Message = "{Date} is a gray day (school closed): check the date of this service.",
            Description = "A service provided on a gray day deserves a look.",
            Source = "Procedure step 9 (days shown in gray)",
        },
        new()
        {
            Code = RuleCodes.DateNotInCalendar, Severity = FindingSeverity.Warning, Field = F.Date, Reads = F.Date,
            AppliesWhen = x => x.DateUsable,
            Holds = x => x.CalendarCovers,
            Message = "{Date} cannot be checked for gray days: no school calendar is configured for it; load the calendar of that school year.",
            Description = "A school calendar is configured and covers the date.",
            Source = "Procedure step 9 (the calendar shows gray days)",
        },

        // SR8xx caseload and authorization
        new()
        {
            Code = RuleCodes.ProviderUnknown, Severity = FindingSeverity.Error, Field = F.ProviderId, Reads = ProviderReads,
            AppliesWhen = x => !x.Record.ProviderId.IsEmpty,
            Holds = x => x.Provider != null,
            Message = "{ProviderId} is not a known provider: check the id, or add the provider to the directory.",
            Description = "The provider is in the provider directory.",
            Source = "Procedure step 2 (your own Caseload)",
        },
        new()
        {
            Code = RuleCodes.ProviderRoleNotAllowed, Severity = FindingSeverity.Error, Field = F.ProviderId, Reads = ProviderReads | PolicyReads,
            AppliesWhen = x => x.Provider != null && x.Policy != null,
            Holds = x => x.Policy!.AllowsRole(x.Provider!.Role),
            Message = "{ProviderId} names a provider whose role does not deliver this service type: check the service type or the provider.",
            Description = "The provider's role is one the service type's policy allows.",
            Source = "Procedure step 7 (the provider's role matches the service type)",
        },
        new()
        {
            Code = RuleCodes.StudentNotOnCaseload, Severity = FindingSeverity.Error, Field = F.StudentId, Reads = AssignmentReads,
            AppliesWhen = x => !x.Record.StudentId.IsEmpty && !x.Record.ProviderId.IsEmpty && x.Policy != null && x.DateUsable,
            Holds = x => x.Assignment != null,
            Message = "{StudentId} is not on this provider's caseload for this service type on this date: check the student, service type and date, or the caseload.",
            Description = "The student is on the provider's caseload for the service type on the date.",
            Source = "Procedure step 2 (your Caseload)",
        },
    ];

    /// <summary>Gets the catalog entries of the rules across records (SR9xx), in code order.</summary>
    public static IReadOnlyList<RuleDescriptor> AcrossRecords { get; } =
    [
        new(RuleCodes.DuplicateRecord, FindingSeverity.Error, "StudentId", "One record per student per session: no other record of the same student, provider and service type on the date overlaps it, whatever the session types.", "Procedure step 10 (a group session is one record per student)"),
        new(RuleCodes.ProviderSessionsOverlap, FindingSeverity.Error, "StartTime", "A Service Provided record overlaps no other Service Provided record of its provider on the date, unless both are the same group session (same service type, start and end).", "Procedure steps 5 and 6 (one provider, one session at a time)"),
        new(RuleCodes.GroupSizeDiffersFromPresent, FindingSeverity.Error, "GroupSize", "A Service Provided record stating Group n has n students present (Service Provided records) in its session.", "Procedure step 10 (Group, 1 when only one student came)"),
        new(RuleCodes.IndividualWithOthersPresent, FindingSeverity.Error, "GroupSize", "A Service Provided record stating Individual has no other student present in its session.", "Procedure step 10 (Group Size)"),
        new(RuleCodes.MissingRecord, FindingSeverity.Error, "Date", "Each scheduled school day, up to today, has a record of any session type for the student, provider and service type.", "Procedure step 9 (gray days need no record); procedure step 17 (Services Calendar)"),
    ];
}
