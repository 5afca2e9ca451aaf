using System.Collections.Frozen;
using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace Sesis.Rules;

/// <summary>
/// The spellings of record values the text form uses, written once for the reader and the writer (the table in
/// docs/record-text.md): ISO dates and times, and the codes and SESIS screen names of session types and reasons.
/// </summary>
internal static class RecordSpellings
{
    public static readonly LocalDatePattern IsoDate = LocalDatePattern.Iso;
    public static readonly LocalTimePattern HourMinute = LocalTimePattern.CreateWithInvariantCulture("HH':'mm");

    // HH:mm:ss with an optional fraction of up to nine digits.
    public static readonly LocalTimePattern HourMinuteSecond = LocalTimePattern.ExtendedIso;

    // Instants: Z or an offset; local date-times: read in the reader's time zone. 'T' or a space between date and time.
    private static readonly InstantPattern[] InstantPatterns =
    [
        InstantPattern.ExtendedIso,
        InstantPattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd' 'HH':'mm':'ss;FFFFFFFFF'Z'"),
    ];

    private static readonly OffsetDateTimePattern[] OffsetPatterns =
    [
        OffsetDateTimePattern.ExtendedIso,
        OffsetDateTimePattern.Create("uuuu'-'MM'-'dd' 'HH':'mm':'ss;FFFFFFFFFo<G>", CultureInfo.InvariantCulture, default),
        OffsetDateTimePattern.Create("uuuu'-'MM'-'dd'T'HH':'mmo<G>", CultureInfo.InvariantCulture, default),
        OffsetDateTimePattern.Create("uuuu'-'MM'-'dd' 'HH':'mmo<G>", CultureInfo.InvariantCulture, default),
    ];

    private static readonly LocalDateTimePattern[] LocalDateTimePatterns =
    [
        LocalDateTimePattern.ExtendedIso,
        LocalDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd' 'HH':'mm':'ss;FFFFFFFFF"),
        LocalDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm"),
        LocalDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd' 'HH':'mm"),
    ];

    /// <summary>The SESIS screen names of the session types (procedure step 9).</summary>
    private static readonly (SessionType Value, string Name)[] SessionTypeNames =
    [
        (SessionType.ServiceProvided, "Service Provided"),
        (SessionType.StudentAbsent, "Student Absent"),
        (SessionType.ProviderAbsent, "Provider Absent"),
        (SessionType.Cancelled, "Cancelled"),
    ];

    /// <summary>The names of the reasons, as a person writes them.</summary>
    private static readonly (SessionReason Value, string Name)[] ReasonNames =
    [
        (SessionReason.StudentAbsentFromSchool, "Student absent from school"),
        (SessionReason.StudentRefusedService, "Student refused service"),
        (SessionReason.ProviderSickLeave, "Provider sick leave"),
        (SessionReason.ProviderPersonalLeave, "Provider personal leave"),
        (SessionReason.UnscheduledSchoolClosing, "Unscheduled school closing"),
        (SessionReason.HalfDay, "Half day"),
        (SessionReason.SchoolTrip, "School trip"),
        (SessionReason.Assembly, "Assembly"),
        (SessionReason.Testing, "Testing"),
        (SessionReason.IepMeeting, "IEP meeting"),
        (SessionReason.OtherMeeting, "Other meeting"),
        (SessionReason.ProfessionalDevelopment, "Professional development"),
        (SessionReason.Other, "Other"),
    ];

    private static readonly FrozenDictionary<string, SessionType> SessionTypeSpellings = Spellings(SessionTypeNames);
    private static readonly FrozenDictionary<string, SessionReason> ReasonSpellings = Spellings(ReasonNames);

    /// <summary>Gets the session types as the message of an unreadable one lists them.</summary>
    public static string SessionTypeList { get; } = "Service Provided, Student Absent, Provider Absent or Cancelled";

    public static bool TryReadSessionType(string text, out SessionType value) => SessionTypeSpellings.TryGetValue(text, out value);

    public static bool TryReadReason(string text, out SessionReason value) => ReasonSpellings.TryGetValue(text, out value);

    /// <summary>Writes an enum value by its code (its name); an undefined value as its number.</summary>
    public static string WriteEnum<T>(T value)
        where T : struct, Enum =>
        Enum.IsDefined(value) ? value.ToString() : Convert.ToInt32(value, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture);

    public static string WriteDate(LocalDate date) => IsoDate.Format(date.Calendar == CalendarSystem.Iso ? date : date.WithCalendar(CalendarSystem.Iso));

