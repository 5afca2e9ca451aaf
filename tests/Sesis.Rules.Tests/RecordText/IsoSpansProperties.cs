using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using NodaTime.Text;

namespace Sesis.Rules.Tests;

/// <summary>
/// The reader's fast ISO paths (<see cref="IsoSpans"/>) against the NodaTime patterns they stand for: on written
/// values, on those values mutated character by character, and on arbitrary text, the reader's date, time and
/// instant answer exactly as the patterns alone (same success, same value), and a fast "yes" is always the
/// pattern's value.
/// </summary>
public sealed class IsoSpansProperties
{
    private static readonly Config Many = Config.QuickThrowOnFailure.WithMaxTest(3000);

    private static readonly LocalDatePattern[] NoDatePatterns = [];
    private static readonly LocalTimePattern[] NoTimePatterns = [];
    private static readonly LocalDateTimePattern[] NoDateTimePatterns = [];

    private static readonly LocalDatePattern[] ExtraDates = [LocalDatePattern.CreateWithInvariantCulture("MM/dd/yyyy"), LocalDatePattern.CreateWithInvariantCulture("uuuuMMdd")];
    private static readonly LocalTimePattern[] ExtraTimes = [LocalTimePattern.CreateWithInvariantCulture("h:mm tt"), LocalTimePattern.CreateWithInvariantCulture("HHmm")];
    private static readonly LocalDateTimePattern[] ExtraDateTimes = [LocalDateTimePattern.CreateWithInvariantCulture("MM/dd/yyyy HH:mm")];

    // Zones with a daylight-saving gap and overlap, a half-hour shift, and none.
    private static readonly DateTimeZone[] Zones =
        [.. new[] { "America/New_York", "Australia/Lord_Howe", "Asia/Kolkata", "Etc/UTC" }.Select(static id => DateTimeZoneProviders.Tzdb[id])];

    // Characters near the spellings: digits (and digits of other scripts), separators, the ISO letters in both cases.
    private static readonly char[] NearChars = [.. "0123456789-:.,TtZz +/\u0660\uff10\u00a0Oo"];

    private static Gen<LocalDate> Dates { get; } =
        from year in Gen.OneOf(Gen.Choose(1, 9999), Gen.Choose(-9998, 0), Gen.Elements(1, 2, 1900, 2000, 2024, 2025, 9998, 9999))
        from month in Gen.Choose(1, 12)
        from day in Gen.Choose(1, 31)
        select new LocalDate(year, month, Math.Min(day, CalendarSystem.Iso.GetDaysInMonth(year, month)));

    private static Gen<LocalTime> Times { get; } =
        from nanos in Gen.OneOf(
            Gen.Choose(0, (24 * 60) - 1).Select(static m => m * 60_000_000_000L),
            Gen.Choose(0, (24 * 3600) - 1).Select(static s => s * 1_000_000_000L),
            from s in Gen.Choose(0, (24 * 3600) - 1)
            from f in Gen.Choose(0, 999_999_999)
            select (s * 1_000_000_000L) + f)
        select LocalTime.FromNanosecondsSinceMidnight(nanos);

    /// <summary>A time as people and exports write it: HH:mm, HH:mm:ss, a fraction of 1 to 9 digits after '.' or ','.</summary>
    private static Gen<string> TimeTexts { get; } =
        from time in Times
        from form in Gen.Choose(0, 3)
        from digits in Gen.Choose(1, 9)
        select form switch
        {
            0 => time.ToString("HH':'mm", null),
            1 => time.ToString("HH':'mm':'ss", null),
            2 => time.ToString("HH':'mm':'ss'.'" + new string('f', digits), null),
            _ => time.ToString("HH':'mm':'ss','" + new string('f', digits), null),
        };

    private static Gen<string> DateTexts { get; } = Dates.Select(static d => LocalDatePattern.Iso.Format(d));

    /// <summary>A date, T, t or a space, a time, then nothing, Z, z or an offset (some beyond what an offset can be).</summary>
    private static Gen<string> DateTimeTexts { get; } =
        from date in DateTexts
        from separator in Gen.Elements("T", "t", " ")
        from time in TimeTexts
        from suffix in Gen.OneOf(
            Gen.Elements("", "Z", "z", "+00:00", "-00:00", "+05", "+05:30:00", "-04:00", "+14:00", "+18:00", "-18:00", "+24:00"),
            from sign in Gen.Elements('+', '-')
            from hours in Gen.Choose(0, 23)
            from minutes in Gen.Choose(0, 59)
            select $"{sign}{hours:00}:{minutes:00}")
        select date + separator + time + suffix;

    private static Gen<string> Arbitrary { get; } = ArbMap.Default.GeneratorFor<string>().Select(static s => s ?? string.Empty);

