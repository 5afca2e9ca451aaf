using System.Collections.Frozen;
using NodaTime;
using NodaTime.Text;

namespace Sesis.Rules;

/// <summary>
/// Reads a <see cref="ServiceRecordText"/> into a <see cref="ServiceRecord"/>, reporting every value it cannot read
/// as a finding (SR001-SR018) in one pass, never only the first, and never throwing for any text.
/// </summary>
/// <remarks>
/// <para>
/// The spellings it reads are listed in docs/record-text.md: ISO dates, HH:mm and HH:mm:ss, instants with Z or an
/// offset and local date-times in the configured time zone, codes and names (ignoring case), and the patterns
/// a host adds in <see cref="ServiceRecordReaderOptions"/>. Anything else is an unreadable value, never a guess.
/// </para>
/// <para>
/// A value that is well formed but unknown (the language "qqq", the location "cafeteria") is read: the validator
/// reports it (SR403, SR502). An empty required value that the record can hold as "not given" (student, provider,
/// service type, language) is read as such, and the validator reports it (SR101, SR103, SR104, SR402); an empty
/// date or time, which a record cannot hold, is unreadable. Build one reader per context and share it: it is
/// immutable and thread-safe.
/// </para>
/// </remarks>
public sealed class ServiceRecordReader
{
    private static readonly FindingSeverity Unreadable = FindingSeverity.Error;
    private static readonly string SessionTypeSpellings = $"a session type ({RecordSpellings.SessionTypeList})";

    private readonly ServiceRecordReaderOptions _options;
    private readonly LocalDatePattern[] _datePatterns;
    private readonly LocalTimePattern[] _timePatterns;
    private readonly LocalDateTimePattern[] _dateTimePatterns;
    private readonly string _dateSpellings;
    private readonly string _timeSpellings;
    private readonly FrozenDictionary<string, ServiceType> _serviceTypeNames;
    private readonly FrozenDictionary<string, Language> _languageNames;
    private readonly FrozenDictionary<string, ServiceLocation> _locationNames;
    private readonly FrozenDictionary<string, ServiceDescription> _descriptionNames;
    private readonly FrozenDictionary<string, ProgressIndicator> _progressNames;

    // The parsers that need this reader's options, made once: a lambda that captures the reader would be a new
    // delegate on every read.
    private readonly Func<string, ServiceType?> _serviceType;
    private readonly Func<string, LocalDate?> _date;
    private readonly Func<string, LocalTime?> _time;
    private readonly Func<string, Language?> _language;
    private readonly Func<string, ServiceLocation?> _location;
    private readonly Func<string, ServiceDescription?> _description;
    private readonly Func<string, ProgressIndicator?> _progress;
    private readonly Func<string, Instant?> _instant;

    /// <summary>Initializes a reader with the default options: New York time, the standard catalogs, no extra patterns.</summary>
    public ServiceRecordReader()
        : this(new ServiceRecordReaderOptions())
    {
    }

    /// <summary>Initializes a reader.</summary>
    /// <param name="options">The time zone, catalogs and extra patterns.</param>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    /// <exception cref="ArgumentException">An option is null, or an extra pattern is not a valid NodaTime pattern (the message names it).</exception>
    public ServiceRecordReader(ServiceRecordReaderOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        _ = options.TimeZone ?? throw MissingOption(nameof(options.TimeZone));
        _datePatterns = Patterns(options.DatePatterns, nameof(options.DatePatterns), LocalDatePattern.CreateWithInvariantCulture);
        _timePatterns = Patterns(options.TimePatterns, nameof(options.TimePatterns), LocalTimePattern.CreateWithInvariantCulture);
        _dateTimePatterns = Patterns(options.DateTimePatterns, nameof(options.DateTimePatterns), LocalDateTimePattern.CreateWithInvariantCulture);
        _dateSpellings = $"a date ({string.Join(" or ", ["yyyy-MM-dd", .. options.DatePatterns])})";
        _timeSpellings = $"a time ({string.Join(" or ", ["HH:mm", "HH:mm:ss", .. options.TimePatterns])}, 24-hour)";
        _serviceTypeNames = Names((options.ServiceTypes ?? throw MissingOption(nameof(options.ServiceTypes))).Select(static e => (e.Key, e.Value.Name)));
        _languageNames = Names(options.Languages ?? throw MissingOption(nameof(options.Languages)));
        _locationNames = Names(options.Locations ?? throw MissingOption(nameof(options.Locations)));
        _descriptionNames = Names(options.Descriptions ?? throw MissingOption(nameof(options.Descriptions)));
        _progressNames = Names(options.ProgressIndicators ?? throw MissingOption(nameof(options.ProgressIndicators)));
        _serviceType = t => Coded(t, _serviceTypeNames, static c => ServiceType.TryParse(c, out var v) ? v : null);
        _date = t => RecordSpellings.TryReadDate(t, _datePatterns, out var v) ? v : null;
        _time = t => RecordSpellings.TryReadTime(t, _timePatterns, out var v) ? v : null;
        _language = t => Coded(t, _languageNames, static c => Language.TryParse(c, out var v) ? v : null);
        _location = t => Coded(t, _locationNames, static c => ServiceLocation.TryParse(c, out var v) ? v : null);
        _description = t => Coded(t, _descriptionNames, static c => ServiceDescription.TryParse(c, out var v) ? v : null);
        _progress = t => Coded(t, _progressNames, static c => ProgressIndicator.TryParse(c, out var v) ? v : null);
        _instant = t => RecordSpellings.TryReadInstant(t, _options.TimeZone, _dateTimePatterns, out var v) ? v : null;
    }

