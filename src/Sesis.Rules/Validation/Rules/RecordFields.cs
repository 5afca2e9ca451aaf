namespace Sesis.Rules;

/// <summary>
/// The fields of a <see cref="ServiceRecord"/>, one bit each, so that a rule can declare what it reads: a
/// record read from text with an unreadable value skips every rule that reads that field, instead of
/// reporting a follow-on finding about a value nobody entered. The names are the record's property names.
/// </summary>
[Flags]
internal enum RecordFields
{
    None = 0,
    StudentId = 1 << 0,
    ProviderId = 1 << 1,
    ServiceType = 1 << 2,
    Date = 1 << 3,
    StartTime = 1 << 4,
    EndTime = 1 << 5,
    Language = 1 << 6,
    SessionType = 1 << 7,
    Reason = 1 << 8,
    GroupSize = 1 << 9,
    Location = 1 << 10,
    Description = 1 << 11,
    Progress = 1 << 12,
    Notes = 1 << 13,
    NotesConfidential = 1 << 14,
    Certification = 1 << 15,

    /// <summary>Every field: what a certification's digest covers.</summary>
    All = (1 << 16) - 1,
}
