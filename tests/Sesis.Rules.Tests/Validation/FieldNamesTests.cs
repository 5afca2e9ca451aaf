using NodaTime;

namespace Sesis.Rules.Tests;

public sealed class FieldNamesTests
{
    [Fact]
    public void Only_one_field_has_a_name()
    {
        var none = Assert.Throws<ArgumentOutOfRangeException>(() => FieldNames.Of(RecordFields.None));
        var two = Assert.Throws<ArgumentOutOfRangeException>(() => FieldNames.Of(RecordFields.Date | RecordFields.EndTime));

        Assert.StartsWith("Not one field. (Parameter 'field')", none.Message, StringComparison.Ordinal);
        Assert.Equal(RecordFields.Date | RecordFields.EndTime, two.ActualValue);
        Assert.Equal("EndTime", FieldNames.Of(RecordFields.EndTime));
    }

    [Fact]
    public void Values_are_shown_in_one_invariant_spelling()
    {
        var record = Samples.ParaRecord with { Date = new LocalDate(987, 3, 4), StartTime = new LocalTime(8, 5, 9, 250), NotesConfidential = true };

        Assert.Equal("0987-03-04", FieldNames.Show(record, RecordFields.Date));
        Assert.Equal("08:05:09", FieldNames.Show(record, RecordFields.StartTime));
        Assert.Equal("true", FieldNames.Show(record, RecordFields.NotesConfidential));
        Assert.Equal("false", FieldNames.Show(record with { NotesConfidential = false }, RecordFields.NotesConfidential));
        Assert.Null(FieldNames.Show(record, RecordFields.None));
    }
}
