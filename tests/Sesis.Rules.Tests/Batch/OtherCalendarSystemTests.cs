using NodaTime;
using static Sesis.Rules.Tests.BatchRecords;

namespace Sesis.Rules.Tests;

/// <summary>
/// SR901-SR904 read a date in another calendar system as its ISO date, as the other rules and SR910 do
/// (docs/rules.md): a record dated in the Julian calendar is on the same provider-day as the ISO record of that day.
/// </summary>
public sealed class OtherCalendarSystemTests
{
    private static LocalDate Julian(LocalDate iso) => iso.WithCalendar(CalendarSystem.Julian);

    [Fact]
    public void A_Julian_dated_record_is_a_duplicate_of_the_same_days_ISO_record()
    {
        // The repro: the two were not seen as duplicates.
        var result = Validate(Record(Ana, "08:00", "09:00"), Record(Ana, "08:00", "09:00", date: Julian(Day)));

        Assert.Equal(["0:SR901", "1:SR901"], result.Codes());
    }

    [Fact]
    public void Every_rule_across_records_gives_the_same_findings_whatever_calendar_system_each_record_is_dated_in()
    {
        // One provider-day with a duplicate (SR901), an overlap with another session (SR902), a group of two that
        // states Group 3 (SR903) and an Individual record with another student present (SR904).
        ServiceRecord[] day =
        [
            Record(Ana, "08:00", "09:00"),
            Record(Ana, "08:30", "09:00"),
            Record(Ben, "10:00", "11:00", Group(3)),
            Record(Cy, "10:00", "11:00", Group(3)),
            Record(Ana, "12:00", "13:00"),
            Record(Ben, "12:00", "13:00"),
            Record(Cy, "08:15", "08:45", serviceType: ServiceType.SpeechLanguageTherapy),
        ];
        var expected = Validate(day).Codes();
        Assert.Contains(expected, static c => c.EndsWith("SR901", StringComparison.Ordinal));
        Assert.Contains(expected, static c => c.EndsWith("SR902", StringComparison.Ordinal));
        Assert.Contains(expected, static c => c.EndsWith("SR903", StringComparison.Ordinal));
        Assert.Contains(expected, static c => c.EndsWith("SR904", StringComparison.Ordinal));

        // Every second record, then every record, dated in the Julian calendar; sorted input and shuffled input.
        var mixed = day.Select((r, i) => i % 2 == 0 ? r with { Date = Julian(r.Date) } : r).ToArray();
        var allJulian = day.Select(r => r with { Date = Julian(r.Date) }).ToArray();
        Assert.Equal(expected, Validate(mixed).Codes());
        Assert.Equal(expected, Validate(allJulian).Codes());
        var reversed = Enumerable.Reverse(mixed).ToArray();
        Assert.Equal(Validate(Enumerable.Reverse(day).ToArray()).Codes(), Validate(reversed).Codes());
    }

    [Fact]
    public void A_stream_sorted_by_ISO_date_may_mix_calendar_systems()
    {
        // Provider, then date: the Julian 2025-09-23 is the ISO 2025-10-06, so it sorts with that day, not before it.
        ServiceRecord[] records =
        [
            Record(Ana, "08:00", "09:00", date: Day.PlusDays(-1)),
            Record(Ana, "08:00", "09:00", date: Julian(Day)),
            Record(Ana, "08:00", "09:00"),
            Record(Ana, "08:00", "09:00", date: Julian(Day.PlusDays(1))),
        ];
        var validator = new BatchValidator(NoFindingsValidator.Instance);

        var streamed = validator.ValidateStream(records, ValidationStage.Save).Select(static f => $"{f.Index}:{f.Finding.Code}").ToArray();

        Assert.Equal(["1:SR901", "2:SR901"], streamed);
        Assert.Equal(streamed, validator.Validate(records, ValidationStage.Save).Codes());
    }
}
