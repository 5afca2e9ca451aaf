using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime.Text;

namespace Sesis.Rules.Sample;

/// <summary>A batch file's records as written: every field as text, so each one is parsed with a clear error.</summary>
internal sealed class RecordFileDto
{
    public List<RecordDto> Records { get; set; } = [];
}

internal sealed class RecordDto
{
    public string? StudentId { get; set; }
    public string? ProviderId { get; set; }
    public string? ServiceType { get; set; }
    public string? Date { get; set; }
    public string? StartTime { get; set; }
    public string? EndTime { get; set; }
    public string? Language { get; set; }
    public string? SessionType { get; set; }
    public string? Reason { get; set; }
    public string? GroupSize { get; set; }
    public string? Location { get; set; }
    public string? Description { get; set; }
    public string? Progress { get; set; }
    public string? Notes { get; set; }
}

/// <summary>An input error: the file, where in it, and what is wrong.</summary>
internal sealed class InputException(string message) : Exception(message);

/// <summary>Reads a JSON batch file into service records, refusing anything it cannot read exactly.</summary>
internal static class RecordFile
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        // An unknown field is an error, not silently dropped.
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        ReadCommentHandling = JsonCommentHandling.Skip,
    };

    public static List<ServiceRecord> Read(string path)
    {
        RecordFileDto? dto;
        try
        {
            using var stream = File.OpenRead(path);
            dto = JsonSerializer.Deserialize<RecordFileDto>(stream, Options);
        }
        catch (JsonException e)
        {
            var line = e.LineNumber is { } n ? $" line {n + 1}" : string.Empty;
            throw new InputException($"{path}:{line} {e.Path}: {FirstSentence(e.Message)}");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InputException($"{path}: {e.Message}");
        }

        if (dto is null)
        {
            throw new InputException($"{path}: the file holds no batch object.");
        }

        return [.. dto.Records.Select((r, i) => ToRecord(path, i, r))];
    }

    private static ServiceRecord ToRecord(string path, int index, RecordDto r)
    {
        T Get<T>(string field, ParseResult<T> result) =>
            result.Success ? result.Value : throw new InputException($"{path}: records[{index}].{field}: {result.Error}");

        T? Optional<T>(string field, string? text, Func<string, ParseResult<T>> parse)
            where T : struct => text is null ? null : Get(field, parse(text));

        return new ServiceRecord
        {
            StudentId = Get("studentId", StudentId.Parse(r.StudentId)),
            ProviderId = Get("providerId", ProviderId.Parse(r.ProviderId)),
            ServiceType = Get("serviceType", ServiceType.Parse(r.ServiceType)),
            Date = Get("date", Parse(LocalDatePattern.Iso, r.Date, "date")),
            StartTime = Get("startTime", Parse(LocalTimePattern.CreateWithInvariantCulture("HH:mm"), r.StartTime, "start time")),
            EndTime = Get("endTime", Parse(LocalTimePattern.CreateWithInvariantCulture("HH:mm"), r.EndTime, "end time")),
            Language = Get("language", Sesis.Rules.Language.Parse(r.Language)),
            SessionType = r.SessionType is null ? default : Get("sessionType", ParseEnum<SessionType>(r.SessionType)),
            Reason = r.Reason is null ? null : Get("reason", ParseEnum<SessionReason>(r.Reason)),
            GroupSize = r.GroupSize is null ? default : Get("groupSize", Sesis.Rules.GroupSize.Parse(r.GroupSize)),
            Location = Optional("location", r.Location, ServiceLocation.Parse),
            Description = Optional("description", r.Description, ServiceDescription.Parse),
            Progress = Optional("progress", r.Progress, ProgressIndicator.Parse),
            Notes = r.Notes,
        };
    }

    private static ParseResult<T> Parse<T>(IPattern<T> pattern, string? text, string what)
    {
        if (text is null)
        {
            return ParseResult<T>.ForError($"The {what} is missing.");
        }

        var result = pattern.Parse(text);
        return result.Success
            ? ParseResult<T>.ForValue(result.Value)
            : ParseResult<T>.ForError($"'{text}' is not a {what} ({FirstSentence(result.Exception.Message)})");
    }

    // Enum names only: a number would let any integer through.
    private static ParseResult<T> ParseEnum<T>(string text)
        where T : struct, Enum =>
        Enum.GetNames<T>().FirstOrDefault(n => string.Equals(n, text, StringComparison.OrdinalIgnoreCase)) is { } name
            ? ParseResult<T>.ForValue(Enum.Parse<T>(name))
            : ParseResult<T>.ForError($"'{text}' is not one of {string.Join(", ", Enum.GetNames<T>())}.");

    private static string FirstSentence(string message)
    {
        var end = message.IndexOf(". ", StringComparison.Ordinal);
        return end < 0 ? message : message[..(end + 1)];
    }
}
