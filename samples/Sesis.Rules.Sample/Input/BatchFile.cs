using NodaTime;
using NodaTime.Text;

namespace Sesis.Rules.Sample.Input;

/// <summary>Reads a batch file (see the README for its format). Every problem is an <see cref="InputException"/>.</summary>
internal static class BatchFile
{
    private const int FirstClockYear = 1;
    private const int LastClockYear = 9998;

    private static readonly LocalDateTimePattern MinutePattern = LocalDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm");
    private static readonly string[] TopLevel = ["clock", "timeZone", "calendar", "schoolKind", "providers", "caseload", "schedules", "records", "recordsCsv"];
    private static readonly string[] ProviderFields = ["id", "role", "name", "specialty"];
    private static readonly string[] CaseloadFields = ["providerId", "studentId", "serviceType", "from", "to", "mandatedLanguage", "mandatedGroupSize"];
    private static readonly string[] ScheduleFields = ["providerId", "studentId", "serviceType", "from", "to", "days", "schoolKind"];

    public static Batch Read(string path) => Read(path, threads: 1, csvNamed: null);

    /// <summary>
    /// Reads a batch file, its providers, caseload and schedules on up to three threads when <paramref name="threads"/>
    /// is above 1 (a district's are hundreds of thousands of objects). <paramref name="csvNamed"/> is told the
    /// records' CSV file as soon as the batch names it, before the context is built, so that a first pass over the
    /// records can run meanwhile.
    /// </summary>
    public static Batch Read(string path, int threads, Action<CsvRecords>? csvNamed)
    {
        // Nothing read from the bytes refers to them (strings are copied), so they are freed as soon as it is read.
        using var bytes = InputFile.ReadOutsideHeap(path, "batch file");
        return Parse(path, bytes.Memory, threads, csvNamed);
    }

    /// <summary>Reads a batch from its bytes; <paramref name="path"/> names it in messages and anchors relative paths.</summary>
    public static Batch Parse(string path, ReadOnlyMemory<byte> utf8) => Parse(path, utf8, threads: 1, csvNamed: null);

    /// <summary>
    /// Reads a batch from its bytes, as <see cref="Read(string, int, Action{CsvRecords})"/> reads a file. Once it
    /// returns or throws, nothing reads <paramref name="utf8"/> any more: the caller may free it.
    /// </summary>
    public static Batch Parse(string path, ReadOnlyMemory<byte> utf8, int threads, Action<CsvRecords>? csvNamed)
    {
        var tree = JsonTree.Parse(path, utf8);
        var root = new ObjectReader(path, tree, string.Empty, TopLevel);

        var zone = root.OptionalOr("timeZone", ParseZone, DateTimeZoneProviders.Tzdb["America/New_York"]);
        var clock = root.OptionalOr("clock", text => ParseClock(text, zone), SystemClock.Instance);
        var kind = root.OptionalOr("schoolKind", FieldSource.ParseEnum<SchoolKind>, SchoolKind.Elementary);

        // The three lists are read at once when threads allow; their errors are thrown in the order a sequential
        // reading meets them (providers, caseload, calendar, schedules), so the message does not depend on timing.
        var providersRead = new Reading<List<Provider>>(threads, () => Providers(root));
        var caseloadRead = new Reading<Caseload>(threads, () => Caseload.Create(Assignments(root)));
        var schedulesRead = new Reading<List<ServiceSchedule>>(threads, () => Schedules(root, kind));
        try
        {
            // Record values are read by the library, in the batch's zone: a bad value is a finding on its record.
            var recordReader = new ServiceRecordReader(new ServiceRecordReaderOptions { TimeZone = zone });
            var csv = csvNamed is null ? null : EarlyCsv(root, path, recordReader);
            if (csv is not null)
            {
                csvNamed!(csv);
            }
            var providers = providersRead.Result();
            var ids = new HashSet<ProviderId>(providers.Count);
            if (providers.FirstOrDefault(p => !ids.Add(p.Id)) is { } duplicate)
            {
                throw root.Error("providers", $"The provider id '{duplicate.Id}' appears twice.");
            }

            var caseload = caseloadRead.Result();
            var loadedCalendar = CalendarSource.Read(root);
            var calendar = loadedCalendar.Calendar;
            var schedules = schedulesRead.Result();

            RecordSource records;
            if (root.OptionalString("recordsCsv") is { } csvPath)
            {
                if (root.Has("records"))
                {
                    throw root.Error("recordsCsv", "Give either records or recordsCsv, not both.");
                }

                // Read row by row as the records are checked, with no size cap: see CsvRecords.
                records = csv ?? new CsvRecords(CsvFile(path, csvPath), recordReader);
            }
            else
            {
                records = new HeldRecords(path, [.. root.MapArray("records", RecordMapper.Fields, r => RecordMapper.Read(r, recordReader, r.Line, r.Path))]);
            }

            return new Batch(clock, zone, calendar, kind, ProviderDirectory.Create(providers), caseload, schedules, records) { LoadedCalendar = loadedCalendar };
        }
        finally
        {
            // An error met first leaves the other lists' readings running, and they still read the bytes.
            providersRead.Finish();
            caseloadRead.Finish();
            schedulesRead.Finish();
        }
    }

    // The CSV file a batch names, when it names one and no records beside it; what is wrong is reported later, in order.
    private static CsvRecords? EarlyCsv(ObjectReader root, string path, ServiceRecordReader recordReader)
    {
        try
        {
            return !root.Has("records") && root.OptionalString("recordsCsv") is { } csvPath ? new CsvRecords(CsvFile(path, csvPath), recordReader) : null;
        }
        catch (InputException)
        {
            return null;
        }
    }

