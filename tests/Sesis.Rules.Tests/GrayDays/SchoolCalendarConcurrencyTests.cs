using NodaTime;

namespace Sesis.Rules.Tests;

/// <summary>
/// A calendar is built once and shared: from several threads, every question about every day gives what it
/// gives on one thread. A calendar made fresh is used first from all threads at once, so no lazy first use can race.
/// </summary>
public sealed class SchoolCalendarConcurrencyTests
{
    private static readonly SchoolKind[] Kinds = Enum.GetValues<SchoolKind>();

    [Fact]
    public void Gray_days_entries_and_years_of_a_fresh_calendar_from_several_threads_are_the_sequential_answers()
    {
        var reference = SchoolCalendars.NewYorkCity2025To2026;
        var expected = Answers(reference);
        Assert.Contains(expected, static a => a.Contains("gray=True", StringComparison.Ordinal));
        Assert.Contains(expected, static a => a.Contains("gray=False", StringComparison.Ordinal));

        // A new calendar with the same years and entries, first used by all threads together.
        var fresh = SchoolCalendar.Create(reference.Name, reference.SchoolYears, reference.Entries, reference.Weekend).Calendar!;
        var results = Concurrently.Run(rounds: 5, t => t % 2 == 0 ? Answers(fresh) : [.. Enumerable.Reverse(AnswersBackwards(fresh))]);

        Assert.All(results, result => Assert.Equal(expected, result));
    }

    [Fact]
    public void School_days_of_each_month_from_several_threads_are_the_sequential_answers()
    {
        var calendar = SchoolCalendars.NewYorkCity2025To2026;
        var expected = SchoolDays(calendar);

        var results = Concurrently.Run(rounds: 10, _ => SchoolDays(calendar));

        Assert.All(results, result => Assert.Equal(expected, result));
    }

    [Fact]
    public void Missing_records_from_several_threads_are_the_sequential_findings()
    {
        var calendar = SchoolCalendars.NewYorkCity2025To2026;
        var schedule = new ServiceSchedule(Samples.Para.Id, Samples.Student, ServiceType.Paraprofessional, Samples.SchoolYear, [IsoDayOfWeek.Monday, IsoDayOfWeek.Wednesday]);
        ServiceRecord[] records = [Samples.ParaRecord];
        var october = new DateInterval(new LocalDate(2025, 10, 1), new LocalDate(2025, 10, 31));
        var today = new LocalDate(2025, 10, 31);
        var expected = MissingRecords.Find(TestContexts.Of(today, calendar, [schedule]), october, records).Select(static f => f.ToString()).ToArray();
        Assert.NotEmpty(expected);

        var results = Concurrently.Run(rounds: 20, _ => MissingRecords.Find(TestContexts.Of(today, calendar, [schedule]), october, records).Select(static f => f.ToString()).ToArray());

        Assert.All(results, result => Assert.Equal(expected, result));
    }

    private static string[] Answers(SchoolCalendar calendar) =>
        [.. Days(calendar).SelectMany(day => Kinds.Select(kind => Answer(calendar, day, kind)))];

    private static string[] AnswersBackwards(SchoolCalendar calendar) =>
        [.. Enumerable.Reverse(Days(calendar).ToArray()).SelectMany(day => Enumerable.Reverse(Kinds).Select(kind => Answer(calendar, day, kind)))];

    // A week either side of the coverage too: days outside it are gray and have no year.
    private static IEnumerable<LocalDate> Days(SchoolCalendar calendar) =>
        new DateInterval(calendar.Coverage.Start.PlusDays(-7), calendar.Coverage.End.PlusDays(7));

    private static string Answer(SchoolCalendar calendar, LocalDate day, SchoolKind kind) =>
        $"{day:uuuu-MM-dd} {kind} gray={calendar.IsGrayDay(day, kind)} school={calendar.IsSchoolDay(day, kind)} covers={calendar.Covers(day)} year={calendar.SchoolYearOf(day)} entries={string.Join("; ", calendar.EntriesOn(day, kind))}";

    private static string[] SchoolDays(SchoolCalendar calendar) =>
        [.. Enumerable.Range(0, 12).SelectMany(m =>
        {
            var month = new YearMonth(2025, 8).PlusMonths(m);
            var period = new DateInterval(month.OnDayOfMonth(1), month.OnDayOfMonth(month.Calendar.GetDaysInMonth(month.Year, month.Month)));
            return Kinds.Select(kind => $"{month} {kind}: {string.Join(",", calendar.SchoolDays(period, kind).Select(static d => d.Day))}");
        })];
}
