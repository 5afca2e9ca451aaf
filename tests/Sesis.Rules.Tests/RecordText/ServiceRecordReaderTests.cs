using NodaTime;
using NodaTime.Text;

namespace Sesis.Rules.Tests;

public sealed class ServiceRecordReaderTests
{
    // A well-formed digest, of no content in particular.
    private const string Digest = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";

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
        Assert.Equal(Instant.FromUtc(2025, 10, 8, 21, 0), reading.Partial.Certification!.CertifiedAt); // New York, then on EDT
        Assert.Equal("SR016", Assert.Single(us.Read(Para with { CertifiedAt = "soon" }).Findings).Code);

        var strict = Reader.Read(Para with { Date = "10/06/2025" });
        Assert.Equal("'10/06/2025' is not a date (yyyy-MM-dd).", Assert.Single(strict.Findings).Message);
        Assert.Equal("'06.10.2025' is not a date (yyyy-MM-dd or MM/dd/yyyy).", Assert.Single(us.Read(Para with { Date = "06.10.2025" }).Findings).Message);
    }

    [Fact]
    public void A_bad_pattern_or_a_null_option_is_refused_when_the_reader_is_built()
    {
        var bad = Assert.Throws<ArgumentException>(() => new ServiceRecordReader(new ServiceRecordReaderOptions { DatePatterns = ["yyyy-MM-dd-q"] }));
        Assert.Contains("DatePatterns[0]", bad.Message, StringComparison.Ordinal);
        Assert.Equal("options", bad.ParamName); // the constructor's parameter, not a private helper's
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

    [Theory]
    [InlineData("StudentId", "'20438152?' is not a student id (letters, digits and hyphens, at most 64 characters).")]
    [InlineData("ProviderId", "'P 0012345' is not a provider id (letters, digits and hyphens, at most 64 characters).")]
    [InlineData("ServiceType", "'para*professional' is not a service type (a code such as paraprofessional, or a name from the service-type list).")]
    [InlineData("Date", "'2025-10-32' is not a date (yyyy-MM-dd).")]
    [InlineData("StartTime", "'25:00' is not a time (HH:mm or HH:mm:ss, 24-hour).")]
    [InlineData("EndTime", "'8h45' is not a time (HH:mm or HH:mm:ss, 24-hour).")]
    [InlineData("Language", "'xx' is not a language (a three-letter code such as eng, or a name from the language list).")]
    [InlineData("SessionType", "'Absent' is not a session type (Service Provided, Student Absent, Provider Absent or Cancelled).")]
    [InlineData("Reason", "'Sick' is not a reason (a code such as ProviderSickLeave, or a name such as Provider sick leave).")]
    [InlineData("GroupSize", "'Group, 0' is out of range: a group has from 1 to 9999 students (Group, n).")]
    [InlineData("Location", "'Bus stop!' is not a service location (a code such as transportation, or a name from the location list).")]
    [InlineData("Description", "'health?' is not a service description (a code such as health, or a name from the description list).")]
    [InlineData("Progress", "'much better!' is not a progress indicator (a code such as progressing, or a name from the progress list).")]
    [InlineData("NotesConfidential", "'maybe' is not true or false.")]
    [InlineData("CertifiedBy", "'P 1' is not a provider id (letters, digits and hyphens, at most 64 characters).")]
    [InlineData("CertifiedAt", "'yesterday' is not an instant (such as 2025-10-06T19:30:00Z or 2025-10-06T15:30:00-04:00) or a local date and time (2025-10-06T15:30).")]
    [InlineData("Digest", "'abc' is not a SHA-256 digest (64 hexadecimal digits).")]
    public void Each_unreadable_value_is_told_what_was_expected_word_for_word(string field, string message)
    {
        // The messages are part of the contract: a host shows them to the person who typed the value.
        var (_, code, value, set) = UnreadableText.Of(field);

        var finding = Assert.Single(Reader.Read(set(Para, value)).Findings);

        Assert.Equal((code, field, message), (finding.Code, finding.Field, finding.Message));
    }

    [Theory]
    [InlineData("Group,", "'Group,' is not a group size (Individual, Group, n or Group n).")] // no number at all
    [InlineData("Triple", "'Triple' is not a group size (Individual, Group, n or Group n).")]
    [InlineData("Trio 3", "'Trio 3' is not a group size (Individual, Group, n or Group n).")] // a number, but not after Group
    [InlineData("Group, 0", "'Group, 0' is out of range: a group has from 1 to 9999 students (Group, n).")]
    [InlineData("group 10000", "'group 10000' is out of range: a group has from 1 to 9999 students (Group, n).")]
    public void An_unreadable_group_size_is_out_of_range_only_when_it_is_Group_and_a_number(string text, string message) =>
        Assert.Equal(message, Assert.Single(Reader.Read(Para with { GroupSize = text }).Findings).Message);

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" ")]
    public void Absent_confidentiality_reads_as_not_confidential(string? text)
    {
        var reading = Reader.Read(Para with { NotesConfidential = text });

        Assert.Empty(reading.Findings);
        Assert.False(reading.Record!.NotesConfidential);
    }

    [Theory]
    [InlineData(null, null, Digest, "CertifiedBy and CertifiedAt are")] // a digest alone
    [InlineData(null, "2025-10-08T21:00:00Z", null, "CertifiedBy is")]
    [InlineData(null, "2025-10-08T21:00:00Z", Digest, "CertifiedBy is")]
    [InlineData("P0012345", " ", null, "CertifiedAt is")]
    public void A_certification_part_given_without_who_or_when_is_named_as_missing(string? by, string? at, string? digest, string missing)
    {
        var finding = Assert.Single(Reader.Read(Para with { CertifiedBy = by, CertifiedAt = at, Digest = digest }).Findings);

        Assert.Equal(("SR018", "Certification"), (finding.Code, finding.Field));
        Assert.Equal($"{missing} empty: a certification names who certified and when (the Digest comes with both).", finding.Message);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void A_blank_digest_is_no_digest_so_the_certification_covers_the_content_as_read(string digest)
    {
        var record = Reader.Read(Para with { Digest = digest, Notes = "edited" }).Record!;

        Assert.True(record.Certification!.Covers(record));
    }

    [Fact]
    public void Two_unreadable_certification_parts_each_have_a_finding_and_no_record_is_built()
    {
        // Both parts mark the same field of the record; the second must not undo the first.
        var reading = Reader.Read(Para with { CertifiedBy = "P 1", CertifiedAt = "yesterday" });

        Assert.Equal(["SR015", "SR016"], reading.Findings.Select(static f => f.Code));
        Assert.False(reading.IsComplete);
        Assert.Null(reading.Record);
    }

    [Fact]
    public void Without_a_digest_an_unreadable_value_leaves_the_certification_unknown_not_covering_a_guess()
    {
        // The certification would cover a record holding a default in place of the date: it is left out instead.
        var reading = Reader.Read(Para with { Date = "x", Digest = null });

        Assert.Equal(["Date"], reading.UnreadableFields);
        Assert.Null(reading.Partial.Certification);
        Assert.Equal(RecordFields.Date | RecordFields.Certification, reading.Unreadable);
    }

    [Theory]
    [InlineData("9998-12-31T23:59", true)]
    [InlineData("-9997-01-01T00:00", true)]
    [InlineData("9999-01-01T00:00", false)] // a zone could take it past the end of NodaTime's range: unreadable, never an exception
    [InlineData("-9998-12-31T23:59", false)]
    public void A_local_certification_time_reads_from_year_minus_9997_to_9998(string text, bool readable)
    {
        var utc = new ServiceRecordReader(new ServiceRecordReaderOptions { TimeZone = DateTimeZone.Utc });

        var reading = utc.Read(Para with { CertifiedAt = text });

        if (readable)
        {
            Assert.Empty(reading.Findings);
            Assert.Equal(LocalDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm").Parse(text).Value.InUtc().ToInstant(), reading.Partial.Certification!.CertifiedAt);
        }
        else
        {
            Assert.Equal("SR016", Assert.Single(reading.Findings).Code);
        }
    }

    [Theory]
    [InlineData("9999-12-31 20:29:15-18:00", null)] // 10000-01-01 14:29:15Z: past the last instant (a fuzzing run's find)
    [InlineData("9999-12-31T06:00-18:00", null)]
    [InlineData("9999-12-31T05:59:59.999999999-18:00", "9999-12-31T23:59:59.999999999Z")] // the last instant itself
    [InlineData("9999-12-31T23:59+18:00", "9999-12-31T05:59:00Z")]
    [InlineData("-9998-01-01 17:59+18:00", null)] // before the first instant
    [InlineData("-9998-01-01T18:00+18:00", "-9998-01-01T00:00:00Z")]
    [InlineData("-9998-01-01T00:00-18:00", "-9998-01-01T18:00:00Z")]
    public void An_instant_with_an_offset_past_either_end_of_the_range_is_unreadable_never_an_exception(string text, string? expected)
    {
        var reading = Reader.Read(Para with { CertifiedAt = text });

        if (expected is null)
        {
            var finding = Assert.Single(reading.Findings);
            Assert.Equal(("SR016", "CertifiedAt"), (finding.Code, finding.Field));
        }
        else
        {
            Assert.Empty(reading.Findings);
            Assert.Equal(InstantPattern.ExtendedIso.Parse(expected).Value, reading.Record!.Certification!.CertifiedAt);
        }
    }

    [Fact]
    public void A_reading_describes_itself_without_a_row_key_with_the_record_or_every_unreadable_field()
    {
        var complete = Reader.Read(Para);

        Assert.Equal($"read: {complete.Record}", complete.ToString());
        Assert.StartsWith("read: 2025-10-06 08:00-14:20", complete.ToString(), StringComparison.Ordinal);
        Assert.Equal("1 unreadable value (Date)", Reader.Read(Para with { Date = "x" }).ToString());
        Assert.Equal("2 unreadable values (Date, StartTime)", Reader.Read(Para with { Date = "x", StartTime = "y" }).ToString());
    }

    [Fact]
    public void The_text_form_describes_itself_with_a_question_mark_for_an_absent_value()
    {
        Assert.Equal("2025-10-06 08:00-14:20 paraprofessional student 204381527 provider P0012345 (text)", Para.ToString());
        Assert.Equal("? ?-? ? student ? provider ? (text)", new ServiceRecordText().ToString());
        Assert.Equal(" 08:00-14:20 paraprofessional student 204381527 provider P0012345 (text)", (Para with { Date = "" }).ToString());
    }

    [Fact]
    public void A_null_option_or_pattern_is_refused_with_a_message_naming_it()
    {
        var missing = Assert.Throws<ArgumentException>(() => new ServiceRecordReader(new ServiceRecordReaderOptions { DatePatterns = null! }));
        Assert.Equal("ServiceRecordReaderOptions.DatePatterns is null; leave it unset for the default. (Parameter 'options')", missing.Message);

        var languages = Assert.Throws<ArgumentException>(() => new ServiceRecordReader(new ServiceRecordReaderOptions { Languages = null! }));
        Assert.Equal("ServiceRecordReaderOptions.Languages is null; leave it unset for the default. (Parameter 'options')", languages.Message);

        var entry = Assert.Throws<ArgumentException>(() => new ServiceRecordReader(new ServiceRecordReaderOptions { TimePatterns = ["HH:mm", null!] }));
        Assert.Equal("ServiceRecordReaderOptions.TimePatterns[1] is null. (Parameter 'options')", entry.Message);
    }

    [Fact]
    public void A_name_two_catalog_entries_share_is_not_read_but_a_code_is_read_even_when_another_entry_is_named_so()
    {
        // Reading a shared name would be a guess between the two; a code is never a guess.
        var reader = new ServiceRecordReader(new ServiceRecordReaderOptions
        {
            Languages = Language.StandardCatalog
                .With(new Language("qqa"), "Elvish").With(new Language("qqb"), "elvish")
                .With(new Language("qqc"), "qqd").With(new Language("qqd"), "Quenya"),
        });

        var shared = Assert.Single(reader.Read(Para with { Language = "Elvish" }).Findings);
        Assert.Equal(("SR007", "'Elvish' is not a language (a three-letter code such as eng, or a name from the language list)."), (shared.Code, shared.Message));
        Assert.Equal(new Language("qqd"), reader.Read(Para with { Language = "QQD" }).Record!.Language);
        Assert.Equal(new Language("qqd"), reader.Read(Para with { Language = "quenya" }).Record!.Language);
    }
}
