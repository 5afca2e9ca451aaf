using NodaTime;

namespace Sesis.Rules;

// What schedules call for, shared by the Services Calendar and the missing-record findings so that both
// always agree on which record is missing.
internal static class ExpectedRecords
{
    public static ExpectedRecord KeyOf(ServiceRecord record) => new(record.ProviderId, record.StudentId, record.ServiceType, record.Date);

    // A null in a list of schedules or records is a bug in the caller: say so rather than skip it.
    public static List<T> WithoutNulls<T>(IEnumerable<T> items, string parameterName)
        where T : class
    {
        var list = items.ToList();
        return list.Contains(null!)
            ? throw new ArgumentException($"The list holds a null at position {list.IndexOf(null!)}.", parameterName)
            : list;
    }

    // Every record the schedules call for in a period, up to today (later days are not due yet), in date,
    // provider, student and service-type order.
    public static IEnumerable<ExpectedRecord> Through(DateInterval period, LocalDate today, ISchoolCalendar calendar, List<ServiceSchedule> schedules)
    {
        if (period.Start > today)
        {
            yield break;
        }

        foreach (var date in SchoolCalendar.Each(period.Start, LocalDate.Min(period.End, today)))
        {
            var day = On(date, calendar, schedules);
            day.Sort(static (a, b) =>
            {
                var c = a.ProviderId.CompareTo(b.ProviderId);
                if (c == 0) c = a.StudentId.CompareTo(b.StudentId);
                return c != 0 ? c : string.CompareOrdinal(a.ServiceType.Code, b.ServiceType.Code);
            });
            foreach (var expected in day)
            {
                yield return expected;
            }
        }
    }

    // One per provider, student and service type: two schedules of the same service on one day call for one record.
    public static List<ExpectedRecord> On(LocalDate date, ISchoolCalendar calendar, IEnumerable<ServiceSchedule> schedules)
    {
        var result = new List<ExpectedRecord>();
        var seen = new HashSet<ExpectedRecord>();
        foreach (var schedule in schedules)
        {
            if (schedule.ExpectsRecordOn(date, calendar))
            {
                var expected = new ExpectedRecord(schedule.ProviderId, schedule.StudentId, schedule.ServiceType, date);
                if (seen.Add(expected))
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
