
namespace Sesis.Rules.Tests;

public sealed class IdentifierTests
{
    [Theory]
    [InlineData("204381527")]
    [InlineData("A-1")]
    [InlineData("x")]
    public void StudentId_parses_well_formed_text_exactly(string text)
    {
        var result = StudentId.Parse(text);

        Assert.True(result.Success);
        Assert.Equal(text, result.Value.Value);
        Assert.Equal(text, result.Value.ToString());
    }

    [Theory]
    [InlineData(null, "Student id is empty.")]
    [InlineData("", "Student id is empty.")]
    [InlineData(" 204381527", "Student id ' 204381527' may hold only letters, digits and hyphens.")]
    [InlineData("2043\n81527", "Student id '2043\\u000a81527' may hold only letters, digits and hyphens.")]
    public void StudentId_rejects_bad_text_with_a_message(string? text, string message)
    {
        var result = StudentId.Parse(text);

        Assert.False(result.Success);
        Assert.Equal(message, result.Error);
        Assert.False(StudentId.TryParse(text, out var value));
        Assert.True(value.IsEmpty);
        var error = Assert.ThrowsAny<ArgumentException>(() => new StudentId(text!));
        Assert.Equal(text is null ? typeof(ArgumentNullException) : typeof(ArgumentException), error.GetType());
        Assert.Equal("value", error.ParamName);
    }

    [Fact]
    public void Ids_longer_than_64_characters_are_refused()
    {
        Assert.True(ProviderId.Parse(new string('9', 64)).Success);
        Assert.Equal("Provider id is 65 characters long; at most 64 are allowed.", ProviderId.Parse(new string('9', 65)).Error);
    }

    [Theory]
    [InlineData("204381527", true)]
    [InlineData("20438152", false)]
    [InlineData("2043815270", false)]
    [InlineData("20438152A", false)]
    public void IsOsisNumber_means_exactly_nine_digits(string text, bool expected) =>
        Assert.Equal(expected, new StudentId(text).IsOsisNumber);

    [Fact]
    public void Default_id_is_empty_and_not_OSIS()
    {
        Assert.True(default(StudentId).IsEmpty);
        Assert.Equal(string.Empty, default(StudentId).Value);
        Assert.Equal(string.Empty, default(ProviderId).ToString());
        Assert.False(default(StudentId).IsOsisNumber);
    }

    [Fact]
    public void Ids_compare_exactly_and_order_ordinally()
    {
        var a = new ProviderId("A1");
        var lower = new ProviderId("a1");

        EqualityAssert.Equality(a, new ProviderId("A1"), lower, default);
        Assert.True(a < lower);
        Assert.True(lower > a);
        Assert.True(a <= new ProviderId("A1"));
        Assert.True(a >= new ProviderId("A1"));
        Assert.True(default(ProviderId) < a);
        Assert.Equal(0, default(ProviderId).CompareTo(default));
    }

    [Theory]
    [InlineData("123456789", true)]
    [InlineData("12345678", false)]
    [InlineData("1234567890", false)]
    [InlineData("P12345678", false)]
    [InlineData("12345678P", false)]
    public void A_student_id_is_an_OSIS_number_exactly_when_nine_digits_and_a_provider_id_has_no_such_member(string text, bool expected)
    {
        Assert.Equal(expected, new StudentId(text).IsOsisNumber);

        // OSIS numbers identify students: a provider id with nine digits is just an id.
        Assert.Null(typeof(ProviderId).GetProperty("IsOsisNumber"));
        Assert.Equal(text, new ProviderId(text).ToString());
    }

    [Fact]
    public void Equal_ids_are_neither_before_nor_after_each_other()
    {
        var student = new StudentId("204381527");
        var same = new StudentId("204381527");
        var later = new StudentId("204381535");
        var provider = new ProviderId("P1");
        var sameProvider = new ProviderId("P1");
        var laterProvider = new ProviderId("P2");

        Assert.False(student < same);
        Assert.False(student > same);
        Assert.True(student <= same);
        Assert.True(student >= same);
        Assert.True(student < later);
        Assert.False(later < student);
        Assert.True(later > student);
        Assert.False(student > later);
        Assert.True(student <= later);
        Assert.False(later <= student);
        Assert.True(later >= student);
        Assert.False(student >= later);

        Assert.False(provider < sameProvider);
        Assert.False(provider > sameProvider);
        Assert.True(provider <= sameProvider);
        Assert.True(provider >= sameProvider);
        Assert.False(laterProvider <= provider);
        Assert.False(provider >= laterProvider);
    }

    [Fact]
    public void Constructor_errors_name_the_kind_of_id()
    {
        Assert.StartsWith("Student id ", Assert.Throws<ArgumentException>(() => new StudentId("a b")).Message, StringComparison.Ordinal);
        Assert.StartsWith("Provider id ", Assert.Throws<ArgumentException>(() => new ProviderId("a b")).Message, StringComparison.Ordinal);
    }
}
