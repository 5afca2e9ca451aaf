namespace Sesis.Rules;

/// <summary>
/// The unreadable-value rules (SR0xx), written once: one per field of <see cref="ServiceRecordText"/> that
/// <see cref="ServiceRecordReader"/> may fail to read, and SR018 for a certification given in part. The reader
/// reports them; <see cref="RuleCatalog.UnreadableValues"/> lists them. Spellings: docs/record-text.md.
/// </summary>
internal static class UnreadableValueRules
{
    public static readonly RuleDescriptor[] All =
    [
        new(RuleCodes.StudentIdUnreadable, FindingSeverity.Error, "StudentId", "The student id, when given, is letters, digits and hyphens, at most 64 characters.", "Procedure step 2; docs/record-text.md"),
        new(RuleCodes.ProviderIdUnreadable, FindingSeverity.Error, "ProviderId", "The provider id, when given, is letters, digits and hyphens, at most 64 characters.", "Procedure step 1; docs/record-text.md"),
        new(RuleCodes.ServiceTypeUnreadable, FindingSeverity.Error, "ServiceType", "The service type, when given, is a code (letters, digits, single hyphens) or a name in the service-type catalog.", "Procedure step 7; docs/record-text.md"),
        new(RuleCodes.DateUnreadable, FindingSeverity.Error, "Date", "The date is given as yyyy-MM-dd or a date pattern the host added.", "Procedure step 4; docs/record-text.md"),
        new(RuleCodes.StartTimeUnreadable, FindingSeverity.Error, "StartTime", "The start time is given as HH:mm or HH:mm:ss (24-hour) or a time pattern the host added.", "Procedure step 5; docs/record-text.md"),
        new(RuleCodes.EndTimeUnreadable, FindingSeverity.Error, "EndTime", "The end time is given as HH:mm or HH:mm:ss (24-hour) or a time pattern the host added.", "Procedure step 6; docs/record-text.md"),
        new(RuleCodes.LanguageUnreadable, FindingSeverity.Error, "Language", "The language, when given, is a three-letter code or a name in the language catalog.", "Procedure step 8; docs/record-text.md"),
        new(RuleCodes.SessionTypeUnreadable, FindingSeverity.Error, "SessionType", "The session type, when given, is a session type's code or its SESIS name (Service Provided, Student Absent, Provider Absent, Cancelled).", "Procedure step 9; docs/record-text.md"),
        new(RuleCodes.ReasonUnreadable, FindingSeverity.Error, "Reason", "The reason, when given, is a reason's code or its name.", "Procedure step 9; docs/record-text.md"),
        new(RuleCodes.GroupSizeUnreadable, FindingSeverity.Error, "GroupSize", "The group size, when given, is Individual, Group, n or Group n, with n from 1 to 9999.", "Procedure step 10; docs/record-text.md"),
        new(RuleCodes.LocationUnreadable, FindingSeverity.Error, "Location", "The location, when given, is a code or a name in the location catalog.", "Procedure step 11; docs/record-text.md"),
        new(RuleCodes.DescriptionUnreadable, FindingSeverity.Error, "Description", "The service description, when given, is a code or a name in the description catalog.", "Procedure step 12; docs/record-text.md"),
        new(RuleCodes.ProgressUnreadable, FindingSeverity.Error, "Progress", "The progress indicator, when given, is a code or a name in the progress catalog.", "Procedure step 13; docs/record-text.md"),
        new(RuleCodes.NotesConfidentialUnreadable, FindingSeverity.Error, "NotesConfidential", "The confidential mark, when given, is true or false.", "Procedure step 14; docs/record-text.md"),
        new(RuleCodes.CertifiedByUnreadable, FindingSeverity.Error, "CertifiedBy", "The certifying provider, when given, is a provider id.", "Procedure step 15; docs/record-text.md"),
        new(RuleCodes.CertifiedAtUnreadable, FindingSeverity.Error, "CertifiedAt", "The certification time, when given, is an instant with Z or an offset, or a local date and time in the reader's time zone.", "Procedure step 15; docs/record-text.md"),
        new(RuleCodes.DigestUnreadable, FindingSeverity.Error, "Digest", "The certification digest, when given, is 64 hexadecimal digits.", "Procedure step 15; docs/record-text.md"),
        new(RuleCodes.CertificationIncomplete, FindingSeverity.Error, "Certification", "A certification gives both CertifiedBy and CertifiedAt; a Digest comes only with them.", "Procedure step 15; docs/record-text.md"),
    ];
}
