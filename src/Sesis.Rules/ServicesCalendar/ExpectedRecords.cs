using NodaTime;

namespace Sesis.Rules;

// What schedules call for, shared by the Services Calendar and the missing-record findings so that both
// always agree on which record is missing.
internal static class ExpectedRecords
{
    public static ExpectedRecord KeyOf(ServiceRecord record) => new(record.ProviderId, record.StudentId, record.ServiceType, record.Date);

    // One per provider, student and service type: two schedules of the same service on one day call for one record.
    public static List<ExpectedRecord> On(LocalDate date, ISchoolCalendar calendar, IEnumerable<ServiceSchedule> schedules)
    {
        var result = new List<ExpectedRecord>();
        foreach (var schedule in schedules)
        {
            if (schedule.ExpectsRecordOn(date, calendar))
            {
                var expected = new ExpectedRecord(schedule.ProviderId, schedule.StudentId, schedule.ServiceType, date);
                if (!result.Contains(expected))
                {
                    result.Add(expected);
                }
            }
        }

        result.Sort(static (a, b) =>
        {
            var byStudent = a.StudentId.CompareTo(b.StudentId);
            return byStudent != 0 ? byStudent : string.CompareOrdinal(a.ServiceType.Code, b.ServiceType.Code);
        });
        return result;
    }
}
