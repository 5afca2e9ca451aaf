using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace Sesis.Rules.Tests;

public sealed class RecordFactsTests
{
    [Fact]
    public void The_allocation_free_osis_check_agrees_with_the_student_id()
    {
        var ids = from length in Gen.Choose(1, 12)
                  from chars in Gen.Elements("0123456789012345678901234567890123456789ab-Z".ToCharArray()).ArrayOf(length)
                  select new StudentId(new string(chars));

        Check.One(Config.QuickThrowOnFailure.WithMaxTest(500), Prop.ForAll(ids.ToArbitrary(), id =>
            Assert.Equal(id.IsOsisNumber, RecordFacts.IsOsisNumber(id))));
        Assert.False(RecordFacts.IsOsisNumber(default));
    }

    [Theory]
    [InlineData("health", null)]
    [InlineData(" HEALTH ", null)]
    [InlineData("Sign Interpreter", null)]
    [InlineData("sign-INTERPRETER", null)]
    [InlineData("  Behavior support ", "Behavior support")]
    [InlineData("   ", null)]
    public void A_specialty_is_unlisted_unless_it_names_a_description_by_code_or_name(string specialty, string? unlisted)
    {
        var para = ServiceTypeCatalog.Standard[ServiceType.Paraprofessional];
        var provider = Samples.Para with { Specialty = specialty };

        Assert.Equal(unlisted, RecordFacts.UnlistedSpecialty(provider, para));
        Assert.Null(RecordFacts.UnlistedSpecialty(provider, ServiceTypeCatalog.Standard[ServiceType.Counseling]));
        Assert.Null(RecordFacts.UnlistedSpecialty(provider, null));
        Assert.Null(RecordFacts.UnlistedSpecialty(Samples.Para, para));
    }

    [Fact]
    public void The_certain_session_end_check_never_contradicts_the_session_end()
    {
        // Over every quarter hour around New York's 2025 and 2026 transitions and ordinary days: whenever the
        // allocation-free check says "certainly not before the end", the instant comparison agrees.
        var zone = RecordingContext.NewYork;
        var days = new[] { new LocalDate(2025, 3, 9), new LocalDate(2025, 11, 2), new LocalDate(2026, 3, 8), new LocalDate(2025, 10, 6) };
        foreach (var day in days)
        {
            for (var end = 0; end < 24 * 4; end++)
            {
                var endTime = LocalTime.Midnight.PlusMinutes(end * 15);
                var sessionEnd = LocalTimes.Reached(day, endTime, zone);
                for (var delta = -180; delta <= 180; delta += 5)
                {
                    var certifiedAt = sessionEnd + Duration.FromMinutes(delta);
                    if (RecordFacts.CertainlyNotBeforeSessionEnd(certifiedAt, day, endTime, zone))
                    {
                        Assert.True(certifiedAt >= sessionEnd, $"{day} {endTime} certified {delta} min after");
                    }
                }
            }
        }
    }

    [Theory]
    [InlineData(2025, 10, 6)]
    [InlineData(-9997, 1, 1)]
    [InlineData(9998, 12, 31)]
    public void The_certain_session_end_check_is_certain_on_an_ordinary_day_from_the_end_on(int year, int month, int day)
    {
        // The other side of the contract: where the offset does not change, a certification at the very end (or
        // later) is certain without the exact conversion, in every safe year; this is what keeps the valid path at
        // 0 B. A tick before the end is never certain.
        var zone = RecordingContext.NewYork;
        var date = new LocalDate(year, month, day);
        var endTime = new LocalTime(10, 0);
        var sessionEnd = LocalTimes.Reached(date, endTime, zone);

        Assert.True(RecordFacts.CertainlyNotBeforeSessionEnd(sessionEnd, date, endTime, zone));
        Assert.True(RecordFacts.CertainlyNotBeforeSessionEnd(sessionEnd + Duration.FromHours(1), date, endTime, zone));
        Assert.False(RecordFacts.CertainlyNotBeforeSessionEnd(sessionEnd - Duration.Epsilon, date, endTime, zone));
    }

    [Theory]
    [InlineData(-9998, 12, 31, false)]
    [InlineData(-9997, 1, 1, true)]
    [InlineData(2025, 10, 6, true)]
    [InlineData(9998, 12, 31, true)]
    [InlineData(9999, 1, 1, false)]
    public void A_session_end_exists_in_every_zone_within_the_safe_years(int year, int month, int day, bool safe)
    {
        // Safe: every time of the day, at any offset NodaTime allows (up to 18 hours either way), is an instant.
        var date = new LocalDate(year, month, day);
        Assert.Equal(safe, RecordFacts.HasSessionEnd(date));
        if (safe)
        {
            Assert.True(new OffsetDateTime(date + LocalTime.MaxValue, Offset.FromHours(-18)).ToInstant() <= Instant.MaxValue);
            Assert.True(new OffsetDateTime(date.At(LocalTime.Midnight), Offset.FromHours(18)).ToInstant() >= Instant.MinValue);
        }
    }

    [Fact]
    public void A_session_of_the_last_representable_day_that_has_not_ended_is_reported()
    {
        // Today is 9999-12-31 in New York; the session's end, 23:00 there, is after the last instant NodaTime holds.
        var today = new LocalDate(9999, 12, 31);
        var validator = new ServiceRecordValidator(Samples.Options with { Clock = new NodaTime.Testing.FakeClock(Instant.FromUtc(9999, 12, 31, 12, 0)) });
        var record = Samples.ParaSession with { Date = today, StartTime = new LocalTime(6, 0), EndTime = new LocalTime(23, 0) };

        Assert.Contains("SR205", validator.Validate(record, ValidationStage.Draft).Codes());
        Assert.DoesNotContain("SR205", validator.Validate(record with { EndTime = new LocalTime(6, 30) }, ValidationStage.Draft).Codes());
    }

    [Theory]
    [InlineData(0, 0, true)]
    [InlineData(0, 2, false)]
    [InlineData(3, 0, false)]
    [InlineData(3, 2, true)]
    [InlineData(3, 3, true)]
    [InlineData(3, 4, false)]
    public void A_group_of_at_most_the_mandated_size_agrees_with_the_mandate(int mandated, int recorded, bool agrees)
    {
        static GroupSize Size(int students) => students == 0 ? GroupSize.Individual : GroupSize.Group(students);

        Assert.Equal(agrees, RecordFacts.GroupingAgrees(Size(mandated), Size(recorded)));
    }
}
