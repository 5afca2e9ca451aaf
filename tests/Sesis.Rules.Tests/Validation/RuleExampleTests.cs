using NodaTime;
using NodaTime.Testing;
using static Sesis.Rules.Tests.Samples;

namespace Sesis.Rules.Tests;

public sealed class RuleExampleTests
{
    public static TheoryData<string> Codes() => [.. RuleCatalog.SingleRecord.Select(static r => r.Code)];

    [Fact]
    public void Every_code_has_a_breaking_and_a_nearest_valid_example() =>
        Assert.Equal(RuleCatalog.SingleRecord.Select(static r => r.Code).Order(), RuleExamples.ByCode.Keys.Order());

    [Theory]
    [MemberData(nameof(Codes))]
    public void A_record_that_breaks_only_one_rule_gets_exactly_that_code(string code)
    {
        var example = RuleExamples.ByCode[code].Broken;
        var findings = example.Validate();

        var finding = Assert.Single(findings);
        Assert.Equal(code, finding.Code);
        Assert.True(RuleCatalog.TryGet(code, out var rule));
        Assert.Equal(rule.DefaultSeverity, finding.Severity);
        Assert.Equal(rule.Field, finding.Field);
        Assert.StartsWith(RuleMessages.Default.GetDisplayName(rule.Field), finding.Message, StringComparison.Ordinal); // the message names the field...
        Assert.Contains(":", finding.Message, StringComparison.Ordinal);          // ...then says the fix
    }

    [Theory]
    [MemberData(nameof(Codes))]
    public void The_nearest_valid_record_gets_no_finding(string code) =>
        Assert.Empty(RuleExamples.ByCode[code].NearestValid.Validate());

    [Fact]
    public void The_samples_are_valid_in_both_stages()
    {
        var validator = new ServiceRecordValidator(Options);
        foreach (var record in new[] { ParaRecord, ParaAbsence, SpeechRecord, CounselingRecord })
        {
            Assert.Empty(validator.Validate(record, ValidationStage.Draft));
            Assert.Empty(validator.Validate(record, ValidationStage.Save));
        }
    }

    [Fact]
    public void A_record_wrong_in_several_independent_ways_gets_every_finding_in_code_order()
    {
        var record = ParaRecord with
        {
            EndTime = new LocalTime(7, 0),           // SR201
            Language = new Language("tlh"),          // SR403
            Notes = "Bell\u0007",                    // SR512
            Certification = null,                   // SR601
        };

        Assert.Equal(["SR201", "SR403", "SR512", "SR601"], new ServiceRecordValidator(Options).Validate(record, ValidationStage.Save).Codes());
    }

    [Fact]
    public void A_draft_is_not_checked_for_certification()
    {
        var record = ParaRecord with { EndTime = new LocalTime(7, 0), Certification = null };

        Assert.Equal(["SR201"], new ServiceRecordValidator(Options).Validate(record, ValidationStage.Draft).Codes());
    }

    [Fact]
    public void An_end_before_the_start_does_not_also_report_the_duration_or_the_certification_time()
    {
        // Start after end by more than the longest session: only the order of the times is reported.
        var record = Certify(ParaRecord with { StartTime = new LocalTime(23, 0), EndTime = new LocalTime(6, 0) }, At(2025, 10, 6, 6, 30));

        Assert.Equal(["SR201"], new ServiceRecordValidator(Options).Validate(record, ValidationStage.Save).Codes());
    }

    [Fact]
    public void An_unknown_service_type_does_not_also_report_the_rules_that_need_its_policy()
    {
        // Group of 40, a description and confidential notes would each break a policy; without a policy only SR104 holds.
        var record = Certify(ParaRecord with
        {
            ServiceType = new ServiceType("basket-weaving"),
            GroupSize = GroupSize.Group(40),
            Description = null,
            Progress = null,
            NotesConfidential = true,
            EndTime = new LocalTime(23, 59),
        });

        Assert.Equal(["SR104"], new ServiceRecordValidator(Options).Validate(record, ValidationStage.Save).Codes());
    }

    [Fact]
    public void An_undefined_session_type_does_not_also_report_what_a_session_type_would_require()
    {
        var record = Certify(ParaRecord with { SessionType = (SessionType)9, Location = null, Description = null, Progress = null });

        Assert.Equal(["SR301"], new ServiceRecordValidator(Options).Validate(record, ValidationStage.Save).Codes());
    }

    [Fact]
    public void A_date_far_in_the_future_reports_only_the_date()
    {
        // No calendar, caseload or certification-time findings follow from a date in 2030.
        var record = Certify(ParaRecord with { Date = new LocalDate(2030, 1, 5) });

        Assert.Equal(["SR204"], new ServiceRecordValidator(Options).Validate(record, ValidationStage.Save).Codes());
    }

    [Fact]
    public void A_reason_of_another_session_type_does_not_also_ask_for_it_in_the_notes()
    {
        // Other calls for Cancelled: on a Student Absent record that is SR304, not also SR306's missing notes.
        var record = Certify(ParaAbsence with { Reason = SessionReason.Other });

        Assert.Equal(["SR304"], new ServiceRecordValidator(Options).Validate(record, ValidationStage.Save).Codes());
    }

    [Fact]
    public void An_unknown_provider_does_not_also_report_the_role_or_the_specialty()
    {
        var record = Certify(ParaRecord with { ProviderId = new ProviderId("P9999999"), Description = ServiceDescription.Mobility });
        var options = Options.WithAssignments(ParaAssignment with { ProviderId = record.ProviderId });

        Assert.Equal(["SR801"], new ServiceRecordValidator(options).Validate(record, ValidationStage.Save).Codes());
    }

    [Fact]
    public void A_missing_student_id_does_not_also_report_the_caseload()
    {
        var record = Certify(ParaRecord with { StudentId = default });

        Assert.Equal(["SR101"], new ServiceRecordValidator(Options).Validate(record, ValidationStage.Save).Codes());
    }

    [Fact]
    public void Findings_carry_the_attempted_value_but_never_the_notes()
    {
        var validator = new ServiceRecordValidator(Options);

        var date = Assert.Single(validator.Validate(Certify(ParaRecord with { Date = new LocalDate(2025, 10, 9) }), ValidationStage.Save));
        Assert.Equal("2025-10-09", date.AttemptedValue);

        var notes = Assert.Single(validator.Validate(Certify(ParaRecord with { Notes = "Secret\u0007" }), ValidationStage.Save));
        Assert.Equal("7 characters", notes.AttemptedValue);
        Assert.DoesNotContain("Secret", notes.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_gray_day_depends_on_the_kind_of_school()
    {
        // 2026-06-05, Clerical Day: closed for elementary schools, open for high schools (docs/procedure.md).
        var clericalDay = new LocalDate(2026, 6, 5);
        var record = Certify(ParaRecord with { Date = clericalDay }, At(2026, 6, 5, 17, 0));
        var options = Options with { Clock = new FakeClock(At(2026, 6, 8, 9, 0)) };

        Assert.Equal(["SR702"], new ServiceRecordValidator(options).Validate(record, ValidationStage.Save).Codes());
        Assert.Empty(new ServiceRecordValidator(options with { SchoolKind = SchoolKind.High }).Validate(record, ValidationStage.Save));
    }

    [Fact]
    public void A_record_dated_in_another_calendar_system_is_read_as_its_iso_date()
    {
        var hebrew = ParaRecord.Date.WithCalendar(CalendarSystem.HebrewCivil);
        var record = Certify(ParaRecord with { Date = hebrew });

        Assert.Empty(new ServiceRecordValidator(Options).Validate(record, ValidationStage.Save));
    }
}
