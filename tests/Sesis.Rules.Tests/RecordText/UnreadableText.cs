namespace Sesis.Rules.Tests;

/// <summary>For each field of the text form: a value the reader cannot read, and the code it gets.</summary>
public static class UnreadableText
{
    public static readonly IReadOnlyList<(string Field, string Code, string Value, Func<ServiceRecordText, string, ServiceRecordText> Set)> Fields =
    [
        ("StudentId", "SR001", "20438152?", static (t, v) => t with { StudentId = v }),
        ("ProviderId", "SR002", "P 0012345", static (t, v) => t with { ProviderId = v }),
        ("ServiceType", "SR003", "para*professional", static (t, v) => t with { ServiceType = v }),
        ("Date", "SR004", "2025-10-32", static (t, v) => t with { Date = v }),
        ("StartTime", "SR005", "25:00", static (t, v) => t with { StartTime = v }),
        ("EndTime", "SR006", "8h45", static (t, v) => t with { EndTime = v }),
        ("Language", "SR007", "xx", static (t, v) => t with { Language = v }),
        ("SessionType", "SR008", "Absent", static (t, v) => t with { SessionType = v }),
        ("Reason", "SR009", "Sick", static (t, v) => t with { Reason = v }),
        ("GroupSize", "SR010", "Group, 0", static (t, v) => t with { GroupSize = v }),
        ("Location", "SR011", "Bus stop!", static (t, v) => t with { Location = v }),
        ("Description", "SR012", "health?", static (t, v) => t with { Description = v }),
        ("Progress", "SR013", "much better!", static (t, v) => t with { Progress = v }),
        ("NotesConfidential", "SR014", "maybe", static (t, v) => t with { NotesConfidential = v }),
        ("CertifiedBy", "SR015", "P 1", static (t, v) => t with { CertifiedBy = v }),
        ("CertifiedAt", "SR016", "yesterday", static (t, v) => t with { CertifiedAt = v }),
        ("Digest", "SR017", "abc", static (t, v) => t with { Digest = v }),
    ];

    public static TheoryData<string> FieldNames() => [.. Fields.Select(static f => f.Field)];

    public static (string Field, string Code, string Value, Func<ServiceRecordText, string, ServiceRecordText> Set) Of(string field) =>
        Fields.Single(f => f.Field == field);

    /// <summary>The record's text with one field's value made unreadable.</summary>
    public static ServiceRecordText Spoil(ServiceRecord record, string field)
    {
        var entry = Of(field);
        return entry.Set(ServiceRecordText.From(record), entry.Value);
    }
}
