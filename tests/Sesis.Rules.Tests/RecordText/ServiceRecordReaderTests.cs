using NodaTime;

namespace Sesis.Rules.Tests;

public sealed class ServiceRecordReaderTests
{
    private static readonly ServiceRecordReader Reader = new();

    private static readonly ServiceRecordText Para = ServiceRecordText.From(Samples.ParaRecord);

    [Fact]
    public void A_record_written_out_reads_back_equal_with_no_findings()
    {
        foreach (var record in new[] { Samples.ParaRecord, Samples.ParaAbsence, Samples.SpeechRecord, Samples.CounselingRecord })
        {
            var reading = Reader.Read(ServiceRecordText.From(record));

            Assert.True(reading.IsComplete);
            Assert.Empty(reading.Findings);
            Assert.Empty(reading.UnreadableFields);
            Assert.Equal(record, reading.Record);
        }
    }

    [Fact]
    public void The_text_form_spells_values_as_the_table_says()
    {
        var text = ServiceRecordText.From(Samples.ParaAbsence with { StartTime = new LocalTime(8, 0, 30) });

        Assert.Equal(("2025-10-06", "08:00:30", "14:20"), (text.Date, text.StartTime, text.EndTime));
        Assert.Equal(("StudentAbsent", "StudentAbsentFromSchool", "Individual"), (text.SessionType, text.Reason, text.GroupSize));
        Assert.Equal(("eng", null, "false"), (text.Language, text.Location, text.NotesConfidential));
        Assert.Equal(("P0012345", "2025-10-08T21:00:00Z"), (text.CertifiedBy, text.CertifiedAt));
        Assert.Matches("^[0-9a-f]{64}$", text.Digest);
    }

    [Theory]
    [InlineData("Service Provided", SessionType.ServiceProvided)]
    [InlineData("serviceprovided", SessionType.ServiceProvided)]
    [InlineData("STUDENT ABSENT", SessionType.StudentAbsent)]
    [InlineData("Provider Absent", SessionType.ProviderAbsent)]
    [InlineData(" cancelled ", SessionType.Cancelled)]
    [InlineData("", SessionType.ServiceProvided)]
    public void Session_types_read_by_code_and_by_SESIS_name_ignoring_case(string text, SessionType expected) =>
        Assert.Equal(expected, Reader.Read(Para with { SessionType = text, Location = null, Description = null, Progress = null }).Partial.SessionType);

    [Theory]
    [InlineData("ProviderSickLeave", SessionReason.ProviderSickLeave)]
    [InlineData("provider sick leave", SessionReason.ProviderSickLeave)]
    [InlineData("IEP meeting", SessionReason.IepMeeting)]
    [InlineData("Other", SessionReason.Other)]
    public void Reasons_read_by_code_and_by_name(string text, SessionReason expected) =>
        Assert.Equal(expected, Reader.Read(Para with { Reason = text }).Partial.Reason);

    [Theory]
    [InlineData("Individual", 0)]
    [InlineData("individual", 0)]
    [InlineData("Group, 3", 3)]
    [InlineData("Group 3", 3)]
    [InlineData("group,2", 2)]
    [InlineData("", 0)]
    public void Group_sizes_read_as_Individual_Group_comma_n_and_Group_n(string text, int students)
    {
        var reading = Reader.Read(Para with { GroupSize = text });

        Assert.Empty(reading.Findings);
        Assert.Equal(students == 0 ? GroupSize.Individual : GroupSize.Group(students), reading.Partial.GroupSize);
    }

    [Theory]
    [InlineData("08:05", 8, 5, 0)]
    [InlineData("08:05:30", 8, 5, 30)]
    [InlineData("23:59:59", 23, 59, 59)]
    public void Times_read_as_HH_mm_and_HH_mm_ss(string text, int hour, int minute, int second) =>
        Assert.Equal(new LocalTime(hour, minute, second), Reader.Read(Para with { StartTime = text }).Partial.StartTime);

    [Theory]
    [InlineData("2025-10-06T19:30:00Z")]
    [InlineData("2025-10-06t19:30:00z")]
    [InlineData("2025-10-06T15:30:00-04:00")]
    [InlineData("2025-10-06 15:30:00-04:00")]
    [InlineData("2025-10-06T15:30")] // local: New York, then on EDT
    [InlineData("2025-10-06 15:30:00")]
    public void Certification_instants_read_with_Z_an_offset_or_as_local_time_in_the_zone(string text)
    {
        var reading = Reader.Read(Para with { CertifiedAt = text, Digest = null });

        Assert.Empty(reading.Findings);
        Assert.Equal(Instant.FromUtc(2025, 10, 6, 19, 30), reading.Record!.Certification!.CertifiedAt);
    }

