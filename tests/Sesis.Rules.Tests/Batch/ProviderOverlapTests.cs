using static Sesis.Rules.Tests.BatchRecords;

namespace Sesis.Rules.Tests;

/// <summary>SR902: a provider's sessions do not overlap unless they are the same group session.</summary>
public sealed class ProviderOverlapTests
{
    [Fact]
    public void Two_individual_sessions_at_overlapping_times_are_both_reported()
    {
        var result = Validate(Record(Ana, "08:00", "09:00"), Record(Ben, "08:30", "09:30"));

        Assert.Equal(["0:SR902", "1:SR902"], result.Codes());
        Assert.Equal("StartTime", result.Findings[0].Finding.Field);
        Assert.Equal(FindingSeverity.Error, result.Findings[0].Finding.Severity);
        Assert.Equal("08:00-09:00", result.Findings[0].Finding.AttemptedValue);
    }

    [Fact]
    public void The_members_of_one_group_session_do_not_overlap_each_other() =>
        Assert.Empty(Validate(
            Record(Ana, "08:00", "09:00", Group(3)),
            Record(Ben, "08:00", "09:00", Group(3)),
            Record(Cy, "08:00", "09:00", Group(3))).Findings);

    [Fact]
    public void Same_times_but_another_service_type_is_another_session() =>
        Assert.Equal(
            ["0:SR902", "1:SR902"],
            Validate(
                Record(Ana, "08:00", "09:00"),
                Record(Ben, "08:00", "09:00", serviceType: ServiceType.Counseling)).Codes());

    [Fact]
    public void A_group_session_overlapped_by_another_session_reports_every_record_involved()
    {
        var result = Validate(
            Record(Ana, "08:00", "09:00", Group(2)),
            Record(Ben, "08:00", "09:00", Group(2)),
            Record(Cy, "08:45", "09:15"));

        Assert.Equal(["0:SR902", "1:SR902", "2:SR902"], result.Codes());
        Assert.Contains("2 other Service Provided records", result.Findings[2].Finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Adjacent_sessions_do_not_overlap() =>
        Assert.Empty(Validate(Record(Ana, "08:00", "09:00"), Record(Ben, "09:00", "10:00"), Record(Cy, "07:00", "08:00")).Findings);

    [Fact]
    public void Absences_and_cancellations_keep_planned_times_and_do_not_overlap_a_service() =>
        Assert.Empty(Validate(
            Record(Ana, "08:00", "09:00", sessionType: SessionType.StudentAbsent),
            Record(Ben, "08:00", "09:00"),
            Record(Cy, "08:30", "09:30", sessionType: SessionType.Cancelled)).Findings);

    [Fact]
    public void Other_providers_and_other_days_are_separate() =>
        Assert.Empty(Validate(
            Record(Ana, "08:00", "09:00"),
            Record(Ben, "08:00", "09:00", provider: OtherProvider),
            Record(Cy, "08:00", "09:00", date: Day.PlusDays(1))).Findings);

    [Fact]
    public void A_student_with_two_service_types_at_once_overlaps_the_provider_but_is_no_duplicate() =>
        Assert.Equal(
            ["0:SR902", "1:SR902"],
            Validate(Record(Ana, "08:00", "09:00"), Record(Ana, "08:30", "09:00", serviceType: ServiceType.Counseling)).Codes());
}
