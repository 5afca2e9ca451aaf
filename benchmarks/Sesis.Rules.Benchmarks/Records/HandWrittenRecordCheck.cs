using NodaTime;

namespace Sesis.Rules.Benchmarks;

/// <summary>
/// The baseline of the single-record benchmarks: every single-record rule (SR101-SR803) as one plain if-chain
/// that collects findings in a list, created only at the first finding, so a valid record allocates nothing.
/// </summary>
/// <remarks>
/// Covers the same rules, with the same conditions (no follow-on findings), as the library's
/// <c>ServiceRecordValidator</c> with default options and severities: identity (SR101-SR104), date and time
/// against a clock read once per call in the configured zone and the one-month entry window (SR201-SR206),
/// session type and reason (SR301-SR306), group size, language and mandates (SR401-SR405), location,
/// description, specialty, progress and notes (SR501-SR513), certification at the save stage, digest included
/// (SR601-SR605), gray days (SR701-SR703) and caseload (SR801-SR803). Each finding has its code, severity,
/// field and a constant message; it carries no attempted value (the library's do), the one thing the library
/// does more. The benchmarks' [GlobalSetup] checks that it finds the same codes as the library on their records.
/// </remarks>
public sealed class HandWrittenRecordCheck
{
    private const int MaxNotesLength = 4000;
    private static readonly Finding[] None = [];

    private readonly IClock _clock;
    private readonly DateTimeZone _zone;
    private readonly ISchoolCalendar? _calendar;
    private readonly SchoolKind _kind;
    private readonly ProviderDirectory _providers;
    private readonly Caseload _caseload;
    private readonly ServiceTypeCatalog _serviceTypes;
    private readonly bool _requireOsis;
    private readonly LocalDate? _windowStart;
    private readonly CodeCatalog<Language> _languages = Language.StandardCatalog;
    private readonly CodeCatalog<ServiceLocation> _locations = ServiceLocation.StandardCatalog;
    private readonly CodeCatalog<ProgressIndicator> _progress = ProgressIndicator.StandardCatalog;

    /// <summary>
    /// Initializes the check with the context the library's validator is given: standard language, location and
    /// progress catalogs; by default the standard service types, a one-month entry window and OSIS ids required.
    /// </summary>
    /// <param name="clock">The clock.</param>
    /// <param name="zone">The time zone.</param>
    /// <param name="calendar">The school calendar, or null.</param>
    /// <param name="kind">The kind of school.</param>
    /// <param name="providers">The providers.</param>
    /// <param name="caseload">The caseload.</param>
    /// <param name="serviceTypes">The service types; the standard ones when null.</param>
    /// <param name="requireOsisStudentIds">Whether student ids must be OSIS numbers.</param>
    /// <param name="entryWindowStart">A fixed first date of the entry window; the previous month's first day when null.</param>
    public HandWrittenRecordCheck(
        IClock clock,
        DateTimeZone zone,
        ISchoolCalendar? calendar,
        SchoolKind kind,
        ProviderDirectory providers,
        Caseload caseload,
        ServiceTypeCatalog? serviceTypes = null,
        bool requireOsisStudentIds = true,
        LocalDate? entryWindowStart = null)
    {
        _serviceTypes = serviceTypes ?? ServiceTypeCatalog.Standard;
        _requireOsis = requireOsisStudentIds;
        _windowStart = entryWindowStart;
        _clock = clock;
        _zone = zone;
        _calendar = calendar;
        _kind = kind;
        _providers = providers;
        _caseload = caseload;
    }

