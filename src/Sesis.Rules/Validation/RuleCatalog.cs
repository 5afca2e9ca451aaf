using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;

namespace Sesis.Rules;

/// <summary>
/// The catalog of every rule code of the library, in code order: the single-record rules (SR1xx to SR8xx),
/// which <see cref="ServiceRecordValidator"/> reports, and the rules across records (SR9xx), which
/// <see cref="BatchValidator"/> and <see cref="MissingRecords"/> report. docs/rules.md lists the same rules;
/// a test keeps them equal and checks that no code is used twice.
/// </summary>
public static class RuleCatalog
{
    private static readonly RuleDescriptor[] OneRecordRules =
    [
        // SR1xx identity
        new(RuleCodes.StudentIdMissing, FindingSeverity.Error, "StudentId", "The student id is given.", "Step 2 (the student from your Caseload)"),
        new(RuleCodes.StudentIdNotOsis, FindingSeverity.Error, "StudentId", "The student id is an NYC OSIS number (nine digits), while RequireOsisStudentIds is on (the default).", "SPEC.md, The record (OSIS: nine digits)"),
        new(RuleCodes.ProviderIdMissing, FindingSeverity.Error, "ProviderId", "The provider id is given.", "Step 1 (your own Services Calendar)"),
        new(RuleCodes.ServiceTypeUnknown, FindingSeverity.Error, "ServiceType", "The service type is given and is in the configured service-type catalog.", "Step 7 (Service Type dropdown)"),

        // SR2xx date and time
        new(RuleCodes.EndNotAfterStart, FindingSeverity.Error, "EndTime", "The end time is after the start time.", "Steps 5 and 6 (Start Time, End Time)"),
        new(RuleCodes.SessionTooShort, FindingSeverity.Error, "EndTime", "The session lasts at least the service type's shortest session (MinSessionLength).", "Steps 5-7; SPEC.md service-type policy"),
        new(RuleCodes.SessionTooLong, FindingSeverity.Error, "EndTime", "The session lasts at most the service type's longest session (MaxSessionLength).", "Steps 5-7; SPEC.md service-type policy"),
        new(RuleCodes.DateInFuture, FindingSeverity.Error, "Date", "The date is not after today in the configured time zone.", "Step 3 (Record Past Services)"),
        new(RuleCodes.SessionNotEnded, FindingSeverity.Error, "EndTime", "A session dated today has ended by the clock.", "Step 3 (Record Past Services)"),
        new(RuleCodes.DateBeforeEntryWindow, FindingSeverity.Error, "Date", "The date is inside the entry window (default: from the first day of the previous month).", "Step 3; SPEC.md (current and previous month only)"),

        // SR3xx session type
        new(RuleCodes.SessionTypeUndefined, FindingSeverity.Error, "SessionType", "The session type is Service Provided, Student Absent, Provider Absent or Cancelled.", "Step 9 (Session Type dropdown)"),
        new(RuleCodes.ReasonUndefined, FindingSeverity.Error, "Reason", "The reason, when given, is one of the defined reasons.", "Step 9"),
        new(RuleCodes.ReasonOnServiceProvided, FindingSeverity.Error, "Reason", "A Service Provided record carries no reason.", "Step 9"),
        new(RuleCodes.ReasonDisagrees, FindingSeverity.Error, "Reason", "The reason calls for the record's session type.", "Step 9 (which reason is which session type)"),
        new(RuleCodes.ReasonMissing, FindingSeverity.Warning, "Reason", "A Student Absent, Provider Absent or Cancelled record says why.", "Step 9"),
        new(RuleCodes.OtherReasonNotInNotes, FindingSeverity.Warning, "Notes", "A record whose reason is Other names the reason in the session notes.", "SPEC.md help pages (the reason goes in the notes)"),

        // SR4xx group size and language
        new(RuleCodes.GroupTooLarge, FindingSeverity.Error, "GroupSize", "Group n is at most the service type's largest group (MaxGroupSize).", "Step 10 (Group Size)"),
        new(RuleCodes.LanguageMissing, FindingSeverity.Error, "Language", "The language of service is given.", "Step 8 (Language of Service)"),
        new(RuleCodes.LanguageUnknown, FindingSeverity.Error, "Language", "The language of service is in the configured language catalog.", "Step 8 (Language of Service)"),
        new(RuleCodes.LanguageDiffersFromMandate, FindingSeverity.Warning, "Language", "The language is the mandated language of the caseload assignment, when the host supplies one.", "Step 8; SPEC.md (mandate)"),
        new(RuleCodes.GroupingDiffersFromMandate, FindingSeverity.Warning, "GroupSize", "A service provided is grouped as mandated, when the host supplies a mandate: Individual for Individual, Group of at most n for Group n.", "Step 10; SPEC.md (mandate)"),

        // SR5xx location, description, progress and notes
        new(RuleCodes.LocationMissing, FindingSeverity.Error, "Location", "A service provided states its location.", "Step 11; SPEC.md (absences need none)"),
        new(RuleCodes.LocationUnknown, FindingSeverity.Error, "Location", "The location, when given, is in the configured location catalog.", "Step 11"),
        new(RuleCodes.DescriptionMissing, FindingSeverity.Error, "Description", "A service provided states a service description when the service type has descriptions (paraprofessional).", "Step 12"),
        new(RuleCodes.DescriptionNotApplicable, FindingSeverity.Error, "Description", "A record of a service type without descriptions carries none.", "Step 12; SPEC.md (descriptions are the paraprofessional's)"),
        new(RuleCodes.DescriptionUnknown, FindingSeverity.Error, "Description", "The service description, when given, is one the service type lists.", "Step 12 (the eight descriptions)"),
        new(RuleCodes.UnlistedSpecialtyNotHealth, FindingSeverity.Error, "Description", "A provider whose specialty is not a listed description (ambulatory, for example) records Health.", "Step 12 NOTE"),
        new(RuleCodes.UnlistedSpecialtyNotInNotes, FindingSeverity.Warning, "Notes", "A provider whose specialty is not a listed description names the specialty in the session notes.", "Step 12 NOTE; step 14"),
        new(RuleCodes.ProgressMissing, FindingSeverity.Error, "Progress", "A service provided states a progress indicator when the service type requires one (paraprofessional).", "Step 13"),
        new(RuleCodes.ProgressUnknown, FindingSeverity.Error, "Progress", "The progress indicator, when given, is in the configured catalog.", "Step 13"),
        new(RuleCodes.NotesMissing, FindingSeverity.Error, "Notes", "A service provided has session notes when the service type requires them (not paraprofessionals, SETSS or ESL).", "Step 14; SPEC.md (notes required)"),
        new(RuleCodes.NotesTooLong, FindingSeverity.Error, "Notes", "The session notes are at most 4,000 characters.", "SPEC.md, Rules (SR5xx)"),
        new(RuleCodes.NotesControlCharacters, FindingSeverity.Error, "Notes", "The session notes hold no control characters but line breaks and tabs.", "SPEC.md, Rules (SR5xx)"),
        new(RuleCodes.ConfidentialNotAllowed, FindingSeverity.Error, "NotesConfidential", "Notes are marked confidential only for a service type that allows it (counseling).", "SPEC.md (counseling notes may be confidential)"),

        // SR6xx certification (save stage only)
        new(RuleCodes.NotCertified, FindingSeverity.Error, "Certification", "The record is certified before it is saved.", "Steps 15 and 16 (all services, absences and cancellations)"),
        new(RuleCodes.CertifiedByAnother, FindingSeverity.Error, "Certification", "The record's own provider certified it.", "Step 15 (your electronic signature)"),
        new(RuleCodes.CertifiedBeforeSessionEnded, FindingSeverity.Error, "Certification", "The certification is not before the session ended (Date and EndTime in the time zone).", "Step 15"),
        new(RuleCodes.CertifiedInFuture, FindingSeverity.Error, "Certification", "The certification is not after now by the clock.", "Step 15"),
        new(RuleCodes.CertificationStale, FindingSeverity.Error, "Certification", "The certification covers the record's content: a record edited after certifying is no longer certified.", "Step 15 (be sure the information is accurate)"),

        // SR7xx calendar (gray days)
        new(RuleCodes.AbsenceOnGrayDay, FindingSeverity.Error, "Date", "No Student Absent, Provider Absent or Cancelled record on a gray day.", "Step 9 (no cancellations on days shown in gray)"),
        new(RuleCodes.ServiceOnGrayDay, FindingSeverity.Warning, "Date", "A service provided on a gray day deserves a look.", "Step 9; SPEC.md (gray days)"),
        new(RuleCodes.DateNotInCalendar, FindingSeverity.Warning, "Date", "A school calendar is configured and covers the date.", "SPEC.md, Rules (SR7xx)"),

        // SR8xx caseload and authorization
        new(RuleCodes.ProviderUnknown, FindingSeverity.Error, "ProviderId", "The provider is in the provider directory.", "Step 2; SPEC.md (SR8xx)"),
        new(RuleCodes.ProviderRoleNotAllowed, FindingSeverity.Error, "ProviderId", "The provider's role is one the service type's policy allows.", "Step 7; SPEC.md (the provider's role matches the service type)"),
        new(RuleCodes.StudentNotOnCaseload, FindingSeverity.Error, "StudentId", "The student is on the provider's caseload for the service type on the date.", "Step 2 (your Caseload); SPEC.md (mandate and assignment)"),
    ];

