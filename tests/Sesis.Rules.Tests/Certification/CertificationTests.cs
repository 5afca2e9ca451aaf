using FsCheck;
using FsCheck.Xunit;
using NodaTime;

namespace Sesis.Rules.Tests;

public sealed class CertificationTests
{
    private static readonly ServiceRecord Record = Samples.ParaSession;

    [Fact]
    public void The_digest_of_a_known_record_is_fixed()
    {
        // The canonical encoding is a contract: if this changes, every stored certification breaks. The value
        // was computed apart from this library, by a short Python script following the encoding documented on
        // ServiceRecordDigest (hashlib.sha256 over the length-prefixed UTF-16LE fields).
        Assert.Equal("04221aca756b365cacb6b4acd4d4e0aad2c9b507dbe9de7adcecf8ef9bb58758", ServiceRecordDigest.Compute(Record).ToString());
    }

    [Fact]
    public void A_certification_covers_the_record_it_was_made_for_and_not_an_edit()
    {
        var certification = Certification.Of(Record, Record.ProviderId, Instant.FromUtc(2025, 10, 6, 19, 0));

        Assert.True(certification.Covers(Record));
        Assert.True(certification.Covers(Record with { Certification = certification }));
        Assert.False(certification.Covers(Record with { EndTime = new LocalTime(14, 25) }));
        Assert.False(certification.Covers(Record with { Notes = "" }));
        Assert.StartsWith("certified by P0012345 at 2025-10-06T19:00:00Z (sha256 ", certification.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Empty_notes_and_no_notes_digest_differently() =>
        Assert.NotEqual(ServiceRecordDigest.Compute(Record with { Notes = "" }), ServiceRecordDigest.Compute(Record));

    [Fact]
    public void Unpaired_surrogates_in_notes_are_not_folded_together() =>
        Assert.NotEqual(ServiceRecordDigest.Compute(Record with { Notes = "a\uD800" }), ServiceRecordDigest.Compute(Record with { Notes = "a\uDBFF" }));

    [Fact]
    public void A_digest_round_trips_through_text_and_bytes()
    {
        var digest = ServiceRecordDigest.Compute(Record);
        Span<byte> bytes = stackalloc byte[ContentDigest.Length];
        digest.CopyTo(bytes);

        Assert.Equal(digest, ContentDigest.FromBytes(bytes));
        Assert.Equal(digest, ContentDigest.Parse(digest.ToString()).Value);
        Assert.Equal(digest, ContentDigest.Parse(digest.ToString().ToUpperInvariant()).Value);
        Assert.Equal(64, digest.ToString().Length);
        EqualityAssert.Equality(digest, ContentDigest.FromBytes(bytes), default(ContentDigest));
        Assert.Equal(new string('0', 64), default(ContentDigest).ToString());
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("zz1b3b6f8bcb0f4d0c8e4b6d8b6f0c1f4c2e9d0a7b3c5e1f2a4b6c8d0e2f4a6b")]
    [InlineData("+f1b3b6f8bcb0f4d0c8e4b6d8b6f0c1f4c2e9d0a7b3c5e1f2a4b6c8d0e2f4a6b")]
    public void A_digest_refuses_text_that_is_not_64_hex_digits(string text) =>
        Assert.False(ContentDigest.TryParse(text, out _));

    [Theory]
    [InlineData(0)]
    [InlineData(31)]
    [InlineData(33)]
    public void A_digest_needs_exactly_32_bytes_and_says_so(int length)
    {
        var error = Assert.Throws<ArgumentException>(() => ContentDigest.FromBytes(new byte[length]));

        Assert.Equal("bytes", error.ParamName);
        Assert.StartsWith($"A digest is 32 bytes, not {length}.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_digest_is_written_into_exactly_32_bytes_or_more_and_refuses_fewer()
    {
        var digest = ServiceRecordDigest.Compute(Record);
        var exact = new byte[ContentDigest.Length];
        var longer = new byte[ContentDigest.Length + 1];

        digest.CopyTo(exact);
        digest.CopyTo(longer);
        var error = Assert.Throws<ArgumentException>(() => digest.CopyTo(new byte[ContentDigest.Length - 1]));

        Assert.Equal(digest, ContentDigest.FromBytes(exact));
        Assert.Equal(exact, longer[..ContentDigest.Length]);
        Assert.Equal(0, longer[^1]);
        Assert.Equal("destination", error.ParamName);
        Assert.StartsWith("A digest needs 32 bytes.", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("04221aca756b365cacb6b4acd4d4e0aad2c9b507dbe9de7adcecf8ef9bb5875")]
    [InlineData("04221aca756b365cacb6b4acd4d4e0aad2c9b507dbe9de7adcecf8ef9bb587580")]
    public void A_digest_of_the_wrong_length_is_refused_with_the_length_it_needs(string? text) =>
        Assert.Equal("A content digest is 64 hex digits.", ContentDigest.Parse(text).Error);

    [Fact]
    public void A_digest_with_a_stray_character_names_the_text()
    {
        var error = ContentDigest.Parse("04221aca756b365cacb6b4acd4d4e0aad2c9b507dbe9de7adcecf8ef9bb5875g").Error;

        // The text is cut to 60 characters in messages.
        Assert.StartsWith("Content digest '04221aca756b365cacb6b4acd4d4e0aad2c9b507", error, StringComparison.Ordinal);
        Assert.EndsWith("' holds a character that is not a hex digit.", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(8)]
    [InlineData(16)]
    [InlineData(24)]
    [InlineData(31)]
    public void Digests_that_differ_in_any_one_byte_are_not_equal(int index)
    {
        var bytes = new byte[ContentDigest.Length];
        ServiceRecordDigest.Compute(Record).CopyTo(bytes);
        var same = ContentDigest.FromBytes(bytes);
        bytes[index] ^= 0x01;
        var changed = ContentDigest.FromBytes(bytes);

        EqualityAssert.Equality(same, ServiceRecordDigest.Compute(Record), changed);
    }

    [Fact]
    public void A_digest_of_no_record_is_refused_by_name() =>
        Assert.Equal("record", Assert.Throws<ArgumentNullException>(() => ServiceRecordDigest.Compute(null!)).ParamName);

    [Property(Arbitrary = [typeof(ValidRecordArbitraries)], MaxTest = 200)]
    public void Every_generated_record_is_covered_by_its_certification(ServiceRecordScenario scenario) =>
        Assert.True(scenario.Record.Certification!.Covers(scenario.Record));

    [Property(Arbitrary = [typeof(ValidRecordArbitraries)], MaxTest = 200)]
    public void Generated_scenarios_are_consistent_with_their_context(ServiceRecordScenario scenario)
    {
        var record = scenario.Record;
        var policy = ServiceTypeCatalog.Standard[record.ServiceType];

        Assert.True(scenario.Caseload.TryFind(record.ProviderId, record.StudentId, record.ServiceType, record.Date, out _));
        Assert.True(policy.AllowsRole(scenario.Provider.Role));
        Assert.True(record.Length >= policy.MinSessionLength && record.Length <= policy.MaxSessionLength, scenario.ToString());
        Assert.True(record.GroupSize.Students <= policy.MaxGroupSize);
        Assert.True(record.Certification!.CertifiedAt <= scenario.Now);
        Assert.True(record.Date <= scenario.Today);
        Assert.True(record.StudentId.IsOsisNumber);
    }
}
