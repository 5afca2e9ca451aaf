using System.Text.Json;
using Sesis.Rules.WebSample.Recording;

namespace Sesis.Rules.WebSample.Storage;

/// <summary>
/// Reads the console sample's batch file (its README documents the format) to seed a new database: the context,
/// providers, caseload, schedules and records. Any problem names the file and the entry; a bad seed stops the start.
/// </summary>
internal static class SeedFile
{
    public static SeedData Read(string path)
    {
        if (!File.Exists(path))
        {
            throw new SeedException($"{path}: the seed file does not exist (setting WebSample:SeedFile).");
        }

        using var document = ParseJson(path);
        var root = document.RootElement;
        var settings = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["clock"] = Text(root, "clock") ?? "now",
            ["timeZone"] = Text(root, "timeZone") ?? "America/New_York",
            ["calendar"] = Text(root, "calendar") ?? string.Empty,
            ["schoolKind"] = Text(root, "schoolKind") ?? nameof(SchoolKind.Elementary),
        };

        var providers = Items(root, "providers").Select(p => new ProviderRow(
            Required(path, p, "providers", "id"), Required(path, p, "providers", "role"), Text(p, "name"), Text(p, "specialty"))).ToList();
        var caseload = Items(root, "caseload").Select(c => new CaseloadRow(
            Required(path, c, "caseload", "providerId"), Required(path, c, "caseload", "studentId"), Required(path, c, "caseload", "serviceType"),
            Required(path, c, "caseload", "from"), Required(path, c, "caseload", "to"), Text(c, "mandatedLanguage"), Text(c, "mandatedGroupSize"))).ToList();
        var schedules = Items(root, "schedules").Select(s => new ScheduleRow(
            Required(path, s, "schedules", "providerId"), Required(path, s, "schedules", "studentId"), Required(path, s, "schedules", "serviceType"),
            Required(path, s, "schedules", "from"), Required(path, s, "schedules", "to"), Text(s, "days") ?? "every school day")).ToList();

        // The seed's local certification times are in its own time zone.
        var reader = new ServiceRecordReader(new ServiceRecordReaderOptions
        {
            TimeZone = NodaTime.DateTimeZoneProviders.Tzdb.GetZoneOrNull(settings["timeZone"]) ?? throw new SeedException($"{path}: '{settings["timeZone"]}' is not an IANA time zone."),
        });
        var records = new List<ServiceRecord>();
        var index = 0;
        foreach (var item in Items(root, "records"))
        {
            var fields = item.EnumerateObject().Select(p => new KeyValuePair<string, string?>(p.Name, p.Value.ValueKind == JsonValueKind.String ? p.Value.GetString() : p.Value.GetRawText()));
            var reading = reader.Read(RecordText.ToText(fields, out var unknown));
            if (unknown.Count > 0 || reading.Record is null)
            {
                throw new SeedException($"{path}: records[{index}]: {string.Join(" ", unknown.Select(u => $"'{u}' is not a field of a service record.").Concat(reading.Findings.Select(f => f.ToString())))}");
            }

            records.Add(reading.Record);
            index++;
        }

        return new SeedData(settings, providers, caseload, schedules, records);
    }

    private static JsonDocument ParseJson(string path)
    {
        try
        {
            return JsonDocument.Parse(File.ReadAllText(path));
        }
        catch (JsonException e)
        {
            throw new SeedException($"{path}: not valid JSON: {e.Message}");
        }
    }

    private static IEnumerable<JsonElement> Items(JsonElement root, string name) =>
        root.TryGetProperty(name, out var array) && array.ValueKind == JsonValueKind.Array ? array.EnumerateArray() : [];

    private static string? Text(JsonElement item, string name) =>
        item.ValueKind == JsonValueKind.Object && item.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static string Required(string path, JsonElement item, string list, string name) =>
        Text(item, name) ?? throw new SeedException($"{path}: an entry of {list} has no {name}.");
}

/// <summary>What a seed file holds, as text, before the store checks it.</summary>
internal sealed record SeedData(
    IReadOnlyDictionary<string, string> Settings,
    IReadOnlyList<ProviderRow> Providers,
    IReadOnlyList<CaseloadRow> Caseload,
    IReadOnlyList<ScheduleRow> Schedules,
    IReadOnlyList<ServiceRecord> Records);

internal sealed record ProviderRow(string Id, string Role, string? Name, string? Specialty);

internal sealed record CaseloadRow(string ProviderId, string StudentId, string ServiceType, string From, string To, string? MandatedLanguage, string? MandatedGroupSize);

internal sealed record ScheduleRow(string ProviderId, string StudentId, string ServiceType, string From, string To, string Days);

/// <summary>The seed file or the stored reference data cannot be used; the message names the file and the entry.</summary>
internal sealed class SeedException(string message) : Exception(message);