    /// <summary>Gets the options the reader was built with.</summary>
    public ServiceRecordReaderOptions Options => _options;

    /// <summary>Reads one record's text.</summary>
    /// <param name="text">The record as text.</param>
    /// <param name="rowKey">The host's key for the record (a row number, a database key), carried onto the findings of a batch; or <see langword="null"/>.</param>
    /// <returns>The record when every value was read, and a finding for every value that was not.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public ServiceRecordReading Read(ServiceRecordText text, string? rowKey = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var read = default(Reading);

        var studentId = read.Value(RuleCodes.StudentIdUnreadable, RecordFields.StudentId, nameof(text.StudentId), text.StudentId, default(StudentId),
            static t => StudentId.TryParse(t, out var v) ? v : null, "a student id (letters, digits and hyphens, at most 64 characters)");
        var providerId = read.Value(RuleCodes.ProviderIdUnreadable, RecordFields.ProviderId, nameof(text.ProviderId), text.ProviderId, default(ProviderId),
            static t => ProviderId.TryParse(t, out var v) ? v : null, "a provider id (letters, digits and hyphens, at most 64 characters)");
        var serviceType = read.Value(RuleCodes.ServiceTypeUnreadable, RecordFields.ServiceType, nameof(text.ServiceType), text.ServiceType, default(ServiceType),
            _serviceType, "a service type (a code such as paraprofessional, or a name from the service-type list)");
        var date = read.Required<LocalDate>(RuleCodes.DateUnreadable, RecordFields.Date, nameof(text.Date), text.Date,
            _date, _dateSpellings);
        var start = read.Required<LocalTime>(RuleCodes.StartTimeUnreadable, RecordFields.StartTime, nameof(text.StartTime), text.StartTime,
            _time, _timeSpellings);
        var end = read.Required<LocalTime>(RuleCodes.EndTimeUnreadable, RecordFields.EndTime, nameof(text.EndTime), text.EndTime,
            _time, _timeSpellings);
        var language = read.Value(RuleCodes.LanguageUnreadable, RecordFields.Language, nameof(text.Language), text.Language, default(Language),
            _language, "a language (a three-letter code such as eng, or a name from the language list)");
        var sessionType = read.Value(RuleCodes.SessionTypeUnreadable, RecordFields.SessionType, nameof(text.SessionType), text.SessionType, SessionType.ServiceProvided,
            static t => RecordSpellings.TryReadSessionType(t, out var v) ? v : null, SessionTypeSpellings);
        var reason = read.Optional<SessionReason>(RuleCodes.ReasonUnreadable, RecordFields.Reason, nameof(text.Reason), text.Reason,
            static t => RecordSpellings.TryReadReason(t, out var v) ? v : null, "a reason (a code such as ProviderSickLeave, or a name such as Provider sick leave)");
        var groupSize = ReadGroupSize(ref read, text.GroupSize);
        var location = read.Optional<ServiceLocation>(RuleCodes.LocationUnreadable, RecordFields.Location, nameof(text.Location), text.Location,
            _location, "a service location (a code such as transportation, or a name from the location list)");
        var description = read.Optional<ServiceDescription>(RuleCodes.DescriptionUnreadable, RecordFields.Description, nameof(text.Description), text.Description,
            _description, "a service description (a code such as health, or a name from the description list)");
        var progress = read.Optional<ProgressIndicator>(RuleCodes.ProgressUnreadable, RecordFields.Progress, nameof(text.Progress), text.Progress,
            _progress, "a progress indicator (a code such as progressing, or a name from the progress list)");
        var confidential = read.Value(RuleCodes.NotesConfidentialUnreadable, RecordFields.NotesConfidential, nameof(text.NotesConfidential), text.NotesConfidential, false,
            static t => bool.TryParse(t, out var v) ? v : null, "true or false");
        var certification = ReadCertification(ref read, text);

