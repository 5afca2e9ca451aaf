using NodaTime;
using NodaTime.Testing;
using static Sesis.Rules.Tests.BatchRecords;

namespace Sesis.Rules.Tests;

/// <summary>
/// An undefined kind of school is refused where it is given, as <see cref="RecordingContext"/> is refused with it when
/// the validator is built, never later when a calendar is asked about it.
/// </summary>
public sealed class UndefinedSchoolKindTests
{
    private static readonly DateInterval November = new(new LocalDate(2025, 11, 1), new LocalDate(2025, 11, 30));

    private static ServiceSchedule Schedule(SchoolKind kind = SchoolKind.Elementary) =>
        new(ProviderOne, new StudentId(Ana), ServiceType.Paraprofessional, November) { SchoolKind = kind };

    [Fact]
    public void A_schedule_refuses_an_undefined_kind_of_school_when_built()
    {
        // The repro: the schedule was built, and MissingRecords.Find (or a batch holding it) threw later.
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => Schedule((SchoolKind)42));

        Assert.Equal("SchoolKind", error.ParamName);
        Assert.StartsWith("The kind of school 42 is not defined.", error.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => new ServiceSchedule(ProviderOne, new StudentId(Ana), ServiceType.Paraprofessional, November) { SchoolKind = (SchoolKind)(-1) });
    }

    [Fact]
    public void Every_defined_kind_of_school_is_accepted_and_kept()
    {
        foreach (var kind in Enum.GetValues<SchoolKind>())
        {
            Assert.Equal(kind, Schedule(kind).SchoolKind);
        }
    }

    [Fact]
    public void A_context_with_an_undefined_kind_of_school_is_refused_by_the_services_calendar_up_front()
    {
        // With no schedule the calendar asked about the kind on a day and threw from there; now the context is refused.
        var context = new RecordingContext
        {
            Clock = new FakeClock(Instant.FromUtc(2025, 11, 21, 23, 0)),
            Calendar = SchoolCalendars.NewYorkCity2025To2026,
            SchoolKind = (SchoolKind)42,
        };

        var refused = Assert.ThrowsAny<ArgumentException>(() => ServicesCalendar.Create(context, ProviderOne, new YearMonth(2025, 11), []));
        Assert.Contains("42", refused.Message, StringComparison.Ordinal);
    }
}
