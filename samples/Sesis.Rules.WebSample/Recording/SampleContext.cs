using NodaTime;
using NodaTime.Text;
using Sesis.Rules.WebSample.Storage;

namespace Sesis.Rules.WebSample.Recording;

/// <summary>
/// Everything the pages need, built once at start-up and shared: the database's providers, caseload and schedules,
/// and the <see cref="RecordingContext"/> and validator that <c>AddSesisRules</c> registered on them (all
/// immutable and thread-safe; a workflow, which is not, is built per request with the validator).
/// </summary>
public sealed class SampleContext
{
    /// <summary>Creates the context from the seeded data and what <c>AddSesisRules</c> registered.</summary>
    /// <param name="seeded">The providers, caseload and schedules read from the database.</param>
    /// <param name="recording">The library's context, built by the DI package on the seeded lookups.</param>
    /// <param name="validator">The validator on that context.</param>
    public SampleContext(SeededData seeded, RecordingContext recording, ServiceRecordValidator validator)
    {
        ArgumentNullException.ThrowIfNull(seeded);
        ArgumentNullException.ThrowIfNull(recording);
        ArgumentNullException.ThrowIfNull(validator);

        // The database's records were made for its own calendar, zone and kind of school: a "SesisRules" section
        // that disagrees would check them against another, so the start fails and names the key.
        Calendar = recording.Calendar
            ?? throw new SeedException($"SesisRules:Calendar is not set; the database's records are for the calendar \"{seeded.CalendarName}\" ({nameof(SchoolCalendars.NewYorkCity2025To2026)}).");
        if (!ReferenceEquals(Calendar, seeded.Calendar))
        {
            throw new SeedException($"SesisRules:Calendar is not the database's calendar \"{seeded.CalendarName}\" ({nameof(SchoolCalendars.NewYorkCity2025To2026)}).");
        }

        if (!recording.TimeZone.Equals(seeded.Zone))
        {
            throw new SeedException($"SesisRules:TimeZone '{recording.TimeZone.Id}' is not the database's time zone '{seeded.Zone.Id}'.");
        }

        if (recording.SchoolKind != seeded.SchoolKind)
        {
            throw new SeedException($"SesisRules:SchoolKind '{recording.SchoolKind}' is not the database's kind of school '{seeded.SchoolKind}'.");
        }

        Providers = seeded.Providers;
        Caseload = seeded.Caseload;
        Schedules = seeded.Schedules;
        SchoolKind = recording.SchoolKind;
        Zone = recording.TimeZone;
        Clock = recording.Clock;
        Recording = recording;
        Validator = validator;

        // The reader's catalogs and zone are the context's, so every value it reads is one the validator knows.
        Reader = new ServiceRecordReader(new ServiceRecordReaderOptions
        {
            TimeZone = Recording.TimeZone,
            ServiceTypes = Recording.ServiceTypes,
            Languages = Recording.Languages,
            Locations = Recording.Locations,
            ProgressIndicators = Recording.ProgressIndicators,
        });
    }

    /// <summary>Gets the reader of records as text (forms, the API), with the context's zone and catalogs.</summary>
    public ServiceRecordReader Reader { get; }

    /// <summary>Gets the providers, by id.</summary>
    public IReadOnlyList<Provider> Providers { get; }

    /// <summary>Gets the caseload.</summary>
    public Caseload Caseload { get; }

    /// <summary>Gets the schedules.</summary>
    public IReadOnlyList<ServiceSchedule> Schedules { get; }

    /// <summary>Gets the school calendar.</summary>
    public ISchoolCalendar Calendar { get; }

    /// <summary>Gets the kind of school whose gray days apply.</summary>
    public SchoolKind SchoolKind { get; }

    /// <summary>Gets the time zone of the dates and times recorded.</summary>
    public DateTimeZone Zone { get; }

    /// <summary>Gets the clock.</summary>
    public IClock Clock { get; }

    /// <summary>Gets the validator.</summary>
    public ServiceRecordValidator Validator { get; }

    /// <summary>Gets the one context the validator, the workflows, the Services Calendar and the report read.</summary>
    public RecordingContext Recording { get; }


    /// <summary>
    /// Starts a workflow on a revision with the validator, whose context its guards read: one per request, never
    /// shared (a state machine is not thread-safe).
    /// </summary>
    /// <param name="revision">The revision to work.</param>
    /// <returns>The workflow.</returns>
    public ServiceRecordWorkflow NewWorkflow(ServiceRecordRevision revision) => new(revision, Validator);

    /// <summary>Gets the service types the form offers (the validator's catalog).</summary>
    public ServiceTypeCatalog ServiceTypes => Recording.ServiceTypes;

