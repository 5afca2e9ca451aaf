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
}
