using NodaTime;
using NodaTime.Testing;
using static Sesis.Rules.Tests.Samples;

namespace Sesis.Rules.Tests;

/// <summary>
/// One reading of local times (docs/rules.md, "Local times"): on New York's clock-change nights the validator's
/// "the session has ended" (SR205), SR603, <see cref="CertificationVerification"/> and the workflow's Certify agree.
/// </summary>
public sealed class LocalTimesTests
{
    private static readonly DateTimeZone NewYork = RecordingContext.NewYork;

    [Fact]
    public void A_session_ending_in_the_spring_forward_gap_ends_when_the_clocks_jump_for_every_rule()
    {
        // The repro: 2026-03-08 01:00-02:30; 02:30 does not exist that night (02:00 EST becomes 03:00 EDT).
        // At 07:10Z (03:10 EDT) the validator said "ended" (no SR205) while certifying then gave SR603.
        var record = Session(new LocalDate(2026, 3, 8), new LocalTime(1, 0), new LocalTime(2, 30));
        var at = Instant.FromUtc(2026, 3, 8, 7, 10);

        Assert.Equal(Instant.FromUtc(2026, 3, 8, 7, 0), CertificationVerification.SessionEnd(record, NewYork));
        Assert.Equal(["SR703"], Validator(at).Validate(Certify(record, at), ValidationStage.Save).Codes());
        Assert.True(CertificationVerification.Of(Certify(record, at), NewYork, at).IsValid);
        Assert.True(Workflow(record, at).Certify(record.ProviderId, at).Succeeded);

        // One minute before the clocks jump (01:59 EST) the session has not ended, for every rule alike.
        var before = Instant.FromUtc(2026, 3, 8, 6, 59);
        Assert.Equal(["SR205", "SR703"], Validator(before).Validate(record with { Certification = null }, ValidationStage.Draft).Codes());
        Assert.True(CertificationVerification.Of(Certify(record, before), NewYork, before).Has(CertificationProblem.BeforeSessionEnded));
        Assert.False(Workflow(record, before).Certify(record.ProviderId, before).Succeeded);
    }

    [Fact]
    public void A_session_ending_in_the_repeated_fall_back_hour_ends_at_its_first_reading_for_every_rule()
    {
        // The repro: 2025-11-02, ending 01:30, which happens at 05:30Z (EDT) and again at 06:30Z (EST).
        // At 06:10Z (01:10 EST) the validator said SR205 (01:30 is after 01:10 on the wall clock) while the
        // certification took the session as ended at 05:30Z.
        var record = Session(new LocalDate(2025, 11, 2), new LocalTime(0, 30), new LocalTime(1, 30));
        var at = Instant.FromUtc(2025, 11, 2, 6, 10);

        Assert.Equal(Instant.FromUtc(2025, 11, 2, 5, 30), CertificationVerification.SessionEnd(record, NewYork));
        Assert.Equal(["SR703"], Validator(at).Validate(Certify(record, at), ValidationStage.Save).Codes());
        Assert.True(CertificationVerification.Of(Certify(record, at), NewYork, at).IsValid);
        Assert.True(Workflow(record, at).Certify(record.ProviderId, at).Succeeded);

        var before = Instant.FromUtc(2025, 11, 2, 5, 29);
        Assert.Equal(["SR205", "SR703"], Validator(before).Validate(record with { Certification = null }, ValidationStage.Draft).Codes());
        Assert.True(CertificationVerification.Of(Certify(record, before), NewYork, before).Has(CertificationProblem.BeforeSessionEnded));
        Assert.False(Workflow(record, before).Certify(record.ProviderId, before).Succeeded);
    }

