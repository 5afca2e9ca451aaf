using NodaTime;

namespace Sesis.Rules.Tests;

/// <summary>
/// <see cref="ServiceSchedule.ParseWeekdays"/>: the days of a schedule as a person or an export writes them, read
/// without throwing, in week order, each once.
/// </summary>
public sealed class ScheduleWeekdaysTests
{
    [Theory]
    [InlineData("Mon Wed", "Monday,Wednesday")]
    [InlineData("monday, WEDNESDAY", "Monday,Wednesday")]
    [InlineData("Wed Mon mon", "Monday,Wednesday")]
    [InlineData("Fri,,Tue", "Tuesday,Friday")]
    [InlineData("sun", "Sunday")]
    [InlineData("Sunday Saturday", "Saturday,Sunday")]
    [InlineData("Mon Tue Wed Thu Fri Sat Sun", "Monday,Tuesday,Wednesday,Thursday,Friday,Saturday,Sunday")]
    [InlineData("Tuesday Thursday", "Tuesday,Thursday")]
    [InlineData("every school day", "")]
    [InlineData("  Every School Day ", "")]
    public void Days_are_read_by_name_or_first_three_letters_in_week_order_each_once(string text, string days)
    {
        var parsed = ServiceSchedule.ParseWeekdays(text);

        Assert.True(parsed.Success, parsed.Error);
        Assert.Equal(days, string.Join(",", parsed.Value));
    }

    private const string Empty = "The days are empty: name the days (such as \"Mon Wed\") or write \"every school day\".";

    [Theory]
    [InlineData(null, Empty)]
    [InlineData("", Empty)]
    [InlineData("  ", Empty)]
    [InlineData("Mon Tues", "'Tues' is not a day of the week (Mon, Tue, Wed, Thu, Fri, Sat, Sun, or the full names).")]
    [InlineData("Mo", "'Mo' is not a day of the week (Mon, Tue, Wed, Thu, Fri, Sat, Sun, or the full names).")]
    [InlineData("every day", "'every' is not a day of the week (Mon, Tue, Wed, Thu, Fri, Sat, Sun, or the full names).")]
    [InlineData("Mon\u0007", "'Mon\\u0007' is not a day of the week (Mon, Tue, Wed, Thu, Fri, Sat, Sun, or the full names).")]
    public void Empty_text_or_a_word_that_is_not_a_day_is_refused_saying_what_is_wrong(string? text, string message)
    {
        var parsed = ServiceSchedule.ParseWeekdays(text);

        Assert.False(parsed.Success);
        Assert.Equal(message, parsed.Error);
    }

    [Fact]
    public void Parsed_days_make_the_schedule_they_describe()
    {
        var period = new DateInterval(new LocalDate(2025, 11, 3), new LocalDate(2025, 11, 9));
        var days = ServiceSchedule.ParseWeekdays("Wed, mon").Value;
        var schedule = new ServiceSchedule(new ProviderId("P0012345"), new StudentId("204381527"), ServiceType.SpeechLanguageTherapy, period, days);

        Assert.Equal([IsoDayOfWeek.Monday, IsoDayOfWeek.Wednesday], schedule.Weekdays.ToArray());
        Assert.True(schedule.IsScheduledOn(new LocalDate(2025, 11, 5)));
        Assert.False(schedule.IsScheduledOn(new LocalDate(2025, 11, 4)));
    }
}
