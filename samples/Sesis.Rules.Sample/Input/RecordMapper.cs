using NodaTime;
using NodaTime.Text;

namespace Sesis.Rules.Sample.Input;

/// <summary>A record as read, with where it came from, so findings can point back to the file.</summary>
internal sealed record SourcedRecord(ServiceRecord Record, string File, int Line, string Label);

/// <summary>Turns one record's fields (a JSON object or a CSV row) into a <see cref="ServiceRecord"/>.</summary>
internal static class RecordMapper
{
    public static readonly string[] Fields =
    [
        "studentId", "providerId", "serviceType", "date", "startTime", "endTime", "language", "sessionType",
        "reason", "groupSize", "location", "description", "progress", "notes", "notesConfidential",
        "certifiedBy", "certifiedAt", "digest",
    ];

    public static ServiceRecord ToRecord(FieldSource fields)
    {
        var record = new ServiceRecord
        {
            StudentId = fields.Required("studentId", StudentId.Parse),
            ProviderId = fields.Required("providerId", ProviderId.Parse),
            ServiceType = fields.Required("serviceType", ServiceType.Parse),
            Date = fields.Required("date", FieldSource.ParseDate),
            StartTime = fields.Required("startTime", FieldSource.ParseTime),
            EndTime = fields.Required("endTime", FieldSource.ParseTime),
            Language = fields.Required("language", Language.Parse),
            SessionType = fields.OptionalOr("sessionType", FieldSource.ParseEnum<SessionType>, SessionType.ServiceProvided),
            Reason = fields.Optional("reason", FieldSource.ParseEnum<SessionReason>),
            GroupSize = fields.OptionalOr("groupSize", GroupSize.Parse, GroupSize.Individual),
            Location = fields.Optional("location", ServiceLocation.Parse),
            Description = fields.Optional("description", ServiceDescription.Parse),
            Progress = fields.Optional("progress", ProgressIndicator.Parse),
            Notes = fields.OptionalString("notes"),
            NotesConfidential = fields.OptionalOr("notesConfidential", ParseBool, false),
        };

        // A certification: "certifiedBy" and "certifiedAt" certify the content as read (the form's checkbox);
        // adding "digest" states a stored certification, which then covers the record only if it matches.
        var by = fields.Optional("certifiedBy", ProviderId.Parse);
        var at = fields.Optional("certifiedAt", ParseInstant);
        var digest = fields.Optional("digest", ContentDigest.Parse);
        if (by is null != at is null || (digest is not null && by is null))
        {
            throw fields.Error(by is null ? "certifiedBy" : "certifiedAt", "A certification needs both certifiedBy and certifiedAt.");
        }

        return by is { } provider && at is { } instant
            ? record with
            {
                Certification = digest is { } stored
                    ? new Certification(provider, instant, stored)
                    : Certification.Of(record, provider, instant),
            }
            : record;
    }

    public static ParseOutcome<Instant> ParseInstant(string text)
    {
        var result = InstantPattern.ExtendedIso.Parse(text);
        if (result.Success)
        {
            return ParseOutcome<Instant>.ForValue(result.Value);
        }

        var offset = OffsetDateTimePattern.ExtendedIso.Parse(text);
        return offset.Success
            ? ParseOutcome<Instant>.ForValue(offset.Value.ToInstant())
            : ParseOutcome<Instant>.ForError($"'{InputException.Shown(text)}' is not an instant (such as 2025-10-06T19:00:00Z or 2025-10-06T15:00:00-04:00).");
    }

    private static ParseOutcome<bool> ParseBool(string text) => text switch
    {
        "true" or "TRUE" or "True" => ParseOutcome<bool>.ForValue(true),
        "false" or "FALSE" or "False" => ParseOutcome<bool>.ForValue(false),
        _ => ParseOutcome<bool>.ForError($"'{InputException.Shown(text)}' is not true or false."),
    };
}