    [Fact]
    public void A_local_certification_time_is_read_in_the_configured_zone()
    {
        var chicago = new ServiceRecordReader(new ServiceRecordReaderOptions { TimeZone = DateTimeZoneProviders.Tzdb["America/Chicago"] });

        Assert.Equal(Instant.FromUtc(2025, 10, 6, 20, 30), chicago.Read(Para with { CertifiedAt = "2025-10-06T15:30" }).Record!.Certification!.CertifiedAt);
    }

    [Fact]
    public void Codes_and_names_of_the_catalogs_read_ignoring_case()
    {
        var reading = Reader.Read(Para with
        {
            ServiceType = "PARAPROFESSIONAL",
            Language = "Spanish",
            Location = "school bus or transportation",
            Description = "Special Transportation",
            Progress = "Progressing toward the goal",
        });

        Assert.Empty(reading.Findings);
        Assert.Equal(
            (ServiceType.Paraprofessional, Language.Spanish, ServiceLocation.Transportation, ServiceDescription.SpecialTransportation, ProgressIndicator.Progressing),
            (reading.Partial.ServiceType, reading.Partial.Language, reading.Partial.Location, reading.Partial.Description, reading.Partial.Progress));
    }

    [Fact]
    public void A_well_formed_but_unknown_value_is_read_and_left_to_the_rules()
    {
        var reading = Reader.Read(Para with { Language = "qqq", Location = "cafeteria", ServiceType = "paraprofesional" });

        Assert.True(reading.IsComplete);
        var codes = new ServiceRecordValidator(Samples.Options).Validate(reading, ValidationStage.Draft).Codes();
        Assert.Contains("SR403", codes);
        Assert.Contains("SR502", codes);
        Assert.Contains("SR104", codes);
        Assert.DoesNotContain(codes, static c => c.StartsWith("SR0", StringComparison.Ordinal));
    }

    [Fact]
    public void Empty_values_a_record_holds_as_not_given_reach_the_rules_and_empty_dates_and_times_are_unreadable()
    {
        var reading = Reader.Read(Para with { StudentId = "", ProviderId = " ", ServiceType = null, Language = "", Date = "", StartTime = null, EndTime = "  " });

        Assert.Equal(["Date", "StartTime", "EndTime"], reading.UnreadableFields);
        Assert.Equal("Date is empty: expected a date (yyyy-MM-dd).", reading.Findings[0].Message);
        Assert.Equal((default(StudentId), default(ProviderId), default(ServiceType), default(Language)),
            (reading.Partial.StudentId, reading.Partial.ProviderId, reading.Partial.ServiceType, reading.Partial.Language));
    }

    [Fact]
    public void Every_unreadable_value_is_reported_at_once_in_field_order_and_no_record_is_built()
    {
        var reading = Reader.Read(Para with { Date = "2025-10-32", StartTime = "8:00am", Language = "xx", GroupSize = "Group, 0", CertifiedAt = "soon" });

        Assert.Null(reading.Record);
        Assert.False(reading.IsComplete);
        Assert.Equal(["SR004", "SR005", "SR007", "SR010", "SR016"], reading.Findings.Select(static f => f.Code));
        Assert.Equal(["Date", "StartTime", "Language", "GroupSize", "CertifiedAt"], reading.UnreadableFields);
        Assert.All(reading.Findings, static f => Assert.Equal(FindingSeverity.Error, f.Severity));
        Assert.Equal("'2025-10-32' is not a date (yyyy-MM-dd).", reading.Findings[0].Message);
        Assert.Equal("'8:00am' is not a time (HH:mm or HH:mm:ss, 24-hour).", reading.Findings[1].Message);
        Assert.Equal("'Group, 0' is out of range: a group has from 1 to 9999 students (Group, n).", reading.Findings[3].Message);
        Assert.Equal("2025-10-32", reading.Findings[0].AttemptedValue);
    }