    /// <summary>Checks one record.</summary>
    /// <param name="record">The record.</param>
    /// <param name="stage">Draft or Save.</param>
    /// <returns>The findings; an empty shared array when there are none.</returns>
    public IReadOnlyList<Finding> Validate(ServiceRecord record, ValidationStage stage)
    {
        List<Finding>? findings = null;
        var now = _clock.GetCurrentInstant();
        var local = now.InZone(_zone).LocalDateTime;
        var today = local.Date;
        var windowStart = _windowStart ?? today.With(DateAdjusters.StartOfMonth).PlusMonths(-1);
        var date = record.Date.Calendar == CalendarSystem.Iso ? record.Date : record.Date.WithCalendar(CalendarSystem.Iso);

        // SR1xx identity.
        var studentGiven = !record.StudentId.IsEmpty;
        var providerGiven = !record.ProviderId.IsEmpty;
        if (!studentGiven) Add(ref findings, "SR101", "StudentId", "StudentId is missing.");
        else if (_requireOsis && !IsOsis(record.StudentId.Value)) Add(ref findings, "SR102", "StudentId", "StudentId is not an OSIS number.");
        if (!providerGiven) Add(ref findings, "SR103", "ProviderId", "ProviderId is missing.");
        _serviceTypes.TryGetValue(record.ServiceType, out var policy);
        if (policy is null) Add(ref findings, "SR104", "ServiceType", "ServiceType is unknown.");

        // SR2xx date and time.
        var endAfterStart = record.EndTime > record.StartTime;
        var inFuture = date > today;
        var beforeWindow = date < windowStart;
        var notEnded = date == today && record.EndTime > local.TimeOfDay;
        var dateUsable = !inFuture && !beforeWindow;
        if (!endAfterStart)
        {
            Add(ref findings, "SR201", "EndTime", "EndTime is not after StartTime.");
        }
        else if (policy is not null)
        {
            var length = record.Length;
            if (length < policy.MinSessionLength) Add(ref findings, "SR202", "Length", "The session is too short.");
            if (length > policy.MaxSessionLength) Add(ref findings, "SR203", "Length", "The session is too long.");
        }

        if (inFuture) Add(ref findings, "SR204", "Date", "Date is in the future.");
        if (notEnded) Add(ref findings, "SR205", "EndTime", "The session has not ended.");
        if (beforeWindow) Add(ref findings, "SR206", "Date", "Date is before the entry window.");

        // SR3xx session type.
        var provided = record.SessionType == SessionType.ServiceProvided;
        var typeDefined = record.SessionType is >= SessionType.ServiceProvided and <= SessionType.Cancelled;
        var notProvided = typeDefined && !provided;
        var reasonDefined = record.Reason is { } reason && SessionReasons.IsDefined(reason);
        if (!typeDefined) Add(ref findings, "SR301", "SessionType", "SessionType is not a session type.");
        if (record.Reason.HasValue && !reasonDefined) Add(ref findings, "SR302", "Reason", "Reason is not defined.");
        if (reasonDefined && provided) Add(ref findings, "SR303", "Reason", "Reason on a Service Provided record.");
        if (reasonDefined && notProvided && SessionReasons.SessionTypeOf(record.Reason!.Value) != record.SessionType)
        {
            Add(ref findings, "SR304", "Reason", "Reason calls for another session type.");
        }

        if (notProvided && !record.Reason.HasValue) Add(ref findings, "SR305", "Reason", "Reason is missing.", FindingSeverity.Warning);
        var notesBlank = string.IsNullOrWhiteSpace(record.Notes);
        if (record.SessionType == SessionType.Cancelled && record.Reason == SessionReason.Other && notesBlank)
        {
            Add(ref findings, "SR306", "Notes", "Notes do not name the Other reason.", FindingSeverity.Warning);
        }

        // The directory and caseload lookups SR4xx, SR5xx and SR8xx need.
        Provider? provider = null;
        if (providerGiven)
        {
            _providers.TryGet(record.ProviderId, out provider);
        }

        CaseloadAssignment? assignment = null;
        if (providerGiven && studentGiven)
        {
            _caseload.TryFind(record.ProviderId, record.StudentId, record.ServiceType, date, out assignment);
        }

        // SR4xx group size and language.
        if (policy is not null && (record.GroupSize.Students < 1 || record.GroupSize.Students > policy.MaxGroupSize))
        {
            Add(ref findings, "SR401", "GroupSize", "GroupSize is too large.");
        }

        var languageGiven = record.Language.Code.Length > 0;
        var languageKnown = languageGiven && _languages.ContainsKey(record.Language);
        if (!languageGiven) Add(ref findings, "SR402", "Language", "Language is missing.");
        else if (!languageKnown) Add(ref findings, "SR403", "Language", "Language is unknown.");
        if (languageKnown && assignment?.MandatedLanguage is { } mandatedLanguage && mandatedLanguage != record.Language)
        {
            Add(ref findings, "SR404", "Language", "Language differs from the mandate.", FindingSeverity.Warning);
        }

        if (provided && assignment?.MandatedGroupSize is { } mandatedGroup && !GroupingAgrees(mandatedGroup, record.GroupSize))
        {
            Add(ref findings, "SR405", "GroupSize", "GroupSize differs from the mandate.", FindingSeverity.Warning);
        }

        // SR5xx location, description, progress, notes.
        if (provided && !record.Location.HasValue) Add(ref findings, "SR501", "Location", "Location is missing.");
        if (record.Location is { } location && !_locations.ContainsKey(location)) Add(ref findings, "SR502", "Location", "Location is unknown.");
        if (policy is not null)
        {
            if (provided && !policy.Descriptions.IsEmpty && !record.Description.HasValue) Add(ref findings, "SR503", "Description", "Description is missing.");
            if (policy.Descriptions.IsEmpty && record.Description.HasValue) Add(ref findings, "SR504", "Description", "Description does not apply.");
            if (!policy.Descriptions.IsEmpty && record.Description is { } listed && !policy.AllowsDescription(listed))
            {
                Add(ref findings, "SR505", "Description", "Description is not listed.");
            }

            var specialty = UnlistedSpecialty(provider, policy);
            if (provided && specialty is not null)
            {
                if (record.Description is { } given && policy.AllowsDescription(given) && given != ServiceDescription.Health)
                {
                    Add(ref findings, "SR506", "Description", "Description is not Health for an unlisted specialty.");
                }

                if (!(policy.NotesRequired && notesBlank) && (record.Notes is null || !record.Notes.Contains(specialty, StringComparison.OrdinalIgnoreCase)))
                {
                    Add(ref findings, "SR507", "Notes", "Notes do not name the specialty.", FindingSeverity.Warning);
                }
            }

            if (provided && policy.ProgressRequired && !record.Progress.HasValue) Add(ref findings, "SR508", "Progress", "Progress is missing.");
        }

        if (record.Progress is { } progress && !_progress.ContainsKey(progress)) Add(ref findings, "SR509", "Progress", "Progress is unknown.");
        if (provided && policy is { NotesRequired: true } && notesBlank) Add(ref findings, "SR510", "Notes", "Notes are missing.");
        if (record.Notes is { } notes)
        {
            if (notes.Length > MaxNotesLength) Add(ref findings, "SR511", "Notes", "Notes are too long.");
            if (HasForbiddenControlCharacter(notes)) Add(ref findings, "SR512", "Notes", "Notes hold a control character.");
        }

        if (record.NotesConfidential && policy is not null && !policy.NotesMayBeConfidential)
        {
            Add(ref findings, "SR513", "NotesConfidential", "Notes cannot be confidential.");
        }

        // SR6xx certification, at the save stage.
        if (stage == ValidationStage.Save)
        {
            if (record.Certification is not { } certification)
            {
                Add(ref findings, "SR601", "Certification", "Certification is missing.");
            }
            else
            {
                if (providerGiven && certification.CertifiedBy != record.ProviderId) Add(ref findings, "SR602", "Certification", "Certified by another provider.");
                if (endAfterStart && !inFuture && !notEnded && date.Year is >= -9997 and <= 9998
                    && certification.CertifiedAt < (date + record.EndTime).InZoneLeniently(_zone).ToInstant())
                {
                    Add(ref findings, "SR603", "Certification", "Certified before the session ended.");
                }

                if (certification.CertifiedAt > now) Add(ref findings, "SR604", "Certification", "Certified in the future.");
                if (!certification.Covers(record)) Add(ref findings, "SR605", "Certification", "Certification does not cover the record.");
            }
        }

        // SR7xx calendar.
        if (dateUsable)
        {
            if (_calendar is null || !_calendar.Covers(date))
            {
                Add(ref findings, "SR703", "Date", "Date is not covered by a school calendar.", FindingSeverity.Warning);
            }
            else if (_calendar.IsGrayDay(date, _kind))
            {
                if (notProvided) Add(ref findings, "SR701", "Date", "An absence or cancellation on a gray day.");
                else if (provided) Add(ref findings, "SR702", "Date", "A service on a gray day.", FindingSeverity.Warning);
            }
        }

        // SR8xx caseload and authorization.
        if (providerGiven && provider is null) Add(ref findings, "SR801", "ProviderId", "ProviderId is not a known provider.");
        if (provider is not null && policy is not null && !policy.AllowsRole(provider.Role)) Add(ref findings, "SR802", "ProviderId", "The provider's role does not deliver this service.");
        if (studentGiven && providerGiven && policy is not null && dateUsable && assignment is null)
        {
            Add(ref findings, "SR803", "StudentId", "StudentId is not on the provider's caseload.");
        }

        return findings ?? (IReadOnlyList<Finding>)None;
    }