    private static readonly RuleDescriptor[] AcrossRecordRules =
    [
        // SR9xx across records (a batch, a day, a group)
        new(RuleCodes.DuplicateRecord, FindingSeverity.Error, "StudentId", "One record per student per session: no other record of the same student, provider and service type on the date overlaps it, whatever the session types.", "SPEC.md (a group session is one record per student; SR9xx)"),
        new(RuleCodes.ProviderSessionsOverlap, FindingSeverity.Error, "StartTime", "A Service Provided record overlaps no other Service Provided record of its provider on the date, unless both are the same group session (same service type, start and end).", "SPEC.md, Rules (SR9xx)"),
        new(RuleCodes.GroupSizeDiffersFromPresent, FindingSeverity.Error, "GroupSize", "A Service Provided record stating Group n has n students present (Service Provided records) in its session.", "Step 10 (Group, 1 when only one student came)"),
        new(RuleCodes.IndividualWithOthersPresent, FindingSeverity.Error, "GroupSize", "A Service Provided record stating Individual has no other student present in its session.", "Step 10 (Group Size)"),
        new(RuleCodes.MissingRecord, FindingSeverity.Error, "Date", "Each scheduled school day, up to today, has a record of any session type for the student, provider and service type.", "Step 9 (gray days need no record); step 17 (Services Calendar)"),
    ];

