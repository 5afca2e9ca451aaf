using static Sesis.Rules.Tests.BatchRecords;

namespace Sesis.Rules.Tests;

/// <summary>
/// SR903 and SR904: the group size of a present student's record is the number of students present (procedure step 10:
/// "the group size should correspond to the number of students that were present for the session. If only one
/// student was present for a group of two or more, select Group, 1").
/// </summary>
public sealed class GroupSizeRuleTests
{
    [Fact]
    public void A_group_of_three_with_one_absent_states_Group_2_on_both_present_records() =>
        Assert.Empty(Validate(
            Record(Ana, "10:00", "10:40", Group(2)),
            Record(Ben, "10:00", "10:40", Group(2)),
            Record(Cy, "10:00", "10:40", Group(3), SessionType.StudentAbsent)).Findings);

    [Fact]
    public void A_group_of_three_with_one_absent_that_states_Group_3_is_wrong_on_the_present_records_only()
    {
        var result = Validate(
            Record(Ana, "10:00", "10:40", Group(3)),
            Record(Ben, "10:00", "10:40", Group(3)),
            Record(Cy, "10:00", "10:40", Group(3), SessionType.StudentAbsent));

        Assert.Equal(["0:SR903", "1:SR903"], result.Codes());
        var finding = result.Findings[0].Finding;
        Assert.Equal("GroupSize", finding.Field);
        Assert.Equal(FindingSeverity.Error, finding.Severity);
        Assert.Equal("Group, 3", finding.AttemptedValue);
        Assert.Contains("state Group, 2", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_only_student_who_came_to_a_group_states_Group_1() =>
        Assert.Empty(Validate(
            Record(Ana, "10:00", "10:40", Group(1)),
            Record(Ben, "10:00", "10:40", Group(3), SessionType.StudentAbsent),
            Record(Cy, "10:00", "10:40", Group(3), SessionType.StudentAbsent)).Findings);

    [Fact]
    public void The_only_student_who_came_but_states_the_planned_group_is_reported()
    {
        var result = Validate(
            Record(Ana, "10:00", "10:40", Group(2)),
            Record(Ben, "10:00", "10:40", Group(2), SessionType.StudentAbsent));

        Assert.Equal(["0:SR903"], result.Codes());
        Assert.Contains("state Group, 1", result.Findings[0].Finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_lone_record_stating_a_larger_group_is_reported() =>
        Assert.Equal(["0:SR903"], Validate(Record(Ana, "10:00", "10:40", Group(2))).Codes());

    [Fact]
    public void A_lone_present_record_may_be_Individual_or_Group_1() =>
        Assert.Empty(Validate(Record(Ana, "10:00", "10:40"), Record(Ben, "11:00", "11:40", Group(1))).Findings);

    [Fact]
    public void Only_the_member_whose_group_size_differs_is_reported() =>
        Assert.Equal(
            ["1:SR903"],
            Validate(
                Record(Ana, "10:00", "10:40", Group(3)),
                Record(Ben, "10:00", "10:40", Group(2)),
                Record(Cy, "10:00", "10:40", Group(3))).Codes());

    [Fact]
    public void Absent_records_group_size_is_not_checked() =>
        Assert.Empty(Validate(
            Record(Ana, "10:00", "10:40", Group(1)),
            Record(Ben, "10:00", "10:40", Group(5), SessionType.StudentAbsent),
            Record(Cy, "10:00", "10:40", sessionType: SessionType.Cancelled)).Findings);

    [Fact]
    public void An_Individual_record_with_another_student_present_in_its_session_is_SR904()
    {
        var result = Validate(Record(Ana, "10:00", "10:40"), Record(Ben, "10:00", "10:40", Group(2)));

        Assert.Equal(["0:SR904"], result.Codes());
        Assert.Equal("Individual", result.Findings[0].Finding.AttemptedValue);
        Assert.Contains("1 other student has a Service Provided record", result.Findings[0].Finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_Individual_records_of_one_session_are_both_SR904_and_not_an_overlap() =>
        Assert.Equal(["0:SR904", "1:SR904"], Validate(Record(Ana, "10:00", "10:40"), Record(Ben, "10:00", "10:40")).Codes());

    [Fact]
    public void An_Individual_record_whose_session_mates_were_absent_is_fine() =>
        Assert.Empty(Validate(Record(Ana, "10:00", "10:40"), Record(Ben, "10:00", "10:40", sessionType: SessionType.StudentAbsent)).Findings);

    [Fact]
    public void A_duplicate_record_does_not_count_its_student_twice() =>
        Assert.Equal(
            ["1:SR901", "2:SR901"],
            Validate(
                Record(Ana, "10:00", "10:40", Group(2)),
                Record(Ben, "10:00", "10:40", Group(2)),
                Record(Ben, "10:00", "10:40", Group(2))).Codes());

    [Fact]
    public void Sessions_are_told_apart_by_time_and_service_type() =>
        Assert.Empty(Validate(
            Record(Ana, "10:00", "10:40", Group(1)),
            Record(Ben, "10:40", "11:20", Group(1)),
            Record(Cy, "12:00", "12:30", Group(1)),
            Record(Ana, "12:30", "13:00", Group(1), serviceType: ServiceType.Counseling)).Findings);
}
