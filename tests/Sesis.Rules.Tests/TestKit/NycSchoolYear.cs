namespace Sesis.Rules.Tests;

/// <summary>
/// The NYC 2025-26 school year of the Services Calendar and Encounter Attendance tests: the calendar the library
/// ships, two students and two providers (Ana and the paraprofessional are the samples' student and provider).
/// </summary>
internal static class NycSchoolYear
{
    public static readonly SchoolCalendar Nyc = SchoolCalendars.NewYorkCity2025To2026;
    public static readonly ProviderId Para = Samples.Para.Id;
    public static readonly ProviderId Other = new("P0099999");
    public static readonly StudentId Ana = Samples.Student;
    public static readonly StudentId Ben = new("204381535");
    public static readonly NodaTime.DateInterval Year = Samples.SchoolYear;
}
