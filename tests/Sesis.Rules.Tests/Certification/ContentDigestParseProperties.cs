using FsCheck;
using FsCheck.Fluent;

namespace Sesis.Rules.Tests;

/// <summary>
/// <see cref="ContentDigest.TryParse(string?, out ContentDigest)"/> reads hex digit by digit; on digests, digests with
/// a character changed, and arbitrary text it reads exactly 64 ASCII hex digits, as <see cref="Convert.FromHexString(string)"/>
/// reads them, and nothing else.
/// </summary>
public sealed class ContentDigestParseProperties
{
    private static readonly char[] NearChars = [.. "0123456789abcdefABCDEFgG xX-+\u0660\uff10\uff41"];

    private static Gen<string> Digests { get; } =
        Gen.Elements([.. "0123456789abcdefABCDEF"]).ArrayOf(64).Select(static c => new string(c));

    private static Gen<string> Texts { get; } = Gen.OneOf(
        Digests,
        from digest in Digests
        from at in Gen.Choose(0, 63)
        from c in Gen.OneOf(Gen.Elements(NearChars), ArbMap.Default.GeneratorFor<char>())
        select digest.Remove(at, 1).Insert(at, c.ToString()),
        ArbMap.Default.GeneratorFor<string>().Select(static s => s ?? string.Empty));

    [Fact]
    public void A_digest_is_64_hex_digits_read_as_bytes()
    {
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(3000), Prop.ForAll(Texts.ToArbitrary(), text =>
            Assert.Equal(AsHexBytes(text), (ContentDigest.TryParse(text, out var digest), digest.ToString()))));
    }

    [Theory]
    [InlineData(15)]
    [InlineData(63)]
    public void A_nul_character_after_the_digits_of_a_group_is_not_a_hex_digit(int at)
    {
        // The general number parser this replaced ignored NULs at the end of a 16-digit group, so it read a digest
        // the text does not hold.
        var text = new string('a', 64).Remove(at, 1).Insert(at, "\0");
        Assert.False(ContentDigest.TryParse(text, out _));
    }

    private static (bool, string) AsHexBytes(string text) =>
        text.Length == 64 && text.All(char.IsAsciiHexDigit)
            ? (true, Convert.ToHexString(Convert.FromHexString(text)).ToLowerInvariant())
            : (false, default(ContentDigest).ToString());
}