    [Fact]
    public void A_date_reads_as_the_iso_pattern_reads_it()
    {
        Check.One(Many, Prop.ForAll(Texts(DateTexts).ToArbitrary(), text =>
        {
            if (IsoSpans.TryDate(text, out var fast))
            {
                Assert.Equal(ParseResult(LocalDatePattern.Iso.Parse(text)), (true, fast));
            }

            Assert.Equal(Date(RecordSpellings.TryReadDateByPatterns, text), Date(RecordSpellings.TryReadDate, text));
            Assert.Equal(Date(RecordSpellings.TryReadDateByPatterns, text, ExtraDates), Date(RecordSpellings.TryReadDate, text, ExtraDates));
        }));
    }

    [Fact]
    public void A_time_reads_as_the_hh_mm_and_extended_iso_patterns_read_it()
    {
        Check.One(Many, Prop.ForAll(Texts(TimeTexts).ToArbitrary(), text =>
        {
            if (IsoSpans.TryTime(text, out var fast))
            {
                var byPattern = RecordSpellings.HourMinute.Parse(text) is { Success: true } hourMinute ? hourMinute : RecordSpellings.HourMinuteSecond.Parse(text);
                Assert.Equal(ParseResult(byPattern), (true, fast));
            }

            Assert.Equal(Time(RecordSpellings.TryReadTimeByPatterns, text), Time(RecordSpellings.TryReadTime, text));
            Assert.Equal(Time(RecordSpellings.TryReadTimeByPatterns, text, ExtraTimes), Time(RecordSpellings.TryReadTime, text, ExtraTimes));
        }));
    }