    /// <summary>Gets the languages the form offers.</summary>
    public CodeCatalog<Language> Languages => Recording.Languages;

    /// <summary>Gets the locations the form offers.</summary>
    public CodeCatalog<ServiceLocation> Locations => Recording.Locations;

    /// <summary>Gets the progress indicators the form offers.</summary>
    public CodeCatalog<ProgressIndicator> ProgressIndicators => Recording.ProgressIndicators;

    /// <summary>Builds a provider's Services Calendar for a month.</summary>
    /// <param name="provider">The provider.</param>
    /// <param name="month">The month.</param>
    /// <param name="records">The provider's records as they are now.</param>
    /// <returns>The calendar.</returns>
    public ServicesCalendar ServicesCalendarOf(ProviderId provider, YearMonth month, IEnumerable<ServiceRecord> records) =>
        ServicesCalendar.Create(Recording, provider, month, records);

    /// <summary>Builds the Encounter Attendance report of a provider's caseload for a period.</summary>
    /// <param name="provider">The provider.</param>
    /// <param name="period">The period.</param>
    /// <param name="records">The provider's records as they are now.</param>
    /// <returns>The report.</returns>
    public EncounterAttendanceReport EncounterAttendanceOf(ProviderId provider, DateInterval period, IEnumerable<ServiceRecord> records) =>
        EncounterAttendanceReport.Create(Recording, EncounterAttendanceScope.ForCaseload(Caseload.Create(CaseloadOf(provider))), period, records);

    /// <summary>Gets today in the zone.</summary>
    public LocalDate Today => Recording.GetCurrentDate();

    /// <summary>Finds a provider by the id text of a URL.</summary>
    /// <param name="text">The id as written.</param>
    /// <returns>The provider, or null when the text is not an id or no provider has it.</returns>
    public Provider? FindProvider(string? text) =>
        ProviderId.TryParse(text, out var id) ? Providers.FirstOrDefault(p => p.Id == id) : null;

    /// <summary>Gets a provider's caseload assignments.</summary>
    /// <param name="provider">The provider.</param>
    /// <returns>The assignments.</returns>
    public IReadOnlyList<CaseloadAssignment> CaseloadOf(ProviderId provider) => [.. Caseload.ForProvider(provider)];

    /// <summary>Reads the seeded providers, caseload, schedules and clock from the database.</summary>
    /// <param name="store">The database.</param>
    /// <param name="clockSetting">"now", a local date-time in the seed's time zone, or empty for the seed's clock.</param>
    /// <returns>The seeded data, which the app registers as the library's lookups.</returns>
    /// <exception cref="SeedException">A stored value or the setting cannot be used; the message names it.</exception>
    public static SeededData Load(SqliteStore store, string? clockSetting)
    {
        ArgumentNullException.ThrowIfNull(store);
        var settings = store.Settings();
        var zone = DateTimeZoneProviders.Tzdb.GetZoneOrNull(settings.GetValueOrDefault("timeZone", "America/New_York"))
            ?? throw new SeedException($"{store.Path}: the time zone '{settings["timeZone"]}' is not an IANA zone.");
        var calendarName = settings.GetValueOrDefault("calendar");
        var calendar = calendarName == "nyc-2025-26"
            ? SchoolCalendars.NewYorkCity2025To2026
            : throw new SeedException($"{store.Path}: the web sample knows the calendar \"nyc-2025-26\" only, not '{calendarName}'.");
        var kind = Enum.TryParse<SchoolKind>(settings.GetValueOrDefault("schoolKind"), ignoreCase: true, out var k) && Enum.IsDefined(k)
            ? k
            : throw new SeedException($"{store.Path}: '{settings.GetValueOrDefault("schoolKind")}' is not a kind of school.");
        var clock = ClockFrom(string.IsNullOrWhiteSpace(clockSetting) ? settings.GetValueOrDefault("clock", "now") : clockSetting, zone);

        var providers = store.Providers().Select(p => new Provider(Value(store, "provider id", p.Id, ProviderId.Parse), Value(store, "provider role", p.Role, ProviderRole.Parse))
        {
            Name = p.Name,
            Specialty = p.Specialty,
        }).ToList();
        var caseload = Caseload.Create(store.Caseload().Select(c => new CaseloadAssignment(
            Value(store, "caseload provider", c.ProviderId, ProviderId.Parse),
            Value(store, "caseload student", c.StudentId, StudentId.Parse),
            Value(store, "caseload service type", c.ServiceType, ServiceType.Parse),
            new DateInterval(Value(store, "caseload from", c.From, RecordText.ParseDate), Value(store, "caseload to", c.To, RecordText.ParseDate)))
        {
            MandatedLanguage = c.MandatedLanguage is { } language ? Value(store, "mandated language", language, Language.Parse) : null,
            MandatedGroupSize = c.MandatedGroupSize is { } size ? Value(store, "mandated group size", size, GroupSize.Parse) : null,
        }));
        var schedules = store.Schedules().Select(s => new ServiceSchedule(
            Value(store, "schedule provider", s.ProviderId, ProviderId.Parse),
            Value(store, "schedule student", s.StudentId, StudentId.Parse),
            Value(store, "schedule service type", s.ServiceType, ServiceType.Parse),
            new DateInterval(Value(store, "schedule from", s.From, RecordText.ParseDate), Value(store, "schedule to", s.To, RecordText.ParseDate)),
            Value(store, "schedule days", s.Days, ParseDays))
        {
            SchoolKind = kind,
        }).ToList();

        return new SeededData(providers, caseload, schedules, clock, calendarName, calendar, zone, kind);
    }