    private static string CsvFile(string batchPath, string csvPath) =>
        Path.Combine(Path.GetDirectoryName(Path.GetFullPath(batchPath)) ?? ".", csvPath);

    // A list read on the thread pool when threads allow, else when its result is asked for; the result rethrows its
    // error, so the errors come in the order a sequential reading meets them whatever the timing.
    private sealed class Reading<T>
    {
        private readonly Func<T> _read;
        private readonly Task<T>? _task;

        public Reading(int threads, Func<T> read)
        {
            _read = read;
            _task = threads == 1 ? null : Task.Run(read);
        }

        public T Result() => _task is null ? _read() : _task.GetAwaiter().GetResult();

        // Waits for a reading on the pool to end, without its error: that is thrown by Result, or an earlier one was.
        public void Finish()
        {
            if (_task is not null)
            {
                ((IAsyncResult)_task).AsyncWaitHandle.WaitOne();
            }
        }
    }

    private static List<Provider> Providers(ObjectReader root) =>
        root.MapArray("providers", ProviderFields, p => new Provider(p.Required("id", ProviderId.Parse), p.Required("role", ProviderRole.Parse))
        {
            Name = p.OptionalString("name"),
            Specialty = p.OptionalString("specialty"),
        }).ToList();

    private static List<CaseloadAssignment> Assignments(ObjectReader root) =>
        root.MapArray("caseload", CaseloadFields, a =>
        {
            var from = a.Required("from", FieldSource.ParseDate);
            var to = a.Required("to", FieldSource.ParseDate);
            if (to < from)
            {
                throw a.Error("to", $"The assignment ends ({to:uuuu-MM-dd}) before it starts ({from:uuuu-MM-dd}).");
            }

            return new CaseloadAssignment(a.Required("providerId", ProviderId.Parse), a.Required("studentId", StudentId.Parse), a.Required("serviceType", ServiceType.Parse), new DateInterval(from, to))
            {
                MandatedLanguage = a.Optional("mandatedLanguage", Language.Parse),
                MandatedGroupSize = a.Optional("mandatedGroupSize", GroupSize.Parse),
            };
        }).ToList();

    private static List<ServiceSchedule> Schedules(ObjectReader root, SchoolKind kind) =>
        root.MapArray("schedules", ScheduleFields, s =>
        {
            var from = s.Required("from", FieldSource.ParseDate);
            var to = s.Required("to", FieldSource.ParseDate);
            if (to < from)
            {
                throw s.Error("to", $"The schedule ends ({to:uuuu-MM-dd}) before it starts ({from:uuuu-MM-dd}).");
            }

            return new ServiceSchedule(
                s.Required("providerId", ProviderId.Parse),
                s.Required("studentId", StudentId.Parse),
                s.Required("serviceType", ServiceType.Parse),
                new DateInterval(from, to),
                s.Required("days", ServiceSchedule.ParseWeekdays) is { IsEmpty: false } days ? days : null)
            {
                SchoolKind = s.OptionalOr("schoolKind", FieldSource.ParseEnum<SchoolKind>, kind),
            };
        }).ToList();

    private static ParseOutcome<DateTimeZone> ParseZone(string text) =>
        DateTimeZoneProviders.Tzdb.GetZoneOrNull(text) is { } zone
            ? ParseOutcome<DateTimeZone>.ForValue(zone)
            : ParseOutcome<DateTimeZone>.ForError($"'{InputException.Shown(text)}' is not an IANA time zone (such as America/New_York).");

    // "now" is the machine's clock; an instant or a local date-time (in the batch's zone) fixes the clock,
    // so a batch checks the same way on every day it is run.
    private static ParseOutcome<IClock> ParseClock(string text, DateTimeZone zone)
    {
        if (text == "now")
        {
            return ParseOutcome<IClock>.ForValue(SystemClock.Instance);
        }

        if (!TryMoment(text, out var year, out var reached))
        {
            return ParseOutcome<IClock>.ForError($"'{InputException.Shown(text)}' is not \"now\", an instant or a local date and time (such as 2025-10-31T17:00).");
        }

        // No district's clock is outside these years, and within them every zone's offset keeps the text's instant
        // inside NodaTime's range; at either end, turning the text into an instant would overflow instead.
        return year is < FirstClockYear or > LastClockYear
            ? ParseOutcome<IClock>.ForError($"'{InputException.Shown(text)}' is out of range: a clock's year is from {FirstClockYear} to {LastClockYear}.")
            : ParseOutcome<IClock>.ForValue(new FixedClock(reached(zone)));
    }

    // The year a clock's text names (in UTC, at its offset or on the local clock), and the instant it stands for.
    private static bool TryMoment(string text, out int year, out Func<DateTimeZone, Instant> reached)
    {
        if (InstantPattern.ExtendedIso.Parse(text) is { Success: true } utc)
        {
            (year, reached) = (utc.Value.InUtc().Year, _ => utc.Value);
            return true;
        }

        if (OffsetDateTimePattern.ExtendedIso.Parse(text) is { Success: true } atOffset)
        {
            (year, reached) = (atOffset.Value.Year, _ => atOffset.Value.ToInstant());
            return true;
        }

        var local = LocalDateTimePattern.ExtendedIso.Parse(text) is { Success: true } iso ? iso : MinutePattern.Parse(text);
        year = local.Success ? local.Value.Year : 0;
        reached = zone => local.Value.InZoneLeniently(zone).ToInstant();
        return local.Success;
    }

    /// <summary>A clock stopped at one instant: what a batch's "clock" field asks for.</summary>
    private sealed class FixedClock(Instant now) : IClock
    {
        public Instant GetCurrentInstant() => now;
    }
}
