using NodaTime;
using NodaTime.Testing;
using static Sesis.Rules.Tests.Samples;

namespace Sesis.Rules.Tests;

public sealed class RecordingContextTests
{
    [Fact]
    public void The_defaults_are_documented_ones()
    {
        var options = new RecordingContext();

        Assert.Same(SystemClock.Instance, options.Clock);
        Assert.Equal("America/New_York", options.TimeZone.Id);
        Assert.Null(options.Calendar);
        Assert.Equal(SchoolKind.Elementary, options.SchoolKind);
        Assert.Same(ServiceTypeCatalog.Standard, options.ServiceTypes);
        Assert.Same(Language.StandardCatalog, options.Languages);
        Assert.Same(ServiceLocation.StandardCatalog, options.Locations);
        Assert.Same(ProgressIndicator.StandardCatalog, options.ProgressIndicators);
        Assert.Equal(1, options.EntryWindowMonths);
        Assert.Null(options.EntryWindowStart);
        Assert.True(options.RequireOsisStudentIds);
        Assert.Empty(options.SeverityOverrides);
        Assert.Same(ProviderDirectory.Empty, options.Providers);
        Assert.Same(Caseload.Empty, options.Caseload);
        Assert.Same(ServiceSchedules.Empty, options.Schedules);
    }

    [Fact]
    public void A_severity_override_changes_the_severity_and_nothing_else()
    {
        var saturday = Certify(ParaRecord with { Date = new LocalDate(2025, 10, 4) });
        var options = Options with { SeverityOverrides = new Dictionary<string, FindingSeverity> { ["SR702"] = FindingSeverity.Error, ["SR201"] = FindingSeverity.Warning } };

        var finding = Assert.Single(new ServiceRecordValidator(options).Validate(saturday, ValidationStage.Save));
        Assert.Equal(("SR702", FindingSeverity.Error, "Date"), (finding.Code, finding.Severity, finding.Field));

        var backwards = Certify(ParaRecord with { EndTime = new LocalTime(7, 0) });
        Assert.Equal(FindingSeverity.Warning, Assert.Single(new ServiceRecordValidator(options).Validate(backwards, ValidationStage.Save)).Severity);
    }

