namespace Sesis.Rules;

/// <summary>What the Services Calendar shows for a day (procedure step 17). The default is <see cref="Gray"/>.</summary>
public enum ServicesCalendarDayStatus
{
    /// <summary>A gray day: school is closed and nothing is scheduled, so no record is needed (procedure step 9). The default.</summary>
    Gray = 0,

    /// <summary>A school day, not after today, with every scheduled record present and at least one record.</summary>
    Recorded = 1,

    /// <summary>A scheduled school day, not after today, lacking at least one scheduled record (SR910).</summary>
    Missing = 2,

    /// <summary>A school day after today: nothing is due yet.</summary>
    Future = 3,

    /// <summary>
    /// A school day, not after today, with nothing scheduled and nothing recorded. The procedure's calendar shows four states; a
    /// day like this is none of them, and calling it "recorded" or "missing" would mislead.
    /// </summary>
    NotScheduled = 4,
}
