using System.Reflection;
using FsCheck.Xunit;
using NodaTime;
using static Sesis.Rules.Tests.LifecycleTestKit;

namespace Sesis.Rules.Tests;

/// <summary>A certification covers its record's content (procedure step 15): any later edit shows; nothing else matters.</summary>
public sealed class CertificationVerificationTests
{
    private static readonly DateTimeZone NewYork = RecordGenerators.NewYork;

    // Certified fields: every property of a record a caller sets, except the certification itself.
    private static readonly string[] CertifiedFields =
    [
        .. typeof(ServiceRecord).GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(static p => p.SetMethod is not null && p.Name != nameof(ServiceRecord.Certification))
            .Select(static p => p.Name)
            .Order(StringComparer.Ordinal),
    ];

    [Fact]
    public void The_mutation_generator_covers_every_certified_field()
    {
        Assert.Equal(15, CertifiedFields.Length);
        Assert.Equal(CertifiedFields, CertifiedFieldMutations.Mutators.Keys.Order(StringComparer.Ordinal));
    }

    [Property(Arbitrary = [typeof(CertifiedFieldMutationArbitraries)], MaxTest = 200)]
    public void Changing_any_one_certified_field_alone_makes_verification_fail(MutatedScenario generated)
    {
        var original = generated.Scenario.Record;
        Assert.Equal(CertifiedFields.Length, generated.Mutations.Count);
        foreach (var (field, mutated) in generated.Mutations)
        {
            Assert.Equal([field], DifferingFields(original, mutated));
            Assert.Same(original.Certification, mutated.Certification);

            var verification = CertificationVerification.Of(mutated, NewYork, generated.Scenario.Now);
            Assert.False(verification.IsValid, field);
            Assert.True(verification.Has(CertificationProblem.ContentChanged), $"{field}: {verification}");
            Assert.False(verification.CoversContent);
            Assert.False(original.Certification!.Covers(mutated));
        }
    }

    [Property(Arbitrary = [typeof(CertifiedFieldMutationArbitraries)], MaxTest = 300)]
    public void An_unchanged_certified_record_always_verifies(ServiceRecordScenario scenario)
    {
        var verification = CertificationVerification.Of(scenario.Record, NewYork, scenario.Now);

        Assert.True(verification.IsValid, $"{scenario}: {verification}");
        Assert.True(verification.CoversContent);
        Assert.Equal("valid", verification.ToString());
        Assert.True(CertificationVerification.Of(scenario.Record with { }, NewYork, scenario.Now).IsValid);
    }

    [Property(Arbitrary = [typeof(CertifiedFieldMutationArbitraries)], MaxTest = 300)]
    public void The_digest_depends_on_nothing_but_the_certified_content(ServiceRecordScenario scenario)
    {
        var record = scenario.Record;

        // The same content in fresh objects (new string instances, no certification or someone else's) digests the same.
        var rebuilt = new ServiceRecord
        {
            StudentId = new StudentId(Fresh(record.StudentId.Value)),
            ProviderId = new ProviderId(Fresh(record.ProviderId.Value)),
            ServiceType = new ServiceType(Fresh(record.ServiceType.Code)),
            Date = new LocalDate(record.Date.Year, record.Date.Month, record.Date.Day),
            StartTime = LocalTime.FromTicksSinceMidnight(record.StartTime.TickOfDay),
            EndTime = LocalTime.FromTicksSinceMidnight(record.EndTime.TickOfDay),
            Language = new Language(Fresh(record.Language.Code)),
            SessionType = record.SessionType,
            Reason = record.Reason,
            GroupSize = record.GroupSize.IsIndividual ? GroupSize.Individual : GroupSize.Group(record.GroupSize.Students),
            Location = record.Location is { } l ? new ServiceLocation(Fresh(l.Code)) : null,
            Description = record.Description is { } d ? new ServiceDescription(Fresh(d.Code)) : null,
            Progress = record.Progress is { } p ? new ProgressIndicator(Fresh(p.Code)) : null,
            Notes = record.Notes is { } n ? Fresh(n) : null,
            NotesConfidential = record.NotesConfidential,
        };

        var digest = ServiceRecordDigest.Compute(record);
        Assert.Equal(digest, ServiceRecordDigest.Compute(rebuilt));
        Assert.Equal(digest, ServiceRecordDigest.Compute(rebuilt with { Certification = Certification.Of(rebuilt, OtherId, Instant.MinValue) }));
        Assert.Equal(digest, record.Certification!.Digest);
        Assert.Equal(digest, ServiceRecordDigest.Compute(record with { Date = record.Date.WithCalendar(CalendarSystem.Gregorian) }));
    }

