using System.Globalization;
using NodaTime.Text;

namespace Sesis.Rules;

/// <summary>
/// A service record as text, the way a form, a CSV export or a database column of strings holds it: every field
/// a string, named as on <see cref="ServiceRecord"/>, <see langword="null"/> or empty when absent. The
/// certification is its three parts, named as on <see cref="Certification"/>.
/// </summary>
/// <remarks>
/// <see cref="ServiceRecordReader"/> turns it into a <see cref="ServiceRecord"/> and reports every value it cannot
/// read (SR0xx); <see cref="From"/> writes a record out. The spellings read are listed in docs/record-text.md.
/// Holding text only, it never throws and is never invalid in itself.
/// </remarks>
public sealed record ServiceRecordText
{
    /// <summary>Gets the student id, such as "204381527".</summary>
    public string? StudentId { get; init; }

    /// <summary>Gets the provider id, such as "P0012345".</summary>
    public string? ProviderId { get; init; }

    /// <summary>Gets the service type, by code ("paraprofessional") or by name ("Paraprofessional").</summary>
    public string? ServiceType { get; init; }

    /// <summary>Gets the date of the session, such as "2025-10-06".</summary>
    public string? Date { get; init; }

    /// <summary>Gets the start time, such as "08:00" or "08:00:00".</summary>
    public string? StartTime { get; init; }

    /// <summary>Gets the end time, such as "08:45".</summary>
    public string? EndTime { get; init; }

    /// <summary>Gets the language of service, by code ("spa") or by name ("Spanish").</summary>
    public string? Language { get; init; }

    /// <summary>Gets the session type, by code ("StudentAbsent") or by its SESIS name ("Student Absent"); absent means Service Provided.</summary>
    public string? SessionType { get; init; }

    /// <summary>Gets why the session was not provided, by code ("ProviderSickLeave") or by name ("Provider sick leave").</summary>
    public string? Reason { get; init; }

    /// <summary>Gets the group size: "Individual", "Group, 3" or "Group 3"; absent means Individual.</summary>
    public string? GroupSize { get; init; }

    /// <summary>Gets where the service was provided, by code ("transportation") or by name.</summary>
    public string? Location { get; init; }

    /// <summary>Gets the paraprofessional's service description, by code ("health") or by name ("Health").</summary>
    public string? Description { get; init; }

    /// <summary>Gets the progress indicator, by code ("progressing") or by name.</summary>
    public string? Progress { get; init; }

    /// <summary>Gets the session notes, read exactly as written (never trimmed): empty or blank notes count as no notes.</summary>
    public string? Notes { get; init; }

    /// <summary>Gets whether the notes are confidential: "true" or "false"; absent means false.</summary>
    public string? NotesConfidential { get; init; }

    /// <summary>Gets the provider who certified the record, such as "P0012345".</summary>
    public string? CertifiedBy { get; init; }

    /// <summary>Gets when the record was certified: "2025-10-06T19:30:00Z", with an offset, or a local date and time in the reader's time zone.</summary>
    public string? CertifiedAt { get; init; }

    /// <summary>
    /// Gets the certified content's SHA-256 digest, 64 hexadecimal digits. Absent while <see cref="CertifiedBy"/> and
    /// <see cref="CertifiedAt"/> are given, the certification covers the record as read (a form's certify box).
    /// </summary>
    public string? Digest { get; init; }

    /// <summary>Writes a record out as text, in the spellings <see cref="ServiceRecordReader"/> reads back to an equal record.</summary>
    /// <param name="record">The record.</param>
    /// <returns>
    /// The text form: codes for coded values, ISO 8601 for dates, times and the certification instant; unset values
    /// are <see langword="null"/>. A record holding a value with no text form (an undefined session type or reason,
    /// a date outside the years 1 to 9999) is written with that value as a number or as NodaTime writes it, which
    /// the reader reports as unreadable.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="record"/> is null.</exception>
    public static ServiceRecordText From(ServiceRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return new ServiceRecordText
        {
            StudentId = NullIfEmpty(record.StudentId.Value),
            ProviderId = NullIfEmpty(record.ProviderId.Value),
            ServiceType = NullIfEmpty(record.ServiceType.Code),
            Date = RecordSpellings.WriteDate(record.Date),
            StartTime = RecordSpellings.WriteTime(record.StartTime),
            EndTime = RecordSpellings.WriteTime(record.EndTime),
            Language = NullIfEmpty(record.Language.Code),
            SessionType = RecordSpellings.WriteEnum(record.SessionType),
            Reason = record.Reason is { } reason ? RecordSpellings.WriteEnum(reason) : null,
            GroupSize = record.GroupSize.ToString(),
            Location = record.Location?.Code,
            Description = record.Description?.Code,
            Progress = record.Progress?.Code,
            Notes = record.Notes,
            NotesConfidential = record.NotesConfidential ? "true" : "false",
            CertifiedBy = record.Certification is { } c ? NullIfEmpty(c.CertifiedBy.Value) : null,
            CertifiedAt = record.Certification is { } at ? InstantPattern.ExtendedIso.Format(at.CertifiedAt) : null,
            Digest = record.Certification?.Digest.ToString(),
        };
    }

    /// <summary>Describes the text form without its notes, which may be confidential and must not reach logs.</summary>
    /// <returns>Such as "2025-10-06 08:00-09:00 paraprofessional student 204381527 provider P0012345 (text)".</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Shown(Date)} {Shown(StartTime)}-{Shown(EndTime)} {Shown(ServiceType)} student {Shown(StudentId)} provider {Shown(ProviderId)} (text)");

    private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;

    private static string Shown(string? text) => text is null ? "?" : CodeText.Printable(text);
}
