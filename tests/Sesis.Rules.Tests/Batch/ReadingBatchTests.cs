using FsCheck;
using FsCheck.Fluent;
using static Sesis.Rules.Tests.BatchRecords;

namespace Sesis.Rules.Tests;

public sealed class ReadingBatchTests
{
    private static readonly ServiceRecordReader Reader = new();

    private static readonly BatchValidator Batch = new(NoFindingsValidator.Instance);

    private static ServiceRecordReading Read(ServiceRecord record, string key) => Reader.Read(ServiceRecordText.From(record), key);

    private static ServiceRecordReading Spoiled(ServiceRecord record, string field, string key) => Reader.Read(UnreadableText.Spoil(record, field), key);

    private static readonly ServiceRecord[] GroupOfThree =
    [
        Record(Ana, "10:00", "10:40", Group(3)),
        Record(Ben, "10:00", "10:40", Group(3)),
        Record(Cy, "10:00", "10:40", Group(3)),
    ];

    [Fact]
    public void Every_finding_of_a_batch_carries_the_row_key_of_its_record_in_Validate_and_in_the_stream()
    {
        ServiceRecordReading[] readings =
        [
            Read(Record(Ana, "08:00", "09:00"), "row-1"),
            Read(Record(Ana, "08:30", "09:30"), "row-2"), // SR901 with row-1
            Spoiled(Record(Ben, "11:00", "12:00"), "Language", "row-3"),
            ServiceRecordReading.Of(Record(Cy, "12:00", "12:40", Group(2)), "row-4"), // SR903: alone
        ];

        var result = Batch.Validate(readings, ValidationStage.Save);
        var streamed = Batch.ValidateStream(readings, ValidationStage.Save).ToList();

        Assert.Equal(["0:SR901", "1:SR901", "2:SR007", "3:SR903"], result.Codes());
        Assert.Equal(["row-1", "row-2", "row-3", "row-4"], result.Findings.Select(static f => f.RowKey));
        Assert.Equal(result.Findings, streamed);
        Assert.Equal("#2 [row-3] SR007 Error Language: 'xx' is not a language (a three-letter code such as eng, or a name from the language list).", result.Findings[2].ToString());
    }

    [Fact]
    public async Task The_asynchronous_stream_of_readings_carries_row_keys_too()
    {
        var findings = new List<RecordFinding>();
        await foreach (var finding in Batch.ValidateStreamAsync(Readings(), ValidationStage.Save))
        {
            findings.Add(finding);
        }

        Assert.Equal([("a", "SR901"), ("b", "SR901")], findings.Select(static f => (f.RowKey, f.Finding.Code)));

        static async IAsyncEnumerable<ServiceRecordReading> Readings()
        {
            await Task.Yield();
            yield return Read(Record(Ana, "08:00", "09:00"), "a");
            yield return Read(Record(Ana, "08:30", "09:30"), "b");
        }
    }

    [Fact]
    public void A_group_member_whose_times_cannot_be_read_gives_the_others_no_group_size_finding()
    {
        var absent = Batch.Validate(GroupOfThree[..2], ValidationStage.Save);
        Assert.Equal(["0:SR903", "1:SR903"], absent.Codes()); // what leaving the row out did

        var partial = Batch.Validate([Read(GroupOfThree[0], "1"), Read(GroupOfThree[1], "2"), Spoiled(GroupOfThree[2], "StartTime", "3")], ValidationStage.Save);
        Assert.Equal(["2:SR005"], partial.Codes());
    }

    [Theory]
    [InlineData("Language")]
    [InlineData("Location")]
    [InlineData("NotesConfidential")]
    [InlineData("GroupSize")]
    public void A_group_member_read_in_part_still_counts_as_present(string field)
    {
        var partial = Batch.Validate([Read(GroupOfThree[0], "1"), Read(GroupOfThree[1], "2"), Spoiled(GroupOfThree[2], field, "3")], ValidationStage.Save);

        Assert.Equal([$"2:{UnreadableText.Of(field).Code}"], partial.Codes());
    }

    [Fact]
    public void A_member_read_in_part_gets_the_findings_it_can_be_decided_on()
    {
        // Cy states Group, 2 in a session of three: decided on what was read, though Cy's language is unreadable.
        var partial = Batch.Validate([Read(GroupOfThree[0], "1"), Read(GroupOfThree[1], "2"), Spoiled(GroupOfThree[2] with { GroupSize = Group(2) }, "Language", "3")], ValidationStage.Save);

        Assert.Equal(["2:SR007", "2:SR903"], partial.Codes());
    }

    [Theory]
    [InlineData("Date")]
    [InlineData("ProviderId")]
    [InlineData("StudentId")]
    [InlineData("SessionType")]
    [InlineData("ServiceType")]
    public void A_row_whose_place_or_session_cannot_be_read_keeps_the_rules_silent_where_it_may_belong(string field)
    {
        ServiceRecordReading[] readings = [Spoiled(GroupOfThree[2], field, "3"), Read(GroupOfThree[0], "1"), Read(GroupOfThree[1], "2")];

        Assert.Equal([$"0:{UnreadableText.Of(field).Code}"], Batch.Validate(readings, ValidationStage.Save).Codes());
        Assert.Equal([$"0:{UnreadableText.Of(field).Code}"], Batch.ValidateStream(readings, ValidationStage.Save).Select(static f => $"{f.Index}:{f.Finding.Code}"));
    }