    [Theory]
    [InlineData("SR999")]
    [InlineData("SR905")]
    [InlineData("sr101")]
    [InlineData("")]
    public void A_severity_override_of_an_unknown_code_is_refused(string code)
    {
        var options = Options with { SeverityOverrides = new Dictionary<string, FindingSeverity> { [code] = FindingSeverity.Warning } };

        var error = Assert.Throws<ArgumentException>(() => new ServiceRecordValidator(options));
        Assert.Contains("SeverityOverrides", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_severity_override_to_an_undefined_severity_is_refused()
    {
        var options = Options with { SeverityOverrides = new Dictionary<string, FindingSeverity> { ["SR101"] = (FindingSeverity)7 } };

        var error = Assert.Throws<ArgumentException>(() => new ServiceRecordValidator(options));

        Assert.Equal("RecordingContext.SeverityOverrides gives SR101 the severity 7, which is neither Error nor Warning. (Parameter 'overrides')", error.Message);
    }

    [Fact]
    public void Null_options_are_refused_with_the_option_named()
    {
        Assert.Throws<ArgumentNullException>(() => new ServiceRecordValidator(null!));
        Assert.Contains("Providers", Assert.Throws<ArgumentException>(() => new ServiceRecordValidator(Options with { Providers = null! })).Message, StringComparison.Ordinal);
        Assert.Contains("Clock", Assert.Throws<ArgumentException>(() => new ServiceRecordValidator(Options with { Clock = null! })).Message, StringComparison.Ordinal);
        Assert.Contains("EntryWindowMonths", Assert.Throws<ArgumentException>(() => new ServiceRecordValidator(Options with { EntryWindowMonths = -1 })).Message, StringComparison.Ordinal);
        Assert.Contains("SchoolKind", Assert.Throws<ArgumentException>(() => new ServiceRecordValidator(Options with { SchoolKind = (SchoolKind)9 })).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_refuses_a_null_record_and_an_undefined_stage()
    {
        var validator = new ServiceRecordValidator(Options);

        Assert.Throws<ArgumentNullException>(() => validator.Validate((ServiceRecord)null!, ValidationStage.Save));
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => validator.Validate(ParaRecord, (ValidationStage)2));
        Assert.Equal("stage", error.ParamName);
        Assert.StartsWith("Not a defined validation stage.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_entry_window_is_the_current_and_previous_month_by_default_and_a_host_may_widen_it()
    {
        // Checked on 2025-12-10: the window opens 2025-11-01 (docs/procedure.md: the current and previous month).
        var december = Options with { Clock = new FakeClock(At(2025, 12, 10, 9, 0)) };
        var october = ParaRecord;
        var november = Certify(ParaRecord with { Date = new LocalDate(2025, 11, 3) }, At(2025, 11, 3, 17, 0));

        Assert.Equal(["SR206"], new ServiceRecordValidator(december).Validate(october, ValidationStage.Save).Codes());
        Assert.Empty(new ServiceRecordValidator(december).Validate(november, ValidationStage.Save));
        Assert.Empty(new ServiceRecordValidator(december with { EntryWindowMonths = 2 }).Validate(october, ValidationStage.Save));
        Assert.Empty(new ServiceRecordValidator(december with { EntryWindowStart = new LocalDate(2025, 9, 1) }).Validate(october, ValidationStage.Save));
        Assert.Equal(["SR206"], new ServiceRecordValidator(december with { EntryWindowMonths = 0 }).Validate(november, ValidationStage.Save).Codes());
    }

    [Fact]
    public void Today_is_read_in_the_configured_time_zone()
    {
        // 2025-10-09T02:00Z is still 2025-10-08 in New York: a record of the 8th ending at 21:00 has ended,
        // one of the 9th is in the future. In UTC the 9th is today and its morning session is over.
        var clock = new FakeClock(Instant.FromUtc(2025, 10, 9, 2, 0));
        var ninth = Certify(ParaRecord with { Date = new LocalDate(2025, 10, 9), StartTime = new LocalTime(0, 10), EndTime = new LocalTime(1, 0) }, Instant.FromUtc(2025, 10, 9, 1, 30));

        Assert.Equal(["SR204"], new ServiceRecordValidator(Options with { Clock = clock }).Validate(ninth, ValidationStage.Draft).Codes());
        Assert.Empty(new ServiceRecordValidator(Options with { Clock = clock, TimeZone = DateTimeZone.Utc }).Validate(ninth, ValidationStage.Draft));
    }

    [Fact]
    public void No_calendar_configured_gives_the_no_calendar_warning()
    {
        var finding = Assert.Single(new ServiceRecordValidator(Options with { Calendar = null }).Validate(ParaRecord, ValidationStage.Save));

        Assert.Equal(("SR703", FindingSeverity.Warning), (finding.Code, finding.Severity));
        Assert.Contains("no school calendar", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_session_that_ended_at_this_very_instant_has_ended()
    {
        // Ended is not "not ended yet" (SR205): a record certified the moment it ends is valid.
        var endedNow = ParaRecord with { Date = new LocalDate(2025, 10, 8), StartTime = new LocalTime(10, 0), EndTime = new LocalTime(12, 0) };
        var now = endedNow.Date.At(endedNow.EndTime).InZoneStrictly(Zone).ToInstant();
        var validator = new ServiceRecordValidator(Options with { Clock = new FakeClock(now) });
        var record = Certify(endedNow, now);

        Assert.Empty(validator.Validate(record, ValidationStage.Save));
        Assert.Equal(["SR205"], validator.Validate(record with { EndTime = endedNow.EndTime.PlusSeconds(1) }, ValidationStage.Draft).Codes());
    }

    [Fact]
    public void A_session_on_the_first_day_of_the_entry_window_is_inside_it()
    {
        // Checked on 2025-11-05, the window opens on 2025-10-01: that day is inside it, the day before is not.
        var now = At(2025, 11, 5, 18, 0);
        var validator = new ServiceRecordValidator(Options with { Clock = new FakeClock(now) });
        var firstDay = Certify(ParaRecord with { Date = new LocalDate(2025, 10, 1) }, At(2025, 10, 1, 18, 0));

        Assert.Empty(validator.Validate(firstDay, ValidationStage.Save));
        Assert.Equal(["SR206"], validator.Validate(Certify(firstDay with { Date = new LocalDate(2025, 9, 30) }, At(2025, 9, 30, 18, 0)), ValidationStage.Save).Codes());
    }

    [Fact]
    public void A_session_ending_in_the_repeated_hour_of_the_fall_back_is_certified_after_its_earlier_reading()
    {
        // 2025-11-02 01:30 happens twice in New York; the session end is read as the earlier (EDT, 05:30Z).
        // Certified at 01:10 EST (06:10Z) is after it, though 01:10 is before 01:30 on the wall clock.
        var record = ParaRecord with { Date = new LocalDate(2025, 11, 2), StartTime = new LocalTime(0, 30), EndTime = new LocalTime(1, 30) };
        var options = Options with { Clock = new FakeClock(Instant.FromUtc(2025, 11, 3, 12, 0)), Calendar = null, SeverityOverrides = new Dictionary<string, FindingSeverity>() };
        var validator = new ServiceRecordValidator(options);

        Assert.Equal(["SR703"], validator.Validate(Certify(record, Instant.FromUtc(2025, 11, 2, 6, 10)), ValidationStage.Save).Codes());
        Assert.Equal(["SR603", "SR703"], validator.Validate(Certify(record, Instant.FromUtc(2025, 11, 2, 5, 29)), ValidationStage.Save).Codes());
    }
}
