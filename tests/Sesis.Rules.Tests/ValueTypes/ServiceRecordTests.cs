using NodaTime;

namespace Sesis.Rules.Tests;

public sealed class ServiceRecordTests
{
    [Fact]
    public void A_record_describes_itself_on_one_line_without_its_notes()
    {
        var record = new ServiceRecord
        {
            StudentId = new StudentId("204381527"),
            ProviderId = new ProviderId("P0012345"),
            ServiceType = ServiceType.Paraprofessional,
            Date = new LocalDate(2025, 10, 6),
            StartTime = new LocalTime(8, 0),
            EndTime = new LocalTime(9, 5),
            Language = Language.English,
            Notes = "confidential",
        };

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