    [Fact]
    public void The_digest_of_an_absence_with_a_reason_group_and_confidential_notes_is_fixed_on_every_framework()
    {
        // Computed apart from this library by a short Python script following the encoding documented on
        // ServiceRecordDigest (the same script reproduces the digest pinned in CertificationTests).
        var record = new ServiceRecord
        {
            StudentId = new StudentId("310245786"),
            ProviderId = new ProviderId("P0004321"),
            ServiceType = ServiceType.Counseling,
            Date = new LocalDate(2026, 3, 9),
            StartTime = new LocalTime(10, 15),
            EndTime = new LocalTime(10, 45),
            Language = Language.Spanish,
            SessionType = SessionType.Cancelled,
            Reason = SessionReason.IepMeeting,
            GroupSize = GroupSize.Group(3),
            Notes = "Reuni\u00f3n del IEP;\nsesi\u00f3n reprogramada.",
            NotesConfidential = true,
        };

        Assert.Equal("399603c957292a2b0cde584a370f4b382f186a57eb120f9b50432404a65b1932", ServiceRecordDigest.Compute(record).ToString());
    }

    [Fact]
    public void A_record_without_a_certification_is_not_certified()
    {
        var verification = CertificationVerification.Of(Sample, NewYork, Now);

        Assert.False(verification.IsValid);
        Assert.True(verification.Has(CertificationProblem.NotCertified));
        Assert.False(verification.Has(CertificationProblem.ContentChanged));
        Assert.False(verification.CoversContent);
        Assert.Equal("not valid: the record is not certified", verification.ToString());
    }

    [Fact]
    public void A_certification_by_another_provider_is_not_valid_though_it_covers_the_content()
    {
        var verification = CertificationVerification.Of(Sample with { Certification = Certification.Of(Sample, OtherId, Now) }, NewYork, Now);

        Assert.True(verification.CoversContent);
        Assert.False(verification.IsValid);
        Assert.Equal("not valid: certified by someone other than the record's provider", verification.ToString());
    }

    [Fact]
    public void A_certification_one_second_before_the_session_ended_is_not_valid_and_at_its_end_it_is()
    {
        Assert.Equal(
            "not valid: certified before the session ended",
            CertificationVerification.Of(Sample with { Certification = Certification.Of(Sample, OwnId, SessionEnd - Duration.FromSeconds(1)) }, NewYork, Now).ToString());
        Assert.True(CertificationVerification.Of(Sample with { Certification = Certification.Of(Sample, OwnId, SessionEnd) }, NewYork, Now).IsValid);
    }

    [Fact]
    public void A_certification_after_now_is_in_the_future()
    {
        var record = Sample with { Certification = Certification.Of(Sample, OwnId, Now + Duration.FromSeconds(1)) };

        Assert.Equal("not valid: certified at a time in the future", CertificationVerification.Of(record, NewYork, Now).ToString());
        Assert.True(CertificationVerification.Of(record, NewYork, Now + Duration.FromSeconds(1)).IsValid);
    }

    [Fact]
    public void Every_problem_is_reported_at_once()
    {
        var certification = Certification.Of(Sample, OtherId, Instant.FromUtc(2025, 10, 6, 12, 0));
        var verification = CertificationVerification.Of(Sample with { Notes = "edited", Certification = certification }, NewYork, Instant.FromUtc(2025, 10, 6, 11, 0));

        Assert.Equal(
            "not valid: certified by someone other than the record's provider; certified before the session ended; certified at a time in the future; the content changed after certifying",
            verification.ToString());
    }

