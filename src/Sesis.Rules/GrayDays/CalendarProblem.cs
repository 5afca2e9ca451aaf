namespace Sesis.Rules;

/// <summary>
/// Something wrong with the input of <see cref="SchoolCalendar.Create(string, IEnumerable{SchoolYear}, IEnumerable{CalendarEntry}, IEnumerable{NodaTime.IsoDayOfWeek}?)"/>:
/// the message, and which school year or entry (by its position in the input) it concerns, so a loader can
/// name the line it came from.
/// </summary>
/// <param name="SchoolYearIndex">The position of the school year concerned, from 0, or <see langword="null"/>.</param>
/// <param name="EntryIndex">The position of the entry concerned, from 0, or <see langword="null"/>.</param>
/// <param name="Message">What is wrong, naming the year or entry and its dates.</param>
public sealed record CalendarProblem(int? SchoolYearIndex, int? EntryIndex, string Message)
{
    private readonly string _message = Guard.NotNull(Message);

    /// <summary>Gets what is wrong, naming the year or entry and its dates.</summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    public string Message { get => _message; init => _message = Guard.NotNull(value); }

    /// <summary>Returns the message.</summary>
    /// <returns>The message.</returns>
    public override string ToString() => Message;
}
