using NodaTime;

namespace Sesis.Rules.Tests;

public sealed class ServiceRecordTests
{
    [Fact]
    public void A_record_describes_itself_on_one_line_without_its_notes()
    {
        // The lifecycle kit's sample with another end time and notes that must not show.
        var record = LifecycleTestKit.Sample with { EndTime = new LocalTime(9, 5), Notes = "confidential" };

        Assert.Equal("2025-10-06 08:00-09:05 paraprofessional student 204381527 provider P0012345 ServiceProvided", record.ToString());
    }

    [Fact]
    public void A_member_not_served_needs_a_defined_reason()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => GroupMember.NotServed(new StudentId("204381527"), (SessionReason)99));

        Assert.Equal("reason", error.ParamName);
        Assert.StartsWith("The session reason is not defined.", error.Message, StringComparison.Ordinal);
    }
}
