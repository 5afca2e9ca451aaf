using NodaTime;
using NodaTime.Testing;
using static Sesis.Rules.Tests.Samples;

namespace Sesis.Rules.Tests;

/// <summary>
/// A clock stopped at either end of NodaTime's instants, in a zone whose offset carries it past the last or before the
/// first local date: validation, today and the Encounter Attendance report answer, where reading the clock in the
/// zone (<see cref="Instant.InZone(DateTimeZone)"/>) throws.
/// </summary>
public sealed class ClockAtTheEndsOfTimeTests
{
    private static readonly LocalDateTime LastLocal = Instant.MaxValue.InUtc().LocalDateTime;
    private static readonly LocalDateTime FirstLocal = Instant.MinValue.InUtc().LocalDateTime;

    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var clock in new[] { "max", "max-1h", "min", "min+1h" })
        {
            foreach (var zone in new[] { "UTC", "Asia/Tokyo", "America/New_York", "Pacific/Kiritimati", "Etc/GMT+12", "+18", "-18" })
            {
                data.Add(clock, zone);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_clock_reads_as_the_zone_shows_it_or_as_the_first_or_last_local_time_there_is(string clock, string zone)
    {
        var (instant, timeZone) = (ClockAt(clock), Zone(zone));

        var local = LocalTimes.LocalAt(instant, timeZone);

        var shown = TryInZone(instant, timeZone);
        Assert.Equal(shown ?? (clock.StartsWith("max", StringComparison.Ordinal) ? LastLocal : FirstLocal), local);
        Assert.Equal(local.Date, (Options with { Clock = new FakeClock(instant), TimeZone = timeZone }).GetCurrentDate());
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Validation_and_the_report_answer_whatever_the_clock_and_zone(string clock, string zone)
    {
        var context = Options with { Clock = new FakeClock(ClockAt(clock)), TimeZone = Zone(zone) };
        var month = new DateInterval(new LocalDate(2025, 10, 1), new LocalDate(2025, 10, 31));

        var findings = new ServiceRecordValidator(context).Validate(ParaRecord, ValidationStage.Save);
        var report = EncounterAttendanceReport.Create(context, EncounterAttendanceScope.ForProvider(Para.Id), month, [ParaRecord]);

        // A session of 2025 is in the future for a clock at the first instant, long past the entry window at the last.
        Assert.Contains(clock.StartsWith("max", StringComparison.Ordinal) ? "SR206" : "SR204", findings.Codes());
        Assert.NotNull(report);
    }

    [Fact]
    public void Where_the_zone_shows_the_instant_the_reading_is_the_zones()
    {
        var tokyo = DateTimeZoneProviders.Tzdb["Asia/Tokyo"];

        Assert.Equal(new LocalDateTime(2025, 10, 9, 7, 0), LocalTimes.LocalAt(Now, tokyo));
        Assert.Equal(LastLocal, LocalTimes.LocalAt(Instant.MaxValue - Duration.FromHours(9), tokyo));
        Assert.Equal(LastLocal.PlusNanoseconds(-1), LocalTimes.LocalAt(Instant.MaxValue - Duration.FromHours(9) - Duration.Epsilon, tokyo));
    }

    [Theory]
    [InlineData("-9998-03-15", 1, "-9998-02-01")] // one month back from March of the first year there is
    [InlineData("-9998-03-15", 2, "-9998-01-01")] // two: the first month there is, exactly
    [InlineData("-9998-03-15", 3, "-9998-01-01")] // three would be before it: the window starts at the first date
    [InlineData("-9997-02-15", 2, "-9998-12-01")] // across the first year's end
    public void In_the_first_year_there_is_the_entry_window_starts_where_its_months_lead_or_at_the_first_date(string today, int months, string start)
    {
        var date = NodaTime.Text.LocalDatePattern.Iso.Parse(today).Value;
        var windowStart = NodaTime.Text.LocalDatePattern.Iso.Parse(start).Value;
        var context = Options with
        {
            Clock = new FakeClock(date.At(new LocalTime(12, 0)).InUtc().ToInstant()),
            TimeZone = DateTimeZone.Utc,
            EntryWindowMonths = months,
        };
        var validator = new ServiceRecordValidator(context);

        var first = validator.Validate(ParaRecord with { Date = windowStart }, ValidationStage.Save).Codes();

        Assert.DoesNotContain("SR206", first);
        if (windowStart != LocalDate.MinIsoValue)
        {
            Assert.Contains("SR206", validator.Validate(ParaRecord with { Date = windowStart.PlusDays(-1) }, ValidationStage.Save).Codes());
        }
    }

    private static Instant ClockAt(string clock) => clock switch
    {
        "max" => Instant.MaxValue,
        "max-1h" => Instant.MaxValue - Duration.FromHours(1),
        "min" => Instant.MinValue,
        _ => Instant.MinValue + Duration.FromHours(1),
    };

    private static DateTimeZone Zone(string zone) => zone switch
    {
        "+18" => DateTimeZone.ForOffset(Offset.FromHours(18)),
        "-18" => DateTimeZone.ForOffset(Offset.FromHours(-18)),
        _ => DateTimeZoneProviders.Tzdb[zone],
    };

    private static LocalDateTime? TryInZone(Instant instant, DateTimeZone zone)
    {
        try
        {
            return instant.InZone(zone).LocalDateTime;
        }
        catch (ArgumentOutOfRangeException)
        {
            return null;
        }
    }
}
