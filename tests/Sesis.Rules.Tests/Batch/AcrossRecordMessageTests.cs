using static Sesis.Rules.Tests.BatchRecords;

namespace Sesis.Rules.Tests;

/// <summary>The SR901-SR904 messages word for word, in the singular and the plural: what a user reads.</summary>
public sealed class AcrossRecordMessageTests
{
    private static string MessageOf(BatchValidationResult result, long index) =>
        result.Findings.Single(f => f.Index == index).Finding.Message;

    [Fact]
    public void A_duplicate_record_says_how_many_other_records_overlap_it()
    {
        var result = Validate(Record(Ana, "08:00", "09:00"), Record(Ana, "08:30", "09:30"), Record(Ana, "08:45", "09:15"));

        Assert.Equal(["0:SR901", "1:SR901", "2:SR901"], result.Codes());
        Assert.Equal(
            "Student '204381527' has 2 other records of paraprofessional with provider 'P0000001' on 2025-10-06 overlapping 08:00-09:00: " +
            "keep one record per student per session.",
            MessageOf(result, 0));

        var pair = Validate(Record(Ana, "08:00", "09:00"), Record(Ana, "08:00", "09:00"));
        Assert.Equal(
            "Student '204381527' has 1 other record of paraprofessional with provider 'P0000001' on 2025-10-06 overlapping 08:00-09:00: " +
            "keep one record per student per session.",
            MessageOf(pair, 1));
    }

    [Fact]
    public void A_provider_overlap_says_is_for_one_other_record_and_are_for_several()
    {
        var result = Validate(Record(Ana, "08:00", "09:00"), Record(Ben, "08:30", "09:30"), Record(Cy, "08:45", "10:00"));

        Assert.Equal(
            "Provider 'P0000001' has 2 other Service Provided records on 2025-10-06 overlapping 08:00-09:00 that are not the same group session " +
            "(same start, end and service type): a provider cannot be in two sessions at once; correct the times.",
            MessageOf(result, 0));

        var pair = Validate(Record(Ana, "08:00", "09:00"), Record(Ben, "08:30", "09:30"));
        Assert.Equal(
            "Provider 'P0000001' has 1 other Service Provided record on 2025-10-06 overlapping 08:30-09:30 that is not the same group session " +
            "(same start, end and service type): a provider cannot be in two sessions at once; correct the times.",
            MessageOf(pair, 1));
    }

    [Fact]
    public void A_wrong_group_size_names_the_students_present_and_the_size_to_state()
    {
        var two = Validate(Record(Ana, "10:00", "10:40", Group(3)), Record(Ben, "10:00", "10:40", Group(2)));
        Assert.Equal(
            "The record states Group, 3, but 2 students have Service Provided records in this group session (paraprofessional 10:00-10:40): " +
            "state Group, 2, the number of students present (procedure step 10).",
            MessageOf(two, 0));
        Assert.Equal("Group, 3", two.Findings[0].Finding.AttemptedValue);

        var one = Validate(Record(Ana, "10:00", "10:40", Group(2)), Record(Ben, "10:00", "10:40", Group(2), SessionType.StudentAbsent));
        Assert.Equal(
            "The record states Group, 2, but 1 student has a Service Provided record in this group session (paraprofessional 10:00-10:40): " +
            "state Group, 1, the number of students present (procedure step 10).",
            MessageOf(one, 0));
    }

    [Fact]
    public void An_Individual_record_in_a_group_names_the_other_students_present_and_the_size_to_state()
    {
        var two = Validate(Record(Ana, "10:00", "10:40"), Record(Ben, "10:00", "10:40", Group(2)));
        Assert.Equal(
            "The record states Individual, but 1 other student has a Service Provided record in the same session (paraprofessional 10:00-10:40): " +
            "state Group, 2, the number of students present (procedure step 10).",
            MessageOf(two, 0));

        var three = Validate(Record(Ana, "10:00", "10:40"), Record(Ben, "10:00", "10:40", Group(3)), Record(Cy, "10:00", "10:40", Group(3)));
        Assert.Equal(
            "The record states Individual, but 2 other students have Service Provided records in the same session (paraprofessional 10:00-10:40): " +
            "state Group, 3, the number of students present (procedure step 10).",
            MessageOf(three, 0));
        Assert.Equal("Individual", three.Findings[0].Finding.AttemptedValue);
    }
}
