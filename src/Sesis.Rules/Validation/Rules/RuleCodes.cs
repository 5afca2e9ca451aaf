namespace Sesis.Rules;

/// <summary>
/// Every rule code of the library, named once so the rule definitions, the reader, the batch passes and the
/// catalog cannot drift apart: SR0xx (unreadable values), SR1xx to SR8xx (one record) and SR9xx (across records).
/// </summary>
internal static class RuleCodes
{
    // SR0xx unreadable values: a field of a record's text that ServiceRecordReader cannot read.
    public const string StudentIdUnreadable = "SR001";
    public const string ProviderIdUnreadable = "SR002";
    public const string ServiceTypeUnreadable = "SR003";
    public const string DateUnreadable = "SR004";
    public const string StartTimeUnreadable = "SR005";
    public const string EndTimeUnreadable = "SR006";
    public const string LanguageUnreadable = "SR007";
    public const string SessionTypeUnreadable = "SR008";
    public const string ReasonUnreadable = "SR009";
    public const string GroupSizeUnreadable = "SR010";
    public const string LocationUnreadable = "SR011";
    public const string DescriptionUnreadable = "SR012";
    public const string ProgressUnreadable = "SR013";
    public const string NotesConfidentialUnreadable = "SR014";
    public const string CertifiedByUnreadable = "SR015";
    public const string CertifiedAtUnreadable = "SR016";
    public const string DigestUnreadable = "SR017";
    public const string CertificationIncomplete = "SR018";

    public const string StudentIdMissing = "SR101";
    public const string StudentIdNotOsis = "SR102";
    public const string ProviderIdMissing = "SR103";
    public const string ServiceTypeUnknown = "SR104";

    public const string EndNotAfterStart = "SR201";
    public const string SessionTooShort = "SR202";
    public const string SessionTooLong = "SR203";
    public const string DateInFuture = "SR204";
    public const string SessionNotEnded = "SR205";
    public const string DateBeforeEntryWindow = "SR206";

    public const string SessionTypeUndefined = "SR301";
    public const string ReasonUndefined = "SR302";
    public const string ReasonOnServiceProvided = "SR303";
    public const string ReasonDisagrees = "SR304";
    public const string ReasonMissing = "SR305";
    public const string OtherReasonNotInNotes = "SR306";

    public const string GroupTooLarge = "SR401";
    public const string LanguageMissing = "SR402";
    public const string LanguageUnknown = "SR403";
    public const string LanguageDiffersFromMandate = "SR404";
    public const string GroupingDiffersFromMandate = "SR405";

    public const string LocationMissing = "SR501";
    public const string LocationUnknown = "SR502";
    public const string DescriptionMissing = "SR503";
    public const string DescriptionNotApplicable = "SR504";
    public const string DescriptionUnknown = "SR505";
    public const string UnlistedSpecialtyNotHealth = "SR506";
    public const string UnlistedSpecialtyNotInNotes = "SR507";
    public const string ProgressMissing = "SR508";
    public const string ProgressUnknown = "SR509";
    public const string NotesMissing = "SR510";
    public const string NotesTooLong = "SR511";
    public const string NotesControlCharacters = "SR512";
    public const string ConfidentialNotAllowed = "SR513";

    public const string NotCertified = "SR601";
    public const string CertifiedByAnother = "SR602";
    public const string CertifiedBeforeSessionEnded = "SR603";
    public const string CertifiedInFuture = "SR604";
    public const string CertificationStale = "SR605";

    public const string AbsenceOnGrayDay = "SR701";
    public const string ServiceOnGrayDay = "SR702";
    public const string DateNotInCalendar = "SR703";

    public const string ProviderUnknown = "SR801";
    public const string ProviderRoleNotAllowed = "SR802";
    public const string StudentNotOnCaseload = "SR803";

    // SR9xx across records. SR905-SR909 are unassigned; SR910 was reserved for missing records from the start.
    public const string DuplicateRecord = "SR901";
    public const string ProviderSessionsOverlap = "SR902";
    public const string GroupSizeDiffersFromPresent = "SR903";
    public const string IndividualWithOthersPresent = "SR904";
    public const string MissingRecord = "SR910";
}