    [Fact]
    public void Each_unreadable_code_has_its_catalog_field_and_severity()
    {
        foreach (var (field, code, value, set) in UnreadableText.Fields)
        {
            var finding = Assert.Single(Reader.Read(set(Para, value)).Findings);
            Assert.True(RuleCatalog.TryGet(code, out var rule));
            Assert.Equal((code, rule.Field, rule.DefaultSeverity), (finding.Code, finding.Field, finding.Severity));
            Assert.Equal(field, finding.Field);
        }

        var incomplete = Assert.Single(Reader.Read(Para with { CertifiedAt = null }).Findings);
        Assert.Equal(("SR018", "Certification"), (incomplete.Code, incomplete.Field));
        Assert.Equal("CertifiedAt is empty: a certification names who certified and when (the Digest comes with both).", incomplete.Message);
        Assert.Equal(RuleCatalog.UnreadableValues.Select(static r => r.Code), [.. UnreadableText.Fields.Select(static f => f.Code), "SR018"]);
    }

    [Fact]
    public void A_value_is_quoted_shortened_and_with_control_characters_escaped()
    {
        var finding = Assert.Single(Reader.Read(Para with { Date = "2025\u0001-10-06" + new string('9', 100) }).Findings);

        Assert.StartsWith("'2025\\u0001-10-06999", finding.Message, StringComparison.Ordinal);
        Assert.Contains("…' is not a date", finding.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\u0001', finding.Message);
    }

    [Fact]
    public void Extra_patterns_a_host_sets_are_read_and_anything_else_is_not_guessed()
    {
        var us = new ServiceRecordReader(new ServiceRecordReaderOptions
        {
            DatePatterns = ["MM/dd/yyyy"],
            TimePatterns = ["h:mm tt"],
            DateTimePatterns = ["MM/dd/yyyy HH:mm"],
        });

        var reading = us.Read(Para with { Date = "10/06/2025", StartTime = "8:00 AM", CertifiedAt = "10/08/2025 17:00" });
        Assert.Empty(reading.Findings);
        Assert.Equal((new LocalDate(2025, 10, 6), new LocalTime(8, 0)), (reading.Partial.Date, reading.Partial.StartTime));

        var strict = Reader.Read(Para with { Date = "10/06/2025" });
        Assert.Equal("'10/06/2025' is not a date (yyyy-MM-dd).", Assert.Single(strict.Findings).Message);
        Assert.Equal("'06.10.2025' is not a date (yyyy-MM-dd or MM/dd/yyyy).", Assert.Single(us.Read(Para with { Date = "06.10.2025" }).Findings).Message);
    }

    [Fact]
    public void A_bad_pattern_or_a_null_option_is_refused_when_the_reader_is_built()
    {
        var bad = Assert.Throws<ArgumentException>(() => new ServiceRecordReader(new ServiceRecordReaderOptions { DatePatterns = ["yyyy-MM-dd-q"] }));
        Assert.Contains("DatePatterns[0]", bad.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => new ServiceRecordReader(new ServiceRecordReaderOptions { Languages = null! }));
        Assert.Throws<ArgumentException>(() => new ServiceRecordReader(new ServiceRecordReaderOptions { TimeZone = null! }));
        Assert.Throws<ArgumentNullException>(() => new ServiceRecordReader(null!));
        Assert.Throws<ArgumentNullException>(() => Reader.Read(null!));
    }

    [Fact]
    public void Without_a_digest_the_certification_covers_the_content_as_read_and_with_one_it_is_kept()
    {
        var asRead = Reader.Read(Para with { Digest = null, Notes = "edited" }).Record!;
        Assert.True(asRead.Certification!.Covers(asRead));

        var stored = Reader.Read(Para with { Notes = "edited" }).Record!;
        Assert.False(stored.Certification!.Covers(stored)); // SR605 will say so
    }

    [Fact]
    public void A_reading_carries_the_row_key_and_describes_itself_without_notes()
    {
        var reading = Reader.Read(Para with { Date = "x", Notes = "secret" }, rowKey: "12");

        Assert.Equal("12", reading.RowKey);
        Assert.Equal("1 unreadable value (Date), row 12", reading.ToString());
        Assert.DoesNotContain("secret", Reader.Read(Para with { Notes = "secret" }).ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("secret", (Para with { Notes = "secret" }).ToString(), StringComparison.Ordinal);
        Assert.Same(Samples.ParaRecord, ServiceRecordReading.Of(Samples.ParaRecord, "7").Record);
    }
}
