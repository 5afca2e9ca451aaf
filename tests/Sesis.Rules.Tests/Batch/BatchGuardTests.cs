using NodaTime;
using static Sesis.Rules.Tests.BatchRecords;

namespace Sesis.Rules.Tests;

/// <summary>
/// What a batch refuses, and how it says so: the message names the field or the position, at the call where the
/// mistake is made; and one thread means the record validator's own exception, on the calling thread, unwrapped.
/// </summary>
public sealed class BatchGuardTests
{
    private static readonly ServiceRecordReader Reader = new();

    private static readonly MissingRecordCheck OneDay = new() { Period = new DateInterval(Day, Day) };

    private static BatchValidator Validator(int degree, IServiceRecordValidator? records = null) =>
        new(new BatchValidatorOptions { RecordValidator = records ?? NoFindingsValidator.Instance, MaxDegreeOfParallelism = degree });

    private static BatchValidator WithCheck() => new(new BatchValidatorOptions
    {
        RecordValidator = new NoFindingsValidator(ContextWithSchedules()),
        MissingRecordCheck = OneDay,
    });

    private static RecordingContext ContextWithSchedules() => new()
    {
        Calendar = SchoolCalendars.NewYorkCity2025To2026,
        Schedules = ServiceSchedules.Create([ServiceSchedule.EverySchoolDay(ProviderOne, new StudentId(Ana), ServiceType.Paraprofessional, new DateInterval(Day, Day))]),
    };

    private static ServiceRecordReading Read(ServiceRecord record) => Reader.Read(ServiceRecordText.From(record), "k");

    [Fact]
    public void A_record_validator_without_a_context_is_refused_naming_the_property()
    {
        var e = Assert.Throws<ArgumentException>(() => Validator(1, new ContextlessValidator()));

        Assert.Equal("options", e.ParamName);
        Assert.StartsWith("BatchValidatorOptions.RecordValidator.Context is null.", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Clock")]
    [InlineData("TimeZone")]
    public void A_missing_record_check_on_a_context_without_a_clock_or_zone_is_refused_when_built(string property)
    {
        var context = property == "Clock" ? ContextWithSchedules() with { Clock = null! } : ContextWithSchedules() with { TimeZone = null! };

        var e = Assert.Throws<ArgumentException>(() => new BatchValidator(new BatchValidatorOptions
        {
            RecordValidator = new NoFindingsValidator(context),
            MissingRecordCheck = OneDay,
        }));

        Assert.StartsWith($"RecordingContext.{property} is null", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_null_reading_is_refused_with_its_position()
    {
        ServiceRecordReading[] readings = [Read(Record(Ana, "08:00", "09:00")), null!];

        var whole = Assert.Throws<ArgumentException>(() => Validator(1).Validate(readings, ValidationStage.Save));
        var streamed = Assert.Throws<ArgumentException>(() => Validator(1).ValidateStream(readings, ValidationStage.Save).ToList());

        Assert.StartsWith("Reading 1 of the input is null.", whole.Message, StringComparison.Ordinal);
        Assert.StartsWith("Reading 1 of the input is null.", streamed.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_null_record_is_refused_with_its_position_on_several_threads_too()
    {
        ServiceRecord[] records = [Record(Ana, "08:00", "09:00"), null!];

        var e = Assert.Throws<ArgumentException>(() => Validator(2).Validate(records, ValidationStage.Save));

        Assert.StartsWith("Record 1 of the input is null.", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_stream_of_readings_without_a_handler_for_missing_records_is_refused_up_front()
    {
        ServiceRecordReading[] readings = [Read(Record(Ana, "08:00", "09:00"))];

        // Refused at the call, before any enumeration: a check that silently reports nothing reads as "none missing".
        Assert.Throws<InvalidOperationException>(() => WithCheck().ValidateStream(readings, ValidationStage.Save));
        Assert.Throws<InvalidOperationException>(() => WithCheck().ValidateStreamAsync(ToAsync(readings), ValidationStage.Save));
    }

    [Fact]
    public void On_one_thread_a_large_batch_throws_the_record_validators_exception_unwrapped()
    {
        // Large enough to be cut into several slices on more threads: one thread must still not go through Parallel.For.
        var records = Enumerable.Range(0, 600).Select(static i => Record(Ana, "08:00", "09:00", date: Day.PlusDays(i))).ToArray();
        var throwing = new ThrowingValidator(Day.PlusDays(599));

        Assert.Throws<InvalidOperationException>(() => Validator(1, throwing).Validate(records, ValidationStage.Save));
        Assert.Throws<InvalidOperationException>(() => Validator(1, throwing).Validate(records.Select(static r => ServiceRecordReading.Of(r, "k")), ValidationStage.Save));
    }

    [Fact]
    public void On_one_thread_the_missing_record_check_throws_the_calendars_exception_unwrapped()
    {
        // SR910 runs the host's calendar: on one thread, on the calling thread, its exception as it was thrown.
        var context = ContextWithSchedules() with { Calendar = new ThrowingCalendar(), Clock = new NodaTime.Testing.FakeClock(Instant.FromUtc(2025, 10, 7, 16, 0)) };
        var validator = new BatchValidator(new BatchValidatorOptions { RecordValidator = new NoFindingsValidator(context), MissingRecordCheck = OneDay });
        ServiceRecordReading[] readings = [ServiceRecordReading.Of(Record(Ben, "08:00", "09:00"), "b")];

        Assert.Throws<InvalidOperationException>(() => validator.Validate(readings, ValidationStage.Save));
    }

    private static async IAsyncEnumerable<ServiceRecordReading> ToAsync(IEnumerable<ServiceRecordReading> readings)
    {
        await Task.Yield();
        foreach (var reading in readings)
        {
            yield return reading;
        }
    }

    private sealed class ContextlessValidator : IServiceRecordValidator
    {
        public RecordingContext Context => null!;

        public IReadOnlyList<Finding> Validate(ServiceRecord record, ValidationStage stage) => [];
    }

    private sealed class ThrowingCalendar : ISchoolCalendar
    {
        public bool Covers(LocalDate day) => throw new InvalidOperationException("The calendar failed.");

        public bool IsGrayDay(LocalDate day, SchoolKind kind) => throw new InvalidOperationException("The calendar failed.");
    }

    private sealed class ThrowingValidator(LocalDate on) : IServiceRecordValidator
    {
        public RecordingContext Context { get; } = new();

        public IReadOnlyList<Finding> Validate(ServiceRecord record, ValidationStage stage) =>
            record.Date == on ? throw new InvalidOperationException("The record validator failed.") : [];
    }
}