    private static void Add(ref List<Finding>? findings, string code, string field, string message, FindingSeverity severity = FindingSeverity.Error) =>
        (findings ??= []).Add(new Finding(code, severity, field, message));

    private static bool IsOsis(string id)
    {
        if (id.Length != 9) return false;
        foreach (var c in id)
        {
            if (c is < '0' or > '9') return false;
        }

        return true;
    }

    private static bool HasForbiddenControlCharacter(string notes)
    {
        foreach (var c in notes)
        {
            if (char.IsControl(c) && c is not ('\r' or '\n' or '\t')) return true;
        }

        return false;
    }

    private static bool GroupingAgrees(GroupSize mandated, GroupSize recorded) =>
        mandated.IsIndividual ? recorded.IsIndividual : recorded.IsGroup && recorded.Students <= mandated.Students;

    private static string? UnlistedSpecialty(Provider? provider, ServiceTypePolicy policy)
    {
        if (provider?.Specialty is not { } specialty || string.IsNullOrWhiteSpace(specialty) || policy.Descriptions.IsEmpty) return null;
        var trimmed = specialty.AsSpan().Trim();
        foreach (var description in policy.Descriptions)
        {
            if (trimmed.Equals(description.Code, StringComparison.OrdinalIgnoreCase)
                || trimmed.Equals(ServiceDescription.ParaprofessionalCatalog.NameOf(description), StringComparison.OrdinalIgnoreCase))
            {
                return null;
            }
        }

        return specialty.Trim();
    }
}
