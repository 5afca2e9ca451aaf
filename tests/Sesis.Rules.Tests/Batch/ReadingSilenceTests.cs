using static Sesis.Rules.Tests.BatchRecords;

namespace Sesis.Rules.Tests;

/// <summary>
/// A row read in part silences only the findings its unreadable values could change: a duplicate needs the same
/// student, the same service type and overlapping times; an overlap a present record overlapping; a group size a
/// present record of the same session. Any other finding on the correct rows stays.
/// </summary>
public sealed class ReadingSilenceTests
{
    private static readonly ServiceRecordReader Reader = new();

    private static readonly BatchValidator Batch = new(NoFindingsValidator.Instance);

    // Ana's two overlapping records: SR901 on both.
    private static readonly ServiceRecord[] AnasDuplicates = [Record(Ana, "08:00", "09:00"), Record(Ana, "08:30", "09:30")];

    private static ServiceRecordReading Read(ServiceRecord record, string key) => Reader.Read(ServiceRecordText.From(record), key);

    private static ServiceRecordReading Spoiled(ServiceRecord record, string key, params string[] fields)
    {
        var text = ServiceRecordText.From(record);
        foreach (var field in fields)
        {
            var entry = UnreadableText.Of(field);
            text = entry.Set(text, entry.Value);
        }

        return Reader.Read(text, key);
    }

    private static string[] Codes(IEnumerable<RecordFinding> findings) => [.. findings.Select(static f => $"{f.Index}:{f.Finding.Code}")];

    [Theory]
    [InlineData("09:30", "10:30")] // starts as the later duplicate ends
    [InlineData("07:00", "08:00")] // ends as the earlier duplicate starts
    [InlineData("10:00", "11:00")] // after both
    [InlineData("08:15", "08:15")] // no time range: takes part in no overlap
    public void A_row_whose_student_is_unreadable_leaves_the_duplicates_its_times_do_not_overlap(string start, string end)
    {
        ServiceRecordReading[] readings = [Read(AnasDuplicates[0], "a"), Read(AnasDuplicates[1], "b"), Spoiled(Record(Cy, start, end), "c", "StudentId")];

        Assert.Equal(["0:SR901", "1:SR901", "2:SR001"], Batch.Validate(readings, ValidationStage.Save).Codes());
        Assert.Equal(["0:SR901", "1:SR901", "2:SR001"], Codes(Batch.ValidateStream(readings, ValidationStage.Save)));
    }

    [Fact]
    public void A_row_of_another_student_whose_session_type_is_unreadable_leaves_the_duplicates()
    {
        // Ben's row overlaps both and has their service type, but a known other student is never Ana's duplicate.
        ServiceRecordReading[] readings = [Read(AnasDuplicates[0], "a"), Read(AnasDuplicates[1], "b"), Spoiled(Record(Ben, "08:00", "09:00"), "c", "SessionType")];

        Assert.Equal(["0:SR901", "1:SR901", "2:SR008"], Batch.Validate(readings, ValidationStage.Save).Codes());
    }

    [Fact]
    public void An_absence_whose_student_is_unreadable_leaves_the_overlap_of_present_records()
    {
        // Ana and Ben overlap (SR902 on both); an absence holds planned times and cannot make or unmake an overlap.
        ServiceRecordReading[] readings =
        [
            Read(Record(Ana, "08:00", "09:00"), "a"),
            Read(Record(Ben, "08:30", "09:30"), "b"),
            Spoiled(Record(Cy, "08:00", "09:00", sessionType: SessionType.StudentAbsent), "c", "StudentId"),
        ];

        Assert.Equal(["0:SR902", "1:SR902", "2:SR001"], Batch.Validate(readings, ValidationStage.Save).Codes());
    }

    [Fact]
    public void An_absence_in_the_same_session_whose_student_is_unreadable_leaves_the_group_size_finding()
    {
        // Ana states Group, 2 alone (SR903); an absent student is not one of the students present, whoever it is.
        ServiceRecordReading[] readings =
        [
            Read(Record(Ana, "10:00", "10:40", Group(2)), "a"),
            Spoiled(Record(Ben, "10:00", "10:40", sessionType: SessionType.StudentAbsent), "b", "StudentId"),
        ];

        Assert.Equal(["0:SR903", "1:SR001"], Batch.Validate(readings, ValidationStage.Save).Codes());
    }

    [Fact]
    public void A_row_whose_provider_and_date_are_both_unreadable_may_belong_to_any_provider_day()
    {
        // Without it, Ana and Ben state Group, 3 in a session of two (SR903); with it, the group may be complete.
        ServiceRecordReading[] readings =
        [
            Spoiled(Record(Cy, "10:00", "10:40", Group(3)), "c", "ProviderId", "Date"),
            Read(Record(Ana, "10:00", "10:40", Group(3)), "a"),
            Read(Record(Ben, "10:00", "10:40", Group(3)), "b"),
        ];

        Assert.Equal(["0:SR002", "0:SR004"], Batch.Validate(readings, ValidationStage.Save).Codes());
        Assert.Equal(["0:SR002", "0:SR004"], Codes(Batch.ValidateStream(readings, ValidationStage.Save)));
    }

    [Fact]
    public void A_row_without_a_date_of_one_provider_does_not_silence_the_next_providers_day_in_the_same_chunk()
    {
        // On several threads a chunk holds many provider-days; Ana's dateless row of provider one may be Ana's
        // duplicate there, never on the other provider's day.
        ServiceRecordReading[] readings =
        [
            Spoiled(Record(Ana, "08:00", "09:00"), "u", "Date"),
            Read(Record(Ben, "13:00", "14:00"), "p1"),
            Read(Record(Ana, "08:00", "09:00", provider: OtherProvider), "p2a"),
            Read(Record(Ana, "08:30", "09:30", provider: OtherProvider), "p2b"),
        ];
        var parallel = new BatchValidator(new BatchValidatorOptions { RecordValidator = NoFindingsValidator.Instance, MaxDegreeOfParallelism = 2 });

        Assert.Equal(["0:SR004", "2:SR901", "3:SR901"], Batch.Validate(readings, ValidationStage.Save).Codes());
        Assert.Equal(["0:SR004", "2:SR901", "3:SR901"], Codes(parallel.ValidateStream(readings, ValidationStage.Save)));
    }
}
