namespace Sesis.Rules;

/// <summary>
/// The settings of Sesis.Rules as configuration holds them (text, so that a wrong value is reported by its key
/// when the app starts, not thrown by the binder): which school calendar, which kind of school, the time zone,
/// the entry window and severity overrides. <see cref="SesisRulesServiceCollectionExtensions.AddSesisRules(Microsoft.Extensions.DependencyInjection.IServiceCollection, Microsoft.Extensions.Configuration.IConfiguration)"/>
/// binds them and builds the <see cref="RecordingContext"/> from them.
/// </summary>
/// <remarks>
/// An appsettings.json section, every key optional:
/// <code>
/// "SesisRules": {
///   "Calendar": "NewYorkCity2025To2026",
///   "SchoolKind": "High",
///   "TimeZone": "America/New_York",
///   "EntryWindowMonths": 1,
///   "SeverityOverrides": { "SR702": "Error" }
/// }
/// </code>
/// </remarks>
public sealed class SesisRulesOptions
{
    /// <summary>The conventional name of the configuration section: "SesisRules", as in <c>GetSection(SesisRulesOptions.SectionName)</c>.</summary>
    public const string SectionName = "SesisRules";

    /// <summary>
    /// Gets or sets the name of a calendar built into the library: "NewYorkCity2025To2026" (see
    /// <see cref="SchoolCalendars"/>). Not with <see cref="CalendarFile"/>. Neither (the default) leaves the
    /// context without a calendar: every record then gets SR703.
    /// </summary>
    public string? Calendar { get; set; }

    /// <summary>
    /// Gets or sets the path of a calendar file: an iCalendar file (.ics) or the plain-list format (any other
    /// extension), as Sesis.Rules.Calendars reads them. Read once, when the app starts. Not with <see cref="Calendar"/>.
    /// </summary>
    public string? CalendarFile { get; set; }

    /// <summary>Gets or sets the kind of school: Elementary (the default), Middle, High, K12 or District75, in any case.</summary>
    public string? SchoolKind { get; set; }

    /// <summary>Gets or sets the district's IANA time zone, such as "America/New_York" (the default).</summary>
    public string? TimeZone { get; set; }

    /// <summary>Gets or sets how many months before the current one are open for entry, 0 to 1200; 1 by default.</summary>
    public int? EntryWindowMonths { get; set; }

    /// <summary>Gets or sets a fixed earliest date open for entry (yyyy-MM-dd), for historical imports; none by default.</summary>
    public string? EntryWindowStart { get; set; }

    /// <summary>Gets or sets a value indicating whether student ids must be NYC OSIS numbers; <see langword="true"/> by default.</summary>
    public bool RequireOsisStudentIds { get; set; } = true;

    /// <summary>Gets severities that replace a rule's default: code ("SR702") to "Error" or "Warning".</summary>
    public Dictionary<string, string> SeverityOverrides { get; } = new(StringComparer.Ordinal);
}