    [Theory]
    [InlineData(2025, 3, 9)]
    [InlineData(2025, 11, 2)]
    [InlineData(2026, 3, 8)]
    [InlineData(2026, 11, 1)]
    [InlineData(2025, 10, 6)]
    public void On_a_clock_change_day_the_validator_the_verification_and_the_workflow_agree_at_every_moment(int year, int month, int day)
    {
        // Every session of an hour ending on the quarter hour from 01:00 to 06:00 (the ends whose five hours of
        // checks cross the night's clock change; later ends are ordinary), checked every five minutes: "not ended"
        // (SR205) exactly when certifying then is "before the session ended", and exactly when Certify is refused.
        var date = new LocalDate(year, month, day);
        var clock = new FakeClock(Instant.MinValue);
        var validator = new ServiceRecordValidator(Options(clock));
        for (var end = new LocalTime(1, 0); end <= new LocalTime(6, 0); end = end.PlusMinutes(15))
        {
            // Around the end, two hours either side of its wall-clock reading at each of the day's offsets.
            var record = Session(date, end.PlusHours(-1), end);
            var around = (date + end).InUtc().ToInstant();
            for (var now = around + Duration.FromHours(2); now < around + Duration.FromHours(7); now += Duration.FromMinutes(5))
            {
                if (now.InZone(NewYork).Date < date)
                {
                    continue; // the day has not begun: SR204 (date in the future), not SR205
                }

                clock.Reset(now);
                var notEnded = validator.Validate(record with { Certification = null }, ValidationStage.Draft).Codes().Contains("SR205");
                var certified = Certify(record, now);
                var beforeEnd = CertificationVerification.Of(certified, NewYork, now).Has(CertificationProblem.BeforeSessionEnded);
                var refused = !Workflow(record, now, validator).Certify(record.ProviderId, now).Succeeded;
                var sr603 = validator.Validate(certified, ValidationStage.Save).Codes().Contains("SR603");

                Assert.True(notEnded == beforeEnd, $"{record}, now {now}: SR205 {notEnded}, before the end {beforeEnd}");
                Assert.True(notEnded == refused, $"{record}, now {now}: SR205 {notEnded}, Certify refused {refused}");
                Assert.False(sr603, $"{record}, now {now}: certified at now, SR603 either (session ended) or a follow-on of SR205");
                Assert.Equal(now < CertificationVerification.SessionEnd(record, NewYork), notEnded);
            }
        }
    }

    [Fact]
    public void An_end_past_the_instants_NodaTime_represents_is_the_first_or_last_instant()
    {
        var last = Session(LocalDate.MaxIsoValue, new LocalTime(23, 0), new LocalTime(23, 59));
        var first = Session(LocalDate.MinIsoValue, new LocalTime(0, 0), new LocalTime(0, 1));

        Assert.Equal(Instant.MaxValue, CertificationVerification.SessionEnd(last, NewYork));
        Assert.Equal(Instant.MinValue, CertificationVerification.SessionEnd(first, DateTimeZoneProviders.Tzdb["Asia/Tokyo"]));
        Assert.Equal(Instant.FromUtc(-9998, 1, 1, 4, 57) + Duration.FromSeconds(2), CertificationVerification.SessionEnd(first, NewYork));
        Assert.Equal(new LocalDateTime(9999, 12, 31, 23, 59).InUtc().ToInstant(), CertificationVerification.SessionEnd(last, DateTimeZone.Utc));
    }

    private static ServiceRecord Session(LocalDate date, LocalTime start, LocalTime end) =>
        Certify(ParaRecord with { Date = date, StartTime = start, EndTime = end });

    private static ServiceRecordValidator Validator(Instant now) => new(Options(new FakeClock(now)));

    // No calendar (SR703, a warning, for every record) and the student on the caseload in 2025 and 2026.
    private static RecordingContext Options(IClock clock) =>
        Samples.Options.WithAssignments(new CaseloadAssignment(Para.Id, Student, ServiceType.Paraprofessional, new DateInterval(new LocalDate(2025, 1, 1), new LocalDate(2026, 12, 31))))
        with { Clock = clock, Calendar = null };

    private static ServiceRecordWorkflow Workflow(ServiceRecord record, Instant now, IServiceRecordValidator? validator = null) =>
        new(ServiceRecordRevision.NewDraft(Guid.NewGuid(), record with { Certification = null }),
            validator ?? new InContext(NoFindingsValidator.Instance, Options(new FakeClock(now))));
}