    [Fact]
    public void An_instant_reads_as_the_instant_offset_and_local_patterns_read_it()
    {
        var cases =
            from text in Texts(DateTimeTexts)
            from zone in Gen.Elements(Zones)
            select (text, zone);
        Check.One(Many, Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var (text, zone) = c;
            Assert.Equal(Instant(RecordSpellings.TryReadInstantByPatterns, text, zone, NoDateTimePatterns), Instant(RecordSpellings.TryReadInstant, text, zone, NoDateTimePatterns));
            Assert.Equal(Instant(RecordSpellings.TryReadInstantByPatterns, text, zone, ExtraDateTimes), Instant(RecordSpellings.TryReadInstant, text, zone, ExtraDateTimes));
        }));
    }

    [Fact]
    public void A_fast_date_and_time_is_what_the_iso_patterns_read_with_its_offset_or_as_local()
    {
        Check.One(Many, Prop.ForAll(Texts(DateTimeTexts).ToArbitrary(), text =>
        {
            if (!IsoSpans.TryDateTime(text, out var local, out var offset))
            {
                return;
            }

            var upper = text.ToUpperInvariant();
            var pattern = (text[10] == ' ' ? "' '" : "'T'") + (text.Length > 16 && text[16] == ':' ? "HH':'mm':'ss;FFFFFFFFF" : "HH':'mm");
            if (offset is { } known)
            {
                var parsed = OffsetDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd" + pattern + "o<G>").Parse(upper);
                Assert.Equal(ParseResult(parsed), (true, new OffsetDateTime(local, known)));
            }
            else
            {
                var parsed = LocalDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd" + pattern).Parse(upper);
                Assert.Equal(ParseResult(parsed), (true, local));
            }
        }));
    }

    [Theory]
    [InlineData("2025-10-06", true)]
    [InlineData("0001-01-01", true)]
    [InlineData("9999-12-31", true)]
    [InlineData("2024-02-29", true)]
    [InlineData("2025-02-29", false)]
    [InlineData("2025-10-32", false)]
    [InlineData("0000-01-01", false)] // year 0: the pattern reads it
    [InlineData("-0001-01-01", false)]
    [InlineData("2025-1-06", false)]
    [InlineData("2025-10-06 ", false)]
    [InlineData("２０２５-10-06", false)]
    public void The_fast_date_path_takes_only_what_it_is_sure_of(string text, bool fast) =>
        Assert.Equal(fast, IsoSpans.TryDate(text, out _));

    [Theory]
    [InlineData("08:00", true)]
    [InlineData("23:59:59.999999999", true)]
    [InlineData("08:00:00,5", true)]
    [InlineData("24:00", false)]
    [InlineData("08:60", false)]
    [InlineData("08:00:", false)]
    [InlineData("08:00:00.", false)]
    [InlineData("08:00:00.1234567890", false)]
    [InlineData("8:00", false)]
    [InlineData("08:00:00", true)] // eight characters, the shortest with seconds
    [InlineData("08:00:0", false)]
    public void The_fast_time_path_takes_only_what_it_is_sure_of(string text, bool fast) =>
        Assert.Equal(fast, IsoSpans.TryTime(text, out _));

    [Theory]
    [InlineData("2025-10-06T19:30:00Z", true)]
    [InlineData("2025-10-06t19:30:00.123z", true)]
    [InlineData("2025-10-06 15:30:00-04:00", true)]
    [InlineData("2025-10-06T15:30", true)]
    [InlineData("2025-10-06T24:00:00Z", false)] // the local date-time patterns' end of day: the patterns read it
    [InlineData("2025-10-06T15:30:00+18:00", false)]
    [InlineData("2025-10-06T15:30:00+05", false)]
    [InlineData("9998-12-31T23:59:59Z", true)] // the last year an offset or zone cannot take past the end of the range
    [InlineData("9998-12-31T23:59:59-17:59", true)]
    [InlineData("2025-10-06T15:30:00+17:59", true)]
    [InlineData("2025-10-06T15:30:00+05:60", false)]
    [InlineData("9999-12-31T23:59:59Z", false)]
    [InlineData("2025-10-06T15:30:00ZZ", false)]
    public void The_fast_instant_path_takes_only_what_it_is_sure_of(string text, bool fast) =>
        Assert.Equal(fast, IsoSpans.TryDateTime(text, out _, out _));

    [Theory]
    [InlineData("9998-12-31T23:59:59Z")]
    [InlineData("9998-12-31T23:59:59-17:59")]
    [InlineData("9998-12-31T23:59")]
    [InlineData("9999-01-01T00:00:00Z")]
    [InlineData("9999-01-01T00:00")]
    [InlineData("-9997-01-01T00:00")]
    [InlineData("-9998-12-31T23:59")]
    [InlineData("2025-10-06T15:30:00+05:59")]
    [InlineData("2025-10-06T15:30:00+05:60")]
    [InlineData("2025-10-06T15:30:00-17:59")]
    [InlineData("2025-10-06T15:30:00+18:00")]
    [InlineData("2025-10-06T15:30:00.123456789Z")]
    [InlineData("2025-10-06T15:30:00.1234567890Z")]
    public void On_the_edges_of_years_and_offsets_an_instant_reads_as_the_patterns_read_it(string text)
    {
        // The generated offsets stay within 59 minutes and most years far from the ends: the edges, one by one.
        foreach (var zone in Zones)
        {
            Assert.Equal(Instant(RecordSpellings.TryReadInstantByPatterns, text, zone, NoDateTimePatterns), Instant(RecordSpellings.TryReadInstant, text, zone, NoDateTimePatterns));
        }
    }

    /// <summary>Valid spellings, the same mutated once to three times, and arbitrary text.</summary>
    private static Gen<string> Texts(Gen<string> valid) =>
        Gen.OneOf(valid, Mutated(valid), Mutated(Mutated(valid)), Mutated(Mutated(Mutated(valid))), Arbitrary);

    private static Gen<string> Mutated(Gen<string> texts) =>
        from text in texts
        from kind in Gen.Choose(0, 4)
        from at in Gen.Choose(0, Math.Max(0, text.Length - 1))
        from near in Gen.Elements(NearChars)
        from any in ArbMap.Default.GeneratorFor<char>()
        from c in Gen.Elements(near, near, near, any)
        select text.Length == 0 ? c.ToString() : kind switch
        {
            0 => text.Remove(at, 1).Insert(at, c.ToString()), // replace
            1 => text.Insert(at, c.ToString()),
            2 => text.Remove(at, 1),
            3 => text[..at], // cut short
            _ => text + c,
        };

    private static (bool Success, LocalDate Value) Date(DateReader read, string text, IReadOnlyList<LocalDatePattern>? extra = null)
    {
        var success = read(text, extra ?? NoDatePatterns, out var value);
        return (success, success ? value : default);
    }

    private static (bool Success, LocalTime Value) Time(TimeReader read, string text, IReadOnlyList<LocalTimePattern>? extra = null)
    {
        var success = read(text, extra ?? NoTimePatterns, out var value);
        return (success, success ? value : default);
    }

    private static (bool Success, Instant Value) Instant(InstantReader read, string text, DateTimeZone zone, IReadOnlyList<LocalDateTimePattern> extra)
    {
        var success = read(text, zone, extra, out var value);
        return (success, success ? value : default);
    }

    private static (bool Success, T Value) ParseResult<T>(ParseResult<T> result) => (result.Success, result.Success ? result.Value : default!);

    private delegate bool DateReader(string text, IReadOnlyList<LocalDatePattern> extra, out LocalDate value);

    private delegate bool TimeReader(string text, IReadOnlyList<LocalTimePattern> extra, out LocalTime value);

    private delegate bool InstantReader(string text, DateTimeZone zone, IReadOnlyList<LocalDateTimePattern> extra, out Instant value);
}
