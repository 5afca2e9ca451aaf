using static Sesis.Rules.Tests.BatchRecords;

namespace Sesis.Rules.Tests;

/// <summary>SR901: one record per student per session (docs/rules.md, SR9xx).</summary>
public sealed class DuplicateRecordTests
{
    [Fact]
    public void The_same_session_entered_twice_is_reported_on_both_records()
    {
        var result = Validate(Record(Ana, "08:00", "09:00"), Record(Ana, "08:00", "09:00"));

        Assert.Equal(["0:SR901", "1:SR901"], result.Codes());
        var finding = result.Findings[0].Finding;
        Assert.Equal(FindingSeverity.Error, finding.Severity);
        Assert.Equal("StudentId", finding.Field);
        Assert.Equal("08:00-09:00", finding.AttemptedValue);
        Assert.Contains("1 other record", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Overlapping_times_are_a_duplicate_even_when_not_equal() =>
        Assert.Equal(["0:SR901", "1:SR901"], Validate(Record(Ana, "08:00", "09:00"), Record(Ana, "08:30", "09:30")).Codes());

    [Fact]
    public void An_absence_and_a_service_for_the_same_session_are_duplicates() =>
        Assert.Equal(
            ["0:SR901", "1:SR901"],
            Validate(Record(Ana, "08:00", "09:00"), Record(Ana, "08:00", "09:00", sessionType: SessionType.StudentAbsent)).Codes());

    [Fact]
    public void Back_to_back_sessions_do_not_overlap_because_the_end_is_excluded() =>
        Assert.Empty(Validate(Record(Ana, "08:00", "09:00"), Record(Ana, "09:00", "10:00")).Findings);

    [Fact]
    public void Different_students_service_types_providers_or_dates_are_not_duplicates() =>
        Assert.DoesNotContain(
            Validate(
                Record(Ana, "08:00", "09:00", Group(2)),
                Record(Ben, "08:00", "09:00", Group(2)),
                Record(Ana, "11:00", "12:00"),
                Record(Ana, "11:00", "12:00", provider: OtherProvider),
                Record(Ana, "11:00", "12:00", date: Day.PlusDays(1))).Codes(),
            static c => c.EndsWith("SR901", StringComparison.Ordinal));

    [Fact]
    public void Each_record_counts_its_own_duplicates()
    {
        var result = Validate(Record(Ana, "08:00", "09:00"), Record(Ana, "08:30", "09:30"), Record(Ana, "09:15", "10:00"));

        Assert.Equal(["0:SR901", "1:SR901", "2:SR901"], result.Codes());
        Assert.Contains("1 other record", result.Findings[0].Finding.Message, StringComparison.Ordinal);
        Assert.Contains("2 other records", result.Findings[1].Finding.Message, StringComparison.Ordinal);
        Assert.Contains("1 other record", result.Findings[2].Finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_students_records_are_counted_by_time_whatever_their_order_in_the_input()
    {
        // Latest first: 09:15-10:00 overlaps only 08:30-09:30; 08:00-08:20 overlaps nothing.
        var result = Validate(Record(Ana, "09:15", "10:00"), Record(Ana, "08:30", "09:30"), Record(Ana, "08:00", "08:20"));

        Assert.Equal(["0:SR901", "1:SR901"], result.Codes());
        Assert.All(result.Findings, static f => Assert.Contains("has 1 other record of", f.Finding.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void A_duplicated_service_is_not_also_reported_as_a_provider_overlap_or_a_wrong_group_size()
    {
        // Ana and Ben in a group of two; Ana's record entered twice. Only the duplicate is wrong.
        var result = Validate(
            Record(Ana, "08:00", "09:00", Group(2)),
            Record(Ben, "08:00", "09:00", Group(2)),
            Record(Ana, "08:00", "09:00", Group(2)));

        Assert.Equal(["0:SR901", "2:SR901"], result.Codes());
    }

    [Fact]
    public void A_record_without_a_time_range_takes_part_in_no_overlap() =>
        Assert.Empty(Validate(Record(Ana, "09:00", "08:00"), Record(Ana, "08:00", "10:00")).Findings);
}