    [Fact]
    public void The_session_end_is_the_records_date_and_end_time_in_its_zone() =>
        Assert.Equal(SessionEnd, CertificationVerification.SessionEnd(Sample, NewYork));

    [Fact]
    public void A_verification_never_made_does_not_pass_for_valid()
    {
        Assert.False(default(CertificationVerification).IsValid);
        Assert.True(default(CertificationVerification).Has(CertificationProblem.NotCertified));
        Assert.Equal(CertificationVerification.Of(Sample, NewYork, Now), default);
        Assert.False(default(CertificationVerification).Has((CertificationProblem)0));
    }

    [Fact]
    public void Verifying_without_a_record_or_a_zone_is_refused_by_name()
    {
        var certified = Sample with { Certification = Certification.Of(Sample, OwnId, SessionEnd) };

        Assert.Equal("record", Assert.Throws<ArgumentNullException>(() => CertificationVerification.Of(null!, NewYork, Now)).ParamName);
        Assert.Equal("zone", Assert.Throws<ArgumentNullException>(() => CertificationVerification.Of(Sample, null!, Now)).ParamName);
        Assert.Equal("zone", Assert.Throws<ArgumentNullException>(() => CertificationVerification.Of(certified, null!, Now)).ParamName);
        Assert.Equal("record", Assert.Throws<ArgumentNullException>(() => CertificationVerification.SessionEnd(null!, NewYork)).ParamName);
        Assert.Equal("zone", Assert.Throws<ArgumentNullException>(() => CertificationVerification.SessionEnd(Sample, null!)).ParamName);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(6)]
    [InlineData(8)]
    [InlineData(33)]
    [InlineData(34)]
    [InlineData(37)]
    [InlineData(-31)]
    [InlineData(-1)]
    public void A_problem_that_is_not_defined_is_never_reported(int value)
    {
        // A shift counts modulo 32, so 33, 34, 37 and -31 land on the bits of defined problems: the range check stops them.
        var everything = CertificationVerification.Of(
            Sample with { Notes = "edited", Certification = Certification.Of(Sample, OtherId, Instant.FromUtc(2025, 10, 6, 12, 0)) },
            NewYork,
            Instant.FromUtc(2025, 10, 6, 11, 0));

        Assert.False(CertificationVerification.Of(Sample, NewYork, Now).Has((CertificationProblem)value));
        Assert.False(everything.Has((CertificationProblem)value));
        Assert.False(default(CertificationVerification).Has((CertificationProblem)value));
    }

    [Fact]
    public void Outcomes_are_equal_exactly_when_they_report_the_same_problems()
    {
        var valid = CertificationVerification.Of(Sample with { Certification = Certification.Of(Sample, OwnId, SessionEnd) }, NewYork, Now);
        var otherProvider = CertificationVerification.Of(Sample with { Certification = Certification.Of(Sample, OtherId, SessionEnd) }, NewYork, Now);
        var notCertified = CertificationVerification.Of(Sample, NewYork, Now);

        EqualityAssert.Equality(valid, CertificationVerification.Of(Sample with { Certification = Certification.Of(Sample, OwnId, Now) }, NewYork, Now), otherProvider, notCertified);
        EqualityAssert.Equality(notCertified, default, valid, otherProvider);
        Assert.False(notCertified.Equals("not certified"));
        Assert.NotEqual(valid.GetHashCode(), otherProvider.GetHashCode());
        Assert.Equal("valid", valid.ToString());
    }

    private static string Fresh(string text) => new(text.AsSpan());

    private static string[] DifferingFields(ServiceRecord a, ServiceRecord b) =>
    [
        .. CertifiedFields.Where(name =>
        {
            var property = typeof(ServiceRecord).GetProperty(name)!;
            return !Equals(property.GetValue(a), property.GetValue(b));
        }),
    ];
}