    private static readonly RuleDescriptor[] Rules = [.. OneRecordRules, .. AcrossRecordRules];

    private static readonly FrozenDictionary<string, RuleDescriptor> ByCode =
        Rules.ToFrozenDictionary(static r => r.Code, StringComparer.Ordinal);

    /// <summary>Gets the single-record rules (SR1xx to SR8xx), in code order: what <see cref="ServiceRecordValidator"/> reports.</summary>
    public static IReadOnlyList<RuleDescriptor> SingleRecord { get; } = Array.AsReadOnly(OneRecordRules);

    /// <summary>
    /// Gets the rules across records (SR9xx), in code order: SR901-SR904, which <see cref="BatchValidator"/>
    /// reports on records, and SR910, a missing record, which <see cref="MissingRecords"/> and the batch
    /// (<see cref="BatchValidationResult.MissingRecords"/>) report.
    /// </summary>
    public static IReadOnlyList<RuleDescriptor> AcrossRecords { get; } = Array.AsReadOnly(AcrossRecordRules);

    /// <summary>Gets every rule of the library, single-record and across records, in code order.</summary>
    public static IReadOnlyList<RuleDescriptor> All { get; } = Array.AsReadOnly(Rules);

    /// <summary>Finds a rule, single-record or across records, by its code.</summary>
    /// <param name="code">The code, such as "SR201"; compared ordinally.</param>
    /// <param name="rule">The rule found.</param>
    /// <returns><see langword="true"/> when the catalog holds the code.</returns>
    public static bool TryGet(string? code, [NotNullWhen(true)] out RuleDescriptor? rule)
    {
        if (code is null)
        {
            rule = null;
            return false;
        }

        return ByCode.TryGetValue(code, out rule);
    }

    internal static RuleDescriptor Get(string code) => ByCode[code];
}
