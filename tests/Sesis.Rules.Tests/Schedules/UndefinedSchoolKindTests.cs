using NodaTime;
using NodaTime.Testing;
using static Sesis.Rules.Tests.BatchRecords;

namespace Sesis.Rules.Tests;

/// <summary>
/// An undefined kind of school is refused where it is given, as <see cref="ValidationOptions"/> refuses it when
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
        Assert.Contains("42", error.Message, StringComparison.Ordinal);
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
    public void A_workflow_context_and_the_services_calendar_refuse_an_undefined_kind_of_school_up_front()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() =>
            new WorkflowContext(NoFindingsValidator.Instance, SchoolCalendars.NewYorkCity2025To2026, new FakeClock(Instant.FromUtc(2025, 11, 21, 23, 0)), RecordGenerators.NewYork, (SchoolKind)42));
        Assert.Equal("schoolKind", error.ParamName);

        // With no schedule the calendar asked about the kind on a day and threw from there; with one it did not.
        foreach (var schedules in new[] { Array.Empty<ServiceSchedule>(), [Schedule()] })
        {
            var refused = Assert.Throws<ArgumentOutOfRangeException>(() =>
                ServicesCalendar.Create(ProviderOne, new YearMonth(2025, 11), new LocalDate(2025, 11, 21), SchoolCalendars.NewYorkCity2025To2026, (SchoolKind)42, schedules, []));
            Assert.Equal("schoolKind", refused.ParamName);
        }
    }
}