    [Fact]
    public void A_row_with_an_unreadable_date_does_not_silence_another_providers_day()
    {
        var other = Record(Ana, "10:00", "10:40", Group(3), provider: OtherProvider);
        var partial = Batch.Validate([Spoiled(GroupOfThree[2], "Date", "x"), Read(other, "y")], ValidationStage.Save);

        Assert.Equal(["0:SR004", "1:SR903"], partial.Codes());
    }

    [Fact]
    public void The_library_validator_adds_the_rules_a_reading_can_be_decided_on_and_another_validator_only_its_reading_findings()
    {
        var record = Samples.ParaRecord with { Location = null };
        var reading = Reader.Read(UnreadableText.Spoil(record, "Language") with { Digest = null });

        var library = new BatchValidator(new ServiceRecordValidator(Samples.Options)).Validate([reading], ValidationStage.Save);
        var other = Batch.Validate([reading], ValidationStage.Save);

        Assert.Equal(["0:SR007", "0:SR501"], library.Codes());
        Assert.Equal(["0:SR007"], other.Codes());
    }

    [Fact]
    public void No_finding_moves_onto_a_correct_row_when_other_rows_cannot_be_read()
    {
        var batches = from records in GroupSessionGenerators.ShuffledBatches.Select(static b => b.Records)
                      from spoiled in Gen.Elements(UnreadableText.Fields.Select(static f => f.Field).ToArray()).OrNull().ArrayOf(records.Length)
                      select (records, spoiled);
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(300), Prop.ForAll(batches.ToArbitrary(), batch =>
        {
            var (records, spoiled) = batch;
            var readings = records.Select((r, i) => spoiled[i] is { } field ? Spoiled(r, field, $"{i}") : Read(r, $"{i}")).ToArray();
            var partial = Batch.Validate(readings, ValidationStage.Save);
            var whole = Batch.Validate(records, ValidationStage.Save);

            // Correct rows: only findings they also have when the unreadable rows are fixed, each with its row key.
            var wholeFindings = whole.Findings.Select(static f => (f.Index, f.Finding)).ToHashSet();
            foreach (var finding in partial.Findings.Where(f => spoiled[f.Index] is null))
            {
                Assert.Contains((finding.Index, finding.Finding), wholeFindings);
                Assert.Equal($"{finding.Index}", finding.RowKey);
            }

            // Rows read in part only in fields the rules across records do not compare: every finding stays.
            if (spoiled.All(static f => f is null or "Language" or "Location" or "Description" or "Progress" or "NotesConfidential" or "CertifiedBy" or "CertifiedAt" or "Digest"))
            {
                Assert.Equal(
                    whole.Findings.Select(static f => (f.Index, f.Finding)),
                    partial.Findings.Where(static f => !f.Finding.Code.StartsWith("SR0", StringComparison.Ordinal)).Select(static f => (f.Index, f.Finding)));
            }
        }));
    }

    [Fact]
    public void A_stream_with_the_unplaced_readings_first_gives_what_Validate_gives()
    {
        var batches = from records in GroupSessionGenerators.CollidingBatches
                      from spoiled in Gen.Elements("Date", "ProviderId", "StartTime", "Language", "SessionType").OrNull().ArrayOf(records.Length)
                      select (records, spoiled);
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(200), Prop.ForAll(batches.ToArbitrary(), batch =>
        {
            var (records, spoiled) = batch;
            var readings = records.Select((r, i) => spoiled[i] is { } field ? Spoiled(r, field, $"{i}") : Read(r, $"{i}"))
                .OrderBy(static r => r.UnreadableFields.Contains("ProviderId") ? 0 : 1)
                .ThenBy(static r => r.UnreadableFields.Contains("ProviderId") ? string.Empty : r.Partial.ProviderId.Value, StringComparer.Ordinal)
                .ThenBy(static r => r.UnreadableFields.Contains("Date") ? 0 : 1)
                .ThenBy(static r => r.Partial.Date)
                .ToArray();

            Assert.Equal(Batch.Validate(readings, ValidationStage.Save).Findings, Batch.ValidateStream(readings, ValidationStage.Save));
        }));
    }

    [Fact]
    public void Another_record_validators_findings_on_complete_readings_come_once_on_any_path()
    {
        // Complete readings are validated as records by any record validator, and each finding is made once.
        var flagging = new FixedFindingValidator(static _ => true, new Finding("SR101", FindingSeverity.Warning, "StudentId", "Flagged."));
        ServiceRecordReading[] readings = [Read(Record(Ana, "08:00", "09:00"), "a"), ServiceRecordReading.Of(Record(Ben, "09:00", "10:00"), "b")];
        var parallel = new BatchValidator(new BatchValidatorOptions { RecordValidator = flagging, MaxDegreeOfParallelism = 2 });

        Assert.Equal(["0:SR101", "1:SR101"], new BatchValidator(flagging).Validate(readings, ValidationStage.Save).Codes());
        Assert.Equal(["0:SR101", "1:SR101"], parallel.Validate(readings, ValidationStage.Save).Codes());
        Assert.Equal(["0:SR101", "1:SR101"], new BatchValidator(flagging).ValidateStream(readings, ValidationStage.Save).Select(static f => $"{f.Index}:{f.Finding.Code}"));
    }
}
