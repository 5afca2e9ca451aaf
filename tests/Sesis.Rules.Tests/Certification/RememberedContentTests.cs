using System.Reflection;
using FsCheck.Xunit;
using NodaTime;

namespace Sesis.Rules.Tests;

/// <summary>
/// A certification made by <see cref="Certification.Of"/> remembers the content it digested, so that checking the
/// same content again needs no second SHA-256. The answers must be exactly those of digesting every time.
/// </summary>
public sealed class RememberedContentTests
{
    private static readonly ServiceRecord Record = Samples.ParaSession;
    private static readonly Instant At = Instant.FromUtc(2025, 10, 6, 19, 0);

    [Property(Arbitrary = [typeof(CertifiedFieldMutationArbitraries)], MaxTest = 200)]
    public void Covers_answers_as_digesting_would_for_the_same_content_and_for_every_one_field_edit(MutatedScenario generated)
    {
        var original = generated.Scenario.Record;
        var remembering = Certification.Of(original, original.ProviderId, At);
        var fromParts = new Certification(original.ProviderId, At, ServiceRecordDigest.Compute(original));
        ServiceRecord[] sameContent =
        [
            original,
            original with { },
            original with { Certification = null },
            original with { Certification = remembering },
            original with { Notes = original.Notes is { } notes ? new string(notes.AsSpan()) : null },
            original with { StudentId = new StudentId(new string(original.StudentId.Value.AsSpan())) },
        ];

        foreach (var record in sameContent)
        {
            Assert.True(ServiceRecordDigest.SameContent(original, record));
            Assert.True(remembering.Covers(record));
            Assert.True(fromParts.Covers(record));
        }

        foreach (var (field, mutated) in generated.Mutations)
        {
            Assert.False(ServiceRecordDigest.SameContent(original, mutated), field);
            Assert.False(ServiceRecordDigest.SameContent(mutated, original), field);
            Assert.False(remembering.Covers(mutated), field);
            Assert.False(fromParts.Covers(mutated), field);

            // Certifying the edit covers the edit and not the original.
            var again = Certification.Of(mutated, mutated.ProviderId, At);
            Assert.True(again.Covers(mutated), field);
            Assert.False(again.Covers(original), field);
        }
    }

    [Fact]
    public void A_certification_made_by_Of_equals_one_made_from_its_parts()
    {
        var remembering = Certification.Of(Record, Record.ProviderId, At);
        var fromParts = new Certification(Record.ProviderId, At, ServiceRecordDigest.Compute(Record));
        var other = new Certification(Record.ProviderId, At.PlusTicks(1), ServiceRecordDigest.Compute(Record));

        EqualityAssert.Equality(remembering, fromParts, other);
        EqualityAssert.Equality(fromParts, remembering, other);
        Assert.Equal(fromParts.GetHashCode(), remembering.GetHashCode());
        Assert.Equal(fromParts.ToString(), remembering.ToString());
    }

    [Fact]
    public void A_certification_whose_digest_was_replaced_covers_what_the_new_digest_says()
    {
        var remembering = Certification.Of(Record, Record.ProviderId, At);
        var otherDigest = ServiceRecordDigest.Compute(Record with { Notes = "edited" });
        var replaced = remembering with { Digest = otherDigest };

        Assert.False(replaced.Covers(Record));
        Assert.Null(Remembered(replaced));
        Assert.NotNull(Remembered(remembering with { CertifiedBy = new ProviderId("P0000001") }));
        Assert.True(replaced.Covers(Record with { Notes = "edited" }));
        Assert.True((replaced with { Digest = remembering.Digest }).Covers(Record));
        Assert.True((remembering with { CertifiedAt = At.PlusTicks(1) }).Covers(Record));
    }

    [Fact]
    public void The_same_date_in_another_calendar_system_is_digested_and_covered()
    {
        var remembering = Certification.Of(Record, Record.ProviderId, At);
        var gregorian = Record with { Date = Record.Date.WithCalendar(CalendarSystem.Gregorian) };

        // Not the same fields (the calendar differs), so Covers digests: the digest reads the ISO date and matches.
        Assert.False(ServiceRecordDigest.SameContent(Record, gregorian));
        Assert.True(remembering.Covers(gregorian));
    }

    [Fact]
    public void Certifying_a_certified_record_again_remembers_it_without_its_certification()
    {
        var first = Certification.Of(Record, Record.ProviderId, At);
        var certified = Record with { Certification = first };
        var second = Certification.Of(certified, Record.ProviderId, At.PlusTicks(1));

        // No chain of earlier records: an uncertified record is remembered as it is, a certified one without its certification.
        Assert.Same(Record, Remembered(first));
        Assert.Null(Remembered(second)!.Certification);
        Assert.True(second.Covers(certified));
        Assert.True(second.Covers(Record));
        Assert.Null(Remembered(new Certification(Record.ProviderId, At, first.Digest)));
    }

    [Fact]
    public void Covers_refuses_no_record_by_name() =>
        Assert.Equal("record", Assert.Throws<ArgumentNullException>(() => Certification.Of(Record, Record.ProviderId, At).Covers(null!)).ParamName);

    [Fact]
    public void One_certification_answers_the_same_on_many_threads()
    {
        var remembering = Certification.Of(Record, Record.ProviderId, At);
        var edited = Record with { EndTime = Record.EndTime.PlusMinutes(1) };

        var answers = Concurrently.Run(200, t => (remembering.Covers(Record), remembering.Covers(t % 2 == 0 ? edited : Record with { })));

        Assert.All(answers, a => Assert.True(a.Item1));
        Assert.Equal([false, true, false, true, false, true, false, true], answers.Select(a => a.Item2));
    }

    private static ServiceRecord? Remembered(Certification certification) =>
        (ServiceRecord?)typeof(Certification).GetFields(BindingFlags.NonPublic | BindingFlags.Instance)
            .Single(static f => f.FieldType == typeof(ServiceRecord))
            .GetValue(certification);
}
