using NodaTime;

namespace Sesis.Rules;

// What schedules call for, shared by the Services Calendar and the missing-record findings so that both
// always agree on which record is missing.
internal static class ExpectedRecords
{
    // A date in another calendar system is read as its ISO date, as the rules read it.
    public static ExpectedRecord KeyOf(ServiceRecord record) => new(record.ProviderId, record.StudentId, record.ServiceType, IsoDates.Of(record.Date));

    // Schedules and school calendars are ISO; a period in another calendar system cannot be compared with them.
    public static void RequireIso(DateInterval period, string parameterName)
    {
        if (period.Calendar != CalendarSystem.Iso)
        {
            throw new ArgumentException($"The period {period} is in the {period.Calendar.Name} calendar system; give it in the ISO calendar.", parameterName);
        }
    }

    // A null in a list of schedules or records is a bug in the caller: say so rather than skip it.
    public static List<T> WithoutNulls<T>(IEnumerable<T> items, string parameterName)
        where T : class
    {
        var list = items.ToList();
        return list.Contains(null!)
            ? throw new ArgumentException($"The list holds a null at position {list.IndexOf(null!)}.", parameterName)
            : list;
    }

    // The context's schedules of a period (or of one provider), copied once for the report or the pass being
    // made. A null from the host's lookup is a bug there: say so rather than skip it.
    public static List<ServiceSchedule> Schedules(RecordingContext context, DateInterval period, ProviderId? providerId = null)
    {
        var lookup = context.RequireSchedules();
        var found = providerId is { } provider ? lookup.ForProvider(provider, period) : lookup.During(period);
        var list = (found ?? throw new ArgumentException("RecordingContext.Schedules returned null instead of a list of schedules.", nameof(context))).ToList();
        return list.Contains(null!)
            ? throw new ArgumentException($"RecordingContext.Schedules returned a null schedule at position {list.IndexOf(null!)}.", nameof(context))
            : list;
    }

    // Every record the schedules call for in a period, up to today (later days are not due yet), in date,
    // provider, student and service-type order. The schedules are sorted once by that key, so each day comes out
    // in order and two schedules of the same service are adjacent: one record per key, as On gives, without a
    // set or a sort per day (a district's month is tens of thousands of schedules times twenty-odd school days).
    public static IEnumerable<ExpectedRecord> Through(DateInterval period, LocalDate today, ISchoolCalendar calendar, IEnumerable<ServiceSchedule> schedules)
    {
        if (period.Start > today)
        {
            yield break;
        }

        var sorted = schedules.ToArray();
        Array.Sort(sorted, static (a, b) => CompareKeys(a, b));
        foreach (var date in SchoolCalendar.Each(period.Start, LocalDate.Min(period.End, today)))
        {
            ServiceSchedule? last = null;
            foreach (var schedule in sorted)
            {
                if (schedule.ExpectsRecordOn(date, calendar) && (last is null || CompareKeys(last, schedule) != 0))
                {
                    last = schedule;
                    yield return new ExpectedRecord(schedule.ProviderId, schedule.StudentId, schedule.ServiceType, date);
                }
            }
        }
    }

    private static int CompareKeys(ServiceSchedule a, ServiceSchedule b)
    {
        var c = a.ProviderId.CompareTo(b.ProviderId);
        if (c == 0) c = a.StudentId.CompareTo(b.StudentId);
        return c != 0 ? c : string.CompareOrdinal(a.ServiceType.Code, b.ServiceType.Code);
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
