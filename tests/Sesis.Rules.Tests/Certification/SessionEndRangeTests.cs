using NodaTime;
using NodaTime.Testing;
using static Sesis.Rules.Tests.Samples;

namespace Sesis.Rules.Tests;

/// <summary>A session ending past the last instant NodaTime represents is verified, not an overflow.</summary>
public sealed class SessionEndRangeTests
{
    [Fact]
    public void A_certified_record_on_the_last_day_NodaTime_holds_is_verified_as_certified_before_it_ended()
    {
        // The repro: 9999-12-31 23:59 in New York is 10000-01-01 04:59Z; CertificationVerification.Of threw
        // OverflowException while the validator answers SR204 (the date is in the future).
        var record = Certify(ParaRecord with { Date = LocalDate.MaxIsoValue, StartTime = new LocalTime(23, 0), EndTime = new LocalTime(23, 59) });

        var verification = CertificationVerification.Of(record, RecordingContext.NewYork, Now);

        Assert.True(verification.Has(CertificationProblem.BeforeSessionEnded));
        Assert.True(verification.CoversContent);
        Assert.Equal(["SR204"], new ServiceRecordValidator(Options).Validate(record, ValidationStage.Save).Codes());
    }

    [Fact]
    public void The_encounter_attendance_report_lists_such_a_record_as_not_certified()
    {
        // EncounterAttendanceReport.Create verifies every record's certification, so it threw too.
        var record = Certify(ParaRecord with { Date = LocalDate.MaxIsoValue, StartTime = new LocalTime(23, 0), EndTime = new LocalTime(23, 59) });
        var period = new DateInterval(LocalDate.MaxIsoValue.PlusDays(-30), LocalDate.MaxIsoValue);
        var context = new RecordingContext { Clock = new FakeClock(Instant.MaxValue), Calendar = SchoolCalendars.NewYorkCity2025To2026 };

        var report = EncounterAttendanceReport.Create(context, EncounterAttendanceScope.ForProvider(Para.Id), period, [record]);

        var uncertified = Assert.Single(report.NotCertified);
        Assert.True(uncertified.Verification.Has(CertificationProblem.BeforeSessionEnded));
    }
}