    private static IClock ClockFrom(string setting, DateTimeZone zone)
    {
        if (string.Equals(setting.Trim(), "now", StringComparison.OrdinalIgnoreCase))
        {
            return SystemClock.Instance;
        }

        var local = LocalDateTimePattern.CreateWithInvariantCulture("uuuu-MM-dd'T'HH:mm").Parse(setting.Trim());
        if (!local.Success)
        {
            throw new SeedException($"WebSample:Clock: '{RecordText.Shown(setting)}' is neither \"now\" nor a local date and time (yyyy-MM-ddTHH:mm).");
        }

        // No district's clock is outside these years; at either end of NodaTime's range the zone's offset would carry
        // the setting's instant past it, and the conversion would overflow.
        return local.Value.Year is >= 1 and <= 9998
            ? new FixedClock(zone.AtLeniently(local.Value).ToInstant())
            : throw new SeedException($"WebSample:Clock: '{RecordText.Shown(setting)}' is out of range: a clock's year is from 1 to 9998.");
    }

    private static T Value<T>(SqliteStore store, string what, string text, Func<string, ParseOutcome<T>> parse)
    {
        var result = parse(text);
        return result.Success ? result.Value : throw new SeedException($"{store.Path}: {what}: {result.Error}");
    }

    // "every school day" (null: the schedule's default), or day names such as "Mon Wed".
    private static ParseOutcome<IsoDayOfWeek[]?> ParseDays(string text)
    {
        if (string.Equals(text.Trim(), "every school day", StringComparison.OrdinalIgnoreCase))
        {
            return ParseOutcome<IsoDayOfWeek[]?>.ForValue(null);
        }

        var days = new List<IsoDayOfWeek>();
        foreach (var word in text.Split([' ', ','], StringSplitOptions.RemoveEmptyEntries))
        {
            var day = Enum.GetValues<IsoDayOfWeek>().FirstOrDefault(d => d != IsoDayOfWeek.None
                && (string.Equals(d.ToString(), word, StringComparison.OrdinalIgnoreCase) || string.Equals(d.ToString()[..3], word, StringComparison.OrdinalIgnoreCase)));
            if (day == IsoDayOfWeek.None)
            {
                return ParseOutcome<IsoDayOfWeek[]?>.ForError($"'{RecordText.Shown(word)}' is not a day of the week.");
            }

            days.Add(day);
        }

        return days.Count == 0 ? ParseOutcome<IsoDayOfWeek[]?>.ForError("no days named") : ParseOutcome<IsoDayOfWeek[]?>.ForValue([.. days]);
    }
}

/// <summary>What the database holds besides records: the providers (with names), caseload, schedules, the clock, and the calendar, zone and kind of school its records were made for.</summary>
/// <param name="Providers">The providers.</param>
/// <param name="Caseload">The caseload.</param>
/// <param name="Schedules">The schedules.</param>
/// <param name="Clock">The clock (fixed at the seed's moment unless WebSample:Clock says otherwise).</param>
/// <param name="CalendarName">The calendar's name in the database.</param>
/// <param name="Calendar">The calendar.</param>
/// <param name="Zone">The time zone.</param>
/// <param name="SchoolKind">The kind of school.</param>
public sealed record SeededData(
    IReadOnlyList<Provider> Providers,
    Caseload Caseload,
    IReadOnlyList<ServiceSchedule> Schedules,
    IClock Clock,
    string CalendarName,
    ISchoolCalendar Calendar,
    DateTimeZone Zone,
    SchoolKind SchoolKind);