        var record = new ServiceRecord
        {
            StudentId = studentId,
            ProviderId = providerId,
            ServiceType = serviceType,
            Date = date,
            StartTime = start,
            EndTime = end,
            Language = language,
            SessionType = sessionType,
            Reason = reason,
            GroupSize = groupSize,
            Location = location,
            Description = description,
            Progress = progress,
            Notes = text.Notes, // as written: empty notes and absent notes are both "no notes" to the rules, but the digest tells them apart
            NotesConfidential = confidential,
            Certification = certification.Stored,
        };

        if (certification.CoversAsRead is { } asRead)
        {
            // Only here a second record: the digest is of the content, which needs the record built.
            record = record with { Certification = Certification.Of(record, asRead.By, asRead.At) };
        }

        return read.Finish(record, rowKey);
    }

    private static GroupSize ReadGroupSize(ref Reading read, string? text)
    {
        var trimmed = Trim(text);
        if (trimmed is null)
        {
            return GroupSize.Individual;
        }

        if (GroupSize.TryParse(trimmed, out var size))
        {
            return size;
        }

        // "Group, 0" is well formed but out of range: say so rather than "not a group size".
        var digits = trimmed.AsSpan().TrimEnd();
        var count = digits.Length - digits.TrimEnd("0123456789").Length;
        var head = digits[..^count].TrimEnd().TrimEnd(',').TrimEnd();
        var outOfRange = count > 0 && head.Equals("Group", StringComparison.OrdinalIgnoreCase);
        read.Add(RuleCodes.GroupSizeUnreadable, RecordFields.GroupSize, nameof(ServiceRecordText.GroupSize), trimmed, outOfRange
            ? $"'{CodeText.Printable(trimmed)}' is out of range: a group has from 1 to 9999 students (Group, n)."
            : $"'{CodeText.Printable(trimmed)}' is not a group size (Individual, Group, n or Group n).");
        return GroupSize.Individual;
    }

    /// <summary>
    /// Reads the certification's parts (after every other field, whose readability decides the last case): none
    /// given, a stored certification (with its digest), or one that covers the content as read (no digest).
    /// </summary>
    private (Certification? Stored, (ProviderId By, Instant At)? CoversAsRead) ReadCertification(ref Reading read, ServiceRecordText text)
    {
        var by = read.Optional<ProviderId>(RuleCodes.CertifiedByUnreadable, RecordFields.Certification, nameof(text.CertifiedBy), text.CertifiedBy,
            static t => ProviderId.TryParse(t, out var v) ? v : null, "a provider id (letters, digits and hyphens, at most 64 characters)");
        var at = read.Optional<Instant>(RuleCodes.CertifiedAtUnreadable, RecordFields.Certification, nameof(text.CertifiedAt), text.CertifiedAt,
            _instant,
            "an instant (such as 2025-10-06T19:30:00Z or 2025-10-06T15:30:00-04:00) or a local date and time (2025-10-06T15:30)");
        var digest = read.Optional<ContentDigest>(RuleCodes.DigestUnreadable, RecordFields.Certification, nameof(text.Digest), text.Digest,
            static t => ContentDigest.TryParse(t, out var v) ? v : null, "a SHA-256 digest (64 hexadecimal digits)");

        bool byGiven = !string.IsNullOrWhiteSpace(text.CertifiedBy), atGiven = !string.IsNullOrWhiteSpace(text.CertifiedAt), digestGiven = !string.IsNullOrWhiteSpace(text.Digest);
        if (!byGiven && !atGiven && !digestGiven)
        {
            return default;
        }

        if (!byGiven || !atGiven)
        {
            var missing = !byGiven && !atGiven ? "CertifiedBy and CertifiedAt are" : !byGiven ? "CertifiedBy is" : "CertifiedAt is";
            read.Add(RuleCodes.CertificationIncomplete, RecordFields.Certification, nameof(ServiceRecord.Certification), null,
                $"{missing} empty: a certification names who certified and when (the Digest comes with both).");
            return default;
        }

        if (by is not { } provider || at is not { } instant || (digestGiven && digest is null))
        {
            return default; // the unreadable part has its finding
        }

        if (digest is { } stored)
        {
            return (new Certification(provider, instant, stored), null);
        }

        // No digest: the certification covers the content as read, which needs all of it read.
        if ((read.Fields & ~RecordFields.Certification) != RecordFields.None)
        {
            read.Mark(RecordFields.Certification);
            return default;
        }

        return (null, (provider, instant));
    }

    /// <summary>A code the catalog holds, a name it holds (ignoring case), or any well-formed code (which the validator may find unknown).</summary>
    /// <remarks>
    /// The catalog first: it holds every code under its own spelling, ignoring case, and a code is a lower-case
    /// spelling of its text, so a text that is a catalog code finds that code here, and one that is not finds a name
    /// or nothing. Parsing only what the catalog does not know saves a parse and the lower-casing of a name.
    /// </remarks>
    private static T? Coded<T>(string text, FrozenDictionary<string, T> names, Func<string, T?> parseCode)
        where T : struct =>
        names.TryGetValue(text, out var known) ? known : parseCode(text);

    private static string CodeOf<T>(T value) => value switch
    {
        ICodedValue coded => coded.Code,
        _ => value?.ToString() ?? string.Empty,
    };

    private static string? Trim(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    // Codes and names together, ignoring case; a name two entries share is left out, since reading it would be a guess.
    private static FrozenDictionary<string, T> Names<T>(IEnumerable<(T Code, string Name)> entries)
        where T : struct
    {
        var names = new Dictionary<string, T>(StringComparer.OrdinalIgnoreCase);
        var shared = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var list = entries.ToList();
        foreach (var (code, _) in list)
        {
            names[CodeOf(code)] = code;
        }

        foreach (var (code, name) in list)
        {
            if (names.TryGetValue(name, out var other) && !EqualityComparer<T>.Default.Equals(other, code))
            {
                shared.Add(name);
            }
            else
            {
                names[name] = code;
            }
        }

        foreach (var name in shared)
        {
            if (!list.Any(e => string.Equals(CodeOf(e.Code), name, StringComparison.OrdinalIgnoreCase)))
            {
                names.Remove(name);
            }
        }

        return names.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }

    private static FrozenDictionary<string, T> Names<T>(CodeCatalog<T> catalog)
        where T : struct, ICodedValue, IEquatable<T> =>
        Names(catalog.Select(static e => (e.Key, e.Value)));

    private static TPattern[] Patterns<TPattern>(IReadOnlyList<string>? patterns, string name, Func<string, TPattern> create)
    {
        if (patterns is null)
        {
            throw MissingOption(name);
        }

        var built = new TPattern[patterns.Count];
        for (var i = 0; i < built.Length; i++)
        {
            try
            {
                built[i] = create(patterns[i] ?? throw BadOption($"ServiceRecordReaderOptions.{name}[{i}] is null."));
            }
            catch (InvalidPatternException e)
            {
                throw BadOption($"ServiceRecordReaderOptions.{name}[{i}] '{patterns[i]}' is not a NodaTime pattern: {e.Message}", e);
            }
        }

        return built;
    }

    private static ArgumentException MissingOption(string name, string paramName = "options") =>
        new($"ServiceRecordReaderOptions.{name} is null; leave it unset for the default.", paramName);

    // Named after the constructor's parameter, which holds the bad option, as MissingOption is.
    private static ArgumentException BadOption(string message, Exception? inner = null, string paramName = "options") =>
        new(message, paramName, inner);

    /// <summary>The findings and unreadable fields of one read, in field order; a struct, so a valid record costs no allocation here.</summary>
    private struct Reading
    {
        private List<Finding>? _findings;
        private List<string>? _fields;

        public RecordFields Fields { readonly get; private set; }

        /// <summary>A value that may be empty (then <paramref name="absent"/>).</summary>
        public T Value<T>(string code, RecordFields field, string name, string? text, T absent, Func<string, T?> parse, string expected)
            where T : struct =>
            Optional(code, field, name, text, parse, expected) ?? absent;

        /// <summary>A value the record cannot hold as "not given": empty is unreadable too.</summary>
        public T Required<T>(string code, RecordFields field, string name, string? text, Func<string, T?> parse, string expected)
            where T : struct
        {
            if (string.IsNullOrWhiteSpace(text))
            {
                Add(code, field, name, text, $"{name} is empty: expected {expected}.");
                return default;
            }

            return Optional(code, field, name, text, parse, expected) ?? default;
        }

        public T? Optional<T>(string code, RecordFields field, string name, string? text, Func<string, T?> parse, string expected)
            where T : struct
        {
            var trimmed = Trim(text);
            if (trimmed is null)
            {
                return null;
            }

            var value = parse(trimmed);
            if (value is null)
            {
                Add(code, field, name, trimmed, $"'{CodeText.Printable(trimmed)}' is not {expected}.");
            }

            return value;
        }

        public void Add(string code, RecordFields field, string name, string? attempted, string message)
        {
            Fields |= field;
            (_findings ??= []).Add(
                new Finding(code, Unreadable, name, message) { AttemptedValue = attempted is null ? null : CodeText.Printable(attempted) });
            (_fields ??= []).Add(name);
        }

        /// <summary>A field that cannot be known because of another's unreadable value; that value has the finding.</summary>
        public void Mark(RecordFields field) => Fields |= field;

        public readonly ServiceRecordReading Finish(ServiceRecord record, string? rowKey) =>
            new(record, Fields, _findings is null ? [] : _findings.AsReadOnly(), _fields is null ? [] : _fields.AsReadOnly(), rowKey);
    }
}
