using NodaTime.Text;
using Sesis.Rules.Sample.Input;

namespace Sesis.Rules.Sample.Tests.Input;

/// <summary>
/// The host reads a batch's dates without NodaTime's pattern when they are plain (a district's batch has hundreds of
/// thousands), and must read every text exactly as the pattern does: the same date, or the same refusal.
/// </summary>
public sealed class FieldSourceTests
{
    public static TheoryData<string> Texts() =>
    [
        "2025-10-31", "2024-02-29", "2025-02-29", "2025-02-28", "2100-02-29", "2000-02-29", "0001-01-01", "0000-01-01",
        "9999-12-31", "2025-13-01", "2025-00-10", "2025-04-31", "2025-04-00", "2025-1-01", "2025-01-1", " 2025-01-01",
        "2025-01-01 ", "2025/01/01", "20250101", "2025-01-01T00:00", "-2025-01-01", "+2025-01-01", "２０２５-01-01",
        "2025-0a-01", "abcd-ef-gh", "", "2025-10-3\u0661",
    ];

    [Theory]
    [MemberData(nameof(Texts))]
    public void A_date_is_read_as_the_ISO_pattern_reads_it(string text) => AssertSameAsPattern(text);

    [Fact]
    public void Every_day_of_a_leap_year_and_of_the_years_around_it_is_read_as_the_pattern_reads_it()
    {
        for (var year = 2023; year <= 2025; year++)
        {
            for (var month = 1; month <= 12; month++)
            {
                // Day 32 and the day after each month's last are refused by both.
                for (var day = 0; day <= 32; day++)
                {
                    AssertSameAsPattern($"{year:0000}-{month:00}-{day:00}");
                }
            }
        }
    }

    private static void AssertSameAsPattern(string text)
    {
        var pattern = LocalDatePattern.Iso.Parse(text);
        var read = FieldSource.ParseDate(text);

        Assert.Equal(pattern.Success, read.Success);
        if (pattern.Success)
        {
            Assert.Equal(pattern.Value, read.Value);
        }
        else
        {
            Assert.Equal($"'{InputException.Shown(text)}' is not a date (yyyy-MM-dd).", read.Error);
        }
    }
}