    /// <summary>Writes HH:mm when the time is on a whole minute, else HH:mm:ss with the fraction it has.</summary>
    public static string WriteTime(LocalTime time) =>
        time.Second == 0 && time.NanosecondOfSecond == 0 ? HourMinute.Format(time) : HourMinuteSecond.Format(time);

    // Each TryRead* reads the common ISO spellings straight from the characters (IsoSpans), then asks the patterns
    // (*ByPatterns) for everything else: same values, same failures, no allocation on the common path.
    public static bool TryReadDate(string text, IReadOnlyList<LocalDatePattern> extra, out LocalDate date) =>
        IsoSpans.TryDate(text, out date) || TryReadDateByPatterns(text, extra, out date);

    public static bool TryReadTime(string text, IReadOnlyList<LocalTimePattern> extra, out LocalTime time) =>
        IsoSpans.TryTime(text, out time) || TryReadTimeByPatterns(text, extra, out time);

    /// <summary>Reads an instant: with Z or an offset as written, a local date and time in <paramref name="zone"/> (the earlier instant when it occurs twice).</summary>
    public static bool TryReadInstant(string text, DateTimeZone zone, IReadOnlyList<LocalDateTimePattern> extra, out Instant instant)
    {
        if (IsoSpans.TryDateTime(text, out var local, out var offset))
        {
            if (offset is { } known)
            {
                instant = new OffsetDateTime(local, known).ToInstant();
                return true;
            }

            if (TryInZone(local, zone, out instant))
            {
                return true;
            }
        }

        return TryReadInstantByPatterns(text, zone, extra, out instant);
    }

    public static bool TryReadDateByPatterns(string text, IReadOnlyList<LocalDatePattern> extra, out LocalDate date)
    {
        if (Parse(IsoDate, text, out date))
        {
            return true;
        }

        foreach (var pattern in extra)
        {
            if (Parse(pattern, text, out date))
            {
                return true;
            }
        }

        return false;
    }

    public static bool TryReadTimeByPatterns(string text, IReadOnlyList<LocalTimePattern> extra, out LocalTime time)
    {
        if (Parse(HourMinute, text, out time) || Parse(HourMinuteSecond, text, out time))
        {
            return true;
        }

        foreach (var pattern in extra)
        {
            if (Parse(pattern, text, out time))
            {
                return true;
            }
        }

        return false;
    }

    public static bool TryReadInstantByPatterns(string text, DateTimeZone zone, IReadOnlyList<LocalDateTimePattern> extra, out Instant instant)
    {
        // Letters of the ISO forms ('T', 'Z') in either case.
        var upper = text.AsSpan().IndexOfAny('t', 'z') >= 0 ? text.ToUpperInvariant() : text;
        foreach (var pattern in InstantPatterns)
        {
            if (Parse(pattern, upper, out instant))
            {
                return true;
            }
        }

        foreach (var pattern in OffsetPatterns)
        {
            // A value past the last or before the first instant (9999-12-31 20:00-18:00) is unreadable, not a throw.
            if (Parse(pattern, upper, out OffsetDateTime offset) && LocalTimes.TryAtOffset(offset.LocalDateTime, offset.Offset, out instant))
            {
                return true;
            }
        }

        foreach (var pattern in LocalDateTimePatterns)
        {
            if (Parse(pattern, upper, out LocalDateTime local) && TryInZone(local, zone, out instant))
            {
                return true;
            }
        }

        foreach (var pattern in extra)
        {
            if (Parse(pattern, text, out LocalDateTime local) && TryInZone(local, zone, out instant))
            {
                return true;
            }
        }

        instant = default;
        return false;
    }

    private static bool TryInZone(LocalDateTime local, DateTimeZone zone, out Instant instant)
    {
        // Near the ends of the range NodaTime cannot convert; such a value is unreadable, never an exception.
        if (local.Year is < -9997 or > 9998)
        {
            instant = default;
            return false;
        }

        instant = local.InZoneLeniently(zone).ToInstant();
        return true;
    }

    private static bool Parse<T>(IPattern<T> pattern, string text, out T value)
    {
        var result = pattern.Parse(text);
        value = result.Success ? result.Value : default!;
        return result.Success;
    }

    private static FrozenDictionary<string, T> Spellings<T>((T Value, string Name)[] names)
        where T : struct, Enum
    {
        var spellings = new Dictionary<string, T>(StringComparer.OrdinalIgnoreCase);
        foreach (var (value, name) in names)
        {
            spellings.Add(value.ToString(), value);
            spellings.TryAdd(name, value); // "Cancelled" is its own name
        }

        return spellings.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }
}
