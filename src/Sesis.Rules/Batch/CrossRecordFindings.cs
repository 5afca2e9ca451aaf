namespace Sesis.Rules;

/// <summary>
/// The SR9xx findings: codes and messages of the rules across records. Messages name only the record's own
/// fields and counts, never another record's position, so they do not change when the input is reordered.
/// </summary>
internal static class CrossRecordFindings
{
    public const string Duplicate = RuleCodes.DuplicateRecord;
    public const string ProviderOverlap = RuleCodes.ProviderSessionsOverlap;
    public const string GroupSizeDiffers = RuleCodes.GroupSizeDiffersFromPresent;
    public const string IndividualWithOthers = RuleCodes.IndividualWithOthersPresent;

    /// <summary>The codes these findings use, for the test that no code is used twice across the library.</summary>
    public static readonly IReadOnlyList<string> Codes = [Duplicate, ProviderOverlap, GroupSizeDiffers, IndividualWithOthers];

    // Default severities come from the catalog, read once; a host's overrides are applied by the batch
    // (AcrossRecordSeverities), so the per-partition checks stay as they are.
    private static readonly FindingSeverity DuplicateSeverity = RuleCatalog.Get(Duplicate).DefaultSeverity;
    private static readonly FindingSeverity OverlapSeverity = RuleCatalog.Get(ProviderOverlap).DefaultSeverity;
    private static readonly FindingSeverity GroupSizeSeverity = RuleCatalog.Get(GroupSizeDiffers).DefaultSeverity;
    private static readonly FindingSeverity IndividualSeverity = RuleCatalog.Get(IndividualWithOthers).DefaultSeverity;

    public static Finding DuplicateRecord(ServiceRecord record, int others) =>
        new(Duplicate, DuplicateSeverity, nameof(ServiceRecord.StudentId),
            $"Student '{record.StudentId}' has {Text.Count(others, "other record", "other records")} of {record.ServiceType} with provider " +
            $"'{record.ProviderId}' on {Text.Date(record.Date)} overlapping {Text.Range(record)}: keep one record per student per session.")
        {
            AttemptedValue = Text.Range(record),
        };

    public static Finding Overlap(ServiceRecord record, int others) =>
        new(ProviderOverlap, OverlapSeverity, nameof(ServiceRecord.StartTime),
            $"Provider '{record.ProviderId}' has {Text.Count(others, "other Service Provided record", "other Service Provided records")} on " +
            $"{Text.Date(record.Date)} overlapping {Text.Range(record)} that {(others == 1 ? "is" : "are")} not the same group session " +
            "(same start, end and service type): a provider cannot be in two sessions at once; correct the times.")
        {
            AttemptedValue = Text.Range(record),
        };

    public static Finding GroupSizeMismatch(ServiceRecord record, int present) =>
        new(GroupSizeDiffers, GroupSizeSeverity, nameof(ServiceRecord.GroupSize),
            $"The record states {record.GroupSize}, but {Text.Count(present, "student has a", "students have")} Service Provided " +
            $"{(present == 1 ? "record" : "records")} in this group session ({record.ServiceType} {Text.Range(record)}): state " +
            $"{GroupSize.Group(present)}, the number of students present (procedure step 10).")
        {
            AttemptedValue = record.GroupSize.ToString(),
        };

    public static Finding IndividualInGroup(ServiceRecord record, int present) =>
        new(IndividualWithOthers, IndividualSeverity, nameof(ServiceRecord.GroupSize),
            $"The record states Individual, but {Text.Count(present - 1, "other student has a", "other students have")} Service Provided " +
            $"{(present == 2 ? "record" : "records")} in the same session ({record.ServiceType} {Text.Range(record)}): state " +
            $"{GroupSize.Group(present)}, the number of students present (procedure step 10).")
        {
            AttemptedValue = record.GroupSize.ToString(),
        };
}
