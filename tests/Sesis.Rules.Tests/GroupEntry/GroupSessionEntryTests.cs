using static Sesis.Rules.Tests.BatchRecords;

namespace Sesis.Rules.Tests;

/// <summary>Entering a group session once and fanning it out to one record per student (docs/procedure.md, facts; procedure step 10).</summary>
public sealed class GroupSessionEntryTests
{
    private static readonly GroupSessionEntry Session = new()
    {
        ProviderId = ProviderOne,
        ServiceType = ServiceType.Paraprofessional,
        Date = Day,
        StartTime = new NodaTime.LocalTime(10, 0),
        EndTime = new NodaTime.LocalTime(10, 40),
        Language = Language.Spanish,
        Location = ServiceLocation.StandardCatalog.Keys.First(),
        Description = ServiceDescription.Mobility,
        Progress = ProgressIndicator.Progressing,
        Notes = "Practised stairs.",
    };

    [Fact]
    public void A_group_of_three_with_one_absent_gives_Group_2_to_the_present_students()
    {
        var records = Session.FanOut(
        [
            GroupMember.Present(new StudentId(Ana)),
            GroupMember.NotServed(new StudentId(Ben), SessionReason.StudentAbsentFromSchool) with { Notes = "Out sick." },
            GroupMember.Present(new StudentId(Cy)),
        ]);

        Assert.Equal([Ana, Ben, Cy], records.Select(static r => r.StudentId.Value));
        Assert.Equal([Group(2), Group(3), Group(2)], records.Select(static r => r.GroupSize));
        Assert.Equal([SessionType.ServiceProvided, SessionType.StudentAbsent, SessionType.ServiceProvided], records.Select(static r => r.SessionType));
        Assert.Equal(SessionReason.StudentAbsentFromSchool, records[1].Reason);
        Assert.Null(records[0].Reason);
        Assert.All(records, static r =>
        {
            Assert.Equal(ProviderOne, r.ProviderId);
            Assert.Equal(Day, r.Date);
            Assert.Equal(new NodaTime.LocalTime(10, 0), r.StartTime);
            Assert.Equal(new NodaTime.LocalTime(10, 40), r.EndTime);
            Assert.Equal(Language.Spanish, r.Language);
            Assert.Null(r.Certification);
        });
        Assert.Equal(ServiceDescription.Mobility, records[0].Description);
        Assert.Equal(ProgressIndicator.Progressing, records[2].Progress);
        Assert.NotNull(records[2].Location);
        Assert.Null(records[1].Location);
        Assert.Null(records[1].Description);
        Assert.Null(records[1].Progress);
        Assert.Equal("Practised stairs.", records[0].Notes);
        Assert.Equal("Out sick.", records[1].Notes);
        Assert.Empty(Validate([.. records]).Findings);
    }

    [Fact]
    public void When_only_one_student_came_their_record_states_Group_1()
    {
        var records = Session.FanOut(
        [
            GroupMember.NotServed(new StudentId(Ana), SessionReason.SchoolTrip),
            GroupMember.Present(new StudentId(Ben)),
        ]);

        Assert.Equal(Group(1), records[1].GroupSize);
        Assert.Equal(SessionType.Cancelled, records[0].SessionType);
        Assert.Equal(Group(2), records[0].GroupSize);
        Assert.Empty(Validate([.. records]).Findings);
    }

    [Fact]
    public void A_student_entered_twice_is_kept_twice_counted_once_and_reported_as_a_duplicate()
    {
        var records = Session.FanOut(
        [
            GroupMember.Present(new StudentId(Ana)),
            GroupMember.Present(new StudentId(Ben)),
            GroupMember.Present(new StudentId(Ana)),
        ]);

        Assert.Equal(3, records.Count);
        Assert.All(records, static r => Assert.Equal(Group(2), r.GroupSize));
        Assert.Equal(["0:SR901", "2:SR901"], Validate([.. records]).Codes());
    }

    [Fact]
    public void No_members_give_no_records() => Assert.Empty(Session.FanOut([]));

    [Fact]
    public void A_null_member_is_named_by_its_position()
    {
        var error = Assert.Throws<ArgumentException>(() => Session.FanOut([GroupMember.Present(new StudentId(Ana)), null!]));
        Assert.Contains("Group member 1", error.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentNullException>(() => Session.FanOut(null!));
    }

    [Fact]
    public void A_member_not_served_takes_the_session_type_its_reason_decides()
    {
        Assert.Equal(SessionType.ProviderAbsent, GroupMember.NotServed(new StudentId(Ana), SessionReason.ProviderSickLeave).SessionType);
        Assert.Equal(SessionType.StudentAbsent, GroupMember.NotServed(new StudentId(Ana), SessionReason.StudentRefusedService).SessionType);
        Assert.Throws<ArgumentOutOfRangeException>(() => GroupMember.NotServed(new StudentId(Ana), (SessionReason)999));
    }

    [Fact]
    public void Members_and_entries_print_without_notes()
    {
        Assert.Equal("204381527 StudentAbsent", (GroupMember.NotServed(new StudentId(Ana), SessionReason.StudentAbsentFromSchool) with { Notes = "private" }).ToString());
        Assert.Equal("2025-10-06 10:00-10:40 paraprofessional provider P0000001 group", Session.ToString());
    }
}
