using System.Collections.Frozen;
using NodaTime;
using NodaTime.Text;
using Sesis.Rules.Calendars;

namespace Sesis.Rules;

/// <summary>
/// <see cref="SesisRulesOptions"/> read into the values a <see cref="RecordingContext"/> takes, with one message per
/// wrong setting naming its configuration key. The one place that reads the options, for the start-up check and
/// for the context alike, so the two can never disagree.
/// </summary>
internal sealed class SesisRulesSettings
{
    /// <summary>The calendars built into the library, by the name configuration gives.</summary>
    private static readonly FrozenDictionary<string, ISchoolCalendar> BuiltInCalendars =
        new Dictionary<string, ISchoolCalendar>(StringComparer.OrdinalIgnoreCase)
        {
            [nameof(SchoolCalendars.NewYorkCity2025To2026)] = SchoolCalendars.NewYorkCity2025To2026,
        }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private SesisRulesSettings()
    {
    }

    public ISchoolCalendar? Calendar { get; private init; }

    public SchoolKind SchoolKind { get; private init; }

    public DateTimeZone TimeZone { get; private init; } = RecordingContext.NewYork;

    public int EntryWindowMonths { get; private init; } = 1;

    public LocalDate? EntryWindowStart { get; private init; }

    public bool RequireOsisStudentIds { get; private init; }

    public IReadOnlyDictionary<string, FindingSeverity> SeverityOverrides { get; private init; } = FrozenDictionary<string, FindingSeverity>.Empty;

    /// <summary>Reads the options; every wrong setting is added to <paramref name="errors"/>, each naming its key.</summary>
    /// <param name="options">The options as bound.</param>
    /// <param name="prefix">What a key's name follows in messages: "SesisRules:" for a configuration section, "SesisRulesOptions." for code.</param>
    /// <param name="errors">Where the messages go.</param>
    /// <returns>The settings, or <see langword="null"/> when any setting is wrong.</returns>
    public static SesisRulesSettings? Read(SesisRulesOptions options, string prefix, List<string> errors)
    {
        var before = errors.Count;
        string Key(string name) => prefix + name;

        var calendar = ReadCalendar(options, Key, errors);

        var kind = SchoolKind.Elementary;
        if (!string.IsNullOrWhiteSpace(options.SchoolKind))
        {
            var name = Enum.GetNames<SchoolKind>().FirstOrDefault(n => string.Equals(n, options.SchoolKind.Trim(), StringComparison.OrdinalIgnoreCase));
            if (name is null)
            {
                errors.Add($"{Key(nameof(options.SchoolKind))} is '{options.SchoolKind}', which is not a kind of school; use one of {string.Join(", ", Enum.GetNames<SchoolKind>())}.");
            }
            else
            {
                kind = Enum.Parse<SchoolKind>(name);
            }
        }

        var zone = RecordingContext.NewYork;
        if (!string.IsNullOrWhiteSpace(options.TimeZone))
        {
            if (DateTimeZoneProviders.Tzdb.GetZoneOrNull(options.TimeZone.Trim()) is { } found)
            {
                zone = found;
            }
            else
            {
                errors.Add($"{Key(nameof(options.TimeZone))} is '{options.TimeZone}', which is not an IANA time zone such as 'America/New_York'.");
            }
        }

        var months = options.EntryWindowMonths ?? 1;
        if (months is < 0 or > 1200)
        {
            errors.Add($"{Key(nameof(options.EntryWindowMonths))} is {months}; use 0 to 1200.");
        }

        LocalDate? start = null;
        if (!string.IsNullOrWhiteSpace(options.EntryWindowStart))
        {
            var parsed = LocalDatePattern.Iso.Parse(options.EntryWindowStart.Trim());
            if (parsed.Success)
            {
                start = parsed.Value;
            }
            else
            {
                errors.Add($"{Key(nameof(options.EntryWindowStart))} is '{options.EntryWindowStart}', which is not a date (yyyy-MM-dd).");
            }
        }

        var severities = new Dictionary<string, FindingSeverity>(StringComparer.Ordinal);
        foreach (var (code, severity) in options.SeverityOverrides)
        {
            var key = Key(nameof(options.SeverityOverrides) + ":" + code);
            if (!RuleCatalog.All.Any(r => r.Code == code))
            {
                errors.Add($"{key} names '{code}', which is not a rule code (SR101 to SR910, see RuleCatalog.All).");
            }
            else if (string.Equals(severity?.Trim(), "Error", StringComparison.OrdinalIgnoreCase))
            {
                severities[code] = FindingSeverity.Error;
            }
            else if (string.Equals(severity?.Trim(), "Warning", StringComparison.OrdinalIgnoreCase))
            {
                severities[code] = FindingSeverity.Warning;
            }
            else
            {
                errors.Add($"{key} is '{severity}'; use Error or Warning.");
            }
        }

        return errors.Count > before ? null : new SesisRulesSettings
        {
            Calendar = calendar,
            SchoolKind = kind,
            TimeZone = zone,
            EntryWindowMonths = months,
            EntryWindowStart = start,
            RequireOsisStudentIds = options.RequireOsisStudentIds,
            SeverityOverrides = severities.ToFrozenDictionary(StringComparer.Ordinal),
        };
    }

    private static ISchoolCalendar? ReadCalendar(SesisRulesOptions options, Func<string, string> key, List<string> errors)
    {
        var named = !string.IsNullOrWhiteSpace(options.Calendar);
        var file = !string.IsNullOrWhiteSpace(options.CalendarFile);
        if (named && file)
        {
            errors.Add($"{key(nameof(options.Calendar))} and {key(nameof(options.CalendarFile))} are both set; give one.");
            return null;
        }

        if (named)
        {
            if (BuiltInCalendars.TryGetValue(options.Calendar!.Trim(), out var builtIn))
            {
                return builtIn;
            }

            errors.Add(
                $"{key(nameof(options.Calendar))} is '{options.Calendar}', which is not a built-in calendar; use one of "
                + $"{string.Join(", ", BuiltInCalendars.Keys.Order(StringComparer.Ordinal))}, or give a file in {key(nameof(options.CalendarFile))}.");
            return null;
        }

        if (!file)
        {
            return null;
        }

        var path = options.CalendarFile!.Trim();
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            errors.Add($"{key(nameof(options.CalendarFile))}: '{path}' cannot be read: {e.Message}");
            return null;
        }

        var loaded = path.EndsWith(".ics", StringComparison.OrdinalIgnoreCase) ? IcsFormat.Read(text) : PlainListFormat.Read(text);
        if (loaded.Calendar is { } calendar)
        {
            return calendar;
        }

        errors.Add($"{key(nameof(options.CalendarFile))}: '{path}' is not a calendar: {string.Join("; ", loaded.Errors)}");
        return null;
    }
}
